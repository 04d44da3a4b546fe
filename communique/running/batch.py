"""Coding on a dask.distributed cluster into a Parquet dataset partitioned by year and month.

    summary = run_batch(["releases/"], "dataset/", scheduler="local", workers=4)
    summary = run_batch(["releases/"], "dataset/", scheduler="tcp://10.0.0.5:8786")

The inputs are read here, in the client, and cut into partitions of `partition_size`
documents. Each partition is one task: a worker codes it with the same code as `extract`
(per-document failures isolated) and sends the records back; the client writes them. Every
worker process loads the language models once, on its first partition, and keeps them. Workers
need communique and its models installed, nothing else: they read no file and write none.

The dataset directory:

    manifest.json                              inputs, counts, partitions, version, time
    records/year=2024/month=03/part-<key>.parquet   one row per document (its record's JSON)
    events/year=2024/month=03/part-<key>.parquet    one row per event, flattened
    _partitions/<key>.json                     a partition's done-marker (counts, files, failures)

A document is filed under the month of its publication date, else of its first event's date,
else under year=unknown/month=unknown (month=unknown too when only the year is known).

Re-running is safe: a partition's key is its position in the input stream and a hash of its
documents, so the same inputs give the same keys. Files are written under temporary names and
renamed into place, then the partition's marker is written; a re-run skips partitions that
have a marker and rewrites any other under the same names, so an interrupted run followed by a
re-run leaves every partition exactly once. Files of partitions that the inputs no longer
produce are removed at the end of a complete run.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..language.errors import ModelError
from ..reading import Document, ReadError, read_inputs
from ..record import Record
from ..settings import SettingsError
from .parallel import Failure, code_chunk

DEFAULT_PARTITION_SIZE = 200
#: Partitions sent ahead per worker, so that no worker waits while the client writes.
PARTITIONS_IN_FLIGHT_PER_WORKER = 2
WAIT_FOR_WORKERS_SECONDS = 120
CONNECT_TIMEOUT = "20s"  # to a remote scheduler
MANIFEST = "manifest.json"
LOCK = ".lock"  # held by the run writing the directory
MARKERS = "_partitions"
TABLES = ("records", "events")
UNKNOWN = "unknown"
FORMAT_VERSION = 1

RECORDS_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("position", pa.int64()), ("partition", pa.string()),
    ("lang", pa.string()), ("title", pa.string()), ("url", pa.string()), ("source", pa.string()),
    ("published", pa.string()), ("date", pa.string()), ("n_events", pa.int32()),
    ("record_json", pa.string()), ("text", pa.string()),
])
_strings = pa.list_(pa.string())
EVENTS_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("position", pa.int64()), ("n", pa.int32()),
    ("event", pa.string()), ("mode", pa.string()), ("context", _strings), ("cameo", pa.string()),
    ("quad_code", pa.int32()), ("event_scale", pa.float64()),
    ("actor", _strings), ("recipient", _strings), ("date", pa.string()), ("date_source", pa.string()),
    ("place", pa.string()), ("place_country", pa.string()), ("format", pa.string()),
    ("series", pa.string()), ("series_ordinal", pa.int32()),
    ("participants", _strings), ("participant_roles", _strings), ("participant_countries", _strings),
    ("topics", _strings), ("organizations", _strings), ("documents", _strings),
    ("aux", pa.string()), ("event_text", pa.string()), ("confidence", pa.float64()), ("event_json", pa.string()),
])
SCHEMAS = {"records": RECORDS_SCHEMA, "events": EVENTS_SCHEMA}


class BatchError(Exception):
    """The batch cannot run: a bad output directory, an unreachable scheduler…"""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


@dataclass
class BatchSummary:
    """What a run did: documents coded now, partitions written now or found done, failures."""

    coded: int = 0
    failed: int = 0
    written_partitions: int = 0
    skipped_partitions: int = 0
    total_records: int = 0
    total_events: int = 0
    errors: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- partitions

@dataclass
class Partition:
    """A slice of the input stream: its key, the position of its first document, its documents."""

    key: str
    start: int
    documents: list[Document]


def document_digest(doc: Document) -> str:
    """Hash of what decides a document's record: its id and everything coded from."""
    data = [doc.doc_id, doc.text, doc.title, doc.lang, doc.published, doc.url, doc.source]
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def partitions(documents: Iterable[Document], size: int) -> Iterator[Partition]:
    """Cut a stream of documents into partitions of `size`, keyed '<number>-<hash of documents>'."""
    number = start = 0
    chunk: list[Document] = []
    digest = hashlib.sha1()
    for doc in documents:
        chunk.append(doc)
        digest.update(document_digest(doc).encode())
        if len(chunk) >= size:
            yield Partition(f"{number:06d}-{digest.hexdigest()[:12]}", start, chunk)
            number, start, chunk, digest = number + 1, start + len(chunk), [], hashlib.sha1()
    if chunk:
        yield Partition(f"{number:06d}-{digest.hexdigest()[:12]}", start, chunk)


