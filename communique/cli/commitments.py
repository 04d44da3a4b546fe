"""`communique commitments`: promises (AGREE future) and whether they were kept, over `Store.commitments`."""
from __future__ import annotations

import argparse

from ..storing.commitments import STATUSES, flat
from .store import _db, _output, asking, open_store, write_rows

COLUMNS = ["id", "status", "promised_on", "actor", "recipient", "kind", "place", "window", "kept", "matched"]


def register(commands) -> None:
    parser = commands.add_parser(
        "commitments", help="promises and whether they were kept",
        description="The promises (AGREE with aux future) of a state or a dyad, each with its status: "
                    "fulfilled (with the event that kept it and the fields that matched), overdue (its window "
                    "has passed) or pending.")
    _db(parser)
    parser.add_argument("--country", help="a state of the promise (code or name)")
    parser.add_argument("--counterpart", help="a second state of the promise")
    parser.add_argument("--status", choices=STATUSES, help="only promises with this status")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day statuses are computed for (default: today)")
    _output(parser)
    parser.set_defaults(run=run_commitments)


def _row(c: dict) -> dict:
    kept = c["fulfilled_by"]
    what = c["kind"] or "contact"
    if c["ordinal"]:
        what += f" #{c['ordinal']}"
    if c["series"]:
        what += f" of {c['series']}"
    return {"id": c["id"], "status": c["status"] + (" (late)" if c["late"] else ""), "promised_on": c["promised_on"],
            "actor": "+".join(c["actor"]), "recipient": "+".join(c["recipient"]), "kind": what, "place": c["place"],
            "window": f"{c['window']['start']}..{c['window']['end']}",
            "kept": f"event {kept['id']} on {kept['date']} ({kept['doc_id']})" if kept else None,
            "matched": c["matched"]}


def run_commitments(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        rows = asking(lambda: store.commitments(country=args.country, counterpart=args.counterpart,
                                                status=args.status, today=args.today))
    if args.format == "table":
        write_rows(args, [_row(c) for c in rows], COLUMNS)
    elif args.format == "csv":
        write_rows(args, flat(rows), list(flat(rows)[0]) if rows else ["id"])
    else:
        write_rows(args, rows, COLUMNS)
    return 0
