"""The project's labelled training corpus: one JSON object per line, validated at load.

A record::

    {"id": "a1-00042", "text": "Iraqi troops clashed with Kurdish fighters near Kirkuk on Tuesday.",
     "date": "2014-03-04", "kind": "event",
     "events": [{"trigger": "clashed", "code": "190", "mode": "actual", "source": "Iraqi troops",
                 "target": "Kurdish fighters", "construction": "active"}]}

``trigger``, ``source`` and ``target`` are exact substrings of ``text``; ``trigger_n`` (default 1)
says which occurrence of the trigger is meant. ``code`` is the CAMEO code of the act itself, as if it
happened; ``mode`` says how the text presents it (the coder turns a threatened attack into 138, a
future meeting into 036, as docs/coding.md describes). ``python -m newsevents.train.corpus FILE...``
prints every invalid line and the corpus counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..records import Span

MODES = ("actual", "negated", "future", "intended", "hypothetical", "threatened", "requested", "attempted",
         "refused")
CONSTRUCTIONS = ("active", "passive", "nominal", "light_verb", "participial", "coordination", "reported",
                 "relative", "control", "headline", "other")
NO_EVENT_KINDS = ("background", "description", "opinion", "attribution", "non_political", "furniture",
                  "negated", "hypothetical", "other")
EVENT_FIELDS = {"trigger", "trigger_n", "code", "mode", "source", "target", "source_n", "target_n",
                "construction", "note"}


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainEvent:
    """One labelled act: where its trigger is, what it is, how it is presented, who and to whom."""

    trigger: Span
    code: str
    mode: str
    source: Span | None
    target: Span | None
    construction: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainSentence:
    sentence_id: str
    text: str
    date: str
    kind: str
    events: tuple[TrainEvent, ...]
    origin: str  # file:line


def find_span(text: str, needle: str, occurrence: int = 1) -> Span | None:
    """The ``occurrence``-th appearance of ``needle`` in ``text`` (whole words), or None."""
    start = -1
    for _ in range(occurrence):
        start = _find_word(text, needle, start + 1)
        if start < 0:
            return None
    return Span(start=start, end=start + len(needle), text=needle)


def _find_word(text: str, needle: str, begin: int) -> int:
    while True:
        start = text.find(needle, begin)
        if start < 0:
            return -1
        before = text[start - 1] if start > 0 else " "
        after = text[start + len(needle)] if start + len(needle) < len(text) else " "
        if not (before.isalnum() and needle[:1].isalnum()) and not (after.isalnum() and needle[-1:].isalnum()):
            return start
        begin = start + 1


def parse_record(obj: object, origin: str, codes: set[str]) -> tuple[TrainSentence | None, list[str]]:
    """A validated sentence, or the list of what is wrong with the record."""
    if not isinstance(obj, dict):
        return None, [f"{origin}: expected a JSON object"]
    errors: list[str] = []
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, [f"{origin}: 'text' must be a non-empty string"]
    sentence_id = obj.get("id")
    if not isinstance(sentence_id, str) or not sentence_id:
        errors.append(f"{origin}: 'id' must be a non-empty string")
    raw_events = obj.get("events")
    if not isinstance(raw_events, list):
        return None, errors + [f"{origin}: 'events' must be a list ([] for no event)"]
    kind = obj.get("kind") or ("event" if raw_events else "no-event:other")
    if raw_events and kind != "event":
        errors.append(f"{origin}: 'kind' must be 'event' when events are given, not {kind!r}")
    if not raw_events and (not kind.startswith("no-event:") or kind.split(":", 1)[1] not in NO_EVENT_KINDS):
        errors.append(f"{origin}: 'kind' of a sentence without events must be no-event:<one of "
                      f"{', '.join(NO_EVENT_KINDS)}>, not {kind!r}")
    events = []
    for number, raw in enumerate(raw_events, start=1):
        event, problems = _parse_event(raw, text, f"{origin} event {number}", codes)
        errors += problems
        if event is not None:
            events.append(event)
    if errors:
        return None, errors
    return TrainSentence(sentence_id=str(sentence_id), text=text, date=str(obj.get("date") or ""), kind=kind,
                         events=tuple(events), origin=origin), []


def _parse_event(raw: object, text: str, where: str, codes: set[str]) -> tuple[TrainEvent | None, list[str]]:
    if not isinstance(raw, dict):
        return None, [f"{where}: expected an object"]
    errors = [f"{where}: unknown field {k!r}" for k in raw if k not in EVENT_FIELDS]
    code, mode = raw.get("code"), raw.get("mode", "actual")
    construction = raw.get("construction", "other")
    if code not in codes:
        errors.append(f"{where}: 'code' {code!r} is not a CAMEO code of the ontology")
    if mode not in MODES:
        errors.append(f"{where}: 'mode' {mode!r} is not one of {', '.join(MODES)}")
    if construction not in CONSTRUCTIONS:
        errors.append(f"{where}: 'construction' {construction!r} is not one of {', '.join(CONSTRUCTIONS)}")
    spans: dict[str, Span | None] = {}
    for role in ("trigger", "source", "target"):
        value = raw.get(role)
        if value is None and role != "trigger":
            spans[role] = None
            continue
        occurrence = raw.get(f"{role}_n", 1)
        span = find_span(text, value, occurrence) if isinstance(value, str) and value.strip() and \
            isinstance(occurrence, int) and occurrence >= 1 else None
        if span is None:
            errors.append(f"{where}: {role} {value!r} (occurrence {occurrence}) is not a word sequence of the text")
        spans[role] = span
    if errors:
        return None, errors
    trigger = spans["trigger"]
    assert trigger is not None
    return TrainEvent(trigger=trigger, code=str(code), mode=str(mode), source=spans["source"],
                      target=spans["target"], construction=str(construction)), []


def read_corpus(paths: Iterable[Path | str], codes: set[str]) -> tuple[list[TrainSentence], list[str]]:
    """Every valid sentence of the files, and one message per invalid line or repeated id."""
    sentences: list[TrainSentence] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    for path in paths:
        for origin, obj, problem in _lines(Path(path)):
            if problem:
                errors.append(problem)
                continue
            sentence, problems = parse_record(obj, origin, codes)
            errors += problems
            if sentence is None:
                continue
            if sentence.sentence_id in seen:
                errors.append(f"{origin}: id {sentence.sentence_id!r} already used at {seen[sentence.sentence_id]}")
                continue
            seen[sentence.sentence_id] = origin
            sentences.append(sentence)
    return sentences, errors


def _lines(path: Path) -> Iterator[tuple[str, object, str]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                yield origin, json.loads(line), ""
            except json.JSONDecodeError as exc:
                yield origin, None, f"{origin}: not valid JSON ({exc.msg} at column {exc.colno})"


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


def summary(sentences: list[TrainSentence]) -> dict[str, object]:
    """Counts for docs/coding.md: sentences, events, no-event share, roots, codes, modes, constructions."""
    events = [e for s in sentences for e in s.events]
    return {
        "sentences": len(sentences),
        "events": len(events),
        "no_event_share": round(sum(not s.events for s in sentences) / len(sentences), 3) if sentences else 0.0,
        "codes": len({e.code for e in events}),
        "roots": dict(sorted(Counter(e.code[:2] for e in events).items())),
        "modes": dict(Counter(e.mode for e in events).most_common()),
        "constructions": dict(Counter(e.construction for e in events).most_common()),
        "no_event_kinds": dict(Counter(s.kind for s in sentences if not s.events).most_common()),
    }


def expected_record(sentence: TrainSentence) -> dict[str, object]:
    """The sentence as a gold record of the evaluation format: each labelled act with the code
    the coder should store for it (its mode applied), acts that are not coded left out."""
    from ..events.modality import modal_code

    events = []
    for event in sentence.events:
        code = modal_code(event.code, (event.mode,))
        if code is not None:
            events.append({"source": None, "target": None, "code": code})
    return {"id": sentence.sentence_id, "text": sentence.text, "date": sentence.date or None, "events": events,
            "levels": ["root", "code", "plover"]}


def main(argv: list[str] | None = None) -> int:
    from ..ontology import load_ontology

    args = argv if argv is not None else sys.argv[1:]
    paths = [Path(a) for a in args] or corpus_files(Path("training/corpus"))
    sentences, errors = read_corpus(paths, set(load_ontology().codes))
    for error in errors:
        print(error)
    print(json.dumps(summary(sentences), indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

