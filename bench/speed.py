"""Speed: spaCy parsing apart from the project's own stages (actors, classifier, events, time, places).

    python bench/speed.py [--repeat N]

Codes the bundled sample corpus (and the gold dev sentences when ../shared exists) with the
configured engine (NEWSEVENTS_CODER_ENGINE) and prints time per sentence and per article for each
stage, the classifier's share, and words per second end to end against bare spaCy (a second copy of
the same spaCy pipeline parsing the same texts in the same process).

Two comparisons, each fair to both sides: the first pass over the texts (cold: the one-time loads a
stage makes on first use, such as the language identifier's model, and spaCy's vocabulary growing
as it meets new words, are in both figures, since bare spaCy runs on its own untouched copy) and
the following passes (warm, steady state, what a long corpus sees). The two copies matter: bare
spaCy run on the pipeline's own object after the pipeline's pass found the words already in the
vocabulary, which made the old single figure favour bare spaCy.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass

from common import GOLD_DEV, read_jsonl

from newsevents import Article, Pipeline, load_settings
from newsevents.cli.demo import sample_corpus
from newsevents.ingest import read_path
from newsevents.nlp import load_pipeline


def corpus() -> list[Article]:
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)]
    gold = GOLD_DEV / "conflibert_cameo_class.jsonl"
    if gold.exists():
        articles += [Article(article_id=r["id"], text=r["text"]) for r in read_jsonl(gold)]
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=1, help="warm passes over the corpus after the first")
    args = parser.parse_args()
    settings = load_settings()
    pipeline = Pipeline.from_settings(settings)
    bare_nlp = load_pipeline(settings.nlp)  # bare spaCy's own copy, as cold as the pipeline's
    articles = corpus()
    cold = timed_passes(pipeline, articles, 1)
    bare_cold = bare_spacy(bare_nlp, articles, 1)
    warm = timed_passes(pipeline, articles, args.repeat)
    bare_warm = bare_spacy(bare_nlp, articles, args.repeat)
    print(f"engine {pipeline.settings.coder.engine}: {len(articles)} articles, {cold.sentences} sentences, "
          f"{cold.words} tokens per pass")
    for name, run, bare in (("first pass (cold)", cold, bare_cold), ("warm passes", warm, bare_warm)):
        print(f"{name}: {run.words / run.wall:,.0f} tokens/s end to end, one process; bare spaCy "
              f"{run.words / bare:,.0f} tokens/s; end to end runs at {bare / run.wall:.0%} of bare spaCy's throughput")
    print(f"  {'stage':<11}{'ms/sentence':>12}{'ms/article':>12}{'share':>8}   (warm passes)")
    for stage in ("nlp", "actors", "classifier", "events", "time", "places"):
        print(f"  {stage:<11}{1000 * warm.totals[stage] / warm.sentences:>12.3f}"
              f"{1000 * warm.totals[stage] / warm.articles:>12.3f}{warm.totals[stage] / sum(warm.totals.values()):>8.1%}")


@dataclass
class Passes:
    """What one or more passes of the pipeline over the corpus took, stage by stage."""

    wall: float
    totals: Counter
    articles: int
    sentences: int
    words: int


def timed_passes(pipeline: Pipeline, articles: list[Article], repeat: int) -> Passes:
    totals: Counter = Counter()
    sentences = words = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for coded in pipeline.run(articles):
            totals.update(coded.timings)
            sentences += len(coded.sentences)
            words += sum(len(s.tokens) for s in coded.sentences)
    return Passes(time.perf_counter() - started, totals, len(articles) * repeat, sentences, words)


def bare_spacy(nlp, articles: list[Article], repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for _doc in nlp.pipe(a.text for a in articles):
            pass
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
