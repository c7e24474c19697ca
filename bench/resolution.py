"""Accuracy of actor resolution, date resolution and event placement on the project's own sets.

    python bench/resolution.py [--verbose]

bench/data/actor_mentions.jsonl      actor mentions in context -> CAMEO-style code as of the story date
bench/data/temporal_expressions.jsonl temporal expressions -> value and precision
bench/data/place_sentences.jsonl      sentences -> the country and city where the event happened
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass, field

from common import DATA, read_jsonl

from newsevents import Settings
from newsevents.actors import ArticleMemory
from newsevents.pipeline import Pipeline
from newsevents.records import Event, Span


def parse(pipeline: Pipeline, text: str, article_id: str = "b"):
    from newsevents import Article

    return pipeline.parse(Article(article_id=article_id, text=text))


def head_in(sentence, start: int, end: int) -> int | None:
    inside = [t for t in sentence.tokens if start <= t.idx < end]
    for token in inside:
        if not (start <= sentence.tokens[token.head].idx < end) or token.head == token.i:
            return token.i
    return inside[0].i if inside else None


@dataclass
class Tally:
    """Right answers overall and per category, and the time the stage under test took."""

    right: int = 0
    total: int = 0
    by: Counter = field(default_factory=Counter)
    of: Counter = field(default_factory=Counter)
    spent: float = 0.0

    def add(self, category: str, ok: bool) -> None:
        self.right += ok
        self.total += 1
        self.by[category] += ok
        self.of[category] += 1

    def report(self, what: str, meaning: str) -> None:
        print(f"{what}: {self.right}/{self.total} = {self.right / self.total:.1%} {meaning}")
        for category in sorted(self.of):
            print(f"  {category:<14}{self.by[category]:>4}/{self.of[category]:<4}")


def same_actor(code: str | None, expected: str) -> bool:
    """Exact, or a more specific code of the same actor in CAMEO's hierarchy (IGOUNO -> IGOUNOUSC)."""
    if code is None:
        return False
    return code == expected or (code.startswith(expected) and (len(code) - len(expected)) % 3 == 0
                                and expected[:3] in {"IGO", "NGO", "IMG", "MNC"})


def bench_actors(pipeline: Pipeline, verbose: bool) -> Tally:
    resolver = pipeline.resolver
    tally = Tally()
    for record in read_jsonl(DATA / "actor_mentions.jsonl"):
        sentences = parse(pipeline, record["text"])
        started = time.perf_counter()
        memory = ArticleMemory(story_date=dt.date.fromisoformat(record["date"]))
        start, end = record["start"], record["start"] + len(record["mention"])
        got = None
        for sentence in sentences:
            found = resolver.resolve_sentence(sentence, memory)
            if sentence.start <= start < sentence.end:
                head = head_in(sentence, start, end)
                got = found.get(head) if head is not None else None
                if got is None and head is not None:
                    got = resolver(sentence, head, memory)
                break
        tally.spent += time.perf_counter() - started
        code = got.code if got else None
        ok = same_actor(code, record["expected"])
        tally.add(record["category"], ok)
        if verbose and not ok:
            print(f"  actor {record['id']}: {record['mention']!r} expected {record['expected']} got {code}"
                  f" ({got.how if got else ''})")
    return tally


def bench_dates(pipeline: Pipeline, verbose: bool) -> Tally:
    tally = Tally()
    for record in read_jsonl(DATA / "temporal_expressions.jsonl"):
        story = dt.date.fromisoformat(record["story_date"])
        [sentence, *_] = parse(pipeline, record["text"])
        started = time.perf_counter()
        found = pipeline.dater.expressions(sentence, story)
        tally.spent += time.perf_counter() - started
        start = record["text"].find(record["expression"])
        end = start + len(record["expression"])
        hit = next((d for _, d, _ in found if d.span and d.span.start < end and start < d.span.end), None)
        ok = hit is not None and hit.value == record["expected"] and hit.precision == record["precision"]
        tally.add(record["precision"], ok)
        if verbose and not ok:
            print(f"  date {record['id']}: {record['expression']!r} ({record['story_date']}) expected "
                  f"{record['expected']}/{record['precision']} got {hit.value + '/' + hit.precision if hit else None}")
    return tally


