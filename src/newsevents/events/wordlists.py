"""The word lists that steer the coder's rules, read from ``data/word_lists.tsv``.

One row per list: its name, its words separated by ``|``, and what it is for. The file is read
once, on first use, and validated (a list named twice or left empty is an error naming the line);
the lists are frozen sets, so no rule can change them.
"""

from __future__ import annotations

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


ACT_NOUN_COLUMNS = ("noun", "roots", "labels")
CAMEO_ROOTS = frozenset(f"{root:02d}" for root in range(1, 21))


@cache
def act_noun_roots() -> dict[str, frozenset[str]]:
    """The roots of the acts each noun names as the training corpus labels it (``data/act_nouns.tsv``,
    written by ``python -m newsevents.train.act_nouns``): "coup" 17, "war" 19."""
    return read_act_nouns(package_data("events", "act_nouns.tsv"))


def read_act_nouns(path: Path) -> dict[str, frozenset[str]]:
    """Validated: a noun listed twice, a root that is no CAMEO root or a count that is no positive
    number is an error naming the line."""
    found: dict[str, frozenset[str]] = {}
    errors = []
    for number, row in read_rows(path, ACT_NOUN_COLUMNS):
        noun, roots = row["noun"].lower(), frozenset(split_list(row["roots"]))
        if noun in found:
            errors.append(f"line {number}: noun {noun!r} is listed twice")
        elif not roots or not roots <= CAMEO_ROOTS:
            errors.append(f"line {number}: roots {row['roots']!r} are not CAMEO roots (01 to 20, '|' between)")
        elif not row["labels"].isdigit() or int(row["labels"]) < 1:
            errors.append(f"line {number}: labels {row['labels']!r} is not a positive count")
        else:
            found[noun] = roots
    if errors:
        raise DataFileError(str(path), errors)
    return found
