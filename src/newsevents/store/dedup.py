"""Deduplication: mentions of the same real-world event become one event.

The rule (GDELT's NumMentions / NumSources / NumArticles): two mentions are the same event
when their source code, target code and CAMEO code (or root, by setting) are equal and their
event dates are at most ``window_days`` apart (0: the same day). Mentions are chained in date
order, so a run of mentions each within the window of the previous one forms one event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from typing import Iterable, Sequence

from ..config import DedupSettings


def assign_event_keys(mentions: Iterable[Sequence], settings: DedupSettings) -> dict[str, str]:
    """``{mention_id: event_key}`` for rows (mention_id, event_date, source, target, code, root, ...)."""
    groups: dict[tuple, list[tuple[dt.date | None, str]]] = defaultdict(list)
    for mention_id, event_date, source, target, code, root, *_ in mentions:
        key = (source or "", target or "", code if settings.code_level == "code" else root)
        groups[key].append((event_date, mention_id))
    keys: dict[str, str] = {}
    for key, items in groups.items():
        items.sort(key=lambda item: (item[0] or dt.date.min, item[1]))
        cluster_start: dt.date | None = None
        previous: dt.date | None = None
        for event_date, mention_id in items:
            if previous is None or not _within(previous, event_date, settings.window_days):
                cluster_start = event_date
            previous = event_date
            keys[mention_id] = _event_key(key, cluster_start)
    return keys


def _within(previous: dt.date | None, current: dt.date | None, window: int) -> bool:
    if previous is None or current is None:
        return previous is None and current is None
    return (current - previous).days <= window


def _event_key(key: tuple, day: dt.date | None) -> str:
    text = "|".join(key) + "|" + (day.isoformat() if day else "")
    return hashlib.sha1(text.encode()).hexdigest()[:16]
