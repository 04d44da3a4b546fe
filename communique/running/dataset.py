"""Reading a Parquet dataset written by `communique batch`: DuckDB views, SQL, records back.

    con = connect("dataset/")          # a DuckDB connection with views `records` and `events`
    con.sql("select event, count(*) from events group by 1").fetchall()
    columns, rows = query("dataset/", "select doc_id, n_events from records where year = '2024'")
    for record in load_dataset("dataset/"):   # record dicts, as `extract` writes them, in input order
        store.ingest([record])

Both views have the partition columns `year` and `month` (text: '2024', '03' or 'unknown').
`records` has one row per document with its record's JSON in `record_json` (exactly the line
`extract` writes) and its text in `text`; `events` has one row per event with the event's
fields flattened (country codes of `actor` and `recipient` as lists, and so on) and the event's
JSON in `event_json`.
"""
from __future__ import annotations

import json
import os
from typing import Iterator

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .batch import MANIFEST, SCHEMAS, TABLES, Dataset


class DatasetError(Exception):
    """A directory that is not a dataset, or a query that fails."""


def _check(directory: str | os.PathLike) -> Dataset:
    dataset = Dataset(directory)
    if not dataset.root.is_dir():
        raise DatasetError(f"{directory}: no such directory")
    if dataset.manifest() is None:
        raise DatasetError(f"{directory}: not a communique dataset (no readable {MANIFEST})")
    return dataset


def connect(directory: str | os.PathLike) -> duckdb.DuckDBPyConnection:
    """Return an in-memory DuckDB connection with views `records` and `events` over the dataset."""
    dataset = _check(directory)
    con = duckdb.connect()
    for table in TABLES:
        root = dataset.root / table
        if any(root.rglob("part-*.parquet")):
            pattern = str(root / "**" / "part-*.parquet").replace("'", "''")
            con.execute(f"create view {table} as select * from read_parquet('{pattern}', hive_partitioning = true, "
                        f"hive_types = {{'year': varchar, 'month': varchar}})")
        else:
            # No partition written yet: an empty table of the same columns, so queries still run.
            schema = SCHEMAS[table].append(pa.field("year", pa.string())).append(pa.field("month", pa.string()))
            con.register(f"_{table}_empty", schema.empty_table())
            con.execute(f"create view {table} as select * from _{table}_empty")
    return con


def query(directory: str | os.PathLike, sql: str) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement over the dataset's views; return (column names, rows)."""
    con = connect(directory)
    try:
        result = con.execute(sql)
        columns = [d[0] for d in result.description] if result.description else []
        return columns, result.fetchall() if columns else []
    except duckdb.Error as exc:
        raise DatasetError(f"query failed: {str(exc).strip()}") from None
    finally:
        con.close()


def load_dataset(directory: str | os.PathLike, with_text: bool = True) -> Iterator[dict]:
    """Yield the dataset's records as dicts (`Record.to_dict()`, plus "text" when `with_text`
    and the text was kept), in the order of the inputs, one partition in memory at a time.

    The partitions are those of the last run's manifest (all written ones when it has none)."""
    dataset = _check(directory)
    done = dataset.done()
    listed = (dataset.manifest() or {}).get("partitions")
    keys = [p["key"] for p in listed] if listed is not None else list(done)
    for key in sorted(keys):
        marker = done.get(key)
        if marker is None:
            raise DatasetError(f"{directory}: partition {key} is listed in {MANIFEST} but has no marker")
        files = [str(dataset.root / f) for f in marker["files"] if f.startswith("records/")]
        if not files:
            continue
        tables = [pq.read_table(f, columns=["position", "record_json", "text"]) for f in files]
        rows = pa.concat_tables(tables).sort_by("position").to_pylist()
        for row in rows:
            record = json.loads(row["record_json"])
            if with_text and row["text"] is not None:
                record["text"] = row["text"]
            yield record

