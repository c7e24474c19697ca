"""Time: temporal expressions resolved against the story date, and attached to events."""

from .attach import EventDater
from .dates import find_expressions, resolve

__all__ = ["EventDater", "find_expressions", "resolve"]
