"""Promises and whether they were kept: each AGREE future linked to the later event that kept it.

A stored AGREE with aux `future` is a commitment. `relink` (run after every ingest) reads what
it promised (`promises.read_promise`) and looks for the stored event that kept it: the same
states, an event type that can be the promised kind (a round, a visit, a call, a signing), the
same round of the series when one was promised, no contradicting place or direction, after the
promise and within its window — or up to `LATE_MONTHS` after it, kept late. The first such
event, best matched, is the link, with the fields it matched on. A commitment's status is then
`fulfilled` (linked), `overdue` (its window has passed, nothing linked) or `pending`.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Iterable

from .errors import QueryError
from .promises import GENERIC_SERIES, KIND_TYPES, LATE_MONTHS, Promise, add_months, date_bounds, read_promise
from .queries import country_code, _frame
from ..recognising.lexicon import fold

STATUSES = ("pending", "fulfilled", "overdue")


def relink(conn: sqlite3.Connection, states: set[str] | None = None) -> int:
    """Recompute the commitments and their links from the stored events: all of them, or those whose
    promise involves one of `states` (the states of the events just rebuilt: a promise can only be
    kept by an event with all its states); return how many were linked.

    Runs inside the caller's transaction when there is one, else in its own."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        sql = "SELECT e.id FROM events e WHERE e.event = 'AGREE' AND e.aux = 'future'"
        args: list = []
        if states is not None:
            sql += (f" AND EXISTS (SELECT 1 FROM actors a WHERE a.event_id = e.id"
                    f" AND a.code IN ({','.join('?' * len(states))}))")
            args = sorted(states)
        rows = conn.execute(sql + " ORDER BY e.id", args).fetchall()
        if states is None:
            conn.execute("DELETE FROM commitments")
        else:
            conn.executemany("DELETE FROM commitments WHERE event_id = ?", rows)
            # A promise no longer stored as one (its event recoded into another type) goes too.
            conn.execute("DELETE FROM commitments WHERE event_id NOT IN"
                         " (SELECT id FROM events WHERE event = 'AGREE' AND aux = 'future')")
        for (event_id,) in rows:
            promise = _promise_of(conn, event_id)
            if promise is None:
                continue
            link = _best_fulfilment(conn, event_id, promise)
            fulfilled_by, late, matched = link if link else (None, False, [])
            conn.execute(
                "INSERT INTO commitments (event_id, kind, ordinal, series, place, place_country, promised_on, window_start,"
                " window_end, planned_from, fulfilled_by, late, matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, promise.kind, promise.ordinal, promise.series, promise.place, promise.place_country, promise.promised_on,
                 promise.window_start, promise.window_end, promise.planned_from, fulfilled_by, int(late),
                 json.dumps(matched)))
        if own:
            conn.execute("COMMIT")
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(rows)


def _promise_of(conn: sqlite3.Connection, event_id: int) -> Promise | None:
    event = conn.execute("SELECT date, place, place_country, planned, ordinal FROM events WHERE id = ?", (event_id,)).fetchone()
    mention = conn.execute(
        "SELECT m.event_text, d.lang, d.published FROM mentions m JOIN documents d ON d.id = m.document_id"
        " WHERE m.event_id = ? ORDER BY m.confidence DESC, m.id LIMIT 1", (event_id,)).fetchone()
    if mention is None:
        return None
    published = conn.execute("SELECT min(d.published) FROM mentions m JOIN documents d ON d.id = m.document_id"
                             " WHERE m.event_id = ?", (event_id,)).fetchone()[0]
    planned = json.loads(event["planned"]) if event["planned"] else None
    return read_promise(planned, mention["event_text"] or "", mention["lang"], event["date"] or published,
                        event["place"], event["place_country"], event["ordinal"])


def _best_fulfilment(conn: sqlite3.Connection, event_id: int, promise: Promise
                     ) -> tuple[int, bool, list[str]] | None:
    """Return (event id, kept late, fields matched) of the event that best keeps the promise, or None."""
    sides = _sides(conn, event_id)
    states = set(sides["actor"]) | set(sides["recipient"])
    if not states:
        return None
    types = KIND_TYPES[promise.kind]
    promised = date_bounds(promise.promised_on)[1]
    end = dt.date.fromisoformat(promise.window_end)  # (kept early, before the window opens, still counts as kept)
    late_end = add_months(end, LATE_MONTHS)
    promise_documents = _documents(conn, event_id)
    marks = ",".join("?" * len(types))
    candidates = conn.execute(
        f"SELECT e.id, e.event, e.mode, e.format, e.date, e.place, e.place_country, e.ordinal, e.series_id,"
        f" (SELECT name FROM series s WHERE s.id = e.series_id) AS series_name FROM events e"
        f" WHERE e.event IN ({marks}) AND e.id != ?"
        # Only events dated from the promise's year to the end of its late window (or undated) can keep it.
        f" AND (e.date IS NULL OR (e.date >= ? AND e.date <= ?))"
        f" AND (SELECT count(DISTINCT a.code) FROM actors a"
        f" WHERE a.event_id = e.id AND a.code IN ({','.join('?' * len(states))})) = ?",
        (*types, event_id, promise.promised_on[:4], late_end.isoformat(), *sorted(states), len(states))).fetchall()
    best = None
    for row in candidates:
        date = row["date"] or conn.execute(
            "SELECT min(d.published) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?",
            (row["id"],)).fetchone()[0]
        if not date or _documents(conn, row["id"]) <= promise_documents:
            continue  # undatable, or only the promise's own reports (the meeting where it was made)
        try:
            first, last = date_bounds(date)
        except ValueError:
            continue
        if last <= promised or first > late_end:
            continue
        matched = _matches(conn, event_id, promise, sides, row)
        if matched is None:
            continue
        late = first > end
        matched = ["states", *matched, "late" if late else "window"]
        rank = (late, -len(matched), first, row["id"])
        if best is None or rank < best[0]:
            best = (rank, row["id"], late, matched)
    return (best[1], best[2], best[3]) if best else None