def record_date(record: dict) -> str | None:
    """The date a record is filed under: its publication date, else its first event's date."""
    if record.get("published"):
        return record["published"]
    return next((e["date"] for e in record.get("events", []) if e.get("date")), None)


def year_month(date: str | None) -> tuple[str, str]:
    """('2024', '03') for '2024-03-09' or '2024-03', ('2024', 'unknown') for '2024'."""
    if not date or len(date) < 4 or not date[:4].isdigit():
        return UNKNOWN, UNKNOWN
    return date[:4], date[5:7] if len(date) >= 7 and date[5:7].isdigit() else UNKNOWN


def record_rows(record: Record, position: int, key: str) -> tuple[dict, list[dict]]:
    """Return the records row and the events rows of one coded document."""
    data = record.to_dict()
    row = {"doc_id": record.doc_id, "position": position, "partition": key, "lang": record.lang,
           "title": record.title, "url": record.url, "source": record.source, "published": record.published,
           "date": record_date(data), "n_events": len(record.events),
           "record_json": json.dumps(data, ensure_ascii=False), "text": record.text}
    events = []
    for n, e in enumerate(data["events"], 1):
        events.append({
            "event_id": e["id"], "doc_id": record.doc_id, "position": position, "n": n,
            "event": e["event"], "mode": e["mode"], "context": e["context"], "cameo": e["cameo"],
            "quad_code": e["quad_code"], "event_scale": e["event_scale"],
            "actor": [a["code"] for a in e["actor"]], "recipient": [a["code"] for a in e["recipient"]],
            "date": e["date"], "date_source": e["date_source"],
            "place": (e["event_loc"] or {}).get("place"), "place_country": (e["event_loc"] or {}).get("country"),
            "format": e["format"], "series": (e["series"] or {}).get("name"),
            "series_ordinal": (e["series"] or {}).get("ordinal"),
            "participants": [p["name"] for p in e["participants"]],
            "participant_roles": [p["role"] for p in e["participants"]],
            "participant_countries": [p["country"] for p in e["participants"]],
            "topics": e["topics"], "organizations": e["organizations"],
            "documents": [d["kind"] for d in e["documents"]], "aux": e["aux"], "event_text": e["event_text"],
            "confidence": e["confidence"], "event_json": json.dumps(e, ensure_ascii=False)})
    return row, events


# --------------------------------------------------------------------------- the dataset directory

