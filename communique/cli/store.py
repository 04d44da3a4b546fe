"""The record's commands: `ingest`, the questions (`events`, `timeline`, `partners`, `people`, `agreements`,
`series`, `search`) and `export`. Each is a thin layer over `communique.storing.Store`."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import sys
from typing import Any, Callable

from ..storing import Store, StoreError
from ..storing.exports import FORMATS, write_csv, write_gdelt, write_parquet, write_plover
from ..storing.queries import SCOPES, SORTS
from ..storing.inputs import ingest_items
from .common import PROG, CommandError, error, language, output_file, positive_int

DEFAULT_DB = "communique.db"
#: Largest count or offset a question takes: SQLite's integers are 64-bit.
MAX_COUNT = 2**62
#: Longest cell a table shows before cutting it.
CELL_CHARS = 48


def non_negative_int(value: str) -> int:
    """argparse type: a whole number from 0 to MAX_COUNT (SQLite cannot hold more)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number from 0 to {MAX_COUNT}")
    return number


def count(value: str) -> int:
    """argparse type: a whole number from 1 to MAX_COUNT."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number from 1 to {MAX_COUNT}")
    return number


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get("COMMUNIQUE_DB", DEFAULT_DB), metavar="FILE",
                        help=f"database file (default: $COMMUNIQUE_DB or {DEFAULT_DB})")


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", "-f", choices=("table", "json", "csv"), default="table",
                        help="table (default), json (JSON Lines; one document for timeline) or csv")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE (replaced only once complete)")
    parser.add_argument("--wide", "-w", action="store_true",
                        help=f"tables: show every cell whole (by default cells over {CELL_CHARS} characters are cut)")


def _scope(parser: argparse.ArgumentParser, default: str) -> None:
    parser.add_argument("--scope", choices=SCOPES, default=default,
                        help=f"bilateral events (between two states), multilateral ones (summits, more than two "
                             f"states) or all (default: {default})")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", help="a state taking part (code or name: MAR, Morocco, Maroc)")
    parser.add_argument("--counterpart", help="a second state taking part")
    parser.add_argument("--type", help="PLOVER event type (CONSULT, AGREE, SUPPORT...)")
    parser.add_argument("--since", help="from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--until", help="up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--topic", help="topic id (trade, energy, security_defense...)")
    parser.add_argument("--organisation", "--organization", dest="organisation", help="organisation id or name (UN, OCI...)")
    parser.add_argument("--person", help="person id or name (variant spellings match)")


def register(commands) -> None:
    ingest = commands.add_parser(
        "ingest", help="code documents and store them in the database",
        description="Code documents (what `extract` reads, RSS/Atom feeds as files or http(s) URLs, JSON Lines "
                    "of already-coded records, datasets written by `batch`) and store them. Documents already stored unchanged are skipped; "
                    "a changed document (same id or URL) replaces its earlier events.")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, feed URL, or '-' for stdin")
    _db(ingest)
    ingest.add_argument("--lang", type=language, help="force the language of every document")
    ingest.add_argument("--jobs", "-j", type=positive_int, default=1, help="coding processes (default 1)")
    ingest.add_argument("--force", action="store_true",
                        help="code and store documents again even when unchanged (after upgrading communique)")
    ingest.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar (default: when stderr is a terminal)")
    ingest.set_defaults(run=run_ingest)

    events = commands.add_parser("events", help="list stored events, filtered",
                                 description="List the stored events that match every filter given, by date.")
    _db(events)
    _filters(events)
    events.add_argument("--sector", help="PLOVER sector of one of the actors (GOV, MIL, COP, REB, CVL...)")
    events.add_argument("--limit", type=count, help="at most this many events")
    events.add_argument("--offset", type=non_negative_int, default=0, help="skip this many events first")
    events.add_argument("--sort", choices=SORTS, default="newest",
                        help="newest first (default) or oldest first; undated events go by their report's day")
    _scope(events, "all")
    _output(events)
    events.set_defaults(run=run_events)

    timeline = commands.add_parser("timeline", help="the history of a dyad",
                                   description="The history of the relationship between two states: events, "
                                               "documents signed, topics per year, cooperation score per month, series.")
    timeline.add_argument("a", metavar="A", help="a state (code or name)")
    timeline.add_argument("b", metavar="B", help="the other state")
    _scope(timeline, "bilateral")
    _db(timeline)
    _output(timeline)
    timeline.set_defaults(run=run_timeline)

    partners = commands.add_parser("partners", help="a state's partners, ranked",
                                   description="The states a state has events with, most events first, "
                                               "with their mean Goldstein (cooperation) score.")
    partners.add_argument("country", metavar="A", help="a state (code or name)")
    partners.add_argument("--limit", type=count, help="at most this many partners")
    _scope(partners, "bilateral")
    _db(partners)
    _output(partners)
    partners.set_defaults(run=run_partners)

    people = commands.add_parser("people", help="people with their titles over time",
                                 description="People taking part in events, with their spellings, titles and counts.")
    people.add_argument("--name", help="a name (variant spellings match)")
    people.add_argument("--country", help="a state (code or name)")
    _db(people)
    _output(people)
    people.set_defaults(run=run_people)

    agreements = commands.add_parser("agreements", help="documents signed, adopted or exchanged",
                                     description="The registry of documents signed, adopted or exchanged.")
    agreements.add_argument("--country", help="a state (code or name)")
    agreements.add_argument("--counterpart", help="a second state")
    agreements.add_argument("--kind", help="protocol, memorandum, agreement, treaty, declaration...")
    agreements.add_argument("--since", help="from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
    agreements.add_argument("--until", help="up to this date")
    _db(agreements)
    _output(agreements)
    agreements.set_defaults(run=run_agreements)

    series = commands.add_parser("series", help="recurring mechanisms and their rounds",
                                 description="The rounds of each recurring mechanism between the same states.")
    series.add_argument("--country", help="a state (code or name)")
    series.add_argument("--counterpart", help="a second state")
    _db(series)
    _output(series)
    series.set_defaults(run=run_series)

    search = commands.add_parser("search", help="full-text search of stored documents",
                                 description="Find documents containing every word (accents and case ignored).")
    search.add_argument("text", nargs="+", metavar="WORD")
    search.add_argument("--limit", type=count, default=20)
    _db(search)
    _output(search)
    search.set_defaults(run=run_search)

    export = commands.add_parser("export", help="export the record (PLOVER, CSV, Parquet, GDELT)",
                                 description="plover: PLOVER JSON Lines; csv: one row per event; parquet: a "
                                             "directory with one file per table; gdelt: a GDELT-style dyadic table (TSV).")
    export.add_argument("format", choices=FORMATS)
    export.add_argument("--output", "-o", metavar="PATH", help="file (directory for parquet); stdout if absent")
    _scope(export, "bilateral")
    _db(export)
    export.set_defaults(run=run_export)


# --------------------------------------------------------------------------- opening and writing

def open_store(path: str, readonly: bool = True) -> Store:
    """Open the database for a command, as a CommandError when it cannot be."""
    try:
        return Store.open(path, readonly=readonly)
    except StoreError as exc:
        raise CommandError(str(exc)) from None


def asking(question: Callable[[], Any]) -> Any:
    """Run a question; a bad argument becomes a CommandError with the store's message."""
    try:
        return question()
    except StoreError as exc:
        raise CommandError(str(exc)) from None


