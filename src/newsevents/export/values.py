"""The values the field's columns expect, where they differ from the project's own codes.

* COW: POLECAT's "Actor COW" is a Correlates of War state code (USA 2, AFG 700), the merge key with
  COW and MID data, not an ISO numeric code (``data/cow_states.tsv``).
* ICEWS sectors are labels ("Government", "Military"), not CAMEO agent codes (``data/icews_sectors.tsv``).
* Phoenix's QuadClass puts CAMEO roots 01-02 in class 0, whatever ``coder.quad_scheme`` says.
* PLOVER and POLECAT: CAMEO's appeals (root 02) are REQUEST, as PLOVER codes them in practice;
  public statements (root 01) have no PLOVER type (PLOVER dropped them) and are left out.

Every table is read once per process, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..datafiles import package_data, read_rows

# Roots that are organisations, not countries: their second code names the organisation (IGOUNO).
ORGANISATION_ROOTS = frozenset({"IGO", "NGO", "IMG", "MNC"})
# PLOVER types of CAMEO roots the CAMEO-to-PLOVER crosswalk leaves empty.
PLOVER_BY_ROOT = {"02": "REQUEST"}


@lru_cache(maxsize=1)
def cow_codes() -> dict[str, int]:
    """ISO3 -> Correlates of War state code."""
    rows = read_rows(package_data("export", "cow_states.tsv"), ("iso3", "cow_code"))
    return {row["iso3"]: int(row["cow_code"]) for _, row in rows}


def cow_code(iso3: str) -> int | str:
    """The COW code of a country, or "" for territories and non-states (no COW code exists)."""
    return cow_codes().get(iso3, "")


@lru_cache(maxsize=1)
def sector_labels() -> dict[str, str]:
    """CAMEO agent code (or a pair such as GOVMIL) -> ICEWS sector label."""
    return {row["code"]: row["label"] for _, row in read_rows(package_data("export", "icews_sectors.tsv"),
                                                              ("code", "label"))}


def icews_sectors(code: str) -> list[str]:
    """ICEWS sector labels of an actor code: USAGOV -> [Government]; IRNGOVMIL -> [Government,
    Defense / Security Ministry]; IGOUNO -> [International Government Organization]."""
    labels = sector_labels()
    found = [labels[code[:3]]] if code[:3] in ORGANISATION_ROOTS else []
    roles = [code[i:i + 3] for i in range(3, len(code), 3)]
    i = 0
    while i < len(roles):
        pair = "".join(roles[i:i + 2])
        if len(pair) == 6 and pair in labels:  # a pair with a label of its own: first code's label too
            found += [labels[roles[i]], labels[pair]]
            i += 2
            continue
        if roles[i] in labels:  # organisation names (UNO, EUR) and religions are no sectors
            found.append(labels[roles[i]])
        i += 1
    return list(dict.fromkeys(found))


def plover_type(code: str, plover: Any) -> str:
    """The event's PLOVER type for the PLOVER-based exports; "" when PLOVER has none (statements)."""
    if isinstance(plover, str) and plover:
        return plover
    return PLOVER_BY_ROOT.get(str(code)[:2], "")


@lru_cache(maxsize=1)
def plover_quads() -> dict[str, int]:
    """PLOVER type -> its quad class (POLECAT's Quad Code follows the type, not the CAMEO code)."""
    rows = read_rows(package_data("ontology", "plover_types.tsv"), ("type", "quad_class"))
    return {row["type"]: int(row["quad_class"]) for _, row in rows}


@lru_cache(maxsize=1)
def _ontology() -> Any:
    from ..ontology import load_ontology

    return load_ontology()


def phoenix_quad(code: str) -> int:
    """Phoenix's quad class: 0 for roots 01-02, then 1-4 (the Phoenix pipeline's mapping)."""
    ontology = _ontology()
    if code in ontology:
        return ontology.quad_class(code, "phoenix")
    return ontology.quad_class(str(code)[:2], "phoenix")


def cameo_name(code: str) -> str:
    ontology = _ontology()
    return ontology.get(code).name if code in ontology else ""
