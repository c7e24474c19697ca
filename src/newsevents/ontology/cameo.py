"""CAMEO event codes with Goldstein scores, quad classes and their PLOVER types."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import package_data, read_rows
from ..errors import DataFileError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
CODE_PATTERN = re.compile(r"^\d{2,4}$")
CAMEO_COLUMNS = ("code", "level", "root", "name", "goldstein", "goldstein_icews", "quad_class",
                 "quad_class_phoenix", "plover_type", "description")
CROSSWALK_COLUMNS = ("cameo_code", "plover_type", "plover_mode", "plover_context")


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoCode:
    code: str
    level: str
    root: str
    name: str
    goldstein: float
    goldstein_icews: float
    quad_class: int
    quad_class_phoenix: int
    plover_type: str
    plover_mode: str = ""
    plover_context: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Ontology:
    """All CAMEO codes by code string; loaded once by the pipeline and passed on."""

    codes: dict[str, CameoCode]

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def get(self, code: str) -> CameoCode:
        return self.codes[code]

    def goldstein(self, code: str, scale: str = "cameo") -> float:
        entry = self.codes[code]
        return entry.goldstein_icews if scale == "icews" else entry.goldstein

    def quad_class(self, code: str, scheme: str = "standard") -> int:
        entry = self.codes[code]
        return entry.quad_class_phoenix if scheme == "phoenix" else entry.quad_class

    def roots(self) -> list[CameoCode]:
        return [c for c in self.codes.values() if c.level == "root"]


def load_ontology(cameo_path: Path | None = None, crosswalk_path: Path | None = None) -> Ontology:
    """Load and validate ``cameo_codes.tsv`` and ``cameo_to_plover.tsv``."""
    cameo_path = cameo_path or package_data("ontology", "cameo_codes.tsv")
    crosswalk_path = crosswalk_path or package_data("ontology", "cameo_to_plover.tsv")
    crosswalk = {row["cameo_code"]: row for _, row in read_rows(crosswalk_path, CROSSWALK_COLUMNS)}
    codes: dict[str, CameoCode] = {}
    errors: list[str] = []
    for number, row in read_rows(cameo_path, CAMEO_COLUMNS):
        try:
            entry = _parse_code(row, crosswalk.get(row["code"], {}))
        except ValueError as exc:
            errors.append(f"line {number}: {exc}")
            continue
        if entry.code in codes:
            errors.append(f"line {number}: code {entry.code} appears twice")
        codes[entry.code] = entry
    errors += [f"code {c.code}: root {c.root} is not defined" for c in codes.values() if c.root not in codes]
    if errors:
        raise DataFileError(str(cameo_path), errors)
    return Ontology(codes)


def _parse_code(row: dict[str, str], walk: dict[str, str]) -> CameoCode:
    code = row["code"]
    if not CODE_PATTERN.match(code):
        raise ValueError(f"code {code!r} is not 2 to 4 digits")
    if row["root"] != code[:2]:
        raise ValueError(f"code {code} has root {row['root']!r}, expected {code[:2]}")
    plover = walk.get("plover_type") or row["plover_type"]
    if plover and plover not in PLOVER_TYPES:
        raise ValueError(f"code {code}: unknown PLOVER type {plover!r}")
    return CameoCode(
        code=code, level=row["level"], root=row["root"], name=row["name"],
        goldstein=float(row["goldstein"]), goldstein_icews=float(row["goldstein_icews"]),
        quad_class=int(row["quad_class"]), quad_class_phoenix=int(row["quad_class_phoenix"]),
        plover_type=plover, plover_mode=walk.get("plover_mode", ""),
        plover_context=walk.get("plover_context", ""), description=row["description"],
    )
