"""Parallel and distributed coding (issue 13): the same events from one process, pools of one and
two worker processes and a two-worker Dask LocalCluster; a worker that dies, or a client killed
between writing a partition and saving it, loses and duplicates nothing once the run is repeated.

Small on purpose: nine sample articles in batches of three, so that there are several batches
and partitions; the pool and the cluster each load the pipeline once per worker.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from newsevents import Article, Settings
from newsevents.backends.dask import DaskBackend
from newsevents.backends.local import LocalBackend, _code_in_worker
from newsevents.cli.code import ARTICLES_PER_OPENING, Run
from newsevents.cli.demo import sample_corpus
from newsevents.errors import BackendError
from newsevents.ingest import read_path
from newsevents.store import Store

pytestmark = pytest.mark.issue(13)
ARTICLES = 9
BATCH = 3
KILLER = "sample-005"  # the article whose batch kills its worker


def _settings(db: Path) -> Settings:
    return Settings().with_values({"store.db": str(db), "nlp.batch_size": BATCH})


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = [a for a in read_path(sample_corpus()) if isinstance(a, Article)][:ARTICLES]
    assert KILLER in {a.article_id for a in found[BATCH:2 * BATCH]}  # the second batch
    return found


@pytest.fixture(scope="module")
def reference(articles, resources, tmp_path_factory) -> dict[str, list]:
    """The store's contents after coding in this process, one batch at a time."""
    from newsevents.pipeline import Pipeline

    settings = _settings(tmp_path_factory.mktemp("reference") / "one.duckdb")
    Run(settings).code(articles, LocalBackend(settings, 1, pipeline=Pipeline(settings, resources)))
    return contents(settings.store.db)


def contents(db: str | Path) -> dict[str, list]:
    """Every stored row that coding produces, in a stable order (not the problems' ids or times);
    NULL as None (pandas would give NaN, which is unequal to itself)."""
    queries = {"mentions": "SELECT * FROM mentions ORDER BY mention_id",
               "sentences": "SELECT * FROM sentences ORDER BY sentence_id",
               "articles": "SELECT * EXCLUDE (coded_at) FROM articles ORDER BY article_id"}
    with Store(db, read_only=True) as store:
        return {table: store.conn.execute(sql).fetchall() for table, sql in queries.items()}


def assert_complete_once(db: Path, reference: dict[str, list]) -> None:
    with Store(db, read_only=True) as store:
        ids = store.query("SELECT count(*) AS n, count(DISTINCT mention_id) AS d FROM mentions")
        articles = store.counts()["articles"]
    assert ids.n[0] == ids.d[0] == len(reference["mentions"]) and articles == ARTICLES
    assert contents(db) == reference


@pytest.mark.parametrize("workers", [1, 2])
def test_one_and_two_worker_processes_give_identical_events(articles, reference, tmp_path, workers):
    settings = _settings(tmp_path / f"{workers}.duckdb")
    backend = LocalBackend(settings, workers)
    run = Run(settings)
    run.code(articles, backend)
    assert backend.used == workers and run.tally["new"] == ARTICLES
    # one worker codes apart from this process too, which only reads and saves (the store's memory
    # is never a coder's): this process loaded no pipeline
    assert backend._pipeline is None
    assert contents(settings.store.db) == reference and len(reference["mentions"]) > 20


def kill_on(article_id: str, batch):
    """A pool task that ends its worker process, as a crash or the OOM killer would, mid-run."""
    if any(a.article_id == article_id for a in batch):
        os._exit(1)
    return _code_in_worker(batch)


def test_a_killed_worker_process_ends_the_run_and_a_rerun_completes_it(articles, reference, resources,
                                                                        tmp_path):
    from newsevents.pipeline import Pipeline

    settings = _settings(tmp_path / "killed.duckdb")
    with pytest.raises(BackendError, match="a worker process died while coding.*run the same command again"):
        Run(settings).code(articles, LocalBackend(settings, 2, task=functools.partial(kill_on, KILLER)))
    with Store(settings.store.db, read_only=True) as store:
        assert KILLER not in set(store.query("SELECT article_id FROM articles").article_id)
    rerun = Run(settings)
    rerun.code(articles, LocalBackend(settings, 1, pipeline=Pipeline(settings, resources)))
    assert rerun.tally["new"] >= BATCH and rerun.tally["new"] + rerun.tally["unchanged"] == ARTICLES
    assert_complete_once(settings.store.db, reference)


# -- Dask ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    pytest.importorskip("distributed")
    from newsevents.backends.dask import dask_client

    with dask_client("local", 2) as client:
        yield client


def dask_run(articles, client, db: Path, **options) -> tuple[Run, DaskBackend]:
    settings = _settings(db)
    backend = DaskBackend(client, settings, Path(f"{db}.parts"), partition_batches=1, **options)
    run = Run(settings)
    run.code(articles, backend)
    return run, backend


