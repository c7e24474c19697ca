"""Readers: files, directories and standard input to Article records.

Every reader yields ``Article`` or ``Problem`` records: a malformed record becomes a Problem
that names the file and line (with the raw record kept for the rejects file), and the rest
of the input goes through.

Ids: a record's own ``id`` field; else, for a file, its path relative to the folder given
(without the suffix: ``a/story.txt`` is ``a/story``); else (standard input, JSON records without
an id) ``a-`` and the first 16 hex digits of the text's hash. :func:`read_inputs` reports an id
that repeats within one run instead of letting the later record replace the earlier.
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
# Files a folder of articles often holds that are not articles: skipped (with a warning) when a
# folder is read, coded when named on their own.
NOT_ARTICLES = {"readme", "license", "licence", "changelog", "contributing", "authors", "notice", "copying"}
# A CSV cell may hold a whole article; the csv module's default limit (128 KiB) would drop the rest of the file.
CSV_FIELD_LIMIT = 256 * 1024 * 1024
SURROGATE = re.compile("[\ud800-\udfff]")

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


def parse_date(value: Any, day_first: bool = True) -> dt.date | None:
    """A publication date; None when empty; ValueError when it is not a full calendar date.

    ISO dates and datetimes first, then the forms feeds use, with dateutil: "Mon, 08 Nov 2021
    14:05:00 GMT", "November 8, 2021", "08/11/2021" (8 November with ``day_first``, else 11 August).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])", text)
    if match:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    return _feed_date(text, day_first)


def _feed_date(text: str, day_first: bool) -> dt.date:
    from dateutil import parser  # only for dates that are not ISO

    if not re.search(r"\d", text) or len(text) > 64:
        raise ValueError(f"date {text!r} is not a date (use YYYY-MM-DD)")
    try:
        # parsed twice with different defaults: a part missing from the text shows as a difference
        first = parser.parse(text, dayfirst=day_first, default=dt.datetime(1904, 1, 1))
        second = parser.parse(text, dayfirst=day_first, default=dt.datetime(1908, 2, 2))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"date {text!r} is not a date ({exc})") from None
    if first.date() != second.date():
        raise ValueError(f"date {text!r} lacks a year, month or day")
    return first.date()


def make_article(fields: Mapping[str, Any], origin: str, default_date: dt.date | None = None,
                 day_first: bool = True) -> ReadResult:
    """Validate one raw record and build an Article, or a Problem saying which field is wrong."""
    values = {name: _first(fields, aliases) for name, aliases in FIELD_ALIASES.items()}
    text = values["text"]
    if not isinstance(text, str) or not text.strip():
        return Problem(stage="ingest", item_id=_text(values["id"]), code="missing-text",
                       message=f"{origin}: record has no 'text' field (or it is empty)",
                       location=origin, raw=_raw(fields))
    try:
        date = parse_date(values["date"], day_first) or default_date
    except (ValueError, OverflowError) as exc:
        return Problem(stage="ingest", item_id=_text(values["id"]), code="bad-date",
                       message=f"{origin}: field 'date': {exc}", location=origin, raw=_raw(fields))
    digest = content_hash(text)
    return Article(
        article_id=_text(values["id"]) or f"a-{digest[:16]}",
        text=text.strip("\n"),
        title=_text(values["title"]),
        date=date,
        source=_text(values["source"]),
        url=_text(values["url"]),
        language=_text(values["language"]) or "en",
        content_hash=digest,
        origin=origin,
    )


def _text(value: Any) -> str:
    """A metadata value as one line of text (ids and titles end up in messages and file names)."""
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _first(fields: Mapping[str, Any], aliases: tuple[str, ...]) -> Any:
    for alias in aliases:
        if alias in fields and fields[alias] not in (None, ""):
            return fields[alias]
    return None


def _raw(fields: Mapping[str, Any]) -> str:
    return json.dumps(dict(fields), ensure_ascii=False, default=str)


def read_jsonl(lines: Iterable[str], name: str, default_date: dt.date | None = None,
               day_first: bool = True) -> Iterator[ReadResult]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield from read_record(line, f"{name}:{number}", default_date, day_first)


def read_record(line: str, origin: str, default_date: dt.date | None = None,
                day_first: bool = True) -> Iterator[ReadResult]:
    """One JSON object (a JSON Lines line): an Article, or a Problem naming the line."""
    raw = line.rstrip("\n")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(stage="ingest", item_id="", code="bad-json", location=origin, raw=raw,
                      message=f"{origin}: not valid JSON ({exc.msg} at column {exc.colno})")
        return
    except RecursionError:
        yield Problem(stage="ingest", item_id="", code="bad-json", location=origin, raw=raw[:10_000],
                      message=f"{origin}: JSON nested too deeply to read")
        return
    yield from _from_object(obj, origin, raw, default_date, day_first)


