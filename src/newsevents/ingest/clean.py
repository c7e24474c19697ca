"""Text clean-up shared by the stages: invisible characters, and the dateline that opens wire stories."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# "KABUL, Nov 8 (Reuters) - ", "KIRKUK, Iraq (Wire) - ", "FORTALEZA, Brazil, July 15 - ",
# "WASHINGTON -- ", "SINGAPORE: ": the place in capitals, then its country or state ("region") and the
# date, each optional; the separator must be followed by a space, so that "NATO-led forces" or
# "UN-backed talks" at the start of a story are not a dateline.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'-]{2,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'-]+(?: (?:of |and |the )?[A-Z][A-Za-z.'-]+){0,3}))?"
    r"(?:,?\s*[A-Z][a-z]{2,9}\.? \d{1,2})?\s*(?:\([^)]{0,40}\))?"
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


def split_dateline(text: str) -> tuple[str, int]:
    """The dateline's place name and where the story proper begins (0 when there is none).

    The parser reads "KABUL, March 11 (Wire) - Taliban insurgents attacked" as one noun phrase;
    parsing from the end of the dateline keeps the dateline out of the first sentence's subject.
    """
    place, _, end = dateline_parts(text)
    return place, end


def dateline_parts(text: str) -> tuple[str, str, int]:
    """The dateline's place, the country or state it names after the place ("Iraq" in "KIRKUK,
    Iraq -", else ''), and where the story proper begins; ('', '', 0) when there is no dateline."""
    start = _after_leading_furniture(text)
    match = DATELINE.match(text[start:])
    if not match or start + match.end() >= len(text):
        return "", "", 0
    return match["place"].strip(), match["region"] or "", start + match.end()


def _after_leading_furniture(text: str) -> int:
    """Where the story's first paragraph begins when lines of page furniture come first ("By Jane
    Doe", then a blank line or a line break, then "ADDIS ABABA, Nov 4 (Wire) - ..."); 0 otherwise."""
    from ..events.furniture import furniture

    offset = 0
    while offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end].strip()
        if line and furniture(line) is None:
            return offset
        offset = end + 1
    return 0
