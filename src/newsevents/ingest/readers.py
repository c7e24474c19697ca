"""Readers: files, directories and standard input to Article records.

Every reader yields ``Article`` or ``Problem`` records: a malformed record becomes a Problem
that names the file and line (with the raw record kept for the rejects file), and the rest
of the input goes through.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from ..records import Article, Problem, Severity

ReadResult = Article | Problem

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES | {".json"}

FIELD_ALIASES = {
    "id": ("id", "article_id", "doc_id"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "date": ("date", "publication_date", "published", "pub_date"),
    "source": ("source", "publisher"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}


def content_hash(text: str) -> str:
    """Stable hash of an article's text (whitespace-normalised), used for ids and idempotence."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def parse_date(value: Any) -> dt.date | None:
    """A publication date from ISO text (date or datetime); None when empty; ValueError when bad."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", text)
    if not match:
        raise ValueError(f"date {text!r} is not an ISO date (YYYY-MM-DD)")
    return dt.date(int(match[1]), int(match[2]), int(match[3]))


def make_article(fields: Mapping[str, Any], origin: str, default_date: dt.date | None = None) -> ReadResult:
    """Validate one raw record and build an Article, or a Problem saying which field is wrong."""
    values = {name: _first(fields, aliases) for name, aliases in FIELD_ALIASES.items()}
    text = values["text"]
    if not isinstance(text, str) or not text.strip():
        return Problem(stage="ingest", item_id=str(values["id"] or ""), code="missing-text",
                       message=f"{origin}: record has no 'text' field (or it is empty)",
                       location=origin, raw=_raw(fields))
    try:
        date = parse_date(values["date"]) or default_date
    except ValueError as exc:
        return Problem(stage="ingest", item_id=str(values["id"] or ""), code="bad-date",
                       message=f"{origin}: field 'date': {exc}", location=origin, raw=_raw(fields))
    digest = content_hash(text)
    return Article(
        article_id=str(values["id"] or f"a-{digest[:16]}"),
        text=text.strip("\n"),
        title=str(values["title"] or ""),
        date=date,
        source=str(values["source"] or ""),
        url=str(values["url"] or ""),
        language=str(values["language"] or "en"),
        content_hash=digest,
        origin=origin,
    )


def _first(fields: Mapping[str, Any], aliases: tuple[str, ...]) -> Any:
    for alias in aliases:
        if alias in fields and fields[alias] not in (None, ""):
            return fields[alias]
    return None


def _raw(fields: Mapping[str, Any]) -> str:
    return json.dumps(dict(fields), ensure_ascii=False, default=str)


def read_jsonl(lines: Iterable[str], name: str, default_date: dt.date | None = None) -> Iterator[ReadResult]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(stage="ingest", item_id="", code="bad-json", location=origin, raw=line.rstrip("\n"),
                          message=f"{origin}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Problem(stage="ingest", item_id="", code="not-an-object", location=origin,
                          raw=line.rstrip("\n"), message=f"{origin}: expected a JSON object")
            continue
        yield make_article(obj, origin, default_date)


def read_csv(handle: io.TextIOBase, name: str, default_date: dt.date | None = None) -> Iterator[ReadResult]:
    delimiter = "\t" if name.endswith(".tsv") else ","
    reader = csv.DictReader(handle, delimiter=delimiter)
    try:
        for row in reader:
            origin = f"{name}:{reader.line_num}"
            if None in row:  # more cells than header columns
                yield Problem(stage="ingest", item_id="", code="bad-csv-row", location=origin,
                              raw=json.dumps(row, default=str),
                              message=f"{origin}: row has more cells than the header has columns")
                continue
            yield make_article(row, origin, default_date)
    except csv.Error as exc:
        yield Problem(stage="ingest", item_id="", code="bad-csv", location=f"{name}:{reader.line_num}",
                      message=f"{name}:{reader.line_num}: unreadable CSV ({exc}); the rest of the file was skipped")


FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def read_text(raw: str, name: str, sidecar: Mapping[str, Any] | None = None,
              default_date: dt.date | None = None) -> ReadResult:
    """A plain-text article: optional front matter, optional title line, then the body."""
    meta: dict[str, Any] = dict(sidecar or {})
    match = FRONT_MATTER.match(raw)
    if match:
        for line in match[1].splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip('"')
        raw = raw[match.end():]
    if "title" not in meta:
        first, sep, rest = raw.lstrip("\n").partition("\n\n")
        if sep and "\n" not in first.strip() and not first.rstrip().endswith((".", "\"", "'", "!", "?")):
            meta["title"], raw = first.strip(), rest
    meta["text"] = raw
    meta.setdefault("id", Path(name).stem)
    return make_article(meta, name, default_date)


def read_html(raw: str, name: str, default_date: dt.date | None = None) -> ReadResult:
    """Main text and metadata of a web page, with trafilatura."""
    import trafilatura  # heavy import, only for HTML input

    extracted = trafilatura.bare_extraction(raw, with_metadata=True)
    doc = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    if not doc or not doc.get("text"):
        return Problem(stage="ingest", item_id="", code="empty-html", location=name,
                       message=f"{name}: no article text found in the HTML")
    fields = {"id": Path(name).stem, "title": doc.get("title"), "text": doc.get("text"),
              "date": doc.get("date"), "source": doc.get("sitename") or doc.get("hostname"),
              "url": doc.get("url"), "language": doc.get("language")}
    return make_article(fields, name, default_date)


def read_path(path: Path, default_date: dt.date | None = None) -> Iterator[ReadResult]:
    """Read one file, or every known file under a directory (recursively, sorted)."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix.lower() in KNOWN_SUFFIXES and not _is_sidecar(child):
                yield from read_path(child, default_date)
        return
    name = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        yield Problem(stage="ingest", item_id="", code="no-such-file", location=name,
                      message=f"{name}: no such file or directory")
        return
    except (UnicodeDecodeError, OSError) as exc:
        yield Problem(stage="ingest", item_id="", code="unreadable", location=name,
                      message=f"{name}: cannot read as UTF-8 text ({exc})")
        return
    sidecar = _sidecar(path)
    if isinstance(sidecar, Problem):
        yield sidecar  # a warning: the article is still read, without the sidecar's metadata
        sidecar = None
    yield from read_string(raw, name, path.suffix.lower(), sidecar, default_date)


