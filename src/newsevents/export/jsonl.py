"""The one JSON writer of the project: strict JSON, for every JSON Lines file and JSON listing.

Strict means what any JSON parser accepts: no ``NaN`` or ``Infinity`` (missing values are
``null``), dates as ISO strings (``"2022-11-02"``; timestamps keep their time), numpy and pandas
scalars as plain numbers, and the stored ``evidence`` column as the object it encodes, not a
string holding JSON. The exports, ``code --out``, the demo and ``--format json|jsonl`` all
write through :func:`dumps`.

>>> dumps({"a": float("nan"), "d": __import__("datetime").date(2022, 11, 2)})
'{"a": null, "d": "2022-11-02"}'
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from enum import Enum
from typing import Any, Iterable, Iterator, Mapping, TextIO

# Columns that hold JSON text in the store and are written as the objects they encode.
JSON_COLUMNS = frozenset({"evidence"})


def plain(value: Any) -> Any:
    """``value`` as a strict-JSON value (recursively for containers)."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return plain(value.value)
    if _is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars (and 0-d arrays) carry a Python value
        return plain(value.item())
    if hasattr(value, "tolist"):  # numpy arrays, e.g. list columns read from DuckDB
        return plain(value.tolist())
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _is_missing(value: Any) -> bool:
    """pandas' NA and NaT; pandas is only consulted when something already imported it."""
    pandas = sys.modules.get("pandas")
    if pandas is None:
        return False
    try:
        return bool(pandas.isna(value))
    except (TypeError, ValueError):  # arrays and other values with no single truth value
        return False


def record(row: Mapping[str, Any], dates: Iterable[str] = ()) -> dict[str, Any]:
    """One table row as a strict-JSON object: the ``dates`` columns as ``YYYY-MM-DD``, the
    JSON columns parsed."""
    result: dict[str, Any] = {}
    day_columns = set(dates)
    for key, value in row.items():
        if key in JSON_COLUMNS and isinstance(value, str):
            value = json.loads(value)
        value = plain(value)
        if key in day_columns and isinstance(value, str):
            value = value[:10]
        result[str(key)] = value
    return result


def dumps(obj: Any) -> str:
    """Strict JSON text on one line (``allow_nan=False`` guards the guarantee)."""
    return json.dumps(plain(obj), ensure_ascii=False, allow_nan=False)


def write_jsonl(records: Iterable[Any], handle: TextIO) -> int:
    """Write one JSON object per line; returns the number of lines."""
    count = 0
    for item in records:
        handle.write(dumps(item) + "\n")
        count += 1
    return count


def frame_records(frame: Any) -> Iterator[dict[str, Any]]:
    """The rows of a pandas DataFrame as strict-JSON objects.

    DuckDB DATE columns arrive as datetime64 at midnight; a datetime column whose every value is
    at midnight is written as dates, any other keeps its timestamps.
    """
    dates = [name for name in frame.columns if is_day_column(frame[name])]
    for row in frame.to_dict(orient="records"):
        yield record(row, dates)


def is_day_column(column: Any) -> bool:
    """True for a datetime column whose every value is at midnight: dates, as DuckDB's DATE arrives."""
    if column.dtype.kind != "M":
        return False
    values = column.dropna()
    return bool((values == values.dt.normalize()).all())
