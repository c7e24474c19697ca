"""The export format names, importable without pandas (the CLI's help lists them)."""

from __future__ import annotations

# The field's formats, each written by one function of export/formats.py (same order as WRITERS).
WRITER_FORMATS = ("plover", "phoenix", "petrarch", "icews", "gdelt-events", "gdelt-mentions", "polecat")
# The mention table itself, every stored column.
TABLE_FORMATS = ("jsonl", "csv", "parquet")
EXPORT_FORMATS = WRITER_FORMATS + TABLE_FORMATS