def test_a_two_worker_local_cluster_gives_the_same_events(articles, reference, client, tmp_path):
    run, backend = dask_run(articles, client, tmp_path / "dask.duckdb")
    assert backend.used == 2 and backend.tally == {"coded": ARTICLES // BATCH}
    assert run.tally["new"] == ARTICLES and contents(tmp_path / "dask.duckdb") == reference
    written = sorted(p.name for p in (tmp_path / "dask.duckdb.parts").glob("*/mentions.parquet"))
    assert len(written) == ARTICLES // BATCH


def test_local_workers_keep_freed_memory_for_the_next_batch(client):
    """Dask asks its workers' allocator to return freed memory at once (MALLOC_TRIM_THRESHOLD_); a
    coding worker ran 30 % slower so, and the local cluster's workers start without it."""
    environ = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert len(environ) == 2 and set(environ.values()) == {None}


def die_once(marker: str, units, plugin):
    """A partition task whose first call ends its Dask worker process."""
    from newsevents.backends.dask import code_partition

    if not os.path.exists(marker):
        Path(marker).touch()
        os._exit(1)
    return code_partition(units, plugin)


def test_a_dask_worker_that_dies_loses_and_duplicates_nothing(articles, reference, client, tmp_path):
    marker = tmp_path / "died"
    run, backend = dask_run(articles, client, tmp_path / "died.duckdb", task=functools.partial(die_once, str(marker)))
    assert marker.exists() and backend.tally == {"coded": ARTICLES // BATCH}
    assert_complete_once(tmp_path / "died.duckdb", reference)


def refuse(units, plugin):
    raise AssertionError("this partition should not have been coded again")


def test_a_rerun_loads_written_partitions_and_skips_finished_ones(articles, reference, client, tmp_path,
                                                                 monkeypatch):
    db = tmp_path / "resumed.duckdb"

    def killed(self, store, coded):  # the client dies after the partitions are written, before saving them
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Run, "_save", killed)
        with pytest.raises(KeyboardInterrupt):
            dask_run(articles, client, db)
    assert len(list(Path(f"{db}.parts").glob("*/articles.parquet"))) >= 1
    _, resumed = dask_run(articles, client, db)
    assert resumed.tally["loaded from Parquet"] >= 1
    assert resumed.tally["loaded from Parquet"] + resumed.tally["coded"] == ARTICLES // BATCH
    assert_complete_once(db, reference)
    again, finished = dask_run(articles, client, db, task=refuse)
    assert finished.tally == {"nothing to code": ARTICLES // BATCH} and again.tally["unchanged"] == ARTICLES
    assert_complete_once(db, reference)


def test_code_on_a_dask_scheduler_from_the_command_line(cli, client, tmp_path, reference):
    Path("in.jsonl").write_text("\n".join(sample_corpus().read_text(encoding="utf-8").splitlines()[:ARTICLES]) + "\n")
    result = cli("code", "in.jsonl", "--db", "cli.duckdb", "--dask", client.scheduler.address,
                 "--partition-size", "1", "--config", str(_config(tmp_path)))
    assert result.exit_code == 0, result.stderr
    assert f"coded {ARTICLES} article(s)" in result.stderr and "dask: 3 partition(s): 3 coded" in result.stderr
    stored = contents("cli.duckdb")  # the articles differ in origin (in.jsonl), not in what was coded
    assert stored["mentions"] == reference["mentions"] and stored["sentences"] == reference["sentences"]


def _config(folder: Path) -> Path:
    path = folder / "batches.toml"
    path.write_text(f"[nlp]\nbatch_size = {BATCH}\n")
    return path


def test_dask_missing_is_one_line_that_says_how_to_install_it(cli, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # import distributed fails
    Path("in.txt").write_text("Kenya's president met Ugandan officials.")
    result = cli("code", "in.txt", "--dask", "local")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("error: [E101] --dask needs Dask's distributed scheduler, an optional extra: "
                                     "pip install 'newsevents[dask]'")
    assert not Path("newsevents.duckdb").exists()


class NothingCoded:
    """A backend that codes nothing: only the run's openings of the store are left to watch."""

    used = 1

    def code(self, batches):
        from newsevents.backends.work import BatchResult

        for batch in batches:
            yield batch, BatchResult.nothing()


@pytest.mark.parametrize("count, openings", [(1, 2), (BATCH, 2), (ARTICLES_PER_OPENING - 1, 2),
                                             (ARTICLES_PER_OPENING + BATCH, 3)])
def test_the_store_is_opened_once_to_read_and_once_per_save(articles, tmp_path, monkeypatch, count, openings):
    """One opening reads and checks up to ARTICLES_PER_OPENING articles, one saves them (and checks the next ones), one
    saves the last: no opening only to find that the input has ended (it costs 30-70 ms, a share of
    a one-sentence run)."""
    import newsevents.cli.code as code_module

    opened = []
    real = code_module.open_store
    monkeypatch.setattr(code_module, "open_store", lambda *a, **k: opened.append(1) or real(*a, **k))
    many = [Article(article_id=f"x{n}", text=articles[n % ARTICLES].text, date=articles[0].date)
            for n in range(count)]
    run = Run(_settings(tmp_path / "openings.duckdb"))
    run.code(many, NothingCoded())
    assert len(opened) == openings and len(run.article_ids) == count