def _matches(conn: sqlite3.Connection, promise_id: int, promise: Promise, sides: dict, row: sqlite3.Row
             ) -> list[str] | None:
    """Return the fields besides states and date on which an event keeps the promise, or None when
    something contradicts it (another round, another place, the visit the other way round)."""
    matched = []
    if promise.kind == "round":
        if row["series_id"] is None or (promise.ordinal is not None and row["ordinal"] != promise.ordinal):
            return None
        matched += ["kind", "ordinal"] if promise.ordinal is not None else ["kind"]
    elif promise.kind == "visit":
        if row["mode"] not in ("visit", None):
            return None
        matched.append("kind")
    elif promise.kind == "call":
        if row["mode"] != "phone":
            return None
        matched.append("kind")
    elif promise.kind == "meeting":
        if row["format"] == "phone":
            return None  # a call is not the meeting promised
        matched.append("kind")
    elif promise.kind == "signing":
        if conn.execute("SELECT 1 FROM signed_documents WHERE event_id = ? LIMIT 1", (row["id"],)).fetchone() is None:
            return None  # support without a document signed is praise, not the signing promised
        matched.append("kind")
    elif promise.ordinal is not None and row["ordinal"] is not None and row["ordinal"] != promise.ordinal:
        return None
    promised_series = conn.execute("SELECT s.name FROM events e JOIN series s ON s.id = e.series_id WHERE e.id = ?",
                                   (promise_id,)).fetchone()
    named = promised_series[0] if promised_series else promise.series
    if named and row["series_name"]:
        if not same_mechanism(named, row["series_name"]):
            return None  # a round of another mechanism
        matched.append("series")
    if promise.kind in ("visit", "call", "meeting") and row["series_id"] is not None:
        return None  # a round of a standing mechanism is not the visit or meeting promised beside it
    # Who made a promise of a visit or call takes part in it; a round may be led by others.
    people = _people(conn, promise_id) if promise.kind in ("visit", "call") else set()
    if people:
        theirs = _people(conn, row["id"])
        if theirs and not people & theirs:
            return None  # the promised visitor or caller is not among those who took part
        if theirs:
            matched.append("participants")
    their = _sides(conn, row["id"])
    if sides["recipient"] and their["recipient"]:
        if set(their["actor"]) == set(sides["recipient"]) and set(their["recipient"]) == set(sides["actor"]):
            return None  # the promised visit was the other way round
        matched.append("direction")
    host = promise.place_country
    if promise.kind == "round" and matched and row["place_country"] and host and row["place_country"] != host:
        return matched  # the promised round, held elsewhere (venues move): kept, but not on its place
    if host and row["place_country"]:
        if row["place_country"] != host:
            return None
        matched.append("place")
    elif host and promise.kind == "visit" and their["recipient"]:
        if host not in their["recipient"]:
            return None
        matched.append("place")
    elif promise.place and row["place"]:
        if fold(promise.place) != fold(row["place"]):
            return None
        matched.append("place")
    return matched


def _sides(conn: sqlite3.Connection, event_id: int) -> dict[str, list[str]]:
    sides: dict[str, list[str]] = {"actor": [], "recipient": []}
    for r in conn.execute("SELECT code, side FROM actors WHERE event_id = ? ORDER BY rowid", (event_id,)):
        sides[r["side"]].append(r["code"])
    return sides


def same_mechanism(a: str, b: str) -> bool:
    """True when two series names can be one mechanism: the same, one a generic word ("consultations",
    "session") or one inside the other ("consultations" in "political consultations")."""
    a, b = a.casefold(), b.casefold()
    return a == b or a in GENERIC_SERIES or b in GENERIC_SERIES or a in b or b in a


def _people(conn: sqlite3.Connection, event_id: int) -> set[int]:
    return {r[0] for r in conn.execute("SELECT person_id FROM participants WHERE event_id = ?", (event_id,))}


