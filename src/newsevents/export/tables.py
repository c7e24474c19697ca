"""Write the event-mention table as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from .files import neutralise_frame

TABLE_FORMATS = ("jsonl", "csv", "parquet")


def write_table(frame: pd.DataFrame, path: str | Path, fmt: str, raw_cells: bool = False) -> int:
    """Write ``frame`` to ``path`` in ``fmt``; returns the number of rows written. CSV text cells that a
    spreadsheet would run as formulas get a leading apostrophe unless ``raw_cells``."""
    path = Path(path)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as handle:
            for record in frame.to_dict(orient="records"):
                handle.write(json.dumps(_plain(record), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        (frame if raw_cells else neutralise_frame(frame)).to_csv(path, index=False)
    elif fmt == "parquet":
        frame.to_parquet(path, index=False)
    else:
        raise ValueError(f"unknown table format {fmt!r}")
    return len(frame)


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    result = {}
    for key, value in record.items():
        if key == "evidence" and isinstance(value, str):
            value = json.loads(value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()[:10] if not pd.isna(value) else None
        elif isinstance(value, float) and pd.isna(value):
            value = None
        result[key] = value
    return result
