"""Parallel coding on one machine: `extract --jobs N` and `running.parallel.code_parallel`.

The --jobs test codes real documents in two worker processes (each loads the models once). The
others give the workers a stand-in coder, defined in this module so that the spawned workers
import it: no model is loaded, and a document can be made to fail or to kill its worker.
"""
import atexit
import itertools
import json
import os

import pytest

from communique import cli
from communique.language.pipelines import ModelError
from communique.reading import Document
from communique.record import Record
from communique.running import parallel
from communique.running.parallel import WorkerDied, code_parallel
from communique.settings import get_settings


@pytest.fixture
def small_batches(monkeypatch):
    """Batches (and so parallel chunks) of 4 documents, so that a small input makes many chunks
    that the two workers finish out of order. Workers inherit the environment."""
    monkeypatch.setenv("COMMUNIQUE_BATCH_SIZE", "4")
    get_settings.cache_clear()
    yield 4
    monkeypatch.delenv("COMMUNIQUE_BATCH_SIZE")
    get_settings.cache_clear()


def test_jobs_2_writes_what_jobs_1_writes_in_the_same_order(tmp_path, capsys, shared_dir, samples_path,
                                                            small_batches):
    inputs = [str(samples_path), str(shared_dir / "eval" / "dev.jsonl")]
    outputs = {}
    count = sum(1 for path in inputs for line in open(path, encoding="utf-8") if line.strip())
    for jobs in (1, 2):
        target = tmp_path / f"jobs{jobs}.jsonl"
        assert cli.main(["extract", "--jobs", str(jobs), "-o", str(target), *inputs]) == 0
        outputs[jobs] = target.read_text(encoding="utf-8")
        documents = sum(1 for path in inputs for line in open(path, encoding="utf-8") if line.strip())
        assert f"{documents} documents coded, 0 failed" in capsys.readouterr().err
    assert outputs[2] == outputs[1]
    ids = [json.loads(line)["doc_id"] for line in outputs[2].splitlines()]
    expected = [json.loads(line)["id"] for path in inputs for line in open(path, encoding="utf-8")]
    assert ids == expected


# --------------------------------------------------------------------------- stand-in coders run by the workers

def _stand_in_extract_batch(documents, lang=None):
    """Codes nothing: a record per document, with the worker's pid as the source; batches of 3,
    and a batch raises when one of its texts says BOOM (ModelError when it says NO MODEL)."""
    chunk = []
    for doc in itertools.chain(documents, [None]):
        if doc is not None:
            chunk.append(doc)
        if chunk and (doc is None or len(chunk) == 3):
            if any("NO MODEL" in d.text for d in chunk):
                raise ModelError("model 'xx_core' is not installed")
            if any("BOOM" in d.text for d in chunk):
                raise ValueError("the coder tripped")
            for d in chunk:
                yield Record(doc_id=d.doc_id, lang=lang or "en", source=str(os.getpid()))
            chunk = []


class _WritesWhenFreed:
    def __init__(self, path):
        self.path = path
        self.open = open  # as the interpreter ends, the builtins may be gone before this object

    def __del__(self):
        with self.open(self.path, "w") as out:
            out.write("freed")


def _write(path):
    with open(path, "w") as out:
        out.write("ran")


def exit_watching_worker(documents, lang):
    """Registers an exit function, as a module the coder imports may, and keeps an object that
    leaves a file when it is freed; both write into the folder named by the first document."""
    global _kept
    folder = documents[0].text
    atexit.register(_write, os.path.join(folder, "exit-function-ran"))
    _kept = _WritesWhenFreed(os.path.join(folder, "freed"))
    return [Record(doc_id=d.doc_id, lang="en") for d in documents]


def stand_in_worker(documents, lang):
    """The real worker (per-document isolation, failures sent back) over the stand-in coder; a
    document that says DIE ends its worker process."""
    if any("DIE" in d.text for d in documents):
        os._exit(3)
    parallel.extract_batch = _stand_in_extract_batch
    return parallel.code_chunk(documents, lang)


def docs(*texts):
    return [Document(text=t, id=f"d{n}", origin="in.jsonl") for n, t in enumerate(texts, 1)]


def test_failures_in_workers_are_reported_in_order_and_the_others_kept():
    failed = []
    texts = [f"text {n}" for n in range(1, 21)]
    texts[4] = "BOOM"
    texts[13] = "BOOM again"
    records = list(code_parallel(docs(*texts), jobs=2, chunk_size=4, worker=stand_in_worker,
                                 on_error=lambda doc, exc: failed.append((doc.doc_id, type(exc), str(exc)))))
    assert [r.doc_id for r in records] == [f"d{n}" for n in range(1, 21) if n not in (5, 14)]
    assert failed == [("d5", ValueError, "the coder tripped"), ("d14", ValueError, "the coder tripped")]
    assert all(r.source != str(os.getpid()) for r in records), "coded in the workers"


