"""Corrections: a user's fix of a stored event (type, actor, recipient, date, or delete), kept as such.

A correction is stored in its own table with what it changes, the event's values before, and
anchors: the reports (doc_id, record event id, coded type and states) of the event corrected.
It is applied whenever an event is rebuilt from its reports (`apply`, called by the store after
every merge), so it survives re-ingest and recoding: the reports a recoded document gives are
matched to the anchors by document, coded type and states. A corrected event carries the ids
of its corrections (`events.corrected`), which the pages and exports show; a deleted event's
anchored reports are dropped. `export` writes the corrections as JSON Lines that the evaluation
can read as extra gold: which coded event (doc_id:n) was wrong and what is right.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from typing import Any, Iterator

from .errors import QueryError
from .queries import check_date, check_type, country_code

#: What a correction may change.
FIELDS = ("event", "actor", "recipient", "date")
_CODE = re.compile(r"[A-Z]{3}")


def check_correction(changes: dict[str, Any]) -> dict[str, Any]:
    """Return the changes of a correction in canonical form; QueryError naming the field that is wrong.

    `changes` holds any of event (a PLOVER type), actor and recipient (lists of state codes or
    names, or of non-state codes such as IGO), date (YYYY, YYYY-MM or YYYY-MM-DD), or
    {"delete": true} alone."""
    if not isinstance(changes, dict) or not changes:
        raise QueryError("a correction needs at least one of event, actor, recipient, date, or delete")
    if changes.get("delete"):
        if set(changes) - {"delete", "note"}:
            raise QueryError("a deletion changes nothing else: give delete alone")
        return {"delete": True}
    unknown = set(changes) - set(FIELDS) - {"note", "delete"}
    if unknown:
        raise QueryError(f"cannot correct {', '.join(sorted(unknown))} (one of {', '.join(FIELDS)}, or delete)")
    out: dict[str, Any] = {}
    if changes.get("event") is not None:
        out["event"] = check_type(str(changes["event"]))
    for side in ("actor", "recipient"):
        if changes.get(side) is not None:
            out[side] = _codes(changes[side], side)
    if "date" in changes:
        out["date"] = check_date(changes["date"] or None, "date")
    if not out:
        raise QueryError("a correction needs at least one of event, actor, recipient, date, or delete")
    if "actor" in out and not out["actor"]:
        raise QueryError("actor: an event needs at least one actor")
    return out


def _codes(value: Any, side: str) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise QueryError(f"{side}: give a list of country codes or names")
    codes = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        try:
            code = country_code(text)
        except QueryError:
            if not _CODE.fullmatch(text):
                raise QueryError(f"{side}: unknown country {text!r}") from None
            code = text  # a non-state actor code (IGO, NGO...)
        if code not in codes:
            codes.append(code)
    return codes


def add(conn: sqlite3.Connection, event_id: int, changes: dict[str, Any], note: str | None = None) -> int:
    """Store a correction of stored event `event_id` (in the caller's transaction); return its id.

    The caller rebuilds the event (which applies it). QueryError for an unknown event or bad changes."""
    changes = check_correction(changes)
    row = conn.execute("SELECT id, event, date FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise QueryError(f"no event {event_id}")
    anchors = [{"doc_id": m["doc_id"], "record_event_id": m["record_event_id"], "event": coded["event"],
                "countries": _countries(coded)}
               for m in conn.execute("SELECT d.doc_id, m.record_event_id, m.coded FROM mentions m"
                                     " JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?"
                                     " ORDER BY m.id", (event_id,))
               for coded in [json.loads(m["coded"])]]
    sides: dict[str, list[str]] = {"actor": [], "recipient": []}
    for r in conn.execute("SELECT code, side FROM actors WHERE event_id = ? ORDER BY rowid", (event_id,)):
        sides[r["side"]].append(r["code"])
    before = {"event": row["event"], "date": row["date"], **sides}
    return conn.execute(
        "INSERT INTO corrections (event_id, anchors, changes, before, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (event_id, json.dumps(anchors, ensure_ascii=False), json.dumps(changes), json.dumps(before),
         note, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))).lastrowid


def apply(conn: sqlite3.Connection, event_id: int) -> bool:
    """Apply to a just-rebuilt event the corrections anchored to its reports, in the order they were
    made; return True when it was deleted (its anchored reports dropped)."""
    mentions = conn.execute("SELECT m.id, m.record_event_id, m.coded, d.doc_id FROM mentions m"
                            " JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?", (event_id,)).fetchall()
    if not mentions:
        return False
    docs = sorted({m["doc_id"] for m in mentions})
    found = conn.execute(
        f"SELECT DISTINCT c.* FROM corrections c, json_each(c.anchors) a"
        f" WHERE json_extract(a.value, '$.doc_id') IN ({','.join('?' * len(docs))}) ORDER BY c.id", docs).fetchall()
    applied = []
    for correction in found:
        anchored = _anchored(mentions, json.loads(correction["anchors"]))
        if not anchored:
            continue
        changes = json.loads(correction["changes"])
        if changes.get("delete"):
            marks = ",".join("?" * len(anchored))
            for table in ("actors", "participants", "event_topics", "event_organisations", "signed_documents"):
                conn.execute(f"DELETE FROM {table} WHERE event_id = ?", (event_id,))
            conn.execute(f"DELETE FROM mentions WHERE id IN ({marks})", anchored)
            return True  # the caller rebuilds the event from the reports left, or deletes it
        _edit(conn, event_id, changes, anchored[0])
        applied.append(correction["id"])
    conn.execute("UPDATE events SET corrected = ? WHERE id = ?", (json.dumps(applied) if applied else None, event_id))
    return False


def _anchored(mentions: list[sqlite3.Row], anchors: list[dict]) -> list[int]:
    """Return the ids of the mentions a correction's anchors point to: the same document and the same
    coded type and states (a recoded document may number its events differently), the same record
    event id first when several fit."""
    out = []
    for anchor in anchors:
        fitting = [m for m in mentions if m["doc_id"] == anchor["doc_id"]
                   and _same_coding(json.loads(m["coded"]), anchor)]
        fitting.sort(key=lambda m: m["record_event_id"] != anchor["record_event_id"])
        if fitting and fitting[0]["id"] not in out:
            out.append(fitting[0]["id"])
    return out


def _same_coding(coded: dict, anchor: dict) -> bool:
    return coded.get("event") == anchor["event"] and _countries(coded) == anchor["countries"]


def _countries(coded: dict) -> list[str]:
    return sorted({e["code"] for side in ("actor", "recipient") for e in coded.get(side) or []})


def _edit(conn: sqlite3.Connection, event_id: int, changes: dict, mention_id: int) -> None:
    if "event" in changes:
        conn.execute("UPDATE events SET event = ? WHERE id = ?", (changes["event"], event_id))
    if "date" in changes:
        conn.execute("UPDATE events SET date = ?, date_source = ? WHERE id = ?",
                     (changes["date"], "text" if changes["date"] else None, event_id))
    for side in ("actor", "recipient"):
        if side in changes:
            conn.execute("DELETE FROM actors WHERE event_id = ? AND side = ?", (event_id, side))
            conn.executemany("INSERT OR IGNORE INTO actors (event_id, code, side, mention_id) VALUES (?, ?, ?, ?)",
                             [(event_id, code, side, mention_id) for code in changes[side]])
    if "actor" in changes or "recipient" in changes:
        codes = sorted({r[0] for r in conn.execute("SELECT code FROM actors WHERE event_id = ?", (event_id,))})
        conn.execute("UPDATE events SET countries = ? WHERE id = ?", ("|".join(codes), event_id))


class CorrectionQueries:
    """The corrections of `Store` (it expects `self.conn`, `self._snapshot` and `self.readonly`)."""

    conn: sqlite3.Connection

    def correct(self, event_id: int, note: str | None = None, **changes) -> int:
        """Correct a stored event: `store.correct(12, event="ACCUSE", recipient=["BFA"])` or
        `store.correct(12, delete=True)`; return the correction's id. QueryError for bad input."""
        from .errors import StoreError
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            correction_id = add(self.conn, int(event_id), changes, note)
            self._refresh(int(event_id))  # rebuilt from its reports, the correction applied
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.relink_commitments()
        return correction_id

    def corrections(self) -> list[dict]:
        """Return every correction, oldest first: the event, its reports, what changed and from what."""
        with self._snapshot():
            return [_correction_dict(r) for r in self.conn.execute("SELECT * FROM corrections ORDER BY id")]


def _correction_dict(row: sqlite3.Row) -> dict:
    return {"id": row["id"], "event_id": row["event_id"], "reports": json.loads(row["anchors"]),
            "changes": json.loads(row["changes"]), "before": json.loads(row["before"]), "note": row["note"],
            "created_at": row["created_at"]}


def gold_lines(corrections: list[dict]) -> Iterator[dict]:
    """Yield the corrections as extra gold, one line per corrected report: the coded event
    (doc_id, record_event_id) and what is right about it (`gold`: event, actor, recipient, date;
    or `deleted`: the report names no such event)."""
    for c in corrections:
        for report in c["reports"]:
            line = {"doc_id": report["doc_id"], "record_event_id": report["record_event_id"],
                    "coded": {"event": report["event"], "countries": report["countries"]},
                    "correction": c["id"], "note": c["note"], "created_at": c["created_at"]}
            if c["changes"].get("delete"):
                line["deleted"] = True
            else:
                line["gold"] = {**{k: c["before"][k] for k in FIELDS}, **c["changes"]}
            yield line
