"""Speed: spaCy parsing apart from the project's own stages (actors, classifier, events, time, places).

    python bench/speed.py [--repeat N]

Codes the bundled sample corpus (and the gold dev sentences when ../shared exists) with the
configured engine (NEWSEVENTS_CODER_ENGINE) and prints time per sentence and per article for each
stage, the classifier's share, and words per second end to end against bare spaCy (the same
pipeline object parsing the same texts in the same process).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from common import GOLD_DEV, read_jsonl

from newsevents import Article, Pipeline, load_settings
from newsevents.cli.demo import sample_corpus
from newsevents.ingest import read_path


def corpus() -> list[Article]:
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)]
    gold = GOLD_DEV / "conflibert_cameo_class.jsonl"
    if gold.exists():
        articles += [Article(article_id=r["id"], text=r["text"]) for r in read_jsonl(gold)]
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    args = parser.parse_args()
    pipeline = Pipeline.from_settings(load_settings())
    articles = corpus()
    totals: Counter = Counter()
    sentences = words = 0
    started = time.perf_counter()
    for _ in range(args.repeat):
        for coded in pipeline.run(articles):
            totals.update(coded.timings)
            sentences += len(coded.sentences)
            words += sum(len(s.tokens) for s in coded.sentences)
    wall = time.perf_counter() - started
    bare = bare_spacy(pipeline, articles, args.repeat)
    n = len(articles) * args.repeat
    print(f"engine {pipeline.settings.coder.engine}: {n} articles, {sentences} sentences, {words} tokens in "
          f"{wall:.1f} s ({words / wall:,.0f} tokens/s end to end, one process)")
    print(f"bare spaCy on the same texts: {bare:.1f} s ({words / bare:,.0f} tokens/s); end to end runs at "
          f"{bare / wall:.0%} of bare spaCy's throughput")
    print(f"  {'stage':<11}{'ms/sentence':>12}{'ms/article':>12}{'share':>8}")
    for stage in ("nlp", "actors", "classifier", "events", "time", "places"):
        print(f"  {stage:<11}{1000 * totals[stage] / sentences:>12.3f}{1000 * totals[stage] / n:>12.3f}"
              f"{totals[stage] / sum(totals.values()):>8.1%}")


def bare_spacy(pipeline: Pipeline, articles: list[Article], repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for _doc in pipeline.resources.nlp.pipe(a.text for a in articles):
            pass
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
