"""Events: the lexicon and the coder that turns parsed sentences into CAMEO/PLOVER events."""

from .coder import EventCoder
from .lexicon import Lexicon, LexiconEntry, load_lexicon

__all__ = ["EventCoder", "Lexicon", "LexiconEntry", "load_lexicon"]
