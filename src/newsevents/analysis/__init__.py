"""Analysis: evaluation against gold sentences, dyads, networks and statistics."""

from .evaluate import LEVELS, Report, Scorer, read_jsonl, read_predictions

__all__ = ["LEVELS", "Report", "Scorer", "read_jsonl", "read_predictions"]
