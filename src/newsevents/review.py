"""Review: a reader's verdicts on coded event mentions, and their export as training sentences.

A verdict is ``right`` or ``wrong``; a wrong one may say what the act is (its CAMEO code as if it
happened, its mode, trigger, source and target phrases and actor codes) or, with no code, that the
sentence holds no such event. Verdicts live in the ``corrections`` table (schema version 4) and never
change the coded mentions or events; the latest verdict on a mention is the one that counts.

:func:`training_records` turns the reviewed sentences into records of the training corpus
(``training/README.md``): each reviewed sentence becomes one record listing its events as the
reviewer judged them (unreviewed mentions of the same sentence as coded, unless ``reviewed_only``).
Every record is checked with the corpus validator before it is written.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

import duckdb

from .train.corpus import MODES, find_span, parse_record

VERDICTS = ("right", "wrong")
# The coder turns a threatened, intended or refused act into 13x, 03x or 12x (docs/coding.md); the
# training corpus labels the act itself with its mode, so these modes send the code back to the
# lexicon entry's own code. The first one present wins.
MODE_ORDER = ("refused", "threatened", "negated", "hypothetical", "attempted", "intended", "future")
CODED_FIELDS = ("code", "root", "source_code", "target_code", "source_text", "target_text", "trigger_text",
                "trigger_start", "trigger_end", "rule_id", "aux_modes", "confidence")


class ReviewError(ValueError):
    """A verdict that cannot be recorded; ``errors`` says what is wrong with each field."""

    def __init__(self, errors: list[dict[str, str]]):
        super().__init__("; ".join(f"{e['field']}: {e['message']}" for e in errors))
        self.errors = errors


@dataclass(frozen=True, slots=True, kw_only=True)
class Judgement:
    """What a reviewer says about one event mention."""

    mention_id: str
    verdict: str
    code: str | None = None  # the act as if it happened; None on a wrong verdict: no event here
    mode: str | None = None
    trigger_text: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    source_code: str | None = None
    target_code: str | None = None
    note: str = ""


def act_of(code: str, rule_id: str, aux_modes: Iterable[str]) -> tuple[str, str]:
    """The coded mention as the training corpus labels it: the act's own code and its mode.

    >>> act_of("138", "190.attack@verb", ["threatened"])
    ('190', 'threatened')
    """
    modes = set(aux_modes)
    if "conditional" in modes and code[:2] == "13":
        modes.add("threatened")  # "would impose tariffs if ...": the corpus labels a conditional threat so
    mode = next((m for m in MODE_ORDER if m in modes), "actual")
    entry_code = rule_id.split(".", 1)[0] if rule_id else ""
    if mode != "actual" and entry_code.isdigit():
        return entry_code, mode
    return code, mode


def construction_of(rule_id: str, aux_modes: Iterable[str]) -> str:
    """The corpus's ``construction`` for the coder's syntactic rule (``045.host_talks@verb``)."""
    rule = rule_id.split("@", 1)[1] if "@" in rule_id else ""
    if "reported" in set(aux_modes) or rule.startswith("asserted-by"):
        return "reported"
    if rule.startswith("light-verb"):
        return "light_verb"
    if rule.startswith("noun"):
        return "nominal"
    return {"verb": "active", "passive": "passive"}.get(rule, "other")


# -- recording -------------------------------------------------------------------------


def add(conn: duckdb.DuckDBPyConnection, judgement: Judgement, codes: set[str]) -> dict[str, Any]:
    """Store one verdict and return it; LookupError for an unknown mention, ReviewError when invalid."""
    mention = _mention(conn, judgement.mention_id)
    if mention is None:
        raise LookupError(f"no event mention {judgement.mention_id!r}")
    _validate(judgement, mention["sentence_text"] or "", codes)
    row = conn.execute("SELECT nextval('correction_ids')").fetchone()
    assert row is not None
    coded = json.dumps({k: mention[k] for k in CODED_FIELDS}, default=str)
    values = {**asdict(judgement), "correction_id": int(row[0]), "article_id": mention["article_id"],
              "sentence_id": mention["sentence_id"], "event_key": mention["event_key"], "coded": coded,
              "sentence_text": mention["sentence_text"], "sentence_start": mention["sentence_start"],
              "story_date": mention["story_date"]}
    names = list(values)
    conn.execute(f"INSERT INTO corrections ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [values[n] for n in names])
    return get(conn, int(row[0]))


def _mention(conn: duckdb.DuckDBPyConnection, mention_id: str) -> dict[str, Any] | None:
    cursor = conn.execute(
        "SELECT m.*, s.start_char AS sentence_start FROM mentions m "
        "LEFT JOIN sentences s ON s.sentence_id = m.sentence_id WHERE m.mention_id = ?", [mention_id])
    row = cursor.fetchone()
    if row is None:
        return None
    mention = dict(zip([d[0] for d in cursor.description], row))
    mention["aux_modes"] = [m for m in (mention.get("aux_modes") or "").split(",") if m]
    return mention


def _validate(judgement: Judgement, sentence: str, codes: set[str]) -> None:
    errors = []
    if judgement.verdict not in VERDICTS:
        errors.append({"field": "verdict", "message": f"must be one of {', '.join(VERDICTS)}"})
    if judgement.verdict == "right" and judgement.code:
        errors.append({"field": "code", "message": "a right verdict takes no corrected code"})
    if judgement.code is not None and judgement.code not in codes:
        errors.append({"field": "code", "message": f"{judgement.code!r} is not a CAMEO code"})
    if judgement.mode is not None and judgement.mode not in MODES:
        errors.append({"field": "mode", "message": f"must be one of {', '.join(MODES)}"})
    for name in ("trigger_text", "source_text", "target_text"):
        phrase = getattr(judgement, name)
        if phrase and find_span(sentence, phrase) is None:
            errors.append({"field": name, "message": f"{phrase!r} is not a word sequence of the sentence"})
    if errors:
        raise ReviewError(errors)


# -- reading ---------------------------------------------------------------------------

LIST_COLUMNS = ("correction_id", "mention_id", "article_id", "sentence_id", "event_key", "verdict", "code",
                "mode", "trigger_text", "source_text", "target_text", "source_code", "target_code", "note",
                "coded", "sentence_text", "story_date", "created_at")


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    for row in rows:
        if isinstance(row.get("coded"), str):
            row["coded"] = json.loads(row["coded"])
    return rows


def get(conn: duckdb.DuckDBPyConnection, correction_id: int) -> dict[str, Any]:
    cursor = conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM corrections WHERE correction_id = ?",
                          [correction_id])
    return _rows(cursor)[0]


def listing(conn: duckdb.DuckDBPyConnection, verdict: str = "", article_id: str = "", limit: int = 50,
            offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Verdicts, newest first, and how many match."""
    where, params = ["TRUE"], []
    if verdict:
        where.append("verdict = ?")
        params.append(verdict)
    if article_id:
        where.append("article_id = ?")
        params.append(article_id)
    clause = " AND ".join(where)
    total = conn.execute(f"SELECT count(*) FROM corrections WHERE {clause}", params).fetchone()
    cursor = conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM corrections WHERE {clause} "
                          "ORDER BY correction_id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    return _rows(cursor), int(total[0]) if total else 0


