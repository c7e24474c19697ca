"""Helpers shared by the bench scripts (not part of the package)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD_DEV = SHARED / "gold" / "dev"
DATA = Path(__file__).resolve().parent / "data"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def need_shared() -> None:
    if not GOLD_DEV.exists():
        sys.exit(f"{GOLD_DEV} not found: the bench measures on ../shared/gold/dev")
