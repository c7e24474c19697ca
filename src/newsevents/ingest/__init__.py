"""Ingest: read articles from text, JSON Lines, CSV, HTML, directories and standard input."""

from .readers import content_hash, make_article, parse_date, read_inputs, read_path, read_string

__all__ = ["content_hash", "make_article", "parse_date", "read_inputs", "read_path", "read_string"]