def test_a_worker_that_dies_loses_only_its_document():
    failed = []
    texts = [f"text {n}" for n in range(1, 13)]
    texts[6] = "DIE"
    records = list(code_parallel(docs(*texts), jobs=2, chunk_size=4, worker=stand_in_worker,
                                 on_error=lambda doc, exc: failed.append((doc.doc_id, type(exc)))))
    assert [r.doc_id for r in records] == [f"d{n}" for n in range(1, 13) if n != 7]
    assert failed == [("d7", WorkerDied)]


def test_model_errors_stop_the_run():
    with pytest.raises(ModelError, match="not installed"):
        list(code_parallel(docs("a", "b", "NO MODEL", "c"), jobs=2, chunk_size=2, worker=stand_in_worker,
                           on_error=lambda doc, exc: None))


def test_without_on_error_a_failure_is_raised():
    with pytest.raises(ValueError, match="tripped"):
        list(code_parallel(docs("a", "BOOM"), jobs=2, chunk_size=1, worker=stand_in_worker))


class CountedStream:
    """An endless stream of documents that counts how many have been read from it."""

    def __init__(self):
        self.pulled = 0

    def __iter__(self):
        for n in itertools.count(1):
            self.pulled += 1
            yield Document(text=f"text {n}", id=f"d{n}")


def test_the_input_is_read_as_the_workers_need_it():
    source = CountedStream()
    stream = code_parallel(iter(source), jobs=2, chunk_size=5, worker=stand_in_worker)
    first = [next(stream).doc_id for _ in range(12)]
    stream.close()  # shuts the workers down
    assert first == [f"d{n}" for n in range(1, 13)]
    # Two chunks in flight per worker, plus the chunk being collected and a chunk per worker
    # read ahead to see the end coming (`chunks`): the rest is unread.
    assert source.pulled <= 5 * (2 * parallel.CHUNKS_IN_FLIGHT_PER_JOB + 2) + 2 * 5


@pytest.mark.parametrize("length, size, jobs", [
    (0, 8, 2), (1, 8, 2), (7, 8, 2), (16, 8, 2), (17, 8, 2), (100, 8, 2), (600, 32, 2), (601, 32, 3),
    (50, 1, 2), (50, 3, 1),
])
def test_chunks_keep_every_document_in_order_and_shrink_only_at_the_end(length, size, jobs):
    stream = docs(*(f"text {n}" for n in range(length)))
    cut = list(parallel.chunks(iter(stream), size, jobs))
    assert [d for chunk in cut for d in chunk] == stream
    sizes = [len(chunk) for chunk in cut]
    assert all(sizes), "no empty chunk"
    full = next((n for n, s in enumerate(sizes) if s < size), len(sizes))
    tail = sizes[full:]
    # Whole chunks while more than a chunk per worker remains, then a tail no longer than that,
    # cut in non-increasing sizes, none smaller than the floor but the very last.
    assert sum(tail) <= max(jobs * size, 0) or len(tail) <= 1
    assert tail == sorted(tail, reverse=True)
    assert all(s >= max(1, size // parallel.TAIL_DIVISOR) for s in tail[:-1])


def test_the_end_of_a_stream_is_shared_out_in_small_chunks():
    cut = [len(chunk) for chunk in parallel.chunks(iter(docs(*(["x"] * 100))), 16, 2)]
    # Whole chunks while more than 2 x 16 are left (the fifth leaves 20), then a quarter of what
    # is left each time (5 of 20), never under 16 // TAIL_DIVISOR but for the remainder.
    assert cut == [16, 16, 16, 16, 16, 5, 4, 4, 4, 3]


def test_chunks_read_at_most_a_chunk_per_worker_ahead():
    source = CountedStream()
    cut = parallel.chunks(iter(source), 10, 3)
    for taken in range(1, 6):
        assert len(next(cut)) == 10
        assert source.pulled == 10 * taken + 3 * 10


@pytest.mark.parametrize("start", [parallel._start_worker, None])
def test_a_worker_runs_its_exit_functions_and_ends_without_freeing_its_objects(tmp_path, start):
    # With spawn's own start (None), the same worker frees what it keeps as the interpreter ends.
    pool = parallel.WorkerPool(1)
    pool._new = lambda: parallel.ProcessPoolExecutor(1, mp_context=pool.context, initializer=start)
    assert [r.doc_id for r in pool.submit(exit_watching_worker, docs(str(tmp_path)), None).result()] == ["d1"]
    pool.shutdown()
    assert (tmp_path / "exit-function-ran").read_text() == "ran"
    assert (tmp_path / "freed").exists() == (start is None)


@pytest.mark.parametrize("jobs", [0, -1])
def test_jobs_must_be_positive(jobs):
    with pytest.raises(ValueError, match="at least 1"):
        list(code_parallel([], jobs=jobs))


@pytest.mark.parametrize("argv, message", [
    (["extract", "--jobs", "0", "x.txt"], "'0' is not a whole number of at least 1"),
    (["extract", "--jobs", "two", "x.txt"], "'two' is not a whole number of at least 1"),
])
def test_bad_jobs_argument(capsys, argv, message):
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err