class Dataset:
    """The output directory: its markers, its files, its manifest."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def prepare(self) -> None:
        """Create the directory, or check that an existing one is a dataset; take the directory's
        lock (one run at a time); clear the temporary files an interrupted run left."""
        if self.root.exists() and not self.root.is_dir():
            raise BatchError(f"{self.root}: exists and is not a directory")
        if self.root.is_dir() and any(p.name != LOCK for p in self.root.iterdir()) \
                and not (self.root / MANIFEST).is_file():
            raise BatchError(f"{self.root}: not empty and not a communique dataset (no {MANIFEST}); "
                             "choose a new or empty directory")
        try:
            (self.root / MARKERS).mkdir(parents=True, exist_ok=True)
            self._lock = open(self.root / LOCK, "a")
        except OSError as exc:
            raise BatchError(f"{self.root}: cannot create: {exc.strerror or exc}") from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise BatchError(f"{self.root}: another batch is writing this dataset") from None
        for leftover in self.root.rglob(".tmp-*"):  # an interrupted run's unfinished writes
            leftover.unlink(missing_ok=True)

    def release(self) -> None:
        """Release the directory's lock."""
        if getattr(self, "_lock", None) is not None:
            self._lock.close()
            self._lock = None

    def done(self) -> dict[str, dict]:
        """Return {key: marker} of the partitions already written."""
        out = {}
        for path in (self.root / MARKERS).glob("*.json"):
            try:
                out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a marker is written atomically; an unreadable one is as if absent
        return out

    def write_partition(self, key: str, rows: list[dict], events: list[dict], failures: list[dict]) -> dict:
        """Write a partition's files under temporary names, rename them into place, then its marker;
        return the marker."""
        by_month: dict[tuple[str, str], tuple[list, list]] = {}
        for row in rows:
            by_month.setdefault(year_month(row["date"]), ([], []))[0].append(row)
        months = {row["position"]: year_month(row["date"]) for row in rows}
        for event in events:
            by_month[months[event["position"]]][1].append(event)
        files = []
        for (year, month), (month_rows, month_events) in sorted(by_month.items()):
            for table, data in (("records", month_rows), ("events", month_events)):
                relative = f"{table}/year={year}/month={month}/part-{key}.parquet"
                _write_parquet(self.root / relative, pa.Table.from_pylist(data, schema=SCHEMAS[table]))
                files.append(relative)
        marker = {"key": key, "documents": len(rows) + len(failures), "records": len(rows),
                  "events": len(events), "files": files, "failures": failures}
        _write_atomic(self.root / MARKERS / f"{key}.json", json.dumps(marker, ensure_ascii=False, indent=1))
        return marker

    def remove_other_partitions(self, keys: set[str]) -> int:
        """Remove the files and markers of partitions whose key is not in `keys`; return how many."""
        removed = set()
        for table in TABLES:
            for path in (self.root / table).rglob("part-*.parquet"):
                key = path.stem[len("part-"):]
                if key not in keys:
                    path.unlink(missing_ok=True)
                    removed.add(key)
        for path in (self.root / MARKERS).glob("*.json"):
            if path.stem not in keys:
                path.unlink(missing_ok=True)
                removed.add(path.stem)
        for table in TABLES:  # month and year directories left empty
            for directory in sorted((self.root / table).glob("*/*"), reverse=True) + \
                    sorted((self.root / table).glob("*"), reverse=True):
                if directory.is_dir() and not any(directory.iterdir()):
                    directory.rmdir()
        return len(removed)

    def write_manifest(self, manifest: dict) -> None:
        _write_atomic(self.root / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))

    def manifest(self) -> dict | None:
        try:
            return json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with open(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _write_parquet(path: Path, table: pa.Table) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=path.parent)
    try:
        with open(fd, "wb") as out:
            pq.write_table(table, out, compression="zstd")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- the cluster side

_coding_lock = threading.Lock()


def code_partition(documents: list[Document], lang: str | None) -> list[Record | Failure]:
    """The task a worker runs: code a partition as `extract` would (see `parallel.code_chunk`).

    A worker process loads each language's pipeline once and keeps it; the lock keeps a worker
    started with several threads from running one pipeline in two threads at once."""
    with _coding_lock:
        return code_chunk(documents, lang)


