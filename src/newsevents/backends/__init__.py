"""Where articles are coded: in this process or a pool of processes (``local``), or on a Dask
cluster (``dask``, an optional extra). Every backend maps the same pure function,
:func:`~newsevents.backends.work.code_batch`, over batches of articles, and each of its workers
loads the coding resources once.
"""

from .work import Batch, BatchResult, code_batch, coding_fingerprint

__all__ = ["Batch", "BatchResult", "code_batch", "coding_fingerprint"]
