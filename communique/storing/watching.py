"""What a watcher keeps in the store: its rules, how far it has looked, and what it has reported.

A rule is a name and conditions on an event (`dyad`, `country`, `type`, `topic`, `person`,
`organisation`), all of which must hold. A report is one event matched by one rule, stored
before it is delivered and marked delivered after, so that a restarted watcher neither loses
nor repeats one. An event's fingerprint (type, states, date, round) keys the reports, so that an
event rebuilt under a new id (its document changed) is not reported twice.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from .errors import QueryError
from .names import compatible_names
from .queries import check_topic, check_type, country_code, organisation_id

#: The conditions a rule may set, and what each holds.
CONDITIONS = ("dyad", "country", "type", "topic", "person", "organisation")


@dataclass(frozen=True)
class Rule:
    """A watch rule: every condition set must hold for an event to match."""

    name: str
    dyad: tuple[str, ...] = ()
    country: str | None = None
    type: str | None = None
    topic: str | None = None
    person: str | None = None
    organisation: str | None = None

    def spec(self) -> dict:
        """The rule's conditions as JSON-ready data (what the store keeps)."""
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()
                if k != "name" and v not in (None, ())}

    def matches(self, event: dict) -> list[str]:
        """Return the conditions the stored event (as `Store.event` gives it) meets, or [] when one fails."""
        met = []
        states = set(event["countries"])
        if self.dyad:
            if not set(self.dyad) <= states:
                return []
            met.append("dyad")
        if self.country:
            if self.country not in states:
                return []
            met.append("country")
        if self.type:
            if event["event"] != self.type:
                return []
            met.append("type")
        if self.topic:
            if self.topic not in event["topics"]:
                return []
            met.append("topic")
        if self.organisation:
            if self.organisation not in event["organizations"]:
                return []
            met.append("organisation")
        if self.person:
            if not any(compatible_names(self.person, p["name"]) for p in event["participants"]):
                return []
            met.append("person")
        return met


def parse_rule(text: str, name: str | None = None) -> Rule:
    """Return the rule written as 'key=value[;key=value...]' ("dyad=KAZ,MAR;type=CONSULT"), or from a
    dict of the same keys; QueryError naming what is wrong."""
    if isinstance(text, dict):
        pairs = list(text.items())
        label = name or ";".join(f"{k}={','.join(v) if isinstance(v, list) else v}" for k, v in pairs if k != "name")
    else:
        pairs = []
        for part in str(text).split(";"):
            key, sep, value = part.partition("=")
            if not sep or not value.strip():
                raise QueryError(f"rule {text!r}: {part.strip()!r} is not key=value "
                                 f"(keys: {', '.join(CONDITIONS)})")
            pairs.append((key.strip(), value.strip()))
        label = name or str(text).strip()
    fields: dict = {}
    for key, value in pairs:
        if key == "name":
            continue
        if key not in CONDITIONS:
            raise QueryError(f"rule {label!r}: unknown condition {key!r} (one of {', '.join(CONDITIONS)})")
        if key == "dyad":
            values = value if isinstance(value, list) else str(value).split(",")
            codes = tuple(country_code(str(v).strip()) for v in values if str(v).strip())
            if len(codes) != 2:
                raise QueryError(f"rule {label!r}: a dyad is two states (dyad=KAZ,MAR)")
            fields["dyad"] = tuple(sorted(codes))
        elif key == "country":
            fields["country"] = country_code(str(value))
        elif key == "type":
            fields["type"] = check_type(str(value))
        elif key == "topic":
            fields["topic"] = check_topic(str(value))
        elif key == "organisation":
            fields["organisation"] = organisation_id(str(value))
        else:
            fields["person"] = str(value).strip()
    if not fields:
        raise QueryError(f"rule {label!r} has no condition")
    return Rule(name=label, **fields)


def fingerprint(event: dict) -> str:
    """The identity of a real event across rebuilds: type, states, date (or first report's), round."""
    date = event["date"] or min((m["published"] for m in event["mentions"] if m["published"]), default="")
    ordinal = event["series"]["ordinal"] if event.get("series") else ""
    return f"{event['event']}|{'+'.join(sorted(event['countries']))}|{date}|{ordinal or ''}"


