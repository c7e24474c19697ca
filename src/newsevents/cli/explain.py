"""`newsevents explain`: why a text was coded as it was, candidate by candidate."""

from __future__ import annotations

import json
from typing import Any, Optional

import typer

from .common import Config, Model, build_settings, out, safe


def explain_command(
    text: Optional[str] = typer.Argument(None, help="The text to explain (a sentence or an article)."),
    date: Optional[str] = typer.Option(None, "--date", help="Story date, YYYY-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help="Print the trace as JSON."),
    list_steps: bool = typer.Option(False, "--steps", help="List the coder's named steps, in order, and exit."),
    model: Model = None,
    config: Config = None,
) -> None:
    """Show each candidate predicate with the classifier's scores, the lexicon rows it matched, every
    step that added, changed or dropped it, and the final events with their evidence."""
    from ..explain import explain, steps
    from ..ingest import parse_date
    from ..pipeline import Pipeline

    if list_steps:
        for number, (name, doc) in enumerate(steps(), start=1):
            out.print(f"{number:>2}. {name}: {safe(doc)}")
        return
    if not text:
        raise typer.BadParameter("give the text to explain", param_hint="TEXT")
    try:
        day = parse_date(date)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from None
    trace = explain(Pipeline.from_settings(build_settings(config, nlp__model=model)), text, day).to_dict()
    if as_json:
        typer.echo(json.dumps(trace, ensure_ascii=False, indent=1))
        return
    for sentence in trace["sentences"]:
        _print_sentence(sentence)
    out.print(f"\n[bold]events[/bold] ({len(trace['events'])})")
    for event in trace["events"]:
        _print_event(event)


def _print_sentence(sentence: dict[str, Any]) -> None:
    out.print(f"\n[bold]sentence[/bold] {safe(sentence['text'])}")
    for note in sentence["notes"]:
        out.print(f"  {safe(note['rule'])}: {safe(note['action'])} - {safe(note['detail'])}")
    for candidate in sentence["candidates"]:
        interesting = candidate["lexicon"] or candidate["steps"] or candidate["events"] or (
            candidate["model"] and candidate["model"]["root"] != "none")
        if not interesting:
            continue
        trigger = candidate["trigger"]
        out.print(f"  [bold]{safe(trigger['text'])}[/bold] [{trigger['start']}:{trigger['end']}] "
                  f"({safe(candidate['lemma'])}, {candidate['pos']})")
        model = candidate["model"]
        if model:
            roots = ", ".join(f"{r} {p:.2f}" for r, p in model["top_roots"])
            out.print(f"    model: {roots}; mode {model['mode']} {model['mode_probability']:.2f}")
            if model["features"]:
                out.print("    weightiest features: " + safe(", ".join(f"{f} {w:+.2f}" for f, w in model["features"])))
        if candidate["lexicon"]:
            out.print(f"    lexicon: {safe(', '.join(candidate['lexicon']))}")
        for step in candidate["steps"]:
            out.print(f"    {safe(step['rule'])}: {safe(step['action'])} - {safe(step['detail'])}")


def _print_event(event: dict[str, Any]) -> None:
    source = (event["source"] or {}).get("code", "-")
    target = (event["target"] or {}).get("code", "-")
    date = (event["date"] or {}).get("value", "-")
    place = (event["place"] or {}).get("name", "-")
    out.print(f"  {safe(source)} --{event['code']} {event['plover'] or '-'}--> {safe(target)}  on {safe(date)} "
              f"at {safe(place)}; trigger '{safe(event['trigger']['text'])}', rule {safe(event['rule_id'])}, "
              f"steps {safe(', '.join(event['steps']) or '-')}, confidence {event['confidence']}")
