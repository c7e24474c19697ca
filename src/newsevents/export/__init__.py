"""Export: the event tables in every format the field reads.

The writers need pandas; they are imported on first use, so that the format names (and the
command line's help, which lists them) cost nothing to import.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .names import EXPORT_FORMATS, TABLE_FORMATS, WRITER_FORMATS

_LAZY = {
    "GDELT_EVENT_COLUMNS": ".formats", "GDELT_MENTION_COLUMNS": ".formats", "ICEWS_COLUMNS": ".formats",
    "PETRARCH_COLUMNS": ".formats", "PETRARCH_ROOT_COLUMNS": ".formats", "PHOENIX_COLUMNS": ".formats",
    "POLECAT_COLUMNS": ".formats", "WRITERS": ".formats", "export_frame": ".formats", "write_table": ".tables",
    "atomic_path": ".files", "neutralise": ".files", "neutralise_frame": ".files",
}

__all__ = ["EXPORT_FORMATS", "TABLE_FORMATS", "WRITER_FORMATS", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
