"""Coding on several processes of one machine: one model load per worker, records in input order.

    from communique.running.parallel import code_parallel
    for record in code_parallel(documents, jobs=4, on_error=report):
        print(record.to_json())

Documents are read in the calling process and sent to the workers in chunks of `chunk_size`; at
most `jobs * CHUNKS_IN_FLIGHT_PER_JOB` chunks' worth of documents are out at once, so memory
stays bounded however long the stream, and records come back in input order. The last documents
of the stream go out in smaller and smaller chunks (`chunks`), so that the workers finish
nearly together instead of one coding a whole chunk while the others wait. Each worker process loads the language
pipelines once, on its first chunk, and keeps them (they are cached per process). A document
whose coding raises is passed to `on_error` in the calling process and skipped, as
`communique extract` does in one process; a worker that dies (killed, out of memory) has its
chunk coded again one document at a time in a new pool, so that only the document that kills
it is lost.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..language.errors import ModelError
from ..reading import Document
from ..record import Record
from ..settings import SettingsError, get_settings

#: Chunks sent ahead per worker: enough to keep every worker busy while the oldest is collected.
CHUNKS_IN_FLIGHT_PER_JOB = 2
#: The smallest chunk of the end of a stream is the chunk size divided by this: small enough that
#: the workers finish close together, large enough that the last batches still go through spaCy
#: as batches.
TAIL_DIVISOR = 4

OnError = Callable[[Document, Exception], None]


class WorkerDied(RuntimeError):
    """A worker process ended while coding a document (killed, out of memory, crashed)."""


@dataclass
class Failure:
    """A document whose coding raised in a worker: its position in the chunk and the exception."""

    index: int
    error: Exception


def extract_batch(documents: Iterable[Document], lang: str | None = None) -> Iterator[Record]:
    """`communique.coding.extract.extract_batch`, imported when first called: the parent process
    of `--jobs N` only reads and writes, so it never imports spaCy (a second of start-up)."""
    from ..coding.extract import extract_batch as code

    return code(documents, lang=lang)


def code_isolated(documents: Iterable[Document], lang: str | None, on_error: OnError) -> Iterator[Record]:
    """Yield the record of each document in input order, in this process; a document whose
    coding raises is passed to `on_error` and skipped.

    The normal path is one `extract_batch` over the whole stream. When a batch raises, the
    documents taken from the stream but not yet returned are coded again one by one, so that
    only the faulty one is lost. Model and settings errors concern every document and are raised.
    """
    documents = iter(documents)
    pending: deque[Document] = deque()  # taken by extract_batch, record not yet yielded

    def feed() -> Iterator[Document]:
        for doc in documents:
            pending.append(doc)
            yield doc

    while True:
        try:
            for record in extract_batch(feed(), lang=lang):
                pending.popleft()
                yield record
            return
        except (ModelError, SettingsError):
            raise
        except Exception:  # noqa: BLE001 - one bad document must not stop the others
            if not pending:
                raise  # no document to blame: retrying would fail the same way, forever
            retry = list(pending)
            pending.clear()
        for doc in retry:
            try:
                record = next(iter(extract_batch([doc], lang=lang)))
            except (ModelError, SettingsError):
                raise
            except Exception as exc:  # noqa: BLE001
                on_error(doc, exc)
                continue
            yield record


def code_documents(documents: Iterable[Document], jobs: int = 1, lang: str | None = None,
                   on_error: OnError | None = None) -> Iterator[Record]:
    """Yield the record of each document in input order, in this process (`jobs` = 1) or in
    `jobs` worker processes; a document whose coding raises goes to `on_error` (raised when None)."""
    on_error = on_error or _raise
    if jobs > 1:
        return code_parallel(documents, jobs, lang, on_error)
    return code_isolated(documents, lang, on_error)


def code_chunk(documents: list[Document], lang: str | None) -> list[Record | Failure]:
    """Code a chunk in a worker: one entry per document, its record or its Failure."""
    failures: dict[int, Exception] = {}
    position = {id(doc): n for n, doc in enumerate(documents)}
    records = iter(list(code_isolated(documents, lang,
                                      lambda doc, exc: failures.__setitem__(position[id(doc)], exc))))
    return [Failure(n, _picklable(failures[n])) if n in failures else next(records) for n in range(len(documents))]


def code_parallel(documents: Iterable[Document], jobs: int, lang: str | None = None,
                  on_error: OnError | None = None, chunk_size: int | None = None,
                  worker: Callable[[list[Document], str | None], list[Record | Failure]] = code_chunk,
                  pool: "WorkerPool | None" = None) -> Iterator[Record]:
    """Yield the record of each document, in input order, coded by `jobs` worker processes.

    documents  any iterable of `Document`s; it is consumed lazily (read as the workers need)
    jobs       worker processes (each loads the language models once); 1 codes in this process
    lang       force the language of every document (as `extract_batch`)
    on_error   called in this process as on_error(document, exception) for each document whose
               coding failed (the exception as raised in the worker, or WorkerDied); the
               document is skipped. None raises the exception instead.
    chunk_size documents sent to a worker at once (default: the `batch_size` setting)
    worker     the function a worker runs on a chunk (tests replace it)
    pool       a WorkerPool to code in, kept open afterwards (the server shares one between
               requests); by default a pool of `jobs` workers is started and shut down here

    Model and settings errors (a model not installed, a bad setting) are raised, as they concern
    every document. Stopping the iteration early shuts the workers down.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    report = on_error if on_error is not None else _raise
    if jobs == 1 and pool is None:
        yield from code_isolated(documents, lang, report)
        return
    size = chunk_size or get_settings().batch_size
    documents = iter(documents)
    own_pool = pool is None
    pool = pool or WorkerPool(jobs)
    in_flight: deque[tuple[list[Document], Future]] = deque()
    out = 0  # documents in the chunks of in_flight
    cut = chunks(documents, size, jobs)
    try:
        while True:
            while out < jobs * CHUNKS_IN_FLIGHT_PER_JOB * size:
                chunk = next(cut, None)
                if chunk is None:
                    break
                in_flight.append((chunk, pool.submit(worker, chunk, lang)))
                out += len(chunk)
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            out -= len(chunk)
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died: every chunk out is lost. Code this one document by document
                # to find the culprit, then send the others again.
                pool.restart(future)
                results = _one_by_one(pool, worker, chunk, lang)
                in_flight = deque((c, pool.submit(worker, c, lang)) for c, _ in in_flight)
            for doc, result in zip(chunk, results):
                if isinstance(result, Failure):
                    report(doc, result.error)
                else:
                    yield result
    finally:
        if own_pool:
            pool.shutdown()
        else:
            for _, future in in_flight:  # stopped early: what is still queued is not wanted
                future.cancel()


