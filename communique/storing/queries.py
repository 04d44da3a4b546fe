"""The questions users ask of the record: events, a dyad's timeline, partners, people, agreements, series, search.

Every question returns plain JSON-ready dicts, or a pandas DataFrame with `frame=True`, and runs
in one read transaction, so that an ingest running at the same time is seen whole or not at all.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterator

from ..lang import languages, neutral_table, table
from ..recognising.lexicon import fold
from .errors import QueryError, UnknownName
from .names import compatible_names, name_signature, resolve_country

#: PLOVER event types (DESIGN.md).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: The topic vocabulary (DESIGN.md).
TOPICS = ("trade", "investment", "economy", "finance", "energy", "transport_logistics", "agriculture_food",
          "mining_resources", "industry", "digital_ict", "science_technology", "education", "culture", "tourism",
          "health", "humanitarian", "environment_climate", "water", "security_defense", "terrorism_extremism",
          "migration_consular", "legal_framework", "parliamentary", "human_rights", "regional_issues", "multilateral")
DOCUMENT_KINDS = ("protocol", "memorandum", "agreement", "treaty", "declaration", "joint_statement", "roadmap",
                  "programme", "contract", "letter", "other")
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def check_date(value: str | None, name: str) -> str | None:
    """Return a YYYY, YYYY-MM or YYYY-MM-DD date unchanged; raise QueryError for anything else."""
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise QueryError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


def country_code(value: str | None) -> str | None:
    """Return the alpha-3 code of a country given by code or name, as QueryError when unknown."""
    if value is None:
        return None
    try:
        return resolve_country(value)
    except UnknownName as exc:
        raise QueryError(str(exc)) from None


def check_type(value: str | None) -> str | None:
    if value is None:
        return None
    upper = value.strip().upper()
    if upper not in EVENT_TYPES:
        raise QueryError(f"unknown event type {value!r} (one of {', '.join(EVENT_TYPES)})")
    return upper


def check_topic(value: str | None) -> str | None:
    if value is None:
        return None
    if value not in TOPICS:
        raise QueryError(f"unknown topic {value!r} (one of {', '.join(TOPICS)})")
    return value


@lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    ids: dict[str, str] = {}
    for row in neutral_table("organisations"):
        ids[fold(row["org_id"])] = row["org_id"]
        ids.setdefault(fold(row["name_en"]), row["org_id"])
    for lang in languages():
        try:
            rows = table(lang, "organisation_names")
        except FileNotFoundError:
            continue
        for row in rows:
            ids.setdefault(fold(row["text"]), row["org_id"])
    return ids


def organisation_id(value: str | None) -> str | None:
    """Return an organisation's id from its id or a name ('ONU', 'United Nations' -> 'UN')."""
    if value is None:
        return None
    org = _organisations().get(" ".join(fold(value).split()))
    if org is None:
        raise QueryError(f"unknown organisation {value!r} (give its id, e.g. UN, OIC, SCO, or its name)")
    return org


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    return frozenset(row["iso3"] for row in neutral_table("countries"))


def _frame(rows: list[dict], frame: bool):
    if not frame:
        return rows
    import pandas as pd
    return pd.DataFrame(rows)


def _loads(value: str | None, default):
    return json.loads(value) if value else default


