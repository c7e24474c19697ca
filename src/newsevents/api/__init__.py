"""The REST API and the dashboard's server (FastAPI): ``create_app(settings)``; ``newsevents serve`` runs it."""

from .app import create_app

__all__ = ["create_app"]
