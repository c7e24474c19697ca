"""Issue 13: a write recomputes the event keys of the stretches of the dedup groups it touches, not of
whole groups, and the keys are always those of a recomputation from scratch."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newsevents.config import DedupSettings
from newsevents.records import EventDate
from newsevents.store import Store
from newsevents.store.dedup import group_keys

from .test_store import coded

pytestmark = pytest.mark.issue(13)
DAY0 = dt.date(2021, 11, 1)


def article(article_id: str, days: list[int | None], codes: tuple[str, ...]):
    """One article whose mentions fall on ``days`` (offsets from DAY0, None for undated), cycling codes."""
    base = coded(article_id, f"Iran met Saudi Arabia ({article_id}).")
    events = []
    for k, offset in enumerate(days):
        code = codes[k % len(codes)]
        date = None if offset is None else EventDate(value=(DAY0 + dt.timedelta(days=offset)).isoformat(),
                                                     precision="day")
        events.append(replace(base.events[0], event_id=f"{article_id}-{k}", code=code, root=code[:2], date=date))
    return replace(base, events=tuple(events))


def stored_keys(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT mention_id, event_key FROM mentions").fetchall())


def keys_from_scratch(store: Store) -> dict[str, str]:
    rows = store.conn.execute("SELECT dedup_group, mention_id, event_date, article_id FROM mentions").fetchall()
    groups: dict[str, list[tuple]] = {}
    for group, *rest in rows:
        groups.setdefault(group, []).append(tuple(rest))
    keys: dict[str, str] = {}
    for group, items in groups.items():
        keys.update(group_keys(group, items, store.dedup))
    return keys


writes = st.lists(st.tuples(
    st.sampled_from(["a", "b", "c", "d", "e"]),  # article id: a later write of the same id replaces it
    st.lists(st.one_of(st.none(), st.integers(0, 12)), min_size=0, max_size=4),  # its mentions' days
    st.booleans()), min_size=1, max_size=8)  # True: delete the article instead


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=writes, window=st.integers(0, 3), same_article=st.integers(-1, 3))
def test_keys_after_any_writes_equal_keys_from_scratch(tmp_path_factory, writes, window, same_article):
    dedup = DedupSettings(window_days=window, same_article_days=same_article)
    with Store(tmp_path_factory.mktemp("rekey") / "s.duckdb", dedup=dedup) as store:
        for version, (article_id, days, delete) in enumerate(writes):
            if delete:
                store.delete(article_id)
            else:  # a new text each time, so that the article is replaced, not left unchanged
                item = article(article_id, days, ("042", "043"))
                store.save(replace(item, article=replace(item.article, text=f"{item.article.text} v{version}",
                                                         content_hash=f"h-{article_id}-{version}")))
            assert stored_keys(store) == keys_from_scratch(store)


def test_a_write_reads_only_the_stretch_it_can_reach(tmp_path):
    """Mentions of one group a week apart are separate stretches under the default settings: a new
    mention next to one of them reads that stretch only, however many the group has."""
    with Store(tmp_path / "s.duckdb") as store:
        for week in range(20):
            store.save(article(f"w{week}", [7 * week], ("042",)))
        read: list[int] = []
        key_rows = store._key_rows
        store._key_rows = lambda rows: (read.append(len(rows)), key_rows(rows))[1]  # type: ignore[method-assign]
        store.save(article("next", [7 * 5 + 1], ("042",)))  # one day after week 5's mention: one stretch
        assert read == [2]
        assert stored_keys(store) == keys_from_scratch(store)
        assert store.event_count() == 21  # window_days 0: a day apart in two articles is two events