class Queries:
    """The read side of `Store` (it expects `self.conn`, an sqlite3 connection with Row rows)."""

    conn: sqlite3.Connection

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """Run a question inside one read transaction: it sees whole documents only."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    # ------------------------------------------------------------------ events

    def _event_filter(self, country=None, counterpart=None, type=None, since=None, until=None, topic_=None,
                      organisation_=None, person=None) -> tuple[str, list]:
        where, args = ["1 = 1"], []
        for code in (country, counterpart):
            if code:
                where.append("EXISTS (SELECT 1 FROM actors a WHERE a.event_id = e.id AND a.code = ?)")
                args.append(code)
        if type:
            where.append("e.event = ?")
            args.append(type)
        if since:
            where.append("e.date IS NOT NULL AND substr(e.date, 1, ?) >= ?")
            args += [len(since), since]
        if until:
            where.append("e.date IS NOT NULL AND substr(e.date, 1, ?) <= ?")
            args += [len(until), until]
        if topic_:
            where.append("EXISTS (SELECT 1 FROM event_topics t WHERE t.event_id = e.id AND t.topic = ?)")
            args.append(topic_)
        if organisation_:
            where.append("EXISTS (SELECT 1 FROM event_organisations o WHERE o.event_id = e.id AND o.org = ?)")
            args.append(organisation_)
        if person is not None:
            ids = self._people_matching(person)
            where.append(f"EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.person_id IN "
                         f"({','.join('?' * len(ids)) or 'NULL'}))")
            args += ids
        return " AND ".join(where), args

    def _people_matching(self, person: str | int) -> list[int]:
        if isinstance(person, int) or str(person).isdigit():
            return [int(person)]
        words = sorted(name_signature(str(person))[0])
        ids = []
        for row in self.conn.execute(f"SELECT id, name FROM people WHERE id IN (SELECT person_id FROM person_words"
                                     f" WHERE word IN ({','.join('?' * len(words))})) ORDER BY id", words):
            names = [r[0] for r in self.conn.execute("SELECT name FROM person_names WHERE person_id = ?", (row["id"],))]
            if any(compatible_names(str(person), n) for n in names + [row["name"]]):
                ids.append(row["id"])
        if not ids:
            raise QueryError(f"no person called {person!r} in the database (see `communique people`)")
        return ids

    def _filters(self, country, counterpart, type, since, until, topic_, organisation_, person) -> dict:
        return dict(country=country_code(country), counterpart=country_code(counterpart),
                    type=check_type(type), since=check_date(since, "since"), until=check_date(until, "until"),
                    topic_=check_topic(topic_), organisation_=organisation_id(organisation_), person=person)

    def events(self, country: str | None = None, counterpart: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, topic: str | None = None,
               organisation: str | None = None, person: str | int | None = None, limit: int | None = None,
               offset: int = 0, frame: bool = False):
        """Return the events matching every filter given, by date (then id).

        `country` and `counterpart` are codes or names of states taking part (either side);
        `since`/`until` are inclusive YYYY, YYYY-MM or YYYY-MM-DD bounds; `person` an id or a name."""
        filters = self._filters(country, counterpart, type, since, until, topic, organisation, None)
        with self._snapshot():
            filters["person"] = person
            where, args = self._event_filter(**filters)
            sql = f"SELECT e.id FROM events e WHERE {where} ORDER BY e.date IS NULL, e.date, e.id"
            if limit is not None:
                sql += " LIMIT ? OFFSET ?"
                args += [int(limit), int(offset)]
            ids = [r[0] for r in self.conn.execute(sql, args)]
            rows = self._event_dicts(ids)
        return _frame([_flat(r) for r in rows], True) if frame else rows

    def count_events(self, country=None, counterpart=None, type=None, since=None, until=None, topic=None,
                     organisation=None, person=None) -> int:
        """Return how many events match the filters of `events`."""
        filters = self._filters(country, counterpart, type, since, until, topic, organisation, None)
        with self._snapshot():
            filters["person"] = person
            where, args = self._event_filter(**filters)
            return self.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", args).fetchone()[0]

    def event(self, event_id: int) -> dict | None:
        """Return one event, or None."""
        with self._snapshot():
            rows = self._event_dicts([int(event_id)])
        return rows[0] if rows else None

    def latest_events(self, limit: int = 20) -> list[dict]:
        """Return the most recent events (by date, then by when they were stored)."""
        with self._snapshot():
            ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM events ORDER BY date IS NULL, date DESC, id DESC LIMIT ?", (int(limit),))]
            return self._event_dicts(ids)

    def _event_dicts(self, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        conn = self.conn
        out: dict[int, dict] = {}
        marks = ",".join("?" * len(ids))
        for r in conn.execute(f"SELECT e.*, s.name AS series_name FROM events e LEFT JOIN series s ON s.id = e.series_id"
                              f" WHERE e.id IN ({marks})", ids):
            out[r["id"]] = {
                "id": r["id"], "event": r["event"], "mode": r["mode"], "cameo": r["cameo"], "quad_code": r["quad_code"],
                "event_scale": r["event_scale"], "date": r["date"], "date_source": r["date_source"],
                "format": r["format"], "aux": r["aux"], "countries": r["countries"].split("|") if r["countries"] else [],
                "actor": [], "recipient": [], "place": r["place"], "place_country": r["place_country"],
                "series": ({"id": r["series_id"], "name": r["series_name"], "ordinal": r["ordinal"]}
                           if r["series_id"] else None),
                "context": _loads(r["contexts"], []), "topics": [], "organizations": [], "documents": [],
                "participants": [], "mentions": [], "confidence": r["confidence"],
                "support": _loads(r["support"], {}), "corrected": _loads(r["corrected"], None),
                "planned": _loads(r["planned"], None)}
        for r in conn.execute(f"SELECT * FROM actors WHERE event_id IN ({marks}) ORDER BY rowid", ids):
            out[r["event_id"]][r["side"]].append(r["code"])
        for r in conn.execute(f"SELECT * FROM event_topics WHERE event_id IN ({marks}) ORDER BY rowid", ids):
            out[r["event_id"]]["topics"].append(r["topic"])
        for r in conn.execute(f"SELECT * FROM event_organisations WHERE event_id IN ({marks}) ORDER BY rowid", ids):
            out[r["event_id"]]["organizations"].append(r["org"])
        for r in conn.execute(f"SELECT * FROM signed_documents WHERE event_id IN ({marks}) ORDER BY id", ids):
            out[r["event_id"]]["documents"].append({"kind": r["kind"], "title": r["title"]})
        for r in conn.execute(f"SELECT * FROM participants WHERE event_id IN ({marks}) ORDER BY rowid", ids):
            out[r["event_id"]]["participants"].append(
                {"person_id": r["person_id"], "name": r["name"], "title": r["title"], "role": r["role"],
                 "country": r["country"], "institution": r["institution"]})
        by_mention: dict[int, str] = {}
        for r in conn.execute(
                f"SELECT m.*, d.doc_id, d.title, d.published, d.url, d.source FROM mentions m"
                f" JOIN documents d ON d.id = m.document_id WHERE m.event_id IN ({marks}) ORDER BY m.id", ids):
            by_mention[r["id"]] = r["record_event_id"]
            out[r["event_id"]]["mentions"].append(
                {"doc_id": r["doc_id"], "record_event_id": r["record_event_id"], "title": r["title"],
                 "published": r["published"], "url": r["url"], "source": r["source"], "event_text": r["event_text"],
                 "spans": _loads(r["spans"], []), "confidence": r["confidence"]})
        for event in out.values():
            # Each attribute names the report (record event id) whose words support it.
            event["support"] = {name: by_mention.get(int(mention)) for name, mention in event["support"].items()}
        for table, key in (("event_topics", "topics"), ("event_organisations", "organizations")):
            column = "topic" if key == "topics" else "org"
            for r in conn.execute(f"SELECT event_id, {column}, mention_id FROM {table} WHERE event_id IN ({marks})", ids):
                out[r["event_id"]]["support"].setdefault(key, {})[r[column]] = by_mention.get(r["mention_id"])
        return [out[i] for i in ids if i in out]

    def mentions(self) -> list[dict]:
        """Return every mention: which document reports which stored event."""
        with self._snapshot():
            return [dict(r) for r in self.conn.execute(
                "SELECT m.id, m.event_id, d.doc_id, m.record_event_id, e.event, e.date FROM mentions m"
                " JOIN documents d ON d.id = m.document_id JOIN events e ON e.id = m.event_id ORDER BY m.id")]

    # ------------------------------------------------------------------ documents

    def document(self, doc_id: str) -> dict | None:
        """Return a stored document: its metadata, text, coded record and the stored events it reports."""
        with self._snapshot():
            row = self.conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            if row is None:
                return None
            events = [r[0] for r in self.conn.execute(
                "SELECT DISTINCT event_id FROM mentions WHERE document_id = ? ORDER BY id", (row["id"],))]
        return {"doc_id": row["doc_id"], "title": row["title"], "url": row["url"], "source": row["source"],
                "lang": row["lang"], "published": row["published"], "text": row["text"],
                "record": json.loads(row["record"]), "events": events}

    def documents(self, limit: int | None = None, offset: int = 0, frame: bool = False):
        """Return stored documents' metadata (no text), newest first."""
        sql = "SELECT doc_id, title, url, source, lang, published, ingested_at FROM documents" \
              " ORDER BY published IS NULL, published DESC, id DESC"
        args: list = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args = [int(limit), int(offset)]
        with self._snapshot():
            return _frame([dict(r) for r in self.conn.execute(sql, args)], frame)

    def search(self, text: str, limit: int = 20, frame: bool = False):
        """Full-text search over titles and texts, accent- and case-insensitive; every word must appear."""
        words = re.findall(r"\w+", text or "")
        if not words:
            raise QueryError(f"search: {text!r} has no word to look for")
        query = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        with self._snapshot():
            rows = self.conn.execute(
                "SELECT d.doc_id, d.title, d.published, d.url,"
                " snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet"
                " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
                " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (query, int(limit))).fetchall()
        return _frame([dict(r) for r in rows], frame)

    # ------------------------------------------------------------------ relationships

    def timeline(self, a: str, b: str) -> dict:
        """Return the history of a dyad: its events by date, documents signed, topics per year,
        the cooperation score per month, the series between them and the people who took part."""
        a, b = country_code(a), country_code(b)
        if a == b:
            raise QueryError(f"timeline: give two different countries (got {a} twice)")
        with self._snapshot():
            events = self.events(country=a, counterpart=b)
            series = self.series(country=a, counterpart=b)
        topics: dict[str, Counter] = defaultdict(Counter)
        months: dict[str, list[float]] = defaultdict(list)
        people: dict[int, dict] = {}
        agreements = []
        for e in events:
            year = e["date"][:4] if e["date"] else "undated"
            topics[year].update(e["topics"])
            if e["date"]:
                months[e["date"][:7]].append(e["event_scale"] if e["event_scale"] is not None else 0.0)
            for p in e["participants"]:
                person = people.setdefault(p["person_id"], {"person_id": p["person_id"], "name": p["name"],
                                                            "country": p["country"], "events": 0, "titles": []})
                person["events"] += 1
                if p["title"] and p["title"] not in person["titles"]:
                    person["titles"].append(p["title"])
            for d in e["documents"]:
                agreements.append({"event_id": e["id"], "date": e["date"], "kind": d["kind"], "title": d["title"],
                                   "countries": e["countries"],
                                   "doc_ids": sorted({m["doc_id"] for m in e["mentions"]})})
        if people:
            with self._snapshot():
                marks = ",".join("?" * len(people))
                for r in self.conn.execute(f"SELECT id, country FROM people WHERE id IN ({marks})", list(people)):
                    people[r["id"]]["country"] = people[r["id"]]["country"] or r["country"]
        score = [{"period": m, "events": len(v), "goldstein": round(sum(v) / len(v), 2)}
                 for m, v in sorted(months.items())]
        return {"a": a, "b": b, "events": events, "agreements": agreements,
                "topics": {y: dict(c.most_common()) for y, c in sorted(topics.items())}, "score": score,
                "series": series, "people": sorted(people.values(), key=lambda p: -p["events"])}

    def partners(self, of: str, limit: int | None = None, frame: bool = False):
        """Return the states `of` has events with, most events first, with their mean Goldstein score.

        Organisations acting in events (UNO, IGO...) are not partners: only states are listed."""
        code = country_code(of)
        with self._snapshot():
            rows = self.conn.execute(
                "SELECT other.code AS country, e.id, e.event, e.date, e.event_scale FROM events e"
                " JOIN actors mine ON mine.event_id = e.id AND mine.code = ?"
                " JOIN actors other ON other.event_id = e.id AND other.code != ?"
                " GROUP BY other.code, e.id", (code, code)).fetchall()
        stats: dict[str, dict] = {}
        states = _state_codes()
        for r in rows:
            if r["country"] not in states:
                continue
            s = stats.setdefault(r["country"], {"country": r["country"], "events": 0, "scores": [], "last_date": None,
                                                "types": Counter()})
            s["events"] += 1
            if r["event_scale"] is not None:
                s["scores"].append(r["event_scale"])
            if r["date"] and (s["last_date"] is None or r["date"] > s["last_date"]):
                s["last_date"] = r["date"]
            s["types"][r["event"]] += 1
        out = []
        for s in stats.values():
            scores = s.pop("scores")
            s["cooperation"] = round(sum(scores) / len(scores), 2) if scores else None
            s["types"] = dict(s["types"].most_common())
            out.append(s)
        out.sort(key=lambda s: (-s["events"], -(s["cooperation"] or 0), s["country"]))
        return _frame(out[:limit] if limit else out, frame)

    def people(self, name: str | None = None, country: str | None = None, frame: bool = False):
        """Return people with their spellings, number of events and titles over time.

        `name` matches variant spellings ('Bakayev' finds 'Bakaev'); `country` a state."""
        code = country_code(country)
        with self._snapshot():
            ids = self._people_matching(name) if name else None
            sql, args = "SELECT * FROM people WHERE 1 = 1", []
            if ids is not None:
                sql += f" AND id IN ({','.join('?' * len(ids))})"
                args += ids
            if code:
                sql += " AND country = ?"
                args.append(code)
            people = [self._person_dict(r) for r in self.conn.execute(sql + " ORDER BY name", args)]
        people.sort(key=lambda p: (-p["events"], p["name"]))
        return _frame(people, frame)

    def _person_dict(self, row: sqlite3.Row) -> dict:
        names = [r[0] for r in self.conn.execute("SELECT name FROM person_names WHERE person_id = ? ORDER BY name",
                                                 (row["id"],))]
        titles: dict[tuple, dict] = {}
        count = 0
        for r in self.conn.execute("SELECT p.title, p.role, e.date FROM participants p JOIN events e ON e.id = p.event_id"
                                   " WHERE p.person_id = ? ORDER BY e.date", (row["id"],)):
            count += 1
            key = (r["title"], r["role"])
            t = titles.setdefault(key, {"title": r["title"], "role": r["role"], "first": r["date"], "last": r["date"]})
            if r["date"]:
                t["first"] = min(filter(None, [t["first"], r["date"]]))
                t["last"] = max(filter(None, [t["last"], r["date"]]))
        return {"id": row["id"], "name": row["name"], "country": row["country"], "names": names, "events": count,
                "titles": sorted(titles.values(), key=lambda t: t["first"] or "")}

    def person(self, person_id: int) -> dict | None:
        """Return one person with their titles over time and their events."""
        with self._snapshot():
            row = self.conn.execute("SELECT * FROM people WHERE id = ?", (int(person_id),)).fetchone()
            if row is None:
                return None
            person = self._person_dict(row)
            ids = [r[0] for r in self.conn.execute(
                "SELECT e.id FROM participants p JOIN events e ON e.id = p.event_id WHERE p.person_id = ?"
                " ORDER BY e.date IS NULL, e.date, e.id", (int(person_id),))]
            person["events"] = self._event_dicts(ids)
        return person

    def agreements(self, country: str | None = None, counterpart: str | None = None, kind: str | None = None,
                   since: str | None = None, until: str | None = None, frame: bool = False):
        """Return the documents signed, adopted or exchanged, by date, with the states and reports."""
        code, other = country_code(country), country_code(counterpart)
        if kind is not None and kind not in DOCUMENT_KINDS:
            raise QueryError(f"unknown document kind {kind!r} (one of {', '.join(DOCUMENT_KINDS)})")
        since, until = check_date(since, "since"), check_date(until, "until")
        with self._snapshot():
            where, args = self._event_filter(country=code, counterpart=other, since=since, until=until)
            sql = (f"SELECT s.event_id, e.date, s.kind, s.title, e.countries, e.event FROM signed_documents s"
                   f" JOIN events e ON e.id = s.event_id WHERE {where}")
            if kind:
                sql += " AND s.kind = ?"
                args.append(kind)
            rows = self.conn.execute(sql + " ORDER BY e.date IS NULL, e.date, s.id", args).fetchall()
            out = []
            for r in rows:
                docs = [d[0] for d in self.conn.execute(
                    "SELECT DISTINCT d.doc_id FROM mentions m JOIN documents d ON d.id = m.document_id"
                    " WHERE m.event_id = ? ORDER BY d.doc_id", (r["event_id"],))]
                out.append({"event_id": r["event_id"], "date": r["date"], "kind": r["kind"], "title": r["title"],
                            "countries": r["countries"].split("|"), "event": r["event"], "doc_ids": docs})
        return _frame(out, frame)

    def series(self, country: str | None = None, counterpart: str | None = None, frame: bool = False):
        """Return the recurring mechanisms (series) with their rounds in order."""
        code, other = country_code(country), country_code(counterpart)
        with self._snapshot():
            out = []
            for s in self.conn.execute("SELECT * FROM series ORDER BY name, countries"):
                countries = s["countries"].split("|")
                if (code and code not in countries) or (other and other not in countries):
                    continue
                rounds = [{"ordinal": r["ordinal"], "date": r["date"], "format": r["format"], "event_id": r["id"],
                           "event": r["event"], "place": r["place"]}
                          for r in self.conn.execute(
                              "SELECT id, ordinal, date, format, event, place FROM events WHERE series_id = ?"
                              " ORDER BY ordinal IS NULL, ordinal, date", (s["id"],))]
                out.append({"id": s["id"], "name": s["name"], "countries": countries, "rounds": rounds})
        if frame:
            return _frame([{"series_id": s["id"], "name": s["name"], "countries": "|".join(s["countries"]), **r}
                           for s in out for r in s["rounds"]], True)
        return out

    def counts(self) -> dict:
        """Return how many documents, events, mentions, people, series and agreements are stored,
        and the events by type and by country."""
        with self._snapshot():
            one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
            return {
                "documents": one("SELECT count(*) FROM documents"), "events": one("SELECT count(*) FROM events"),
                "mentions": one("SELECT count(*) FROM mentions"), "people": one("SELECT count(*) FROM people"),
                "series": one("SELECT count(*) FROM series"),
                "agreements": one("SELECT count(*) FROM signed_documents"),
                "by_type": {r[0]: r[1] for r in self.conn.execute(
                    "SELECT event, count(*) FROM events GROUP BY event ORDER BY count(*) DESC, event")},
                "by_country": {r[0]: r[1] for r in self.conn.execute(
                    "SELECT code, count(DISTINCT event_id) FROM actors GROUP BY code ORDER BY 2 DESC, code")},
            }


def _flat(event: dict) -> dict:
    """An event as one flat row (lists joined with ';') for a DataFrame or CSV."""
    return {
        "id": event["id"], "date": event["date"], "event": event["event"], "mode": event["mode"],
        "actor": ";".join(event["actor"]), "recipient": ";".join(event["recipient"]),
        "countries": ";".join(event["countries"]), "cameo": event["cameo"], "quad_code": event["quad_code"],
        "event_scale": event["event_scale"], "format": event["format"], "aux": event["aux"],
        "series": event["series"]["name"] if event["series"] else None,
        "ordinal": event["series"]["ordinal"] if event["series"] else None,
        "place": event["place"], "topics": ";".join(event["topics"]),
        "organizations": ";".join(event["organizations"]),
        "documents": ";".join(d["kind"] for d in event["documents"]),
        "participants": ";".join(p["name"] for p in event["participants"]),
        "mentions": len(event["mentions"]), "doc_ids": ";".join(m["doc_id"] for m in event["mentions"]),
        "confidence": event["confidence"], "corrected": bool(event.get("corrected")),
    }