def _cell(value: Any, wide: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        text = ", ".join(_cell(v, True) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k} {v}" for k, v in value.items())
    else:
        text = " ".join(str(value).split())
    return text if wide or len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…"


def format_table(rows: list[dict], columns: list[str], wide: bool = False) -> str:
    """Return rows as an aligned plain-text table with a header; cells over CELL_CHARS characters
    are cut with '…' unless `wide`."""
    cells = [[_cell(r.get(c), wide) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def write_rows(args: argparse.Namespace, rows: list[dict], columns: list[str], flat: Callable[[dict], dict] | None = None
               ) -> None:
    """Write rows as the table, JSON Lines or CSV the user asked for."""
    with output_file(args.output) as (out, _):
        if args.format == "json":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif args.format == "csv":
            flat_rows = [flat(r) if flat else {c: _csv_value(r.get(c)) for c in columns} for r in rows]
            names = list(flat_rows[0]) if flat_rows else columns
            writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
            writer.writeheader()
            writer.writerows(flat_rows)
        elif rows:
            out.write(format_table([flat(r) for r in rows] if flat else rows, columns, args.wide))
        else:
            out.write("(nothing found)\n")


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ";".join(_csv_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


# --------------------------------------------------------------------------- the commands

def run_ingest(args: argparse.Namespace) -> int:
    for path in args.paths:
        if path != "-" and "://" not in path and not os.path.exists(path):
            raise CommandError(f"{path}: no such file or directory")
    store = open_store(args.db, readonly=False)
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        report = store.ingest(ingest_items(args.paths), jobs=args.jobs, progress=progress, lang=args.lang,
                              force=args.force)
    except sqlite3.Error as exc:  # disk full, a database locked for too long...: stored documents stay whole
        raise CommandError(f"{args.db}: storing failed: {exc}", 1) from None
    finally:
        store.close()
    for message in report.errors:
        error(message)
    print(f"{PROG}: {args.db}: {report}", file=sys.stderr)
    return 1 if report.failed else 0


EVENT_COLUMNS = ["id", "date", "event", "mode", "actor", "recipient", "format", "series", "participants", "topics",
                 "documents", "mentions"]


def _day(e: dict) -> str | None:
    """An event's date, or its report's day marked as such ('2025-03-12 (reported)')."""
    return e["date"] or (f"{e['day']} (reported)" if e.get("day") else None)


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else words or word + 's'}"


def _event_row(e: dict) -> dict:
    series = e["series"]
    return {"id": e["id"], "date": _day(e), "event": e["event"], "mode": e["mode"],
            "actor": "+".join(e["actor"]), "recipient": "+".join(e["recipient"]), "format": e["format"],
            "series": f"{series['name']} #{series['ordinal']}" if series and series.get("ordinal") else
            (series["name"] if series else None),
            "participants": [p["name"] for p in e["participants"]], "topics": e["topics"],
            "documents": [d["kind"] for d in e["documents"]], "mentions": len(e["mentions"])}


def _event_csv(e: dict) -> dict:
    from ..storing.queries import _flat
    return _flat(e)


def run_events(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        events = asking(lambda: store.events(country=args.country, counterpart=args.counterpart, type=args.type,
                                             since=args.since, until=args.until, topic=args.topic,
                                             organisation=args.organisation, person=args.person, limit=args.limit,
                                             offset=args.offset, scope=args.scope, sort=args.sort,
                                             sector=args.sector))
    write_rows(args, events, EVENT_COLUMNS, _event_row if args.format == "table" else _event_csv)
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        timeline = asking(lambda: store.timeline(args.a, args.b, scope=args.scope))
    if args.format == "json":
        with output_file(args.output) as (out, _):
            out.write(json.dumps(timeline, ensure_ascii=False) + "\n")
        return 0
    if args.format == "csv":
        write_rows(args, timeline["events"], EVENT_COLUMNS, _event_csv)
        return 0
    a, b = timeline["a"], timeline["b"]
    with output_file(args.output) as (out, _):
        out.write(f"{a}–{b}: {_plural(len(timeline['events']), 'event')} ({args.scope}), "
                  f"{_plural(len(timeline['agreements']), 'document')} signed\n")
        if timeline["left_out"]:
            out.write(f"({_plural(timeline['left_out'], 'multilateral event')} left out: --scope all shows them)\n")
        if timeline["undated"]:
            out.write(f"({_plural(len(timeline['undated']), 'event')} without a date of their own, dated by their "
                      f"report: marked 'reported')\n")
        out.write("\n")
        if timeline["events"]:
            columns = ["date", "event", "mode", "actor", "recipient", "format", "series", "participants", "documents"]
            out.write(format_table([_event_row(e) for e in timeline["events"]], columns, args.wide))
        for s in timeline["series"]:
            rounds = "; ".join(f"#{r['ordinal']} {r['date'] or '?'} {r['format'] or ''}".rstrip() for r in s["rounds"])
            out.write(f"\nseries: {s['name']} — {rounds}\n")
        if timeline["agreements"]:
            out.write("\ndocuments signed:\n")
            for d in timeline["agreements"]:
                out.write(f"  {_day(d) or '?'}  {d['kind']}" + (f" — {d['title']}" if d["title"] else "") + "\n")
        if timeline["topics"]:
            out.write("\ntopics by year:\n")
            for year, topics in timeline["topics"].items():
                out.write(f"  {year}: " + ", ".join(f"{t} {n}" for t, n in topics.items()) + "\n")
        if timeline["score"]:
            out.write("\ncooperation (mean Goldstein score) by month:\n")
            for s in timeline["score"]:
                out.write(f"  {s['period']}  {s['goldstein']:+5.1f}  {'+' * max(0, round(s['goldstein']))}"
                          f"  ({_plural(s['events'], 'event')})\n")
        if timeline["people"]:
            out.write("\npeople:\n")
            for p in timeline["people"]:
                out.write(f"  {p['name']} ({p['country'] or 'state not stated'}), {_plural(p['events'], 'event')}"
                          + (f": {'; '.join(p['titles'][:2])}" if p["titles"] else "") + "\n")
    return 0


def run_partners(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        rows = asking(lambda: store.partners(args.country, limit=args.limit, scope=args.scope))
    write_rows(args, rows, ["country", "events", "between_states", "with_other_actors", "cooperation", "last_date", "types"])
    return 0


def run_people(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        rows = asking(lambda: store.people(name=args.name, country=args.country))
    if args.format == "table":
        rows = [{**p, "titles": [_post(t) for t in p["titles"]]} for p in rows]
    write_rows(args, rows, ["id", "name", "country", "events", "titles", "names"])
    return 0


def _post(title: dict) -> str:
    """'Foreign minister 2021-06-09…2024-10': a post and when it was seen held."""
    when = title["first"] if title["first"] == title["last"] else f"{title['first']}…{title['last']}"
    return f"{title['label']} {when}" if title["first"] else title["label"]


def run_agreements(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        rows = asking(lambda: store.agreements(country=args.country, counterpart=args.counterpart, kind=args.kind,
                                               since=args.since, until=args.until))
    if args.format == "table":
        rows = [{**r, "date": _day(r)} for r in rows]
    write_rows(args, rows, ["date", "kind", "title", "countries", "event_id", "doc_ids"])
    return 0


def run_series(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        rows = asking(lambda: store.series(country=args.country, counterpart=args.counterpart))
    if args.format == "json":
        write_rows(args, rows, [])
        return 0
    flat = [{"series": s["name"], "countries": "–".join(s["countries"]), **r} for s in rows for r in s["rounds"]]
    write_rows(args, flat, ["series", "countries", "ordinal", "date", "format", "place", "event_id"])
    return 0


def run_search(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        rows = asking(lambda: store.search(" ".join(args.text), limit=args.limit))
    write_rows(args, rows, ["doc_id", "published", "title", "snippet"])
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        if args.format == "parquet":
            if not args.output:
                raise CommandError("export parquet: give the dataset's directory with --output DIR")
            try:
                counts = write_parquet(store, args.output)
            except OSError as exc:
                raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
            print(f"{PROG}: {args.output}: " + ", ".join(f"{t} {n}" for t, n in counts.items()), file=sys.stderr)
            return 0
        writer = {"plover": write_plover, "csv": write_csv, "gdelt": write_gdelt}[args.format]
        with output_file(args.output) as (out, _):
            n = writer(store, out, scope=args.scope)
        left_out = store.count_events(scope="multilateral") if args.scope == "bilateral" else 0
    print(f"{PROG}: {n} rows exported ({args.format}, {args.scope} events)"
          + (f"; {_plural(left_out, 'multilateral event')} left out (--scope all includes them)" if left_out else ""),
          file=sys.stderr)
    return 0

