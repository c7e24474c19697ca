"""The event lexicon: verb and noun patterns with their CAMEO codes, loaded from TSV files.

One row is one pattern::

    id        pos   lemma   particle  object              target               code  note
    163.impose VERB impose            sanction|embargo    prep:on|prep:against 163   impose sanctions

``object`` constrains the direct object's head lemma; ``target`` lists, in priority order, the
slots where the recipient is found; ``venue`` is the country where the object takes place ("attend
the Beijing Olympics" is a visit to China) and ``owner`` the name or nationality that owns the object
("demanded Russia's withdrawal"); a constrained object's owner is also the fallback when no slot is
filled ("seized two Greek tankers"). Each row's ``id`` is cited by the events it produces.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..datafiles import package_data, read_rows, split_list
from ..errors import DataFileError
from ..ontology import Ontology

LEXICON_COLUMNS = ("id", "pos", "lemma", "particle", "object", "target", "code", "note")
BUNDLED_LEXICONS = ("lexicon_01_09.tsv", "lexicon_10_20.tsv", "lexicon_extra.tsv")
PREPOSITIONS = {"with", "to", "on", "against", "for", "from", "of", "between", "in", "at", "into",
                "toward", "towards", "over", "about", "upon", "among", "across", "by"}
ID_PATTERN = re.compile(r"^\d{2,4}\.[a-z0-9_]+$")


@dataclass(frozen=True, slots=True, kw_only=True)
class LexiconEntry:
    entry_id: str
    pos: str  # VERB or NOUN
    lemma: str
    particle: str
    objects: frozenset[str]
    targets: tuple[str, ...]  # dobj, prep:<word>, xcomp_subj, venue, owner; empty means no recipient
    code: str
    note: str
    origin: str  # file:line

    @property
    def specificity(self) -> int:
        """More constrained patterns win over bare ones."""
        return 2 * bool(self.objects) + bool(self.particle)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Entries indexed by (pos, lemma), and modifier refinements of event nouns."""

    by_key: dict[tuple[str, str], tuple[LexiconEntry, ...]]
    # ("strike", "hunger") -> "142": a modifier that makes an event noun more specific
    modifiers: dict[tuple[str, str], str] = field(default_factory=dict)
    by_id: dict[str, LexiconEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {e.entry_id: e for entries in self.by_key.values() for e in entries})

    def refine(self, lemma: str, modifiers: Iterable[str]) -> str | None:
        for modifier in modifiers:
            code = self.modifiers.get((lemma, modifier))
            if code:
                return code
        return None

    def entries(self, pos: str, lemma: str) -> tuple[LexiconEntry, ...]:
        return self.by_key.get((pos, lemma), ())

    def entry(self, entry_id: str) -> LexiconEntry | None:
        """The row of ``entry_id`` ("150.conduct_test"), or None."""
        return self.by_id.get(entry_id)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_key.values())

    def all_entries(self) -> Iterable[LexiconEntry]:
        for entries in self.by_key.values():
            yield from entries

    def unreachable(self) -> list[tuple[LexiconEntry, LexiconEntry]]:
        """Rows that can never win, each with the earlier row that always wins before it: the
        coder takes the first fitting row whose recipient slot is filled, else the first fitting
        row; a row is shadowed by an earlier one with its particle, an object constraint at least
        as loose, and every slot it has."""
        shadowed = []
        for entries in self.by_key.values():
            for k, later in enumerate(entries):
                for earlier in entries[:k]:
                    looser = not earlier.objects or (later.objects and later.objects <= earlier.objects)
                    if earlier.particle == later.particle and looser and set(later.targets) <= set(earlier.targets):
                        shadowed.append((later, earlier))
                        break
        return shadowed


def load_lexicon(ontology: Ontology, extra_files: Iterable[str | Path] = ()) -> Lexicon:
    """Load the bundled lexicon plus the user's files; raise DataFileError listing every bad row."""
    paths = [package_data("events", name) for name in BUNDLED_LEXICONS] + [Path(p) for p in extra_files]
    index: dict[tuple[str, str], list[LexiconEntry]] = defaultdict(list)
    seen: dict[str, str] = {}
    for path in paths:
        errors: list[str] = []
        for number, row in read_rows(path, LEXICON_COLUMNS):
            origin = f"{path.name}:{number}"
            problem = _check_row(row, ontology)
            if not problem and row["id"] in seen:
                problem = f"id {row['id']} already defined at {seen[row['id']]}"
            if problem:
                errors.append(f"line {number}: {problem}")
                continue
            seen[row["id"]] = origin
            entry = _entry(row, origin)
            index[(entry.pos, entry.lemma)].append(entry)
        if errors:
            raise DataFileError(str(path), errors)
    return Lexicon({k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in index.items()},
                   _load_modifiers(ontology))


def _load_modifiers(ontology: Ontology) -> dict[tuple[str, str], str]:
    path = package_data("events", "modifiers.tsv")
    table, errors = {}, []
    for number, row in read_rows(path, ("lemma", "modifier", "code")):
        if row["code"] not in ontology:
            errors.append(f"line {number}: code {row['code']!r} is not a CAMEO code")
            continue
        table[(row["lemma"].lower(), row["modifier"].lower())] = row["code"]
    if errors:
        raise DataFileError(str(path), errors)
    return table


def _check_row(row: dict[str, str], ontology: Ontology) -> str:
    """The first thing wrong with a row, or an empty string."""
    if not ID_PATTERN.match(row["id"]):
        return f"id {row['id']!r} must look like '<code>.<slug>' (lowercase letters, digits, _)"
    if row["pos"] not in {"VERB", "NOUN"}:
        return f"pos {row['pos']!r} must be VERB or NOUN"
    if not row["lemma"] or " " in row["lemma"]:
        return f"lemma {row['lemma']!r} must be one word"
    if row["code"] not in ontology:
        return f"code {row['code']!r} is not a CAMEO code"
    for slot in split_list(row["target"]):
        if slot not in {"dobj", "none", "xcomp_subj", "venue", "owner", "object"} and not (
            slot.startswith("prep:") and slot[5:] in PREPOSITIONS
        ):
            return f"target slot {slot!r} is not dobj, none, xcomp_subj, venue, owner, object or prep:<preposition>"
    if "object" in split_list(row["target"]) and not row["object"]:
        return "the target slot 'object' needs an object constraint (the object named is the recipient)"
    if row["object"] and "dobj" in split_list(row["target"]):
        return "an entry with an object constraint cannot take its target from dobj"
    return ""


def _entry(row: dict[str, str], origin: str) -> LexiconEntry:
    return LexiconEntry(
        entry_id=row["id"], pos=row["pos"], lemma=row["lemma"].lower(), particle=row["particle"].lower(),
        objects=frozenset(o.lower() for o in split_list(row["object"])),
        targets=tuple(s for s in split_list(row["target"]) if s != "none"),
        code=row["code"], note=row["note"], origin=origin,
    )
