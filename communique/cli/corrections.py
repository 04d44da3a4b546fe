"""`communique correct` and `communique corrections`: users' fixes of stored events, over `Store.correct`."""
from __future__ import annotations

import argparse
import json

from ..storing import StoreError
from ..storing.corrections import gold_lines
from .common import CommandError, output_file
from .store import _db, asking, open_store


def register(commands) -> None:
    correct = commands.add_parser(
        "correct", help="correct a stored event (type, actor, recipient, date) or delete it",
        description="Correct a stored event. The correction is stored as such, shown as 'corrected', and applied "
                    "again whenever the event's documents are ingested or recoded.")
    correct.add_argument("event_id", type=int, metavar="EVENT", help="the stored event's id (see `communique events`)")
    _db(correct)
    correct.add_argument("--type", dest="event", help="the right PLOVER type (ACCUSE, CONSULT...)")
    correct.add_argument("--actor", help="the right actor states, comma-separated (MAR,SEN or names)")
    correct.add_argument("--recipient", help="the right recipient states, comma-separated ('' for none)")
    correct.add_argument("--date", help="the right date (YYYY, YYYY-MM or YYYY-MM-DD; '' for none)")
    correct.add_argument("--delete", action="store_true", help="the event is not one: delete it")
    correct.add_argument("--note", help="why (kept with the correction)")
    correct.set_defaults(run=run_correct)

    corrections = commands.add_parser(
        "corrections", help="the corrections made, as JSON Lines the evaluation reads as extra gold",
        description="Write every correction as JSON Lines, one line per corrected report: its doc_id and "
                    "record_event_id, what the coder said, and the right values ('gold') or 'deleted'.")
    _db(corrections)
    corrections.add_argument("--output", "-o", metavar="FILE", help="write to FILE (replaced only once complete)")
    corrections.set_defaults(run=run_corrections)


def run_correct(args: argparse.Namespace) -> int:
    changes = {k: getattr(args, k) for k in ("event", "actor", "recipient", "date") if getattr(args, k) is not None}
    if args.delete:
        changes["delete"] = True
    store = open_store(args.db, readonly=False)
    try:
        correction_id = asking(lambda: store.correct(args.event_id, note=args.note, **changes))
        event = store.event(args.event_id)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    finally:
        store.close()
    if event is None:
        print(f"correction {correction_id}: event {args.event_id} deleted")
    else:
        print(f"correction {correction_id}: event {args.event_id} is now {event['event']} "
              f"{'+'.join(event['actor'])} -> {'+'.join(event['recipient']) or '-'} on {event['date'] or '?'}")
    return 0


def run_corrections(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        found = store.corrections()
    with output_file(args.output) as (out, _):
        for line in gold_lines(found):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0
