"""Output files that are safe to open: written whole or not at all, and free of spreadsheet formulas."""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

# OWASP's list: a cell starting with one of these is run as a formula by spreadsheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# ... except numbers ("-1", "+3.5") and CAMEO's unknown-actor codes ("---", "---GOV"), which
# carry no function call and which programs reading the formats expect verbatim.
HARMLESS = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-+[A-Z]*")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, with a leading apostrophe; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not HARMLESS.fullmatch(value):
        return "'" + value
    return value


def neutralise_frame(frame: Any) -> Any:
    """A copy of a DataFrame with every text cell passed through :func:`neutralise`."""
    from pandas.api.types import is_string_dtype

    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object or is_string_dtype(frame[column]):
            frame[column] = frame[column].map(neutralise)
    return frame


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary file beside ``path`` (same suffix), renamed onto ``path`` only when the block ends
    without an error: an interrupted or failed write never leaves a partial file under the final name.

    ``-`` (standard output) and a path that is not a regular file (``/dev/stdout``, a pipe) are
    written directly.
    """
    path = Path(path)
    if str(path) == "-" or (path.exists() and not path.is_file()):
        yield path
        return
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".part{path.suffix}", dir=path.parent)
    os.close(handle)
    try:
        yield Path(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
