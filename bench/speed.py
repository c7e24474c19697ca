"""Speed: spaCy parsing apart from the project's own stages (events with actors, time, places).

    python bench/speed.py [--repeat N]

Codes the bundled sample corpus (and the gold dev sentences when ../shared exists) and prints
time per sentence and per article for each stage, and words per second overall.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from common import GOLD_DEV, read_jsonl

from newsevents import Article, Pipeline, Settings
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
    pipeline = Pipeline.from_settings(Settings())
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
    n = len(articles) * args.repeat
    print(f"{n} articles, {sentences} sentences, {words} tokens in {wall:.1f} s "
          f"({words / wall:,.0f} tokens/s end to end, one process)")
    print(f"  {'stage':<10}{'ms/sentence':>12}{'ms/article':>12}{'share':>8}")
    for stage in ("nlp", "events", "time", "places"):
        print(f"  {stage:<10}{1000 * totals[stage] / sentences:>12.3f}{1000 * totals[stage] / n:>12.3f}"
              f"{totals[stage] / sum(totals.values()):>8.1%}")


if __name__ == "__main__":
    main()