def _from_object(obj: Any, origin: str, raw: str, default_date: dt.date | None,
                 day_first: bool) -> Iterator[ReadResult]:
    if not isinstance(obj, dict):
        yield Problem(stage="ingest", item_id="", code="not-an-object", location=origin, raw=raw,
                      message=f"{origin}: expected a JSON object")
        return
    if any(isinstance(v, str) and SURROGATE.search(v) for v in obj.values()):
        # "\ud800" is valid JSON but not text: it cannot be encoded, stored or parsed
        obj = {k: SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in obj.items()}
        yield Problem(stage="ingest", item_id=_text(obj.get("id")), code="bad-unicode", location=origin,
                      severity=Severity.WARNING,
                      message=f"{origin}: lone surrogate escapes (\\ud800-\\udfff) replaced by U+FFFD")
    yield make_article(obj, origin, default_date, day_first)


def read_json(raw: str, name: str, default_date: dt.date | None = None,
              day_first: bool = True) -> Iterator[ReadResult]:
    """A ``.json`` file: an array of article objects, one object, or (failing both) JSON Lines."""
    try:
        data = json.loads(raw)
    except RecursionError:
        yield Problem(stage="ingest", item_id="", code="bad-json", location=name,
                      message=f"{name}: JSON nested too deeply to read")
        return
    except json.JSONDecodeError:
        yield from read_jsonl(raw.splitlines(), name, default_date, day_first)
        return
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        origin = f"{name}[{number}]" if isinstance(data, list) else name
        yield from _from_object(item, origin, json.dumps(item, ensure_ascii=False)[:100_000], default_date,
                                day_first)


def read_csv(handle: io.TextIOBase, name: str, default_date: dt.date | None = None,
             day_first: bool = True) -> Iterator[ReadResult]:
    """CSV or TSV with a header row. Quoting is strict: a row with an unterminated or stray quote is
    reported and set aside, and reading starts again on the next line, instead of swallowing the rows
    after it into one article."""
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    lines = handle.read().split("\n")
    delimiter = "\t" if name.endswith(".tsv") else ","
    header, start = None, 0
    while start < len(lines):
        reader = csv.DictReader(io.StringIO("\n".join(lines[start:]), newline=""), fieldnames=header,
                                delimiter=delimiter, strict=True)
        done = start + (0 if header else 1)  # lines consumed so far (the header's too)
        try:
            for row in reader:
                origin = f"{name}:{done + 1}"
                done = start + reader.line_num
                yield _csv_row(row, origin, default_date, day_first)
            return
        except csv.Error as exc:
            bad = done + 1
            yield Problem(stage="ingest", item_id="", code="bad-csv-row", location=f"{name}:{bad}",
                          raw=lines[bad - 1], message=f"{name}:{bad}: unreadable CSV ({exc}; an unterminated "
                          "or stray quote?); the row was set aside and reading goes on with the next line")
            header, start = reader.fieldnames, bad


def _csv_row(row: dict, origin: str, default_date: dt.date | None, day_first: bool) -> ReadResult:
    if None in row:  # more cells than header columns
        return Problem(stage="ingest", item_id="", code="bad-csv-row", location=origin,
                       raw=json.dumps(row, default=str),
                       message=f"{origin}: row has more cells than the header has columns")
    return make_article(row, origin, default_date, day_first)


FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def read_text(raw: str, name: str, sidecar: Mapping[str, Any] | None = None,
              default_date: dt.date | None = None, article_id: str | None = None,
              day_first: bool = True) -> ReadResult:
    """A plain-text article: optional front matter, optional title line, then the body.

    Its id is the front matter's or sidecar's ``id``, else ``article_id``, else the text's hash.
    """
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
    if article_id:
        meta.setdefault("id", article_id)
    return make_article(meta, name, default_date, day_first)


def read_html(raw: str, name: str, default_date: dt.date | None = None, article_id: str | None = None,
              day_first: bool = True) -> ReadResult:
    """Main text and metadata of a web page, with trafilatura."""
    import trafilatura  # heavy import, only for HTML input

    extracted = trafilatura.bare_extraction(raw, with_metadata=True)
    doc: Any = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    if not doc or not doc.get("text"):
        return Problem(stage="ingest", item_id="", code="empty-html", location=name,
                       message=f"{name}: no article text found in the HTML")
    fields = {"id": article_id, "title": doc.get("title"), "text": doc.get("text"),
              "date": doc.get("date"), "source": doc.get("sitename") or doc.get("hostname"),
              "url": doc.get("url"), "language": doc.get("language")}
    return make_article(fields, name, default_date, day_first)