class _Cluster:
    """The Dask client, connected (or the local cluster started) only once a partition needs
    coding, so that a re-run with nothing left to do starts no worker."""

    def __init__(self, scheduler: str, workers: int | None, client=None):
        self.scheduler, self.workers = scheduler, workers
        self._client, self._local, self._own = client, None, client is None
        self._window = None
        self._done = None  # distributed.as_completed over the futures submitted

    def submit(self, fn, *args, key: str):
        """Submit a task under `key`; its future comes back from `next_done` once finished."""
        from distributed import as_completed

        future = self.client().submit(fn, *args, key=key, pure=False)
        if self._done is None:
            self._done = as_completed([future])
        else:
            self._done.add(future)
        return future

    def next_done(self):
        """Return the next finished future."""
        return next(self._done)

    def client(self):
        from distributed import Client, LocalCluster

        if self._client is None:
            try:
                if self.scheduler == "local":
                    self._local = LocalCluster(n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                                               processes=True, dashboard_address=None,
                                               silence_logs=logging.WARNING)
                    self._client = Client(self._local)
                else:
                    self._client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as exc:
                raise BatchError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None
        if self._window is None:
            try:
                self._client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_SECONDS)
            except TimeoutError:
                raise BatchError(f"no Dask worker joined the scheduler within {WAIT_FOR_WORKERS_SECONDS} s") from None
            workers = len(self._client.scheduler_info().get("workers", {}))
            self._window = PARTITIONS_IN_FLIGHT_PER_WORKER * max(1, workers)
        return self._client

    def window(self) -> int:
        """Partitions to keep out at once (one until the cluster is up)."""
        return self._window or 1

    def close(self) -> None:
        if self._own and self._client is not None:
            self._client.close()
        if self._local is not None:
            self._local.close()


# --------------------------------------------------------------------------- the run