def save_rules(conn: sqlite3.Connection, rules: list[Rule]) -> None:
    """Keep the rules (replacing those of the same names), for the pages and feeds."""
    now = _now()
    with _transaction(conn):
        for rule in rules:
            conn.execute("INSERT INTO watch_rules (name, spec, updated_at) VALUES (?, ?, ?) ON CONFLICT(name)"
                         " DO UPDATE SET spec = excluded.spec, updated_at = excluded.updated_at",
                         (rule.name, json.dumps(rule.spec(), ensure_ascii=False), now))


def cursor(conn: sqlite3.Connection, watcher: str) -> int:
    """Return the last event id a watcher has looked at; on its first run, the newest event stored
    (what was stored before it started is history, not news)."""
    row = conn.execute("SELECT last_event_id FROM watch_state WHERE watcher = ?", (watcher,)).fetchone()
    if row is not None:
        return row[0]
    last = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    with _transaction(conn):
        conn.execute("INSERT INTO watch_state (watcher, last_event_id) VALUES (?, ?)", (watcher, last))
    return last


def record_matches(conn: sqlite3.Connection, watcher: str, matches: list[tuple[Rule, dict, list[str]]],
                   last_event_id: int) -> None:
    """Store the matches found (each rule and fingerprint once) and move the watcher's cursor, together."""
    now = _now()
    with _transaction(conn):
        for rule, event, met in matches:
            payload = {"rule": rule.name, "matched": met, "event": event}
            conn.execute("INSERT OR IGNORE INTO watch_reports (rule, fingerprint, event_id, payload, found_at)"
                         " VALUES (?, ?, ?, ?, ?)", (rule.name, fingerprint(event), event["id"],
                                                     json.dumps(payload, ensure_ascii=False), now))
        conn.execute("UPDATE watch_state SET last_event_id = max(last_event_id, ?) WHERE watcher = ?",
                     (last_event_id, watcher))


def undelivered(conn: sqlite3.Connection) -> list[dict]:
    """Return the reports stored but not yet delivered, oldest first."""
    return [_report(r) for r in conn.execute("SELECT * FROM watch_reports WHERE delivered_at IS NULL ORDER BY id")]


def mark_delivered(conn: sqlite3.Connection, report_id: int) -> None:
    with _transaction(conn):
        conn.execute("UPDATE watch_reports SET delivered_at = ? WHERE id = ?", (_now(), report_id))


def _report(row: sqlite3.Row) -> dict:
    return {"id": row["id"], "rule": row["rule"], "event_id": row["event_id"], "found_at": row["found_at"],
            "delivered_at": row["delivered_at"], **{k: v for k, v in json.loads(row["payload"]).items()
                                                     if k != "rule"}}


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or nothing when the connection is already in a transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn, self.own = conn, False

    def __enter__(self):
        self.own = not self.conn.in_transaction
        if self.own:
            self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *exc):
        if self.own:
            self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class WatchQueries:
    """The watch questions of `Store`: the rules kept and the latest matches."""

    conn: sqlite3.Connection

    def watch_rules(self) -> list[dict]:
        """Return the watch rules kept, by name, each with its number of matches and its latest."""
        with self._snapshot():
            return [{"name": r["name"], "conditions": json.loads(r["spec"]), "updated_at": r["updated_at"],
                     "matches": r["matches"], "latest": r["latest"]}
                    for r in self.conn.execute(
                        "SELECT w.*, (SELECT count(*) FROM watch_reports p WHERE p.rule = w.name) AS matches,"
                        " (SELECT max(found_at) FROM watch_reports p WHERE p.rule = w.name) AS latest"
                        " FROM watch_rules w ORDER BY w.name")]

    def watch_matches(self, rule: str | None = None, limit: int = 50) -> list[dict]:
        """Return the latest matches (of one rule when given), newest first; QueryError for an unknown rule."""
        with self._snapshot():
            if rule is not None and self.conn.execute("SELECT 1 FROM watch_rules WHERE name = ?",
                                                      (rule,)).fetchone() is None:
                raise QueryError(f"no watch rule {rule!r}")
            sql, args = "SELECT * FROM watch_reports", []
            if rule is not None:
                sql, args = sql + " WHERE rule = ?", [rule]
            return [_report(r) for r in self.conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, int(limit)))]


__all__ = ["Rule", "parse_rule", "fingerprint", "WatchQueries", "CONDITIONS"]
