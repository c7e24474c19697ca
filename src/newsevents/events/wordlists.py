"""The word lists that steer the coder's rules, read from ``data/word_lists.tsv``.

One row per list: its name, its words separated by ``|``, and what it is for. The file is read
once, on first use, and validated (a list named twice or left empty is an error naming the line);
the lists are frozen sets, so no rule can change them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..datafiles import package_data, read_rows, split_list
from ..errors import DataFileError

WORD_LIST_COLUMNS = ("list", "words", "note")


@cache
def word_lists() -> dict[str, frozenset[str]]:
    path = package_data("events", "word_lists.tsv")
    found: dict[str, frozenset[str]] = {}
    errors = []
    for number, row in read_rows(path, WORD_LIST_COLUMNS):
        name, words = row["list"], split_list(row["words"])
        if name in found:
            errors.append(f"line {number}: list {name!r} is defined twice")
        elif not words or not row["note"]:
            errors.append(f"line {number}: list {name!r} needs words and a note saying what it is for")
        else:
            found[name] = frozenset(w.lower() for w in words)
    if errors:
        raise DataFileError(str(path), errors)
    return found


def word_list(name: str) -> frozenset[str]:
    """The words of one list; a KeyError names a list the data file lacks (a bug, not bad input)."""
    return word_lists()[name]


def names_weapons(text: str) -> bool:
    """Whether words of ``text`` name weapons only armed forces field ("two ballistic missiles"):
    weapons struck are no striker's own, weapons fired no recipient."""
    weapons = word_list("military_weapon_nouns")
    return any(word in weapons or word.removesuffix("s") in weapons for word in text.lower().split())


ACT_NOUN_COLUMNS = ("noun", "roots", "codes", "labels")
CAMEO_ROOTS = frozenset(f"{root:02d}" for root in range(1, 21))


@dataclass(frozen=True, slots=True)
class ActNoun:
    """The acts a noun names as the training corpus labels it: roots ("coup" 17) and, where one
    wording dominates, codes ("coup" 170)."""

    roots: frozenset[str]
    codes: frozenset[str]


@cache
def act_nouns() -> dict[str, ActNoun]:
    """Each noun the training corpus labels as an act (``data/act_nouns.tsv``, written by
    ``python -m newsevents.train.act_nouns``)."""
    return read_act_nouns(package_data("events", "act_nouns.tsv"))


def read_act_nouns(path: Path) -> dict[str, ActNoun]:
    """Validated: a noun listed twice, a root that is no CAMEO root, a code outside its roots or a
    count that is no positive number is an error naming the line."""
    found: dict[str, ActNoun] = {}
    errors = []
    for number, row in read_rows(path, ACT_NOUN_COLUMNS):
        noun = row["noun"].lower()
        roots, codes = frozenset(split_list(row["roots"])), frozenset(split_list(row["codes"]))
        if noun in found:
            errors.append(f"line {number}: noun {noun!r} is listed twice")
        elif not roots or not roots <= CAMEO_ROOTS:
            errors.append(f"line {number}: roots {row['roots']!r} are not CAMEO roots (01 to 20, '|' between)")
        elif any(not c.isdigit() or c[:2] not in roots for c in codes):
            errors.append(f"line {number}: codes {row['codes']!r} are not CAMEO codes of its roots")
        elif not row["labels"].isdigit() or int(row["labels"]) < 1:
            errors.append(f"line {number}: labels {row['labels']!r} is not a positive count")
        else:
            found[noun] = ActNoun(roots=roots, codes=codes)
    if errors:
        raise DataFileError(str(path), errors)
    return found