def run_batch(paths: list[str], out: str | os.PathLike, scheduler: str = "local", workers: int | None = None,
              partition_size: int | None = None, lang: str | None = None,
              on_error: Callable[[str], None] | None = None, progress: Callable[[str], None] | None = None,
              client=None, after_partition: Callable[[str], None] | None = None) -> BatchSummary:
    """Code `paths` on a Dask cluster into the dataset directory `out` (see the module doc).

    scheduler       'local' for a cluster of `workers` processes on this machine (default: one per
                    CPU), or the address of a running scheduler ('tcp://host:8786')
    partition_size  documents per partition (default 200): the unit of work and of re-runs
    lang            force the language of every document
    on_error        called with a message for each input that cannot be read or coded
    progress        called with a message as partitions are written
    client          an existing distributed.Client to use instead of `scheduler`
    after_partition called with each key once its partition is written (tests interrupt there)

    Returns the run's BatchSummary. Raises BatchError for a bad directory or scheduler.
    """
    dataset = Dataset(out)
    dataset.prepare()
    try:
        run = _Run(dataset, paths, partition_size or DEFAULT_PARTITION_SIZE, lang,
                   on_error or (lambda message: None), progress or (lambda message: None))
        cluster = _Cluster(scheduler, workers, client)
        try:
            run.code(cluster, after_partition)
        finally:
            cluster.close()
        run.finish()
    finally:
        dataset.release()
    return run.summary


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class _Run:
    """One batch run: the partitions of the inputs, the ones done before, what this run did."""

    def __init__(self, dataset: Dataset, paths: list[str], size: int, lang: str | None,
                 report: Callable[[str], None], say: Callable[[str], None]):
        self.dataset, self.paths, self.size, self.lang, self.report, self.say = dataset, paths, size, lang, report, say
        self.done = dataset.done()  # key -> marker, from earlier runs and this one
        self.sizes: dict[str, int] = {}  # key -> documents, for every partition of the inputs
        self.read_errors: list[str] = []
        self.summary = BatchSummary()
        self.manifest = {"format": FORMAT_VERSION, "communique": __version__, "complete": False, "started": _now(),
                         "inputs": [os.path.abspath(p) for p in paths], "lang": lang, "partition_size": size}
        dataset.write_manifest({**(dataset.manifest() or {}), **self.manifest})

    def documents(self) -> Iterator[Document]:
        for item in read_inputs(self.paths):
            if isinstance(item, ReadError):
                self.read_errors.append(str(item))
                self.report(str(item))
            else:
                yield item

    def code(self, cluster: "_Cluster", after_partition: Callable[[str], None] | None) -> None:
        """Send the partitions not done to the cluster, a few at a time, and write each as it comes back."""
        stream = partitions(self.documents(), self.size)
        pending: dict = {}  # future -> Partition

        def send_more() -> None:
            while len(pending) < cluster.window():
                part = next(stream, None)
                if part is None:
                    return
                self.sizes[part.key] = len(part.documents)
                if part.key in self.done:
                    self.summary.skipped_partitions += 1
                    continue
                pending[cluster.submit(code_partition, part.documents, self.lang, key=f"communique-{part.key}")] = part

        send_more()
        while pending:
            future = cluster.next_done()
            part = pending.pop(future)
            try:
                results = future.result()
            except (ModelError, SettingsError) as exc:
                raise BatchError(f"a worker cannot code: {exc}") from None
            except Exception as exc:  # noqa: BLE001 - a partition lost (worker died): a re-run retries it
                self.lost(part, exc)
            else:
                self.write(part, results)
                if after_partition is not None:
                    after_partition(part.key)
            send_more()

    def lost(self, part: Partition, error: Exception) -> None:
        message = (f"partition {part.key} (documents {part.start + 1}-{part.start + len(part.documents)}): "
                   f"not coded: {type(error).__name__}: {error}; run again to retry it")
        self.summary.failed += len(part.documents)
        self.summary.errors.append(message)
        self.report(message)

    def write(self, part: Partition, results: list[Record | Failure]) -> None:
        rows, events, failures = [], [], []
        for n, (doc, result) in enumerate(zip(part.documents, results)):
            if isinstance(result, Failure):
                message = str(ReadError(doc.origin or "<input>",
                                        f"coding failed: {type(result.error).__name__}: {result.error}", doc.doc_id))
                failures.append({"doc_id": doc.doc_id, "error": message})
                self.report(message)
                continue
            row, record_events = record_rows(result, part.start + n, part.key)
            rows.append(row)
            events.extend(record_events)
        self.done[part.key] = self.dataset.write_partition(part.key, rows, events, failures)
        self.summary.coded += len(rows)
        self.summary.failed += len(failures)
        self.summary.written_partitions += 1
        self.say(f"partition {part.key}: {len(rows)} records, {len(events)} events written")

    def finish(self) -> None:
        """Remove other inputs' partitions when every partition is written; write the manifest."""
        keys = set(self.sizes)
        complete = not self.summary.errors and keys <= set(self.done)
        if complete:
            self.dataset.remove_other_partitions(keys)
        markers = [self.done[k] for k in sorted(keys) if k in self.done]
        self.summary.total_records = sum(m["records"] for m in markers)
        self.summary.total_events = sum(m["events"] for m in markers)
        self.dataset.write_manifest({
            **self.manifest, "complete": complete, "finished": _now(), "documents": sum(self.sizes.values()),
            "records": self.summary.total_records, "events": self.summary.total_events,
            "failed": [f for m in markers for f in m["failures"]], "read_errors": self.read_errors,
            "not_written": self.summary.errors,
            "partitions": [{"key": m["key"], "documents": m["documents"], "records": m["records"],
                            "events": m["events"], "files": m["files"]} for m in markers],
            "months": sorted({"-".join(part.split("=", 1)[1] for part in f.split("/")[1:3])
                              for m in markers for f in m["files"]}),
        })
