"""`communique watch`: poll sources, ingest what is new, report the new events matching rules."""
from __future__ import annotations

import argparse
import sys

from ..storing import StoreError
from .common import CommandError, error, language, positive_int
from .store import _db


def register(commands) -> None:
    watch = commands.add_parser(
        "watch", help="poll feeds, URLs or directories and report new events matching rules",
        description="Poll the sources every --every, ingest what is new into the database, and report each new "
                    "event (not a new report of an event already stored) that matches a rule, once: what was "
                    "reported is kept in the database, so a restarted watcher does not repeat it.")
    watch.add_argument("sources", nargs="+", metavar="SOURCE", help="feed URL or file, page URL, file or directory")
    _db(watch)
    watch.add_argument("--rule", action="append", default=[], metavar="KEY=VALUE[;...]",
                       help="a watch rule, e.g. dyad=KAZ,MAR, person=Lavrov, type=SANCTION, topic=energy, "
                            "country=MAR, organisation=UN; several conditions joined by ';' must all hold")
    watch.add_argument("--rules", metavar="FILE.toml", help="rules from a TOML file of [[rule]] tables")
    watch.add_argument("--every", default="15m", help="time between polls: 30s, 15m, 2h (default 15m)")
    watch.add_argument("--polls", type=positive_int, help="stop after this many polls (default: run until stopped)")
    watch.add_argument("--once", action="store_true", help="poll once and stop (for cron)")
    watch.add_argument("--jsonl", metavar="FILE", help="also append each report to this JSON Lines file")
    watch.add_argument("--webhook", metavar="URL", help="also POST each report as JSON to this URL (retried)")
    watch.add_argument("--quiet", action="store_true", help="do not print reports on stdout")
    watch.add_argument("--json", action="store_true", help="print reports on stdout as JSON Lines")
    watch.add_argument("--lang", type=language, help="force the language of every document")
    watch.add_argument("--jobs", "-j", type=positive_int, default=1, help="coding processes (default 1)")
    watch.set_defaults(run=run_watch)


def run_watch(args: argparse.Namespace) -> int:
    from ..running.watch import (JsonlSink, StdoutSink, Watcher, WebhookSink, parse_every, read_rules_file,
                                 sources_exist)
    from ..storing.errors import QueryError
    from ..storing.watching import parse_rule
    try:
        every = parse_every(args.every)
        sources_exist(args.sources)
        rules = [parse_rule(text) for text in args.rule]
        if args.rules:
            rules += read_rules_file(args.rules)
        sinks = [] if args.quiet else [StdoutSink(as_json=args.json)]
        if args.jsonl:
            sinks.append(JsonlSink(args.jsonl))
        if args.webhook:
            sinks.append(WebhookSink(args.webhook))
    except (ValueError, QueryError) as exc:
        raise CommandError(str(exc)) from None
    if not rules:
        raise CommandError("give at least one --rule or --rules FILE")
    if not sinks:
        raise CommandError("--quiet leaves nowhere to report: add --jsonl FILE or --webhook URL")
    failed = 0

    def progress(result) -> None:
        nonlocal failed
        failed += result.failed
        for message in result.errors:
            error(message)
        print(f"watch: {result.stored} documents stored, {result.new_events} new events, {result.matches} matches, "
              f"{result.delivered} reported, {result.failed} not delivered", file=sys.stderr, flush=True)

    try:
        watcher = Watcher(args.db, args.sources, rules, sinks, jobs=args.jobs, lang=args.lang)
        watcher.run(every, polls=1 if args.once else args.polls, on_poll=progress)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    return 1 if failed else 0
