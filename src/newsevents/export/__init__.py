"""Export: the event tables in every format the field reads."""

from .formats import (GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, ICEWS_COLUMNS, PETRARCH_COLUMNS,
                      PHOENIX_COLUMNS, POLECAT_COLUMNS, WRITERS, export_frame)
from .files import atomic_path, neutralise, neutralise_frame
from .tables import TABLE_FORMATS, write_table

EXPORT_FORMATS = tuple(WRITERS) + TABLE_FORMATS

__all__ = ["EXPORT_FORMATS", "GDELT_EVENT_COLUMNS", "GDELT_MENTION_COLUMNS", "ICEWS_COLUMNS",
           "PETRARCH_COLUMNS", "PHOENIX_COLUMNS", "POLECAT_COLUMNS", "TABLE_FORMATS", "WRITERS",
           "atomic_path", "export_frame", "neutralise", "neutralise_frame", "write_table"]
