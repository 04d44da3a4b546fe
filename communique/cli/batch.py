"""`communique batch`, `communique dataset query` and `communique bench`: coding at scale.

A thin layer over `communique.running`: `batch` codes inputs on a Dask cluster into a Parquet
dataset (`running.batch.run_batch`), `dataset query` runs SQL on such a dataset through DuckDB
(`running.dataset.query`), `bench` times the coder against bare spaCy (`running.benchmark`).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys

from .common import PROG, CommandError, error, language, positive_int, utf8

#: Inputs `bench` knows by name besides paths.
BENCH_INPUTS = ("seed", "dev", "generated")


def register(commands) -> None:
    batch = commands.add_parser(
        "batch", help="code inputs on a Dask cluster into a Parquet dataset",
        description="Code documents (the inputs extract reads) on a dask.distributed cluster, one "
                    "model load per worker, and write a Parquet dataset partitioned by year and month "
                    "with a manifest.json. Re-running after an interruption codes only the partitions "
                    "not yet written.")
    batch.add_argument("paths", nargs="+", metavar="INPUT", help="file or directory ('-' is not accepted)")
    batch.add_argument("--out", required=True, metavar="DIR", help="dataset directory (created if missing)")
    batch.add_argument("--scheduler", default="local", metavar="ADDRESS",
                       help="'local' (a cluster of worker processes on this machine, the default) or a "
                            "scheduler address such as tcp://10.0.0.5:8786")
    batch.add_argument("--workers", type=positive_int, metavar="N",
                       help="worker processes of the local cluster (default: the number of CPUs)")
    batch.add_argument("--partition-size", type=positive_int, default=None, metavar="K",
                       help="documents per partition, the unit of work and of re-runs (default 200)")
    batch.add_argument("--lang", type=language, help="force the language of every document (fr, en...)")
    batch.set_defaults(run=run_batch_command)

    dataset = commands.add_parser("dataset", help="query a Parquet dataset written by batch",
                                  description="Query a dataset written by `communique batch`.")
    actions = dataset.add_subparsers(dest="action", metavar="ACTION", required=True)
    query = actions.add_parser(
        "query", help="run SQL over the dataset's views 'records' and 'events'",
        description="Run one SQL statement with DuckDB. Views: records (one row per document, its "
                    "record's JSON in record_json) and events (one row per event, flattened).")
    query.add_argument("directory", metavar="DIR", help="dataset directory")
    query.add_argument("sql", metavar="SQL", help="e.g. \"select event, count(*) from events group by 1\"")
    query.add_argument("--format", choices=("table", "csv", "jsonl"), default="table", help="output format")
    query.set_defaults(run=run_query)

    bench = commands.add_parser(
        "bench", help="time the coder against the bare spaCy pass",
        description="Docs/s, words/s and peak memory of the coder against the language models alone "
                    "on the same documents, with a breakdown by stage.")
    bench.add_argument("inputs", nargs="*", metavar="INPUT", default=["seed"],
                       help="seed, dev, generated, or files/directories (default seed)")
    bench.add_argument("--repeat", type=positive_int, help="read the inputs N times (default: up to 500 documents)")
    bench.add_argument("--documents", type=positive_int, default=500,
                       help="size of the generated corpus, and the default size of a repeated input (500)")
    bench.add_argument("--size", choices=("seed", "short", "mixed"), default="seed",
                       help="length of generated documents (default seed, ~250 words)")
    bench.add_argument("--rounds", type=positive_int, default=1, help="interleaved coder and bare rounds (1)")
    bench.add_argument("--lang", type=language, help="force the language of every document")
    bench.add_argument("--identify", action="store_true",
                       help="ignore the languages the inputs give, so that language identification is timed")
    bench.add_argument("--jobs", type=positive_int, default=1, metavar="N",
                       help="worker processes of the whole-command run, `communique extract --jobs N` (1)")
    bench.add_argument("--steady-only", action="store_true",
                       help="leave out the start-up breakdown and the whole-command run")
    bench.add_argument("--json", action="store_true", help="write the figures as JSON")
    bench.set_defaults(run=run_bench)


# --------------------------------------------------------------------------- batch

def run_batch_command(args: argparse.Namespace) -> int:
    from ..running.batch import BatchError, run_batch

    if "-" in args.paths:
        raise CommandError("batch reads files and directories, not stdin ('-'): a re-run after an "
                           "interruption must be able to read the same inputs again")
    if args.workers is not None and args.scheduler != "local":
        raise CommandError("--workers sets the size of the local cluster; the workers of a cluster at "
                           f"{args.scheduler} are started there (dask worker)")
    try:
        summary = run_batch(args.paths, args.out, scheduler=args.scheduler, workers=args.workers,
                            partition_size=args.partition_size, lang=args.lang, on_error=error,
                            progress=lambda message: print(f"{PROG}: {message}", file=sys.stderr, flush=True))
    except BatchError as exc:
        raise CommandError(str(exc), exc.status) from None
    print(f"{PROG}: {summary.coded} document{'s' if summary.coded != 1 else ''} coded in this run, "
          f"{summary.skipped_partitions} partition{'s' if summary.skipped_partitions != 1 else ''} already done, "
          f"{summary.failed} failed; dataset {summary.total_records} records in {args.out}", file=sys.stderr)
    return 1 if summary.failed else 0


# --------------------------------------------------------------------------- dataset query

def run_query(args: argparse.Namespace) -> int:
    from ..running.dataset import DatasetError, query

    try:
        columns, rows = query(args.directory, args.sql)
    except DatasetError as exc:
        raise CommandError(str(exc)) from None
    out = utf8(sys.stdout)
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
    elif args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        out.write(_table(columns, rows))
    return 0


def _table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [min(len(r[i]), 60) for r in cells]) for i, c in enumerate(columns)]
    clip = lambda text, width: text if len(text) <= width else text[: width - 1] + "…"  # noqa: E731
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(clip(v, w).ljust(w) for v, w in zip(r, widths)) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- bench

def run_bench(args: argparse.Namespace) -> int:
    from ..running.benchmark import NAMED_INPUTS, BenchmarkError, generated_input, run_benchmark
    from ..reading import ReadError, read_inputs

    temporary = None
    paths = []
    for name in args.inputs:
        if name == "generated":
            if temporary is None:
                temporary = generated_input(args.documents, size=args.size)
            paths.append(str(temporary))
        elif name in NAMED_INPUTS:
            if not NAMED_INPUTS[name].exists():
                raise CommandError(f"{name}: {NAMED_INPUTS[name]} not found (the shared evaluation set)")
            paths.append(str(NAMED_INPUTS[name]))
        elif os.path.exists(name):
            paths.append(name)
        else:
            raise CommandError(f"{name}: no such file or directory (or one of {', '.join(BENCH_INPUTS)})")
    try:
        repeat = args.repeat
        if repeat is None:
            per_read = sum(1 for item in read_inputs(paths) if not isinstance(item, ReadError))
            repeat = max(1, -(-args.documents // per_read)) if per_read else 1
        label = " + ".join(("generated corpus of %d documents (%s)" % (args.documents, args.size))
                           if n == "generated" else n for n in args.inputs)
        report = run_benchmark(paths, repeat=repeat, lang=args.lang, rounds=args.rounds,
                               identify_all=args.identify, label=label + (f" x {repeat}" if repeat > 1 else ""),
                               command_jobs=None if args.steady_only else args.jobs,
                               progress=lambda message: print(f"{PROG} bench: {message}", file=sys.stderr,
                                                              flush=True))
    except BenchmarkError as exc:
        raise CommandError(str(exc)) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    out = utf8(sys.stdout)
    out.write(json.dumps(report.to_dict(), indent=2) + "\n" if args.json else report.format() + "\n")
    return 0