def _one_by_one(pool: "WorkerPool", worker, chunk: list[Document], lang: str | None) -> list[Record | Failure]:
    results: list[Record | Failure] = []
    for doc in chunk:
        future = pool.submit(worker, [doc], lang)
        try:
            results.extend(future.result())
        except BrokenProcessPool:
            pool.restart(future)
            results.append(Failure(0, WorkerDied("the worker process coding this document died")))
    return results


def chunks(documents: Iterator[Document], size: int, jobs: int) -> Iterator[list[Document]]:
    """Yield the documents of the stream in order, in lists of `size`; once no more than
    `jobs * size` documents are left, in smaller and smaller lists (each a `2 * jobs`-th of
    what is left, and at least `size // TAIL_DIVISOR`).

    A worker codes a chunk whole: with chunks of one size, a worker given the last chunk codes
    it alone while the others have nothing left, up to a chunk's time (a second for 32 seed-sized
    documents). The end of the stream is seen `jobs * size` documents ahead, which is how many
    are read before they are sent.
    """
    smallest = max(1, size // TAIL_DIVISOR)
    ahead: deque[Document] = deque()
    exhausted = False
    while True:
        while not exhausted and len(ahead) < size * (jobs + 1):
            doc = next(documents, None)
            if doc is None:
                exhausted = True
            else:
                ahead.append(doc)
        if not ahead:
            return
        n = size
        if exhausted and len(ahead) <= jobs * size:
            n = max(smallest, -(-len(ahead) // (2 * jobs)))
        yield [ahead.popleft() for _ in range(min(n, len(ahead)))]


def _raise(document: Document, error: Exception) -> None:
    raise error


def _picklable(error: Exception) -> Exception:
    """The exception itself when it can travel back to the parent, else a RuntimeError saying it."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # noqa: BLE001 - any pickling problem
        return RuntimeError(f"{type(error).__name__}: {error}")


def _start_worker() -> None:
    """Set up a worker process: Ctrl-C left to the parent, and an exit without teardown."""
    # Ctrl-C reaches the whole process group: the parent handles it and shuts the pool down,
    # the workers finish their chunk quietly instead of each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    atexit.register(_exit_without_teardown)


def _exit_without_teardown() -> None:
    """End a worker once its exit functions have run, without freeing its objects one by one.

    Freeing a loaded language model object by object took a worker 0.3-1 s at the end of every
    pool (measured under load), and the parent waits for its workers to end before it returns.
    Registered when the worker starts, this runs after the exit functions of the modules the
    coding imported (atexit calls the latest first) and in place of the two registered before
    it: multiprocessing's, which the process ran already when its work ended, and logging's,
    called here. The status is 0: the pool does not read it, and a worker that dies while
    coding is seen as such before it exits.
    """
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed stream: nothing more can be written
            pass
    os._exit(0)


class WorkerPool:
    """A pool of `jobs` coding processes that can be replaced when one of its workers dies, and
    shared by threads (the server's requests): a pool that was shut down starts again on the
    next `submit`."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        # spawn: workers start clean (no copy of a parent's threads or half-loaded state) on
        # every platform; each then loads the models it needs once.
        self.context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self.executor: ProcessPoolExecutor | None = None

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=self.context, initializer=_start_worker)

    def submit(self, fn, *args) -> Future:
        with self._lock:
            if self.executor is None:
                self.executor = self._new()
            try:
                future = self.executor.submit(fn, *args)
            except BrokenProcessPool:  # a worker died since the last submit: start afresh
                self.executor.shutdown(wait=False, cancel_futures=True)
                self.executor = self._new()
                future = self.executor.submit(fn, *args)
            future.executor = self.executor  # which executor to replace if it breaks
        return future

    def restart(self, failed: Future | None = None) -> None:
        """Replace the executor, unless `failed` ran in an earlier one that another thread has
        replaced already (several requests may see the same dead worker)."""
        with self._lock:
            if failed is not None and getattr(failed, "executor", None) is not self.executor:
                return
            if self.executor is not None:
                self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new()

    def shutdown(self) -> None:
        with self._lock:
            executor, self.executor = self.executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