def read_string(raw: str, name: str, suffix: str, sidecar: Mapping[str, Any] | None = None,
                default_date: dt.date | None = None) -> Iterator[ReadResult]:
    """Dispatch on the suffix (or sniff JSON Lines on standard input)."""
    if suffix in JSONL_SUFFIXES or (suffix in {".json", ""} and raw.lstrip().startswith("{")):
        yield from read_jsonl(raw.splitlines(), name, default_date)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(io.StringIO(raw, newline=""), name, default_date)
    elif suffix in HTML_SUFFIXES or raw.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield read_html(raw, name, default_date)
    else:
        yield read_text(raw, name, sidecar, default_date)


def read_stdin(default_date: dt.date | None = None) -> Iterator[ReadResult]:
    yield from read_string(sys.stdin.read(), "<stdin>", "", None, default_date)


def read_inputs(inputs: Iterable[str], default_date: dt.date | None = None) -> Iterator[ReadResult]:
    """Read every input; ``-`` means standard input."""
    for item in inputs:
        if item == "-":
            yield from read_stdin(default_date)
        else:
            yield from read_path(Path(item), default_date)


def _sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _is_sidecar(path: Path) -> bool:
    return path.name.endswith(".json") and path.with_name(path.name[: -len(".json")]).exists()


def _sidecar(path: Path) -> dict[str, Any] | Problem | None:
    """Metadata from ``<file>.json`` beside a text file; a Problem (warning) when it is unreadable."""
    side = _sidecar_path(path)
    if not side.exists():
        return None
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Problem(stage="ingest", item_id=path.stem, code="bad-sidecar", location=str(side),
                       severity=Severity.WARNING, message=f"{side}: metadata ignored, not valid JSON ({exc})")
    if not isinstance(data, dict):
        return Problem(stage="ingest", item_id=path.stem, code="bad-sidecar", location=str(side),
                       severity=Severity.WARNING, message=f"{side}: metadata ignored, expected a JSON object")
    return data
