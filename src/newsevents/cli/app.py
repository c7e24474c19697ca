"""The `newsevents` command line: one thin module per command."""

from __future__ import annotations

import errno
import sys
from typing import Any, Optional

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import NewsEventsError
from .code import code
from .common import EXIT_ERROR, err, safe
from .demo import demo
from .analysis import actors_app, dyad, network, stats
from .evaluate import evaluate
from .explain import explain_command
from .export import delete, export
from .query import events
from .serve import corrections_app, serve
from .tools import lexicon_app



class GuardedGroup(TyperGroup):
    """Every command's errors become one line and an exit status, however the app is run (the console
    entry point, ``python -m``, or Click's test runner): no traceback for a bad database, a full disk
    or an unwritable file."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except NewsEventsError as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(_os_message(exc))
        except Exception as exc:
            if type(exc).__module__.split(".")[0] not in {"duckdb", "_duckdb"}:
                raise
            _fail(f"database: {' '.join(str(exc).split())[:300]}")


def _fail(message: str) -> None:
    err.print(f"error: {safe(message)}")
    raise typer.Exit(EXIT_ERROR)


def _os_message(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return f"{where}disk full ({exc.strerror}); what was stored before is kept, no partial file was left"
    return f"{where}{exc.strerror or exc}"


# -h as well as --help, for every command (Click hands the setting down to subcommands).
CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="newsevents", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    context_settings=CONTEXT, cls=GuardedGroup,
    help="Turn news into political event data (CAMEO and PLOVER), with the evidence for each event.\n\n"
         "Exit status: 0 success; 1 error (settings, missing model, database); 2 wrong usage; "
         "3 finished, but some input records were malformed (reported and kept in the rejects file).",
)
app.command()(code)
app.command()(evaluate)
app.command()(events)
app.command()(demo)
app.command("explain")(explain_command)
app.command()(export)
app.command()(delete)
app.command()(dyad)
app.command()(stats)
app.command()(network)
app.command()(serve)
app.add_typer(actors_app, name="actors")
app.add_typer(lexicon_app, name="lexicon")
app.add_typer(corrections_app, name="corrections")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsevents {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                           help="Show the version and exit."),
) -> None:
    """Turn news into political event data."""


def main() -> None:
    """Console entry point: NewsEventsError becomes a one-line message and exit status 1."""
    try:
        # the program's name in usage lines, also when run as `python -m newsevents`
        status = app(prog_name="newsevents", standalone_mode=False)  # returns typer.Exit's status
    except NewsEventsError as exc:
        err.print(f"error: {safe(exc)}")
        sys.exit(EXIT_ERROR)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:  # Ctrl-C: every article saved before it is complete in the store
        err.print("interrupted; what was stored before is kept (run the same command again to finish)")
        sys.exit(130)
    except typer.TyperException as exc:  # usage errors (Typer's own click) arrive here in non-standalone mode
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(status if isinstance(status, int) else 0)
