"""The questions users ask of the record: events, a dyad's timeline, partners, people, agreements, series, search.

Every question returns plain JSON-ready dicts, or a pandas DataFrame with `frame=True`, and runs
in one read transaction, so that an ingest running at the same time is seen whole or not at all.
What the questions take (vocabularies, checks, the SQL of an event's day and scope) is
`vocabulary.py`.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from contextlib import contextmanager
from typing import Iterator

from ..lang.labels import label
from ..recognising.lexicon import fold
from .errors import QueryError
from .names import compatible_names, name_signature, other_spellings
from .titles import is_relational, titles_over_time
from .vocabulary import (DAY, DOCUMENT_KINDS, EVENT_TYPES, SCOPES, SECTORS, SORTS, TOPICS, _state_codes,
                         check_date, check_scope, check_sector, check_sort, check_topic, check_type, country_code,
                         multilateral_sql, organisation_id, place_of)

__all__ = ["Queries", "EVENT_TYPES", "TOPICS", "DOCUMENT_KINDS", "SORTS", "SCOPES", "SECTORS", "check_scope", "_flat"]


def _frame(rows: list[dict], frame: bool):
    if not frame:
        return rows
    import pandas as pd
    return pd.DataFrame(rows)


def _fts_word(word: str) -> str:
    """A word of an FTS5 query; a Cyrillic word of four letters or more is a prefix, since Russian
    declines names and nouns ("Лавров" -> "Лаврова", "Лавровым")."""
    quoted = '"' + word.replace('"', '""') + '"'
    return quoted + " *" if len(word) >= 4 and re.search("[а-яё]", word, re.I) else quoted


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
                      organisation_=None, person=None, scope="all", sector=None) -> tuple[str, list]:
        where, args = ["1 = 1"], []
        if scope == "bilateral":
            where.append(f"NOT {multilateral_sql()}")
        elif scope == "multilateral":
            where.append(multilateral_sql())
        if sector:
            where.append("EXISTS (SELECT 1 FROM actors a WHERE a.event_id = e.id AND a.sector = ?)")
            args.append(sector)
        for code in (country, counterpart):
            if code:
                where.append("EXISTS (SELECT 1 FROM actors a WHERE a.event_id = e.id AND a.code = ?)")
                args.append(code)
        if type:
            where.append("e.event = ?")
            args.append(type)
        if since:
            where.append(f"substr({DAY}, 1, ?) >= ?")
            args += [len(since), since]
        if until:
            where.append(f"substr({DAY}, 1, ?) <= ?")
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

    def _filters(self, country, counterpart, type, since, until, topic_, organisation_, person, scope=None) -> dict:
        return dict(country=country_code(country), counterpart=country_code(counterpart),
                    type=check_type(type), since=check_date(since, "since"), until=check_date(until, "until"),
                    topic_=check_topic(topic_), organisation_=organisation_id(organisation_), person=person,
                    scope=check_scope(scope))

    def events(self, country: str | None = None, counterpart: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, topic: str | None = None,
               organisation: str | None = None, person: str | int | None = None, limit: int | None = None,
               offset: int = 0, scope: str | None = None, sort: str = "oldest", frame: bool = False,
               sector: str | None = None):
        """Return the events matching every filter given, by day (then id): oldest first, or
        newest first with `sort="newest"`.

        `country` and `counterpart` are codes or names of states taking part (either side);
        `since`/`until` are inclusive YYYY, YYYY-MM or YYYY-MM-DD bounds on the event's day (its
        date, else its first report's); `person` an id or a name; `scope` bilateral, multilateral
        or all (the default); `sector` a PLOVER sector code that one of the event's actors has
        (MIL, REB, CVL…)."""
        filters = self._filters(country, counterpart, type, since, until, topic, organisation, None, scope)
        filters["sector"] = check_sector(sector)
        order = "DESC" if check_sort(sort) == "newest" else "ASC"
        with self._snapshot():
            filters["person"] = person
            where, args = self._event_filter(**filters)
            sql = f"SELECT e.id FROM events e WHERE {where} ORDER BY {DAY} IS NULL, {DAY} {order}, e.id {order}"
            if limit is not None:
                sql += " LIMIT ? OFFSET ?"
                args += [int(limit), int(offset)]
            ids = [r[0] for r in self.conn.execute(sql, args)]
            rows = self._event_dicts(ids)
        return _frame([_flat(r) for r in rows], True) if frame else rows

    def count_events(self, country=None, counterpart=None, type=None, since=None, until=None, topic=None,
                     organisation=None, person=None, scope=None, sector=None) -> int:
        """Return how many events match the filters of `events`."""
        filters = self._filters(country, counterpart, type, since, until, topic, organisation, None, scope)
        filters["sector"] = check_sector(sector)
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
                f"SELECT e.id FROM events e ORDER BY {DAY} IS NULL, {DAY} DESC, e.id DESC LIMIT ?", (int(limit),))]
            return self._event_dicts(ids)

    def _event_dicts(self, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        conn = self.conn
        out: dict[int, dict] = {}
        marks = ",".join("?" * len(ids))
        for r in conn.execute(f"SELECT e.*, s.name AS series_name, {DAY} AS day, {multilateral_sql()} AS multi"
                              f" FROM events e LEFT JOIN series s ON s.id = e.series_id WHERE e.id IN ({marks})", ids):
            place, place_country = place_of(r["place"], r["place_country"])
            out[r["id"]] = {
                "id": r["id"], "event": r["event"], "mode": r["mode"], "cameo": r["cameo"], "quad_code": r["quad_code"],
                "event_scale": r["event_scale"], "date": r["date"], "date_source": r["date_source"],
                "day": r["day"], "dated_by": "event" if r["date"] else "report" if r["day"] else None,
                "multilateral": bool(r["multi"]),
                "format": r["format"], "aux": r["aux"], "countries": r["countries"].split("|") if r["countries"] else [],
                "actor": [], "recipient": [], "actor_sector": [], "recipient_sector": [],
                "place": place, "place_country": place_country,
                "series": ({"id": r["series_id"], "name": r["series_name"], "ordinal": r["ordinal"]}
                           if r["series_id"] else None),
                "context": _loads(r["contexts"], []), "topics": [], "organizations": [], "documents": [],
                "participants": [], "mentions": [], "confidence": r["confidence"],
                "support": _loads(r["support"], {}), "corrected": _loads(r["corrected"], None),
                "planned": _loads(r["planned"], None)}
        states = _state_codes()
        for e in out.values():
            e["between_states"] = True
        for r in conn.execute(f"SELECT * FROM actors WHERE event_id IN ({marks}) ORDER BY rowid", ids):
            out[r["event_id"]][r["side"]].append(r["code"])
            out[r["event_id"]][f"{r['side']}_sector"].append(r["sector"])
            if not _governmental(r["code"], r["sector"], r["org"], states):
                out[r["event_id"]]["between_states"] = False
        for r in conn.execute(f"SELECT * FROM event_topics WHERE event_id IN ({marks}) ORDER BY rowid", ids):
            out[r["event_id"]]["topics"].append(r["topic"])
        for r in conn.execute(f"SELECT * FROM event_organisations WHERE event_id IN ({marks}) ORDER BY rowid", ids):
            out[r["event_id"]]["organizations"].append(r["org"])
        for r in conn.execute(f"SELECT * FROM signed_documents WHERE event_id IN ({marks}) ORDER BY id", ids):
            out[r["event_id"]]["documents"].append({"kind": r["kind"], "title": r["title"]})
        for r in conn.execute(f"SELECT p.*, pe.country AS person_country FROM participants p"
                              f" LEFT JOIN people pe ON pe.id = p.person_id WHERE p.event_id IN ({marks})"
                              f" ORDER BY p.rowid", ids):
            # A participant the text gave no state keeps the one the person is known by.
            out[r["event_id"]]["participants"].append(
                {"person_id": r["person_id"], "name": r["name"], "title": r["title"], "role": r["role"],
                 "country": r["country"] or r["person_country"], "institution": r["institution"]})
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
        """Full-text search over titles and texts, accent- and case-insensitive; every word must appear.

        A person's name finds them under their other spellings too, in every script ("Lavrov"
        finds "Лавров" and "لافروف", "فيصل بن فرحان" finds "Faisal bin Farhan"): the spellings
        the office-holders table and the stored people join."""
        words = re.findall(r"\w+", text or "")
        if not words:
            raise QueryError(f"search: {text!r} has no word to look for")
        with self._snapshot():
            query = self._search_query(text, words)
            rows = self.conn.execute(
                "SELECT d.doc_id, d.title, d.published, d.url,"
                " snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet"
                " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
                " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (query, int(limit))).fetchall()
        return _frame([dict(r) for r in rows], frame)

    def _search_query(self, text: str, words: list[str]) -> str:
        """The FTS5 query of a search: its words, or any other spelling of the person they name.

        A Cyrillic word matches its inflected forms ("Лавров" finds "Лавровым") as a prefix."""
        keys = sorted(name_signature(text)[0])
        people = []
        if keys:
            rows = self.conn.execute(
                "SELECT person_id, name FROM person_names WHERE person_id IN (SELECT person_id FROM person_words"
                f" WHERE word IN ({','.join('?' * len(keys))})) UNION SELECT id, name FROM people WHERE id IN"
                f" (SELECT person_id FROM person_words WHERE word IN ({','.join('?' * len(keys))}))", keys + keys)
            by_person: dict[int, list[str]] = defaultdict(list)
            for person_id, name in rows:
                by_person[person_id].append(name)
            people = [tuple(names) for names in by_person.values()]

        spelt = [words] + [re.findall(r"\w+", spelling) for spelling in other_spellings(text, people)]
        # A spelling whose words hold a shorter one's adds nothing ("Сергей Лавров" beside "Лавров").
        folded = [{fold(w) for w in ws} for ws in spelt]
        kept = [ws for i, ws in enumerate(spelt) if ws and (i == 0 or not any(
            j != i and folded[j] < folded[i] or (j < i and folded[j] == folded[i]) for j in range(len(spelt))))]
        if len(kept) == 1:
            return " ".join(_fts_word(w) for w in words)
        return " OR ".join(["(" + " ".join(_fts_word(w) for w in words) + ")"]
                           + [" + ".join(_fts_word(w) for w in ws) for ws in kept[1:]])

    # ------------------------------------------------------------------ relationships

    def timeline(self, a: str, b: str, scope: str | None = "bilateral") -> dict:
        """Return the history of a dyad: its events by date, documents signed, topics per year,
        the cooperation score per month, the series between them and the people who took part.

        Bilateral events only by default (`scope="all"` adds the summits both attended); events
        with no date of their own come last in `events` and are listed in `undated` too, each
        with the `day` of its first report. Each event says whether it is `between_states`
        (governments only); `between_states` and `with_other_actors` count them."""
        a, b = country_code(a), country_code(b)
        if a == b:
            raise QueryError(f"timeline: give two different countries (got {a} twice)")
        scope = check_scope(scope, "bilateral")
        with self._snapshot():
            events = self.events(country=a, counterpart=b, scope=scope)
            series = self.series(country=a, counterpart=b)
            left_out = 0 if scope == "all" else self.count_events(country=a, counterpart=b) - len(events)
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
                                                            "country": p["country"], "events": 0, "titles": [],
                                                            "wordings": []})
                person["events"] += 1
                # Posts by role (the role's label), the text's wordings beside them (not relational ones).
                post = label("role", p["role"]) or (None if is_relational(p["title"]) else p["title"])
                if post and post not in person["titles"]:
                    person["titles"].append(post)
                if p["title"] and not is_relational(p["title"]) and p["title"] not in person["wordings"]:
                    person["wordings"].append(p["title"])
            for d in e["documents"]:
                agreements.append({"event_id": e["id"], "date": e["date"], "day": e["day"],
                                   "dated_by": e["dated_by"], "kind": d["kind"], "title": d["title"],
                                   "countries": e["countries"],
                                   "doc_ids": sorted({m["doc_id"] for m in e["mentions"]})})
        if people:
            with self._snapshot():
                marks = ",".join("?" * len(people))
                for r in self.conn.execute(f"SELECT id, country FROM people WHERE id IN ({marks})", list(people)):
                    people[r["id"]]["country"] = people[r["id"]]["country"] or r["country"]
        score = [{"period": m, "events": len(v), "goldstein": round(sum(v) / len(v), 2)}
                 for m, v in sorted(months.items())]
        return {"a": a, "b": b, "scope": scope, "events": events, "left_out": left_out,
                "between_states": sum(e["between_states"] for e in events),
                "with_other_actors": sum(not e["between_states"] for e in events),
                "undated": [e for e in events if not e["date"]], "agreements": agreements,
                "topics": {y: dict(c.most_common()) for y, c in sorted(topics.items())}, "score": score,
                "series": series, "people": sorted(people.values(), key=lambda p: -p["events"])}

    def partners(self, of: str, limit: int | None = None, scope: str | None = "bilateral", frame: bool = False):
        """Return the states `of` has events with, most events first, with their mean Goldstein score.

        Bilateral events only by default: attending one summit does not make every other
        attendee a partner (`scope="all"` counts them, `"multilateral"` counts only them).
        Organisations acting in events (UNO, IGO...) are not partners: only states are listed.
        Each partner's events are split into `between_states` (governments only on both sides)
        and `with_other_actors` (an army, rebels, police, an organisation… on either side)."""
        code = country_code(of)
        scope = check_scope(scope, "bilateral")
        where, args = self._event_filter(scope=scope)
        with self._snapshot():
            rows = self.conn.execute(
                "SELECT other.code AS country, e.id, e.event, e.date, e.event_scale FROM events e"
                " JOIN actors mine ON mine.event_id = e.id AND mine.code = ?"
                " JOIN actors other ON other.event_id = e.id AND other.code != ?"
                f" WHERE {where} GROUP BY other.code, e.id", (code, code, *args)).fetchall()
            states = _state_codes()
            others = self._with_other_actors(sorted({r["id"] for r in rows}), states)
        stats: dict[str, dict] = {}
        for r in rows:
            if r["country"] not in states:
                continue
            s = stats.setdefault(r["country"], {"country": r["country"], "events": 0, "between_states": 0,
                                                "with_other_actors": 0, "scores": [], "last_date": None,
                                                "types": Counter()})
            s["events"] += 1
            s["with_other_actors" if r["id"] in others else "between_states"] += 1
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

    def _with_other_actors(self, ids: list[int], states: frozenset[str]) -> set[int]:
        """The events among `ids` with an actor that is not a state's government: another sector
        (army, rebels, police…), an organisation, or an actor of no known state."""
        out: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for r in self.conn.execute(f"SELECT event_id, code, sector, org FROM actors WHERE event_id IN"
                                       f" ({','.join('?' * len(chunk))})", chunk):
                if not _governmental(r["code"], r["sector"], r["org"], states):
                    out.add(r["event_id"])
        return out

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
            people = [self._person_dict(r) for r in self.conn.execute(sql + " ORDER BY name", args)]
        if code:
            people = [p for p in people if p["country"] == code]
        people.sort(key=lambda p: (-p["events"], p["name"]))
        return _frame(people, frame)

    def _person_dict(self, row: sqlite3.Row) -> dict:
        """A person: every spelling met (`names`, the main one first), their state (stored, else
        the one their participations name most, else the one their events leave them), their
        number of events and their posts over time (see `titles.titles_over_time`)."""
        names = [row["name"]]
        for r in self.conn.execute("SELECT name FROM person_names WHERE person_id = ? UNION"
                                   " SELECT name FROM participants WHERE person_id = ? ORDER BY 1",
                                   (row["id"], row["id"])):
            if r[0] not in names:
                names.append(r[0])
        rows = [dict(r) for r in self.conn.execute(
            f"SELECT p.event_id, p.title, p.role, p.country, p.institution, {DAY} AS date FROM participants p"
            f" JOIN events e ON e.id = p.event_id WHERE p.person_id = ? ORDER BY 6", (row["id"],))]
        country, inferred = row["country"], False
        if not country:
            stated = Counter(r["country"] for r in rows if r["country"])
            country = stated.most_common(1)[0][0] if stated else self._country_left(row["id"], rows)
            inferred = country is not None
        return {"id": row["id"], "name": row["name"], "country": country, "country_inferred": inferred,
                "names": names, "events": len(rows), "titles": titles_over_time(rows)}

    def _country_left(self, person_id: int, rows: list[dict]) -> str | None:
        """The state a person with none stated speaks for, when their events leave one only: the
        events' states less those of the other participants (a Moroccan speaker receiving a
        Kazakh delegation is the Moroccan side). None when the events disagree or leave several."""
        found: set[str] = set()
        states = _state_codes()
        for r in rows:
            codes = {c for (c,) in self.conn.execute("SELECT code FROM actors WHERE event_id = ?", (r["event_id"],))}
            others = {c for (c,) in self.conn.execute(
                "SELECT coalesce(p.country, pe.country) FROM participants p JOIN people pe ON pe.id = p.person_id"
                " WHERE p.event_id = ? AND p.person_id != ?", (r["event_id"], person_id)) if c}
            left = (codes & states) - others
            if len(left) == 1:
                found |= left
        return found.pop() if len(found) == 1 else None

    def person(self, person_id: int) -> dict | None:
        """Return one person with their titles over time and their events."""
        with self._snapshot():
            row = self.conn.execute("SELECT * FROM people WHERE id = ?", (int(person_id),)).fetchone()
            if row is None:
                return None
            person = self._person_dict(row)
            ids = [r[0] for r in self.conn.execute(
                f"SELECT e.id FROM participants p JOIN events e ON e.id = p.event_id WHERE p.person_id = ?"
                f" ORDER BY {DAY} IS NULL, {DAY} DESC, e.id DESC", (int(person_id),))]
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
            sql = (f"SELECT s.event_id, e.date, {DAY} AS day, s.kind, s.title, e.countries, e.event"
                   f" FROM signed_documents s JOIN events e ON e.id = s.event_id WHERE {where}")
            if kind:
                sql += " AND s.kind = ?"
                args.append(kind)
            rows = self.conn.execute(sql + " ORDER BY day IS NULL, day, s.id", args).fetchall()
            out = []
            for r in rows:
                docs = [d[0] for d in self.conn.execute(
                    "SELECT DISTINCT d.doc_id FROM mentions m JOIN documents d ON d.id = m.document_id"
                    " WHERE m.event_id = ? ORDER BY d.doc_id", (r["event_id"],))]
                out.append({"event_id": r["event_id"], "date": r["date"], "day": r["day"],
                            "dated_by": "event" if r["date"] else "report" if r["day"] else None,
                            "kind": r["kind"], "title": r["title"],
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
                           "event": r["event"], "place": place_of(r["place"], r["place_country"])[0],
                           "place_country": place_of(r["place"], r["place_country"])[1]}
                          for r in self.conn.execute(
                              "SELECT id, ordinal, date, format, event, place, place_country FROM events"
                              " WHERE series_id = ? ORDER BY ordinal IS NULL, ordinal, date", (s["id"],))]
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
        "id": event["id"], "date": event["date"], "day": event.get("day"), "dated_by": event.get("dated_by"),
        "multilateral": event.get("multilateral"), "event": event["event"], "mode": event["mode"],
        "actor": ";".join(event["actor"]), "recipient": ";".join(event["recipient"]),
        "actor_sector": ";".join(s or "" for s in event["actor_sector"]),
        "recipient_sector": ";".join(s or "" for s in event["recipient_sector"]),
        "countries": ";".join(event["countries"]), "cameo": event["cameo"], "quad_code": event["quad_code"],
        "event_scale": event["event_scale"], "format": event["format"], "aux": event["aux"],
        "series": event["series"]["name"] if event["series"] else None,
        "ordinal": event["series"]["ordinal"] if event["series"] else None,
        "place": event["place"], "place_country": event.get("place_country"), "topics": ";".join(event["topics"]),
        "organizations": ";".join(event["organizations"]),
        "documents": ";".join(d["kind"] for d in event["documents"]),
        "participants": ";".join(p["name"] for p in event["participants"]),
        "mentions": len(event["mentions"]), "doc_ids": ";".join(m["doc_id"] for m in event["mentions"]),
        "confidence": event["confidence"], "corrected": bool(event.get("corrected")),
    }


def _governmental(code: str, sector: str | None, org: str | None, states: frozenset[str]) -> bool:
    """Is an actor a state's government (state code, sector GOV or none recorded, no organisation)?"""
    return code in states and (sector or "GOV") == "GOV" and not org
