"""The store a request reads: opened read-only per request, in the request's own thread.

The API and the pages both depend on it, and on nothing of each other's for it, so that the
serving modules depend downwards only: app -> pages -> api -> stores.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from fastapi import Request

from ..storing import Store


@contextmanager
def reader(request: Request) -> Iterator[Store]:
    """Yield a read-only store for one request, opened and closed in the calling thread
    (sqlite3 connections belong to the thread that opened them)."""
    store = Store.open(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()
