"""Text clean-up shared by the stages: invisible characters, and the dateline that opens wire stories."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator

# "KABUL, Nov 8 (Reuters) - ", "KIRKUK, Iraq (Wire) - ", "FORTALEZA, Brazil, July 15 - ",
# "WASHINGTON -- ", "SINGAPORE: ": the place in capitals, then its country or state ("region") and the
# date, each optional; the separator must be followed by a space, so that "NATO-led forces" or
# "UN-backed talks" at the start of a story are not a dateline. A story filed from several places
# names them with slashes ("ACCRA/BAMAKO, Jan 10 (Reuters) -"): the first is the dateline's place.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'-]{2,40}?)(?:\s?/\s?[A-Z][A-Z .'-]{2,40}?){0,3}"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'-]+(?: (?:of |and |the )?[A-Z][A-Za-z.'-]+){0,3}))?"
    r"(?:,?\s*(?P<day>[A-Z][a-z]{2,9}\.? \d{1,2}(?:,\s*(?:19|20)\d\d)?))?\s*(?:\([^)]{0,40}\))?"
    r"\s*(?:--|[-\u2013\u2014:])\s+")

# Characters the parser must not see as they are: C0/C1 controls (tab, NUL, CR, ...), Unicode spaces
# (no-break, thin, ideographic), line and paragraph separators, and format characters (zero-width
# space and joiners, soft hyphen, byte-order mark, bidirectional controls). Each match is then
# classified with unicodedata, so the class only has to contain every candidate.
CANDIDATES = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\xa0\xad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f"
    "\u3000\ufeff\ufff9-\ufffb\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The text the parser reads, and how its offsets map back to the original text.

    Spaces and controls become one plain space each (same length); format characters are removed,
    so ``removed[k]`` is the clean offset at which the k-th run of removed characters was, and
    ``shift[k]`` the number of characters removed up to and including that run.
    """

    text: str
    removed: tuple[int, ...] = ()
    shift: tuple[int, ...] = ()

    @property
    def identical_offsets(self) -> bool:
        return not self.removed

    def start(self, offset: int) -> int:
        """The original offset of the character at clean ``offset`` (after any removed run there)."""
        k = bisect.bisect_right(self.removed, offset)
        return offset + (self.shift[k - 1] if k else 0)

    def end(self, offset: int) -> int:
        """The original offset for an exclusive end at clean ``offset`` (before any removed run there)."""
        return self.start(offset - 1) + 1 if offset > 0 else 0


def normalise(text: str) -> Normalised:
    """Map spaces, tabs and controls to ' ' and drop format characters; linear in the text's length.

    The parser then sees "Russia\u200b attacked" or "Russia\u00a0attacked" as "Russia attacked", and
    every offset it gives maps back to the original text (:meth:`Normalised.start` / ``end``).
    """
    if not CANDIDATES.search(text):
        return Normalised(text=text)
    pieces: list[str] = []
    removed: list[int] = []
    shift: list[int] = []
    kept_to, clean_len, dropped = 0, 0, 0
    for match in CANDIDATES.finditer(text):
        char = match[0]
        replacement = _replacement(char)
        if replacement == char:
            continue
        pieces.append(text[kept_to:match.start()])
        clean_len += match.start() - kept_to
        kept_to = match.end()
        if replacement:
            pieces.append(replacement)
            clean_len += 1
            continue
        dropped += 1
        if removed and removed[-1] == clean_len:
            shift[-1] = dropped
        else:
            removed.append(clean_len)
            shift.append(dropped)
    pieces.append(text[kept_to:])
    return Normalised(text="".join(pieces), removed=tuple(removed), shift=tuple(shift))


def _replacement(char: str) -> str:
    """'' to drop the character, one character to replace it, or the character itself to keep it."""
    if char in "\u2028\u2029":
        return "\n"
    category = unicodedata.category(char)
    if category == "Cs":
        return "\ufffd"  # a lone surrogate cannot be stored or encoded
    if category == "Cf":
        return ""
    if category in {"Cc", "Zs"}:
        return " "
    return char


def dateline_parts(text: str) -> tuple[str, str, int]:
    """The dateline's place, the country or state it names after the place ("Iraq" in "KIRKUK,
    Iraq -", else ''), and where the story proper begins; ('', '', 0) when there is no dateline."""
    found = _article_dateline(text)
    if found is None:
        return "", "", 0
    line, match = found
    return match["place"].strip(), match["region"] or "", line + match.end()


MONTHS = {name[:3].lower(): number for number, name in enumerate(calendar.month_abbr) if name}
# how far the day a dateline names may lie from the date the story is given and still be the day it
# was filed: a story held over or updated (days before), or filed in Asia on a day still to come in UTC
FILED_DAYS_BEFORE = 3
FILED_DAYS_AFTER = 1


