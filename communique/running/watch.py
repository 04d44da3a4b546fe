"""Watching the news: poll sources, ingest what is new, and report the new events that match rules.

    >>> watcher = Watcher("communique.db", ["https://example.org/feed.xml"], [parse_rule("dyad=KAZ,MAR")],
    ...                   [StdoutSink()])
    >>> watcher.poll()          # one round: ingest, find the new events, deliver their reports
    >>> watcher.run(every=900)  # poll every 15 minutes until stopped

A new event is one the store did not hold before (an event id above the watcher's cursor), not a
new report of an event already stored: that report merges into the stored event, whose id is
below the cursor. Matches are stored before delivery and marked delivered after, so a watcher
restarted on the same database reports each event once. Delivery goes to stdout, a JSON Lines
file, or a webhook (HTTP POST of the JSON report, retried with a growing pause).
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable, Iterable, TextIO

from ..reading import ReadError
from ..reading.feeds import fetch_url, is_url, looks_like_feed, parse_feed
from ..storing import Store
from ..storing.inputs import ingest_items
from ..storing.watching import Rule, cursor, mark_delivered, record_matches, save_rules, undelivered

#: Seconds a webhook may take to answer one POST.
WEBHOOK_TIMEOUT = 10.0


class DeliveryError(Exception):
    """A report that could not be delivered (it stays undelivered and is tried again next poll)."""


class StdoutSink:
    """Reports as one line each on a stream: the rule, the date, the event, its states, its first report."""

    def __init__(self, stream: TextIO | None = None, as_json: bool = False):
        self.stream, self.as_json = stream, as_json

    def deliver(self, report: dict) -> None:
        stream = self.stream or sys.stdout
        if self.as_json:
            stream.write(json.dumps(report, ensure_ascii=False) + "\n")
        else:
            stream.write(describe(report) + "\n")
        stream.flush()


class JsonlSink:
    """Reports appended to a JSON Lines file, one flushed line each."""

    def __init__(self, path: str):
        self.path = path

    def deliver(self, report: dict) -> None:
        try:
            with open(self.path, "a", encoding="utf-8") as out:
                out.write(json.dumps(report, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise DeliveryError(f"{self.path}: {exc.strerror or exc}") from None


class WebhookSink:
    """Reports POSTed as JSON to a URL; retried `attempts` times with pauses of `backoff`, 2×, 4× seconds."""

    def __init__(self, url: str, attempts: int = 3, backoff: float = 1.0, timeout: float = WEBHOOK_TIMEOUT,
                 sleep: Callable[[float], None] = time.sleep):
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"webhook {url!r}: give an http(s) URL")
        self.url, self.attempts, self.backoff, self.timeout, self.sleep = url, attempts, backoff, timeout, sleep

    def deliver(self, report: dict) -> None:
        body = json.dumps(report, ensure_ascii=False).encode("utf-8")
        problem = ""
        for attempt in range(self.attempts):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            request = urllib.request.Request(self.url, data=body, method="POST", headers={
                "Content-Type": "application/json", "User-Agent": "communique watch",
                "Idempotency-Key": f"communique-{report['id']}"})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    if 200 <= answer.status < 300:
                        return
                    problem = f"HTTP {answer.status}"
            except urllib.error.HTTPError as exc:
                problem = f"HTTP {exc.code}"
                if 400 <= exc.code < 500 and exc.code not in (408, 429):
                    break  # the receiver refuses this report: retrying will not help
            except (urllib.error.URLError, OSError) as exc:
                problem = str(getattr(exc, "reason", exc))
        raise DeliveryError(f"webhook {self.url}: {problem} after {attempt + 1} attempt(s)")


def describe(report: dict) -> str:
    """One line saying what a report is about."""
    event = report["event"]
    states = "+".join(event["actor"]) + (" -> " + "+".join(event["recipient"]) if event["recipient"] else "")
    first = event["mentions"][0] if event["mentions"] else {}
    where = first.get("title") or first.get("doc_id") or ""
    return (f"[{report['rule']}] {event['date'] or '?'} {event['event']}"
            f"{' ' + event['mode'] if event['mode'] else ''} {states} — {where}").rstrip(" —")


@dataclass
class PollReport:
    """What one poll did: documents stored, new events, matches found and reports delivered or failed."""

    stored: int = 0
    new_events: int = 0
    matches: int = 0
    delivered: int = 0
    failed: int = 0
    errors: tuple[str, ...] = ()


class Watcher:
    """Polls `sources` into the store at `db`, and delivers the reports of `rules` to `sinks`."""

    def __init__(self, db: str, sources: list[str], rules: list[Rule], sinks: list, jobs: int = 1,
                 lang: str | None = None):
        self.db, self.sources, self.rules, self.sinks = db, list(sources), list(rules), list(sinks)
        self.jobs, self.lang = jobs, lang
        # The cursor belongs to the set of sources and rules watched: another watcher has its own.
        self.key = hashlib.sha1(json.dumps([sorted(self.sources), sorted(r.name for r in self.rules)]
                                           ).encode()).hexdigest()[:16]
        with Store.open(db) as store:
            save_rules(store.conn, self.rules)
            cursor(store.conn, self.key)

    def poll(self) -> PollReport:
        """Ingest the sources once, find the new events the rules match, and deliver what is undelivered."""
        with Store.open(self.db) as store:
            ingested = store.ingest(watch_items(self.sources), jobs=self.jobs, lang=self.lang)
            since = cursor(store.conn, self.key)
            ids = [r[0] for r in store.conn.execute("SELECT id FROM events WHERE id > ? ORDER BY id", (since,))]
            matches = []
            for event in (store.event(i) for i in ids):
                if event is None:
                    continue
                for rule in self.rules:
                    met = rule.matches(event)
                    if met:
                        matches.append((rule, event, met))
            last = max(ids, default=since)
            record_matches(store.conn, self.key, matches, last)
            delivered, failed, errors = self._deliver(store)
        return PollReport(stored=ingested.stored, new_events=len(ids), matches=len(matches), delivered=delivered,
                          failed=failed, errors=tuple(ingested.errors) + tuple(errors))

    def _deliver(self, store: Store) -> tuple[int, int, list[str]]:
        delivered = failed = 0
        errors: list[str] = []
        names = {r.name for r in self.rules}
        for report in undelivered(store.conn):
            if report["rule"] not in names:
                continue  # another watcher's
            try:
                for sink in self.sinks:
                    sink.deliver(report)
            except DeliveryError as exc:
                failed += 1
                errors.append(f"report {report['id']} ({report['rule']}): {exc}")
                continue
            mark_delivered(store.conn, report["id"])
            delivered += 1
        return delivered, failed, errors

    def run(self, every: float, polls: int | None = None, on_poll: Callable[[PollReport], None] | None = None,
            sleep: Callable[[float], None] = time.sleep) -> int:
        """Poll every `every` seconds, `polls` times (forever when None); return the number of polls made."""
        done = 0
        while polls is None or done < polls:
            started = time.monotonic()
            result = self.poll()
            done += 1
            if on_poll is not None:
                on_poll(result)
            if polls is not None and done >= polls:
                break
            sleep(max(0.0, every - (time.monotonic() - started)))
        return done


def watch_items(sources: Iterable[str]):
    """Yield what each source holds now: a feed's entries, a web page as one document (its URL is
    its id, so that a page whose text changes replaces its earlier events), or what `ingest` reads
    from files and directories. Read errors are yielded, never raised."""
    from ..reading.documents import _text_or_html  # the HTML page reader `read_inputs` uses
    for source in sources:
        if not is_url(source):
            yield from ingest_items([source])
            continue
        try:
            raw = fetch_url(source)
            if looks_like_feed(raw):
                yield from parse_feed(raw, source)
                continue
            page = _text_or_html(raw, source, html=True)
        except ReadError as exc:
            yield exc
            continue
        page.id, page.url = page.url or source, page.url or source
        yield page


def parse_every(text: str) -> float:
    """Return seconds from '90', '30s', '15m', '2h' or '1d'; ValueError naming the input otherwise."""
    value = str(text).strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    number, unit = (value[:-1], value[-1]) if value[-1:] in units else (value, "s")
    try:
        seconds = float(number) * units[unit]
    except ValueError:
        raise ValueError(f"--every {text!r}: give a duration such as 30s, 15m or 2h") from None
    if not seconds > 0 or seconds != seconds:
        raise ValueError(f"--every {text!r}: give a duration above zero")
    return seconds


def read_rules_file(path: str) -> list[Rule]:
    """Return the rules of a TOML file: [[rule]] tables with a `name` and conditions; ValueError when unreadable."""
    import tomllib
    from ..storing.watching import parse_rule
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ValueError(f"{path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not TOML ({exc})") from None
    tables = data.get("rule")
    if not isinstance(tables, list) or not tables or not all(isinstance(t, dict) for t in tables):
        raise ValueError(f"{path}: no [[rule]] tables (each with a name and conditions, e.g. dyad = [\"KAZ\", \"MAR\"])")
    return [parse_rule(t, name=str(t["name"]) if t.get("name") else None) for t in tables]


def sources_exist(sources: Iterable[str]) -> None:
    """Raise ValueError for a local source that does not exist (URLs are checked when polled)."""
    import os
    for source in sources:
        if "://" not in source and not os.path.exists(source):
            raise ValueError(f"{source}: no such file or directory")