def _documents(conn: sqlite3.Connection, event_id: int) -> set[int]:
    return {r[0] for r in conn.execute("SELECT document_id FROM mentions WHERE event_id = ?", (event_id,))}


def status_of(fulfilled_by: int | None, window_end: str, today: dt.date) -> str:
    """Return a commitment's status: fulfilled when linked, overdue once its window has passed, else pending."""
    if fulfilled_by is not None:
        return "fulfilled"
    return "overdue" if dt.date.fromisoformat(window_end) < today else "pending"


def check_status(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in STATUSES:
        raise QueryError(f"unknown status {value!r} (one of {', '.join(STATUSES)})")
    return value


def check_today(value: str | dt.date | None) -> dt.date:
    """Return the day statuses are computed for (today when None); QueryError for a bad date."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise QueryError(f"today: {value!r} is not a day (YYYY-MM-DD)") from None


class CommitmentQueries:
    """The commitments question of `Store` (it expects `self.conn` and `self._snapshot`)."""

    conn: sqlite3.Connection

    def commitments(self, country: str | None = None, counterpart: str | None = None, status: str | None = None,
                    today: str | dt.date | None = None, frame: bool = False):
        """Return the promises (AGREE future) of a state or a dyad with their fate, by promise date.

        Each is a dict: the promise (event id, states, words, what was promised, window), its
        `status` on `today` (pending, fulfilled, overdue), and when fulfilled the event that kept
        it (`fulfilled_by`), whether it was late, and the fields that matched."""
        country, counterpart = country_code(country), country_code(counterpart)
        status, day = check_status(status), check_today(today)
        with self._snapshot():
            rows = self.conn.execute(
                "SELECT c.*, e.date AS promise_date FROM commitments c JOIN events e ON e.id = c.event_id"
                " ORDER BY c.promised_on, c.event_id").fetchall()
            out = []
            for row in rows:
                sides = _sides(self.conn, row["event_id"])
                states = set(sides["actor"]) | set(sides["recipient"])
                if (country and country not in states) or (counterpart and counterpart not in states):
                    continue
                state = status_of(row["fulfilled_by"], row["window_end"], day)
                if status and state != status:
                    continue
                out.append(self._commitment_dict(row, sides, state))
        if frame:
            return _frame([_flat(c) for c in out], True)
        return out

    def _commitment_dict(self, row: sqlite3.Row, sides: dict, state: str) -> dict:
        mention = self.conn.execute(
            "SELECT m.event_text, d.doc_id FROM mentions m JOIN documents d ON d.id = m.document_id"
            " WHERE m.event_id = ? ORDER BY m.id LIMIT 1", (row["event_id"],)).fetchone()
        kept = None
        if row["fulfilled_by"] is not None:
            event = self.conn.execute(
                "SELECT e.id, e.event, e.mode, e.date, e.place, e.ordinal, s.name AS series FROM events e"
                " LEFT JOIN series s ON s.id = e.series_id WHERE e.id = ?", (row["fulfilled_by"],)).fetchone()
            doc = self.conn.execute(
                "SELECT d.doc_id, m.event_text FROM mentions m JOIN documents d ON d.id = m.document_id"
                " WHERE m.event_id = ? ORDER BY m.id LIMIT 1", (row["fulfilled_by"],)).fetchone()
            kept = {**dict(event), "doc_id": doc["doc_id"] if doc else None,
                    "event_text": doc["event_text"] if doc else None}
        return {
            "id": row["event_id"], "status": state, "promised_on": row["promised_on"],
            "actor": sides["actor"], "recipient": sides["recipient"],
            "kind": row["kind"], "ordinal": row["ordinal"], "series": row["series"], "place": row["place"],
            "window": {"start": row["window_start"], "end": row["window_end"]}, "planned_from": row["planned_from"],
            "words": mention["event_text"] if mention else None, "doc_id": mention["doc_id"] if mention else None,
            "fulfilled_by": kept, "late": bool(row["late"]), "matched": json.loads(row["matched"]),
        }


def _flat(c: dict) -> dict:
    """A commitment as one flat row (for CSV and DataFrames)."""
    kept = c["fulfilled_by"] or {}
    return {"id": c["id"], "status": c["status"], "promised_on": c["promised_on"], "actor": ";".join(c["actor"]),
            "recipient": ";".join(c["recipient"]), "kind": c["kind"], "ordinal": c["ordinal"], "series": c["series"],
            "place": c["place"],
            "window_start": c["window"]["start"], "window_end": c["window"]["end"], "planned_from": c["planned_from"],
            "fulfilled_by": kept.get("id"), "fulfilled_on": kept.get("date"), "late": c["late"],
            "matched": ";".join(c["matched"]), "doc_id": c["doc_id"], "words": c["words"]}


def flat(commitments: Iterable[dict]) -> list[dict]:
    """Return commitments as flat rows (lists joined with ';')."""
    return [_flat(c) for c in commitments]