def bench_places(pipeline: Pipeline, verbose: bool) -> tuple[int, int, int, float]:
    country_ok = city_ok = total = 0
    spent = 0.0
    for record in read_jsonl(DATA / "place_sentences.jsonl"):
        story = dt.date.fromisoformat(record["story_date"])
        sentences = parse(pipeline, record["text"])
        coded = pipeline.code_sentences(_article(record, story), sentences)
        spent += coded.timings.get("places", 0.0)
        trigger_at = record["text"].find(record["trigger"])
        event = next((e for e in coded.events if e.trigger.start == trigger_at), None)
        if event is None:  # the coder found no event at the trigger: place a bare one there
            event = _bare_event(record, trigger_at)
            sentence = next(s for s in sentences if s.start <= trigger_at < s.end)
            focus = {actor.country for actor in coded_memory(pipeline, sentences, story)}
            started = time.perf_counter()
            dateline = pipeline.placer.dateline(record["text"], focus)
            event = pipeline.placer(sentence, (event,), dateline, focus)[0]
            spent += time.perf_counter() - started
        place = event.place
        got_country = place.country if place else None
        got_city = place.name if place and place.level == "city" else None
        c_ok = got_country == record["expected_country"]
        t_ok = c_ok and _same_city(pipeline, got_city, place, record["expected_city"])
        country_ok += c_ok
        city_ok += t_ok
        total += 1
        if verbose and not t_ok:
            print(f"  place {record['id']}: expected {record['expected_city']}, {record['expected_country']} "
                  f"got {got_city}, {got_country} ({place.rule if place else 'none'})")
    return country_ok, city_ok, total, spent


def coded_memory(pipeline: Pipeline, sentences, story: dt.date):
    memory = ArticleMemory(story_date=story)
    for sentence in sentences:
        pipeline.resolver.resolve_sentence(sentence, memory)
    return memory.mentions


def _same_city(pipeline: Pipeline, got: str | None, place, expected: str | None) -> bool:
    if expected is None:
        return got is None
    if got is None:
        return False
    ids = {p.geonameid for p in pipeline.resources.gazetteer.lookup(expected)}
    return place.geonameid in ids or got.lower() == expected.lower()


def _article(record: dict, story: dt.date):
    from newsevents import Article

    return Article(article_id="p", text=record["text"], date=story)


def _bare_event(record: dict, at: int) -> Event:
    return Event(event_id="bare", article_id="p", sentence_id="p:0", code="010", root="01", plover="",
                 quad_class=1, goldstein=0.0, source=None, target=None,
                 trigger=Span(start=at, end=at + len(record["trigger"]), text=record["trigger"]),
                 rule_id="bench", confidence=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    pipeline = Pipeline.from_settings(Settings())
    actors = bench_actors(pipeline, args.verbose)
    actors.report("actors", "resolved to the expected code")
    dates = bench_dates(pipeline, args.verbose)
    dates.report("dates", "resolved to the expected value and precision")
    timing = [f"actors {1000 * actors.spent / actors.total:.2f} ms/mention",
              f"dates {1000 * dates.spent / dates.total:.2f} ms/sentence"]
    country_ok, city_ok, total, place_time = bench_places(pipeline, args.verbose)
    print(f"places: country level {country_ok}/{total} = {country_ok / total:.1%}; "
          f"city level {city_ok}/{total} = {city_ok / total:.1%}")
    timing.append(f"places {1000 * place_time / total:.2f} ms/sentence")
    print(f"time: {', '.join(timing)} (spaCy parsing excluded; see bench/speed.py)")


if __name__ == "__main__":
    main()
