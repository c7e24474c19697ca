"""The code of an act as the text presents it: intended cooperation 03x, threats 13x, refusals 12x.

The tables are data (``data/modal_codes.tsv``); ``modal_code`` is the one place that turns an act's
code and its modes into the code that is stored, for the coder and for the training corpus's
expected events alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..datafiles import package_data, read_rows
from ..errors import DataFileError

MODAL_COLUMNS = ("root", "intended", "threatened", "refused", "note")
KEEP_OWN_CODE = "="  # a cell saying that the act keeps its own code
COERCIVE_ROOTS = {"15", "16", "17", "18", "19", "20"}
# acts a condition makes a threat of: coercion, and protest said to come ("would organise street protests if
# the president tried to form a government": 133, a threat of dissent, as the table's threatened column has
# it; not one only supposed, "a stoppage could come next week if no offer is tabled")
CONDITIONAL_THREAT_ROOTS = COERCIVE_ROOTS | {"14"}
FORCE_ROOTS = {"18", "19", "20"}
# Acts done by saying something to someone: statements, appeals, intents, consultations, praise,
# demands, criticism, rejections, threats (CAMEO's verbal quad classes, less protest, 14, which is
# done in the street). Their recipient is the point of them; a march, an arrest, a retreat or a
# resignation is an act without one.
SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
# Spoken acts aimed at someone about something: appeals, demands, disapproval, rejections, threats.
# What they are about (an attack condemned, a withdrawal demanded) is not itself an act of the
# sentence, and whom they are made of may sit in the clause they govern ("demanded that Hamas ...").
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13"})


@dataclass(frozen=True, slots=True)
class ModalCodes:
    """The table's rows by root, and by whole code where a code is coded unlike its root."""

    rows: dict[str, dict[str, str]]

    def code(self, column: str, code: str) -> str | None:
        """The code an act with ``code`` takes when presented as ``column`` says (intended,
        threatened, refused), from the most specific row: None where its cell is empty."""
        row = self.rows.get(code) or self.rows.get(code[:3]) or self.rows.get(code[:2])
        cell = row[column] if row is not None else ""
        return code if cell == KEEP_OWN_CODE else (cell or None)


@cache
def modal_codes() -> ModalCodes:
    path = package_data("events", "modal_codes.tsv")
    rows: dict[str, dict[str, str]] = {}
    errors = []
    for number, row in read_rows(path, MODAL_COLUMNS):
        key = row["root"]
        if not (key.isdigit() and 2 <= len(key) <= 4):
            errors.append(f"line {number}: {key!r} is neither a CAMEO root nor a code")
        for column in MODAL_COLUMNS[1:4]:
            code = row[column]
            if code and code != KEEP_OWN_CODE and not (code.isdigit() and 3 <= len(code) <= 4):
                errors.append(f"line {number}: {column} code {code!r} is not a CAMEO code")
        rows[key] = {column: row[column] for column in MODAL_COLUMNS[1:4]}
    if errors:
        raise DataFileError(str(path), errors)
    return ModalCodes(rows)


def modal_code(code: str, modes: tuple[str, ...], *, refused: bool = False, keep_negated: bool = False,
               keep_hypothetical: bool = False) -> str | None:
    """The code to store for an act with ``code`` presented with ``modes``; None when the act is not
    coded at all (asked for, negated, hypothetical, or refused where the codebook has no refusal)."""
    tables, root = modal_codes(), code[:2]
    negated = "negated" in modes
    if "requested" in modes:
        return None  # "urged ECOWAS to lift sanctions": the appeal is the event, not the lifting
    if "alleged" in modes:
        return None  # "alleged that its agents had killed the scientist": the allegation is the event
    refusal = tables.code("refused", code)
    if refused or "refused" in modes:
        return refusal
    if negation_is_refusal(code, modes):
        return refusal  # "will not accept refugees": a refusal; "will not reject the plan" none
    if negated and not keep_negated:
        return None
    threat = tables.code("threatened", code)
    if "conditional" in modes and (root in COERCIVE_ROOTS or root in CONDITIONAL_THREAT_ROOTS
                                   and "hypothetical" not in modes):
        return threat  # "would impose tariffs if Washington goes ahead": a threat
    if "threatened" in modes and threat is not None:
        return threat  # "warned that it could ban the party": what may be done, threatened
    if "hypothetical" in modes and not keep_hypothetical:
        return None  # "could impose sanctions": not an event the field codes
    if "threatened" in modes:
        return code  # "threatened to release the files": no threat code for it, the act as threatened
    future = "intended" in modes or "future" in modes
    intent = tables.code("intended", code)
    if future and intent is not None:
        return intent
    intended = "intended" in modes or "imminent" in modes
    if (future and root in FORCE_ROOTS) or (intended and root in COERCIVE_ROOTS):
        # "will strike" and "wants to attack" are threats of force (138); "plans to impose
        # restrictions", "is prepared to impose martial law" or "agreed to impose sanctions" threats of
        # coercion, as the training corpus codes intended coercion (a pledge too: it labels the
        # pledged act intended); but "announced it would prohibit aid" is the decision itself
        return threat
    return code


def negation_is_refusal(code: str, modes: tuple[str, ...]) -> bool:
    """Whether an act said not to be going to happen is a refusal of it ("will not accept refugees",
    "would not back down"): the refusal is the event, told now, not an act negated."""
    refusal = modal_codes().code("refused", code)
    return "negated" in modes and ("future" in modes or "intended" in modes) and refusal not in {None, code}


def refusal_modes(code: str, modes: tuple[str, ...]) -> tuple[str, ...]:
    """The modes of an act coded as a refusal because it is negated: refused, no longer negated (a
    reader who drops negated events, as PLOVER allows, would drop the refusal)."""
    if not negation_is_refusal(code, modes):
        return modes
    return tuple(m for m in modes if m != "negated") + ("refused",)


REQUEST_COLUMNS = ("content", "appeal", "demand", "note")
REQUEST_ROOTS = {"02": "appeal", "10": "demand"}


@cache
def requested_codes() -> dict[str, dict[str, str]]:
    """``content code prefix -> {"appeal": code, "demand": code}`` from data/requested_codes.tsv."""
    path = package_data("events", "requested_codes.tsv")
    rows: dict[str, dict[str, str]] = {}
    errors = []
    for number, row in read_rows(path, REQUEST_COLUMNS):
        cells = [row["content"], row["appeal"], row["demand"]]
        if not all(c.isdigit() and 2 <= len(c) <= 4 for c in cells) or row["appeal"][:2] != "02" \
                or row["demand"][:2] != "10":
            errors.append(f"line {number}: content, appeal (02x) and demand (10x) must be CAMEO codes ({row})")
            continue
        rows[row["content"]] = {"appeal": row["appeal"], "demand": row["demand"]}
    if errors:
        raise DataFileError(str(path), errors)
    return rows


def requested_code(request_root: str, content: str) -> str | None:
    """The appeal's or the demand's code for a requested act of code ``content`` ("urged Israel to
    release the prisoners": 0841 asked, 0253), from the longest prefix the table names."""
    column, table = REQUEST_ROOTS.get(request_root), requested_codes()
    if column is None:
        return None
    row = next((table[content[:n]] for n in (4, 3, 2) if content[:n] in table), None)
    return row[column] if row is not None else None
