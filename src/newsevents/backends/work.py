"""The unit of work every backend runs: one batch of articles, coded by one pure function.

A batch is what ``newsevents code`` reads at a time (``nlp.batch_size`` articles) less the
articles that need no coding (unchanged, or duplicates of another text). Each backend parses a
batch's articles as one spaCy batch, whichever worker gets it, so that the parses, and therefore
the events, are the same on one process, on a pool and on a cluster.
"""

from __future__ import annotations

import gc
import hashlib
import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from ..records import Article, Problem
from ..store.rows import StoreRows, rows_of

if TYPE_CHECKING:
    from ..config import Settings
    from ..pipeline import Pipeline


def load_pipeline_for_coding(settings: "Settings") -> "Pipeline":
    """The pipeline of a process that codes (the command's own, a pool's or a Dask worker), with
    everything loaded so far kept out of later garbage collections (``gc.freeze``): the actor
    dictionary, gazetteer, lexicon and spaCy's vocabulary are hundreds of thousands of objects that
    live as long as the process, and every full collection walked them all (1.4 s of a
    2,000-article run, 0.4 s once frozen)."""
    from ..pipeline import Pipeline

    pipeline = Pipeline.from_settings(settings)
    gc.freeze()
    return pipeline


@dataclass(frozen=True, slots=True, kw_only=True)
class Batch:
    """Articles read together, after the store was asked about them: ``todo`` is coded as one spaCy
    batch; ``duplicates`` (article, id of the stored text it repeats) are recorded without coding;
    ``size`` counts every article read, the unchanged ones included."""

    todo: tuple[Article, ...]
    duplicates: tuple[tuple[Article, str], ...] = ()
    size: int = 0

    @classmethod
    def merge(cls, batches: Sequence["Batch"]) -> "Batch":
        return cls(todo=tuple(a for b in batches for a in b.todo),
                   duplicates=tuple(d for b in batches for d in b.duplicates), size=sum(b.size for b in batches))


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchResult:
    """A coded batch as the store's rows. ``failed`` articles could not be coded (their problems are
    in the rows); ``origin`` says where the result came from: 'coded', or 'parts' when a Dask run
    found it already written to Parquet by an earlier, interrupted run."""

    rows: StoreRows
    failed: int = 0
    origin: str = "coded"

    @classmethod
    def nothing(cls) -> "BatchResult":
        return cls(rows=StoreRows.empty(), origin="nothing to code")

    @property
    def mentions(self) -> int:
        return self.rows.mentions.num_rows

    @property
    def problems(self) -> list[Problem]:
        return self.rows.problem_records()


def code_batch(articles: Sequence[Article], pipeline: Pipeline) -> BatchResult:
    """Code ``articles`` as one spaCy batch and return their rows: the pure function that every
    backend maps (in this process, in a pool's workers, on Dask workers)."""
    coded = [item for chunk in pipeline.run_batches(articles) for item in chunk]
    return BatchResult(rows=rows_of(coded, pipeline.settings.dedup), failed=sum(not c.complete for c in coded))


def coding_fingerprint(settings: Settings) -> str:
    """What the coded rows depend on besides the articles: the settings that coding reads and the
    installed newsevents (its code and data files), as a short hash."""
    relevant = {"nlp": asdict(settings.nlp), "coder": asdict(settings.coder), "actors": asdict(settings.actors),
                "dedup": asdict(settings.dedup)}
    relevant["nlp"].pop("batch_size")  # batches are cut by the reader, not by the workers
    text = json.dumps(relevant, sort_keys=True, default=str) + _package_digest()
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _package_digest() -> str:
    """A hash of the installed package's files: a new version or a new data file changes every
    partition key, so that Parquet written by another version is never loaded as if current."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(_package_files(root)):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _package_files(root: Path) -> Iterable[Path]:
    return (p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
