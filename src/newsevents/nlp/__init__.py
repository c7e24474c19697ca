"""NLP: spaCy parsing; the spaCy Doc never leaves this package (see to_records)."""

from .load import load_pipeline
from .to_records import doc_to_sentences

__all__ = ["load_pipeline", "doc_to_sentences"]
