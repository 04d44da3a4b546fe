"""Storing: the relations record in SQLite — ingest, merging of reports, people and series, questions, exports."""
from .errors import QueryError, StoreError, UnknownName
from .names import resolve_country
from .queries import EVENT_TYPES, TOPICS
from .schema import SCHEMA_VERSION
from .store import IngestReport, Store

__all__ = ["Store", "StoreError", "QueryError", "IngestReport", "UnknownName", "resolve_country", "EVENT_TYPES",
           "TOPICS", "SCHEMA_VERSION"]
