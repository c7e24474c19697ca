"""What a change does to whole stories: code the project's wire stories and list the events that differ.

    python bench/stories.py --out out/stories-before.json
    ... change the coder ...
    python bench/stories.py --out out/stories-after.json --compare out/stories-before.json

``bench/data/stories.jsonl`` holds wire stories written for the project (one per line: ``id``,
``date``, ``text`` with its dateline), in the genres helpers wrote while looking for what the coder
gets wrong. They carry no labels: the held-out files and ``bench/accuracy.py`` give the figures. What
this adds is the whole story (pronouns, descriptions, datelines and dates carried across
sentences), where a rule written for one construction changes events nobody looked at. ``--out``
writes every event (sentence, code, modes, source and target with their text, trigger, date, place,
rule id); ``--compare`` prints, story by story, the events that went out (-) and came in (+), and
the totals. Read every change before keeping a rule. ``../shared`` is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from common import DATA, read_jsonl

from newsevents import Article, Pipeline, load_settings
from newsevents.records import ActorRef, Event

STORIES = DATA / "stories.jsonl"


def _actor(ref: ActorRef | None) -> str:
    return "-" if ref is None else f"{ref.code}({ref.text})"


def event_line(event: Event) -> str:
    """One event as a line that two codings of the same story can be compared on."""
    modes = ",".join(event.aux_modes)
    place = f"{event.place.name}/{event.place.country}" if event.place else "-"
    date = event.date.value if event.date else "-"
    return (f"{event.code}{'/' + modes if modes else ''} {_actor(event.source)} -> {_actor(event.target)} "
            f"[{event.trigger.text}] {date} @{place} {event.rule_id} | {event.sentence_text[:90]}")


def code_stories(pipeline: Pipeline, records: list[dict]) -> dict[str, list[str]]:
    """Each story's event lines; a story a stage failed on is reported with its message (a crash in a
    rule shows here as lost stories, not as quietly fewer events)."""
    articles = [Article(article_id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])) for r in records]
    coded: dict[str, list[str]] = {}
    for result in pipeline.run(articles):
        coded[result.article.article_id] = [event_line(e) for e in result.events]
        for problem in result.problems:
            if not result.complete:
                print(f"FAILED {result.article.article_id}: {problem.message}")
    return coded


def compare(before: dict[str, list[str]], after: dict[str, list[str]]) -> None:
    changed = went = came = 0
    for story in sorted(set(before) | set(after)):
        old, new = before.get(story, []), after.get(story, [])
        gone = [line for line in old if line not in new]
        added = [line for line in new if line not in old]
        if not (gone or added):
            continue
        changed, went, came = changed + 1, went + len(gone), came + len(added)
        print(f"== {story}")
        print("\n".join([f"  - {line}" for line in gone] + [f"  + {line}" for line in added]))
    total_before, total_after = sum(map(len, before.values())), sum(map(len, after.values()))
    print(f"{changed} of {len(after)} stories changed: {went} event lines out, {came} in; "
          f"events {total_before} -> {total_after}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="write the events of every story here (JSON)")
    parser.add_argument("--compare", type=Path, default=None, help="an earlier --out file to list changes against")
    args = parser.parse_args()
    records = read_jsonl(STORIES)
    coded = code_stories(Pipeline.from_settings(load_settings()), records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(coded, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(records)} stories, {sum(map(len, coded.values()))} events -> {args.out}")
    if args.compare:
        compare(json.loads(args.compare.read_text(encoding="utf-8")), coded)


if __name__ == "__main__":
    main()
