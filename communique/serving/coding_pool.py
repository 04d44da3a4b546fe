"""The server's coding: a pool of worker processes shared by the requests of `/extract` and
`/ingest`, so that they code on every core instead of taking turns on one lock.

The pool has `coding_workers` processes (a setting); each loads a language's pipeline on its
first document of that language and keeps it. It starts with the first request that codes and
stops when the server does. `coding_workers = 0` codes in the server process itself, one
request at a time (what the server did before; tests use it to replace the coder).
"""
from __future__ import annotations

import threading
import weakref
from typing import Callable, Iterable, Iterator

from ..reading import Document
from ..record import Record
from ..running.parallel import WorkerPool, code_isolated, code_parallel

#: Documents sent to a worker at once: small, so that a long ingest and short extracts share
#: the workers fairly (each chunk is one task in the pool's queue).
CHUNK_SIZE = 4

OnError = Callable[[Document, Exception], None]

#: Every pool made here, so that the server's shutdown can stop their processes.
_pools: "weakref.WeakSet[CodingPool]" = weakref.WeakSet()


class CodingPool:
    """Codes documents in `workers` processes shared by every request (or in this process, one
    request at a time, when `workers` is 0)."""

    def __init__(self, workers: int, lock: threading.Lock | None = None):
        if workers < 0:
            raise ValueError(f"coding_workers must be 0 or more, not {workers}")
        self.workers = workers
        self._pool = WorkerPool(workers) if workers else None
        # In-process coding shares the server's spaCy pipelines, which must not run in two
        # threads at once: `lock` is the one every other user of those pipelines takes.
        self._lock = lock or threading.Lock()
        _pools.add(self)

    def code(self, documents: Iterable[Document], lang: str | None = None,
             on_error: OnError | None = None) -> Iterator[Record]:
        """Yield the record of each document in order; a document whose coding raises goes to
        `on_error` (raised when None), as in `running.parallel.code_parallel`."""
        if self._pool is None:
            with self._lock:
                yield from code_isolated(documents, lang, on_error or _raise)
            return
        yield from code_parallel(documents, self.workers, lang, on_error, chunk_size=CHUNK_SIZE, pool=self._pool)

    def code_one(self, document: Document) -> Record:
        """Return the record of one document; raises what its coding raised."""
        return next(iter(self.code([document])))

    def close(self) -> None:
        """Stop the worker processes (they start again if the pool is used afterwards)."""
        if self._pool is not None:
            self._pool.shutdown()


def close_all() -> None:
    """Stop the processes of every pool (the server's shutdown)."""
    for pool in list(_pools):
        pool.close()


def _raise(document: Document, error: Exception) -> None:
    raise error
