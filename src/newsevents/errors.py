"""Exceptions, for broken environments and bugs only; bad input is a Problem record.

    NewsEventsError
     ├── ConfigError        a setting has an invalid value
     ├── ResourceMissing    a model or data file is not installed
     ├── DataFileError      a lexicon, dictionary or ontology file is malformed
     ├── InputFormatError   an input file cannot be read at all
     ├── StoreError         the database cannot be opened or migrated
     └── BackendError       a worker process died, or the Dask cluster failed

Messages carry a code (``[E101]``) and say what to do.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")

    def __reduce__(self) -> tuple:
        # raised in a worker process or on a Dask worker and unpickled here: keep the message as it
        # is (calling __init__ again would put the code in front twice)
        return _unpickle, (type(self), str(self), self.__dict__)


def _unpickle(cls: type[NewsEventsError], message: str, state: dict) -> NewsEventsError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class ConfigError(NewsEventsError):
    code = "E100"


class ResourceMissing(NewsEventsError):
    code = "E101"


class DataFileError(NewsEventsError):
    """A data file failed validation; ``errors`` lists each bad line."""

    code = "E102"

    def __init__(self, path: str, errors: list[str]):
        self.path = path
        self.errors = errors
        shown = "\n".join(f"  {e}" for e in errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"{path}: {len(errors)} invalid entr{'y' if len(errors) == 1 else 'ies'}\n{shown}{more}")


class InputFormatError(NewsEventsError):
    code = "E103"


class StoreError(NewsEventsError):
    code = "E104"


class BackendError(NewsEventsError):
    code = "E120"  # apart from E104: other branches add errors meanwhile, and codes must not repeat
