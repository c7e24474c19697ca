"""Export: the event tables in every format the field reads."""

from .tables import TABLE_FORMATS, write_table

__all__ = ["TABLE_FORMATS", "write_table"]