LATEST = ("SELECT * FROM corrections QUALIFY row_number() OVER "
          "(PARTITION BY mention_id ORDER BY correction_id DESC) = 1")


def latest_for_article(conn: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, dict[str, Any]]:
    """The verdict that counts for each reviewed mention of an article."""
    cursor = conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM ({LATEST}) WHERE article_id = ?", [article_id])
    return {row["mention_id"]: row for row in _rows(cursor)}


def summary(conn: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Reviewed mentions (latest verdict each), how many were judged right, and the share."""
    row = conn.execute(f"SELECT count(*), count(*) FILTER (WHERE verdict = 'right') FROM ({LATEST})").fetchone()
    reviewed, right = (int(row[0]), int(row[1])) if row else (0, 0)
    return {"reviewed": reviewed, "right": right, "wrong": reviewed - right,
            "share_right": round(right / reviewed, 4) if reviewed else None}


# -- export to the training corpus ------------------------------------------------------


def training_records(conn: duckdb.DuckDBPyConnection, codes: set[str],
                     reviewed_only: bool = False) -> tuple[list[dict[str, Any]], list[str]]:
    """One training record per reviewed sentence, and a message for each sentence left out."""
    latest = _rows(conn.execute(f"SELECT * FROM ({LATEST}) ORDER BY correction_id"))
    by_sentence: dict[str, list[dict[str, Any]]] = {}
    for verdict in latest:
        by_sentence.setdefault(verdict["sentence_id"], []).append(verdict)
    records, skipped = [], []
    for sentence_id, verdicts in by_sentence.items():
        others = _unreviewed(conn, sentence_id, {v["mention_id"] for v in verdicts})
        if others and reviewed_only:
            skipped.append(f"{sentence_id}: {len(others)} mention(s) of the sentence not reviewed")
            continue
        item, problems = _training_record(verdicts, others, codes)
        if problems:
            skipped += problems
        else:
            records.append(item)
    return records, skipped


def _unreviewed(conn: duckdb.DuckDBPyConnection, sentence_id: str, reviewed: set[str]) -> list[dict[str, Any]]:
    cursor = conn.execute("SELECT mention_id, code, rule_id, aux_modes, trigger_text, trigger_start, source_text, "
                          "target_text FROM mentions WHERE sentence_id = ? ORDER BY trigger_start, mention_id",
                          [sentence_id])
    rows = [row for row in _rows(cursor) if row["mention_id"] not in reviewed]
    for row in rows:
        row["aux_modes"] = [m for m in (row["aux_modes"] or "").split(",") if m]
    return rows


def _training_record(verdicts: list[dict[str, Any]], others: list[dict[str, Any]],
                     codes: set[str]) -> tuple[dict[str, Any], list[str]]:
    first = verdicts[0]
    text, start = first["sentence_text"] or "", first["sentence_start"] or 0
    events = [e for v in verdicts if (e := _judged_event(v, text, start)) is not None]
    events += [_coded_event(m, text, start, "as coded, not reviewed") for m in others]
    events = _distinct(events)
    item: dict[str, Any] = {"id": f"rv-{first['correction_id']:05d}", "text": text,
                               "kind": "event" if events else "no-event:other", "events": events}
    if first["story_date"]:
        item["date"] = str(first["story_date"])
    _, problems = parse_record(item, f"sentence {first['sentence_id']}", codes)
    return item, problems


def _judged_event(verdict: dict[str, Any], text: str, start: int) -> dict[str, Any] | None:
    coded = verdict["coded"]
    if verdict["verdict"] == "right":
        return _coded_event(coded, text, start, f"review {verdict['correction_id']}: right")
    if not verdict["code"]:
        return None  # wrong, and no act here: the sentence's record loses this event
    base = _coded_event(coded, text, start, "")
    event = {**base, "code": verdict["code"], "mode": verdict["mode"] or base["mode"]}
    for role in ("trigger", "source", "target"):
        phrase = verdict[f"{role}_text"]
        if phrase:
            event[role] = phrase
            event.pop(f"{role}_n", None)
    actors = f"{verdict['source_code'] or '-'}->{verdict['target_code'] or '-'}"
    event["note"] = (f"review {verdict['correction_id']}: wrong, coded {coded['code']} "
                     f"{coded['source_code'] or '-'}->{coded['target_code'] or '-'}; actors {actors}"
                     + (f"; {verdict['note']}" if verdict["note"] else ""))
    return event


def _coded_event(mention: dict[str, Any], text: str, start: int, note: str) -> dict[str, Any]:
    code, mode = act_of(mention["code"], mention["rule_id"] or "", mention["aux_modes"] or [])
    event: dict[str, Any] = {"trigger": mention["trigger_text"], "code": code, "mode": mode,
                             "source": _phrase(text, mention["source_text"]),
                             "target": _phrase(text, mention["target_text"]),
                             "construction": construction_of(mention["rule_id"] or "", mention["aux_modes"] or [])}
    occurrence = _occurrence(text, mention["trigger_text"] or "", (mention["trigger_start"] or 0) - start)
    if occurrence > 1:
        event["trigger_n"] = occurrence
    if note:
        event["note"] = note
    return event


def _phrase(text: str, phrase: str | None) -> str | None:
    """The actor's phrase when the sentence has it; a pronoun's antecedent elsewhere is no phrase here."""
    return phrase if phrase and find_span(text, phrase) is not None else None


def _occurrence(text: str, word: str, offset: int) -> int:
    """Which occurrence of ``word`` starts at ``offset`` of the sentence (1 when none does)."""
    n = 1
    while (span := find_span(text, word, n)) is not None:
        if span.start == offset:
            return n
        n += 1
    return 1


def _distinct(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The coder codes a meeting both ways; the corpus labels the act once."""
    seen: set[tuple] = set()
    kept = []
    for event in events:
        key = (event["trigger"], event.get("trigger_n", 1), event["code"], event["mode"],
               frozenset((event["source"], event["target"])))
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def export(conn: duckdb.DuckDBPyConnection, path: str | Path, codes: set[str],
           reviewed_only: bool = False) -> tuple[int, list[str]]:
    """Write the training records as JSON Lines; returns how many and the skipped sentences."""
    records, skipped = training_records(conn, codes, reviewed_only)
    with Path(path).open("w", encoding="utf-8") as handle:
        for item in records:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    return len(records), skipped
