"""Deduplication: mentions of the same real-world event become one event.

The rule (GDELT's NumMentions / NumSources / NumArticles): two mentions may be the same event
when they fall in the same *group*: equal source, equal target and equal CAMEO code (or root,
``dedup.code_level``), actors compared by full code or by country (``dedup.actor_level``).
Inside a group two mentions are linked when their event dates are at most ``window_days`` apart,
or when they come from the same article and are at most ``same_article_days`` apart (a headline
dated on the story day and its lead dated the day before). Linked mentions form one event
(links chain: a run of mentions each within the window of the previous one is one event).

Each group is recomputed on its own, so the store only recomputes the groups an article touches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from typing import Iterable, Sequence

from ..config import DedupSettings


def group_of(source: str | None, target: str | None, code: str, root: str, settings: DedupSettings) -> str:
    """The group a mention belongs to; only mentions of one group can merge."""
    def actor(value: str | None) -> str:
        value = value or ""
        return value[:3] if settings.actor_level == "country" else value

    return "|".join((actor(source), actor(target), code if settings.code_level == "code" else root))


def signature(settings: DedupSettings) -> str:
    """The settings the stored keys were computed with; a change means recomputing them all."""
    return json.dumps({"window_days": settings.window_days, "code_level": settings.code_level,
                       "actor_level": settings.actor_level, "same_article_days": settings.same_article_days},
                      sort_keys=True)


def assign_event_keys(mentions: Iterable[Sequence], settings: DedupSettings) -> dict[str, str]:
    """``{mention_id: event_key}`` for rows (mention_id, event_date, source, target, code, root, publisher,
    article_id); rows of many groups may be mixed."""
    groups: dict[str, list[tuple[str, dt.date | None, str]]] = defaultdict(list)
    for mention_id, event_date, source, target, code, root, _publisher, article_id, *_ in mentions:
        groups[group_of(source, target, code, root, settings)].append((mention_id, event_date, article_id))
    keys: dict[str, str] = {}
    for group, rows in groups.items():
        keys.update(group_keys(group, rows, settings))
    return keys


def group_keys(group: str, rows: list[tuple[str, dt.date | None, str]], settings: DedupSettings) -> dict[str, str]:
    """Keys for the (mention_id, event_date, article_id) rows of one group: O(n log n)."""
    rows = sorted(rows, key=lambda r: (r[1] or dt.date.min, r[0]))
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def link(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    last_in_article: dict[str, int] = {}
    for i, (_mention, day, article) in enumerate(rows):
        if i and _within(rows[i - 1][1], day, settings.window_days):
            link(i - 1, i)
        previous = last_in_article.get(article)
        # rows are in date order, so the article's previous mention is its nearest earlier one
        if previous is not None and settings.same_article_days >= 0 \
                and _within(rows[previous][1], day, settings.same_article_days):
            link(previous, i)
        last_in_article[article] = i
    first_day: dict[int, dt.date | None] = {}
    for i, (_mention, day, _article) in enumerate(rows):
        first_day.setdefault(find(i), day)  # rows are sorted, so the first seen is the earliest
    return {mention: _event_key(group, first_day[find(i)]) for i, (mention, _day, _article) in enumerate(rows)}


def _within(previous: dt.date | None, current: dt.date | None, window: int) -> bool:
    if previous is None or current is None:
        return previous is None and current is None
    return (current - previous).days <= window


def _event_key(group: str, day: dt.date | None) -> str:
    text = group + "|" + (day.isoformat() if day else "")
    return hashlib.sha1(text.encode()).hexdigest()[:16]