def read_path(path: Path, default_date: dt.date | None = None, day_first: bool = True,
              root: Path | None = None) -> Iterator[ReadResult]:
    """Read one file, or every known file under a directory (recursively, sorted; hidden files and
    README-like files skipped). ``root`` is the folder ids are relative to."""
    if path.is_dir():
        yield from _read_folder(path, default_date, day_first)
        return
    name = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")  # a byte-order mark is not part of the first field
    except FileNotFoundError:
        yield Problem(stage="ingest", item_id="", code="no-such-file", location=name,
                      message=f"{name}: no such file or directory")
        return
    except UnicodeDecodeError as exc:
        yield Problem(stage="ingest", item_id="", code="unreadable", location=name,
                      message=f"{name}: not UTF-8 text (byte {exc.start}); convert it to UTF-8")
        return
    except OSError as exc:
        yield Problem(stage="ingest", item_id="", code="unreadable", location=name,
                      message=f"{name}: cannot read ({exc.strerror or exc})")
        return
    sidecar = _sidecar(path)
    if isinstance(sidecar, Problem):
        yield sidecar  # a warning: the article is still read, without the sidecar's metadata
        sidecar = None
    relative = path.relative_to(root) if root is not None else Path(path.name)
    yield from read_string(raw, name, path.suffix.lower(), sidecar, default_date,
                           article_id=relative.with_suffix("").as_posix(), day_first=day_first)


def _read_folder(folder: Path, default_date: dt.date | None, day_first: bool) -> Iterator[ReadResult]:
    for child in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = child.relative_to(folder)
        if child.suffix.lower() not in KNOWN_SUFFIXES or _is_sidecar(child) \
                or any(part.startswith(".") for part in relative.parts):
            continue
        if child.stem.lower() in NOT_ARTICLES:
            yield Problem(stage="ingest", item_id="", code="skipped-file", location=str(child),
                          severity=Severity.WARNING,
                          message=f"{child}: skipped, a {child.stem} file is not an article (name it to code it)")
            continue
        yield from read_path(child, default_date, day_first, root=folder)


def read_string(raw: str, name: str, suffix: str, sidecar: Mapping[str, Any] | None = None,
                default_date: dt.date | None = None, article_id: str | None = None,
                day_first: bool = True) -> Iterator[ReadResult]:
    """Dispatch on the suffix (or sniff JSON on standard input)."""
    raw = raw.removeprefix("\ufeff")
    start = raw.lstrip()[:1]
    if suffix == ".json" or (suffix == "" and start == "["):
        yield from read_json(raw, name, default_date, day_first)
    elif suffix in JSONL_SUFFIXES or (suffix == "" and start == "{"):
        yield from read_jsonl(raw.splitlines(), name, default_date, day_first)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(io.StringIO(raw, newline=""), name, default_date, day_first)
    elif suffix in HTML_SUFFIXES or raw.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield read_html(raw, name, default_date, article_id, day_first)
    else:
        yield read_text(raw, name, sidecar, default_date, article_id, day_first)


def read_stdin(default_date: dt.date | None = None, day_first: bool = True) -> Iterator[ReadResult]:
    """Standard input, read as UTF-8 bytes (not in the locale's encoding); plain text gets a content-hash id."""
    try:
        raw = sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Problem(stage="ingest", item_id="", code="unreadable", location="<stdin>",
                      message=f"<stdin>: not UTF-8 text (byte {exc.start})")
        return
    except AttributeError:  # a replaced sys.stdin (tests, notebooks) has no byte buffer
        raw = sys.stdin.read()
    yield from read_string(raw, "<stdin>", "", None, default_date, day_first=day_first)


def read_inputs(inputs: Iterable[str], default_date: dt.date | None = None,
                day_first: bool = True) -> Iterator[ReadResult]:
    """Read every input; ``-`` means standard input. An id seen earlier in the run is reported
    (the later record is set aside, not allowed to replace the earlier one)."""
    seen: dict[str, str] = {}
    for item in inputs:
        results = read_stdin(default_date, day_first) if item == "-" else read_path(Path(item), default_date, day_first)
        for result in results:
            if isinstance(result, Article) and result.article_id in seen:
                yield _repeated(result, seen[result.article_id])
                continue
            if isinstance(result, Article):
                seen[result.article_id] = result.origin
            yield result


def _repeated(article: Article, first: str) -> Problem:
    return Problem(stage="ingest", item_id=article.article_id, code="repeated-id", location=article.origin,
                   message=f"{article.origin}: id {article.article_id!r} was already used by {first}; "
                           "this record was set aside (give it its own id)",
                   raw=json.dumps({"id": article.article_id, "title": article.title, "text": article.text,
                                   "date": article.date.isoformat() if article.date else None,
                                   "source": article.source, "url": article.url}, ensure_ascii=False))


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
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Problem(stage="ingest", item_id=path.stem, code="bad-sidecar", location=str(side),
                       severity=Severity.WARNING, message=f"{side}: metadata ignored, not valid JSON ({exc})")
    if not isinstance(data, dict):
        return Problem(stage="ingest", item_id=path.stem, code="bad-sidecar", location=str(side),
                       severity=Severity.WARNING, message=f"{side}: metadata ignored, expected a JSON object")
    return data
