"""The public API is pinned, and every command, setting and export format is documented."""

from __future__ import annotations

from pathlib import Path

import newsevents
from newsevents.config import SETTINGS
from newsevents.export import EXPORT_FORMATS

REPO = Path(__file__).resolve().parent.parent


def test_public_api_is_pinned():
    assert sorted(newsevents.__all__) == sorted([
        "ActorRef", "Article", "CodedArticle", "Event", "EventDate", "NewsEventsError", "Pipeline", "PlaceRef",
        "Problem", "Resources", "Sentence", "Settings", "Span", "__version__", "load_settings",
        "code_text", "code_files", "read_events", "dyad"])
    for name in newsevents.__all__:  # every lazily imported name resolves
        assert getattr(newsevents, name) is not None


def test_docs_cover_commands_settings_and_formats():
    readme = (REPO / "README.md").read_text()
    cli = (REPO / "docs" / "cli.md").read_text()
    settings = (REPO / "docs" / "settings.md").read_text()
    for command in ("code", "evaluate", "events", "export", "delete", "dyad", "stats", "network", "demo",
                    "actors top", "actors unknown", "lexicon gaps", "serve", "corrections export",
                    "corrections list"):
        assert f"## newsevents {command}" in cli and f"newsevents {command}" in readme
    for setting in SETTINGS:
        assert f"`{setting.section}.{setting.name}`" in settings
    for fmt in EXPORT_FORMATS:
        assert f"`{fmt}`" in readme
    assert "make demo" in readme and "make test" in readme