def filed_on(text: str, published: dt.date | None) -> dt.date | None:
    """The day the story was filed, as its dateline names it ("CARACAS, Jan 23 (Reuters) -"), in the
    year of ``published`` (or the year the dateline writes); None where the dateline names no day, or
    one too far from ``published`` to be the day it was filed."""
    found = _article_dateline(text)
    if found is None or not found[1]["day"]:
        return None
    parts = re.match(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:,\s*(\d{4}))?", found[1]["day"])
    month = MONTHS.get(parts[1].lower()) if parts else None
    if parts is None or month is None or (published is None and not parts[3]):
        return None
    # a day in the year written, else around the year of publication ("Dec 31" filed for Jan 1)
    years = [int(parts[3])] if parts[3] else [published.year + k for k in (-1, 0, 1)] if published else []
    for year in years:
        try:
            day = dt.date(year, month, int(parts[2]))
        except ValueError:
            continue
        if published is None or -FILED_DAYS_AFTER <= (published - day).days <= FILED_DAYS_BEFORE:
            return day
    return None


# A dateline may follow lines of page furniture ("By Jane Doe") and a headline of a few lines
# (headline, standfirst): "Russia vetoes U.N. draft\n\nUNITED NATIONS, Feb 27 (Wire) - Russia ..."
HEADLINE_LINES = 3
HEADLINE_WORDS = 30
DATELINE_REACH = 200  # characters a dateline may take, its separator's spaces included
SENTENCE_ENDS = (".", "!", "?", '"', "'", "\u201d", ")")  # a headline ends with none of them


def _article_dateline(text: str) -> tuple[int, re.Match[str]] | None:
    """The article's dateline and the offset of its line: the first line of the story, after any
    leading furniture and at most HEADLINE_LINES short lines of headline."""
    from ..events.furniture import furniture

    headlines = 0
    for offset, line in _lines(text):
        if not line.strip():
            continue
        match = DATELINE.match(text[offset:offset + DATELINE_REACH])
        if match and offset + match.end() < len(text):
            return offset, match
        if furniture(line.strip()) is None:
            headlines += 1
            if headlines > HEADLINE_LINES or len(line.split()) > HEADLINE_WORDS:
                return None
    return None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line of the text, without its line break."""
    offset = 0
    while offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        yield offset, text[offset:end]
        offset = end + 1


def _after_leading_furniture(text: str) -> int:
    """Where the story's first line begins when lines of page furniture come first; 0 otherwise."""
    from ..events.furniture import furniture

    for offset, line in _lines(text):
        if line.strip() and furniture(line.strip()) is None:
            return offset
    return 0


def item_datelines(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """The datelines that open paragraphs of the story: (where the item begins, the offset of the
    dateline's line, the dateline). The article's own, and in a page of briefs each item's, whose
    item begins at the headline lines above it."""
    return _datelines_from(text, _story_start(text))


def _story_start(text: str) -> int:
    """Where the story the parser reads begins: after leading page furniture when a dateline follows
    it, else at the text's start (the furniture step drops furniture lines that are parsed)."""
    return _after_leading_furniture(text) if _article_dateline(text) is not None else 0


def _datelines_from(text: str, start: int) -> list[tuple[int, int, re.Match[str]]]:
    datelines: list[tuple[int, int, re.Match[str]]] = []
    headlines: list[int] = []  # offsets of the short unpunctuated lines since the last paragraph of text
    for offset, line in _lines(text):
        if not line.strip():
            continue
        match = DATELINE.match(text[offset:offset + DATELINE_REACH]) if offset >= start else None
        if match is not None and offset + match.end() < len(text):
            datelines.append((headlines[-HEADLINE_LINES:][0] if headlines else offset, offset, match))
            headlines = []
        elif len(line.split()) <= HEADLINE_WORDS and not line.rstrip().endswith(SENTENCE_ENDS):
            headlines.append(offset)
        else:
            headlines = []
    return datelines


def parsed_regions(text: str) -> list[tuple[int, int]]:
    """The (start, end) stretches of the text the parser reads: the story from its headline or its
    first line after leading page furniture, without any dateline. The parser would read "KABUL, Nov 8
    (Wire) - Taliban insurgents attacked" as one noun phrase; a page of briefs gives each item a
    dateline of its own at the start of a paragraph."""
    start = _story_start(text)
    regions: list[tuple[int, int]] = []
    for _, offset, match in _datelines_from(text, start):
        if text[start:offset].strip():
            regions.append((start, offset))
        start = offset + match.end()
    regions.append((start, len(text)))
    return regions
