"""What `ingest` reads: what `extract` reads, plus RSS/Atom feeds (files or URLs), JSON Lines of
coded records and Parquet datasets written by `communique batch`.

A `.jsonl` file whose first line is a coded record (it has `doc_id` and `events`) is read as
coded records, which are stored as they are; any other file goes to `read_inputs`. Feeds are
recognised by URL, by suffix (`.rss`, `.atom`) or by their first bytes (an `.xml` feed).
"""
from __future__ import annotations

import json
import os
from typing import Iterable, Iterator

from ..reading import Document, ReadError, read_inputs
from ..reading.documents import JSONL_SUFFIXES
from ..reading.feeds import is_url, looks_like_feed, read_feed
from ..settings import get_settings
from .store import check_record

FEED_SUFFIXES = (".rss", ".atom")
#: Bytes read from a file's start to decide what it holds.
SNIFF_BYTES = 4096


def _first_line(path: str) -> bytes:
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                return line
    return b""


def _is_coded(path: str) -> bool:
    try:
        first = json.loads(_first_line(path))
    except (OSError, ValueError):
        return False
    return isinstance(first, dict) and "doc_id" in first and "events" in first


def _is_feed(path: str) -> bool:
    if path.lower().endswith(FEED_SUFFIXES):
        return True
    try:
        with open(path, "rb") as f:
            return looks_like_feed(f.read(SNIFF_BYTES))
    except OSError:
        return False


def read_records(path: str) -> Iterator[dict | ReadError]:
    """Yield the coded records of a JSON Lines file, or a ReadError per bad line."""
    limit = get_settings().max_document_bytes * 2
    try:
        f = open(path, "rb")
    except OSError as exc:
        yield ReadError(path, exc.strerror or str(exc))
        return
    with f:
        for number, line in enumerate(f, 1):
            origin = f"{path}:{number}"
            if not line.strip():
                continue
            if len(line) > limit:
                yield ReadError(origin, f"line of {len(line)} bytes is over the limit of {limit}")
                continue
            try:
                yield check_record(json.loads(line), origin)
            except ValueError as exc:
                yield ReadError(origin, f"not valid JSON ({exc})")
            except ReadError as exc:
                yield exc


def _is_dataset(path: str) -> bool:
    return os.path.isdir(path) and os.path.isfile(os.path.join(path, "manifest.json")) \
        and os.path.isdir(os.path.join(path, "records"))


def read_dataset(path: str) -> Iterator[dict | ReadError]:
    """Yield the coded records of a `communique batch` dataset, or one ReadError if it cannot be read."""
    from ..running.dataset import DatasetError, load_dataset
    try:
        for record in load_dataset(path):
            yield check_record(record, path)
    except (DatasetError, OSError, ValueError) as exc:
        yield ReadError(path, f"cannot read the dataset: {exc}")


def ingest_items(paths: Iterable[str]) -> Iterator[Document | dict | ReadError]:
    """Yield what each input holds, in order: documents to code, coded records, or read errors."""
    for path in paths:
        if path != "-" and _is_dataset(path):
            yield from read_dataset(path)
        elif path != "-" and is_url(path):
            yield from read_feed(path)
        elif path != "-" and os.path.isfile(path) and path.lower().endswith(JSONL_SUFFIXES) and _is_coded(path):
            yield from read_records(path)
        elif path != "-" and os.path.isfile(path) and _is_feed(path):
            yield from read_feed(path)
        else:
            yield from read_inputs([path])
