"""The word lists that steer the coder's rules, read from ``data/word_lists.tsv``.

One row per list: its name, its words separated by ``|``, and what it is for. The file is read
once, on first use, and validated (a list named twice or left empty is an error naming the line);
the lists are frozen sets, so no rule can change them.
"""

from __future__ import annotations

from functools import cache

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
