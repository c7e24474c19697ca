"""`newsevents serve` (the REST API and the dashboard) and `newsevents corrections export`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import Config, Db, build_settings, err, open_store, out, safe

corrections_app = typer.Typer(help="Reviewers' verdicts on coded events, for the next model to learn from.",
                              no_args_is_help=True)


def serve(
    db: Db = None,
    host: Optional[str] = typer.Option(None, "--host", help="Address to listen on (default 127.0.0.1); any "
                                       "other than loopback needs a token."),
    port: Optional[int] = typer.Option(None, "--port", help="Port (default 8000)."),
    token: Optional[str] = typer.Option(None, "--token", help="Bearer token for writes (or for everything with "
                                        "serve.protect = all); better given as NEWSEVENTS_SERVE_TOKEN, which "
                                        "other users cannot read in the process list."),
    config: Config = None,
) -> None:
    """Serve the database as a REST API (/api, described at /api/openapi.json) and a dashboard (/).

    The coder is loaded on the first request that codes text, so the server starts in a second or two.
    """
    import uvicorn

    from ..api import create_app
    from ..api.security import check_bind

    settings = build_settings(config, store__db=db, serve__host=host, serve__port=port, serve__token=token)
    check_bind(settings.serve)
    app = create_app(settings)
    shown = f"[{settings.serve.host}]" if ":" in settings.serve.host else settings.serve.host
    out.print(f"serving {safe(settings.store.db)} on http://{safe(shown)}:{settings.serve.port}/ "
              f"(API: /api, OpenAPI: /api/openapi.json); Ctrl-C stops")
    uvicorn.run(app, host=settings.serve.host, port=settings.serve.port, log_level="warning", server_header=False,
                access_log=False)


@corrections_app.command("export")
def corrections_export(
    out_file: Path = typer.Option(..., "--out", help="JSON Lines file to write (the training corpus format)."),
    reviewed_only: bool = typer.Option(False, "--reviewed-only", help="Only sentences whose every event mention "
                                       "was reviewed (others keep their unreviewed mentions as coded)."),
    db: Db = None,
    config: Config = None,
) -> None:
    """Write the reviewed sentences as training records (training/README.md): events judged right as
    coded, wrong ones as corrected; every record passes the corpus validator (newsevents.train.corpus)."""
    from .. import review
    from ..ontology import load_ontology

    settings = build_settings(config, store__db=db)
    with open_store(settings, read_only=False) as store:  # an older database gets its corrections table
        written, skipped = review.export(store.conn, out_file, set(load_ontology().codes), reviewed_only)
    for message in skipped:
        err.print(f"skipped {safe(message)}")
    out.print(f"wrote {written} training sentence(s) to {safe(out_file)}")


@corrections_app.command("list")
def corrections_list(
    limit: int = typer.Option(50, "--limit", help="Rows to show."),
    db: Db = None,
    config: Config = None,
) -> None:
    """The latest verdicts, newest first, and the share of reviewed events judged right."""
    from rich.table import Table

    from .. import review

    settings = build_settings(config, store__db=db)
    with open_store(settings, read_only=False) as store:
        rows, total = review.listing(store.conn, limit=limit)
        summary = review.summary(store.conn)
    table = Table(title=f"{total} correction(s); {summary['right']} of {summary['reviewed']} reviewed mentions right")
    for column in ("id", "mention", "verdict", "coded", "corrected", "sentence"):
        table.add_column(column)
    for row in rows:
        coded = row["coded"] or {}
        fixed = f"{row['source_code'] or '-'} {row['code']} ({row['mode'] or 'actual'}) {row['target_code'] or '-'}" \
            if row["code"] else ("no event" if row["verdict"] == "wrong" else "")
        table.add_row(str(row["correction_id"]), safe(row["mention_id"]), row["verdict"],
                      safe(f"{coded.get('source_code') or '-'} {coded.get('code')} {coded.get('target_code') or '-'}"),
                      safe(fixed), safe((row["sentence_text"] or "")[:80]))
    out.print(table)
