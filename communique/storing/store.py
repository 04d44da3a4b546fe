"""The relations record: coded documents kept in one SQLite file, with their events merged across reports.

    >>> from communique.storing import Store
    >>> with Store.open("communique.db") as store:
    ...     store.ingest(communique.read_inputs(["releases.jsonl"]))
    ...     store.timeline("KAZ", "MAR")

The file is in WAL mode: readers never wait for the writer and see whole documents only, since
each document is written in one transaction (a crash loses at most the document in flight).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, Callable, Iterable, Iterator

from ..reading import Document, ReadError
from ..recognising.office_holders import lookup
from ..record import Record
from .errors import StoreError
from .merging import Facts, Person, match_score, merged_attributes, script_of
from .names import compatible_names, name_signature, person_key
from .commitments import CommitmentQueries, relink
from .corrections import CorrectionQueries, apply as apply_corrections
from .promises import merged_planned
from .queries import Queries
from .watching import WatchQueries
from .schema import SCHEMA_VERSION, migrate, version_of


@dataclass
class IngestReport:
    """What an ingest did: documents added, replaced (changed content), unchanged (skipped) and failed."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.added + self.replaced

    def __str__(self) -> str:
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{self.failed} failed")


def content_hash(value: Any) -> str:
    """Return a stable hash of JSON-ready data (what decides that a document has changed)."""
    return hashlib.sha1(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def document_hash(doc: Document) -> str:
    """Return the content hash of a document: its text and what the input says about it.

    A coded record that carries its text hashes the same as the document it was coded from, so
    that a document stored either way is not stored again the other way."""
    return content_hash(["document", doc.title, doc.text, doc.published, doc.url, doc.source])


def record_hash(record: dict) -> str:
    """Return the content hash of an already-coded record (its document's, when it has its text)."""
    if isinstance(record.get("text"), str):
        return content_hash(["document", record.get("title"), record["text"], record.get("published"),
                             record.get("url"), record.get("source")])
    return content_hash(["record", record])


def check_record(record: Any, origin: str = "<record>") -> dict:
    """Return a coded record (as `Record.to_dict` gives it) after checking its shape; raise ReadError otherwise."""
    if not isinstance(record, dict):
        raise ReadError(origin, f"a coded record must be a JSON object, not {type(record).__name__}")
    doc_id = record.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise ReadError(origin, "a coded record needs a non-empty string 'doc_id'")
    events = record.get("events")
    if not isinstance(events, list):
        raise ReadError(origin, "a coded record needs an 'events' list", doc_id)
    for n, event in enumerate(events, 1):
        if not isinstance(event, dict) or not isinstance(event.get("event"), str):
            raise ReadError(origin, f"event {n} has no 'event' type", doc_id)
        for side in ("actor", "recipient"):
            entities = event.get(side) or []
            if not isinstance(entities, list) or not all(isinstance(e, dict) and isinstance(e.get("code"), str)
                                                         for e in entities):
                raise ReadError(origin, f"event {n}: '{side}' must be a list of entities with a 'code'", doc_id)
        provenance = event.get("provenance") or []
        if not isinstance(provenance, list) or not all(
                isinstance(p, dict) and isinstance(p.get("field"), str) and isinstance(p.get("rule"), str)
                and all(isinstance(p.get(k), (int, type(None))) for k in ("start", "end")) for p in provenance):
            raise ReadError(origin, f"event {n}: 'provenance' must be a list of objects with a 'field', a 'rule' "
                                    "and integer or null 'start' and 'end'", doc_id)
    return record


class Store(Queries, CommitmentQueries, CorrectionQueries, WatchQueries):
    """One communique database. Open with `Store.open(path)`; use as a context manager or call close()."""

    def __init__(self, conn: sqlite3.Connection, path: str, readonly: bool):
        self.conn = conn
        self.path = path
        self.readonly = readonly
        # People resolved in the transaction in flight: a merged event's refresh resolves the
        # participants of all its reports again. Cleared at each transaction's end.
        self._people: dict[tuple, int] = {}
        # The states of the events rebuilt since the promises were last linked: only their promises
        # can have changed fate.
        self._touched: set[str] = set()

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike, readonly: bool = False) -> "Store":
        """Open (creating and migrating when writable) the database at `path`; raise StoreError when it cannot be."""
        path = os.fspath(path)
        if os.path.isdir(path):
            raise StoreError(f"{path}: is a directory, not a database file")
        exists = os.path.exists(path)
        if readonly and not exists:
            raise StoreError(f"{path}: no such database (ingest documents into it first)")
        if exists:
            with open(path, "rb") as f:
                head = f.read(16)
            if head and head != b"SQLite format 3\x00":
                raise StoreError(f"{path}: not a communique database (not an SQLite file)")
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = version_of(conn)
            if tables and version == 0:
                raise StoreError(f"{path}: an SQLite file, but not a communique database")
            if readonly and version < SCHEMA_VERSION:
                raise StoreError(f"{path}: schema version {version} needs upgrading; open it once for writing")
            if not readonly:
                migrate(conn)
            elif version > SCHEMA_VERSION:
                raise StoreError(f"{path}: schema version {version} is newer than this communique's "
                                 f"({SCHEMA_VERSION}); upgrade communique")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable communique database ({exc})") from None
        except ValueError as exc:
            raise StoreError(f"{path}: {exc}") from None
        return cls(conn, path, readonly)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest

    def ingest(self, items: Iterable[Document | Record | dict | ReadError], jobs: int = 1,
               progress: bool = False, lang: str | None = None, total: int | None = None,
               force: bool = False, code: Callable | None = None) -> IngestReport:
        """Code what needs coding and store every document, one transaction each.

        `items` are documents to code, coded `Record`s, coded record dicts (as `extract` writes
        them) or `ReadError`s (counted as failures). A document already stored with the same
        content is skipped before coding; one stored under the same id or URL with other content
        is replaced, its earlier events with it. `force` codes and replaces documents even when
        unchanged (after a new version of the coder). `jobs` > 1 codes in that many processes;
        `code`, when given, codes instead: code(documents, lang, on_error) yields their records in
        order (the server passes its pool of coding workers)."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        report = IngestReport()
        bar = _progress_bar(progress, total)

        def coding_failed(doc: Document, exc: Exception) -> None:
            report.failed += 1
            report.errors.append(str(ReadError(doc.origin or "<input>",
                                               f"coding failed: {type(exc).__name__}: {exc}", doc.doc_id)))
            bar.update()

        hashes: dict[str, str] = {}

        def changed(documents: Iterable[Document]) -> Iterator[Document]:
            for doc in documents:
                digest = document_hash(doc)
                if not force and self._unchanged(doc.doc_id, doc.url, digest):
                    report.unchanged += 1
                    bar.update()
                    continue
                hashes[doc.doc_id] = digest
                yield doc

        # Runs of documents to code stream through the coder; coded records and read errors are
        # handled in between. Storing happens here, never inside the generator the coder pulls
        # from, so that a storage error is raised, not taken for a coding failure.
        try:
            for to_code, run in groupby(items, key=lambda item: isinstance(item, Document)):
                if to_code:
                    coded = code(changed(run), lang, coding_failed) if code else \
                        _code(changed(run), jobs, lang, coding_failed)
                    for record in coded:
                        data = record.to_dict(with_text=True)
                        self._store(data, data.get("text"), hashes.pop(record.doc_id, None) or record_hash(data),
                                    report, force)
                        bar.update()
                    continue
                for item in run:
                    if isinstance(item, ReadError):
                        report.failed += 1
                        report.errors.append(str(item))
                    else:
                        try:
                            data = item.to_dict(with_text=True) if isinstance(item, Record) else check_record(item)
                        except ReadError as exc:
                            report.failed += 1
                            report.errors.append(str(exc))
                        else:
                            try:
                                self._store(data, data.get("text"), record_hash(data), report, force)
                            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                                # A record from elsewhere that breaks the record contract: its
                                # transaction is rolled back, the others go on.
                                report.failed += 1
                                report.errors.append(str(ReadError(
                                    "<record>", f"malformed coded record: {type(exc).__name__}: {exc}",
                                    data.get("doc_id"))))
                    bar.update()
        finally:
            bar.close()
        if report.stored:
            self.relink_commitments(states=self._touched)
        return report

    def relink_commitments(self, states: Iterable[str] | None = None) -> int:
        """Link the promises (AGREE future) to the stored events that kept them, afresh: all of them, or
        those of the `states` given; return how many were linked."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        linked = relink(self.conn, None if states is None else set(states))
        self._touched = set()
        return linked

    def _unchanged(self, doc_id: str, url: str | None, digest: str) -> bool:
        row = self._existing(doc_id, url)
        return row is not None and row["content_hash"] == digest

    def _existing(self, doc_id: str, url: str | None) -> sqlite3.Row | None:
        row = self.conn.execute("SELECT id, content_hash FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None and url:
            row = self.conn.execute("SELECT id, content_hash FROM documents WHERE url = ? ORDER BY id LIMIT 1",
                                    (url,)).fetchone()
        return row

    def _store(self, record: dict, text: str | None, digest: str, report: IngestReport, force: bool = False) -> None:
        """Write one coded document and merge its events, in one transaction."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        self._people.clear()
        try:
            existing = self._existing(record["doc_id"], record.get("url"))
            if existing is not None and existing["content_hash"] == digest and not force:
                conn.execute("ROLLBACK")
                report.unchanged += 1
                return
            if existing is not None:
                self._remove_document(existing["id"])
            stored = {k: v for k, v in record.items() if k != "text"}
            cur = conn.execute(
                "INSERT INTO documents (doc_id, url, title, source, lang, published, text, content_hash, record,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record["doc_id"], record.get("url"), record.get("title"), record.get("source"), record.get("lang"),
                 record.get("published"), text, digest, json.dumps(stored, ensure_ascii=False),
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
            document_id = cur.lastrowid
            for n, event in enumerate(record["events"], 1):
                self._add_mention(document_id, record, n, event)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if existing is not None:
            report.replaced += 1
        else:
            report.added += 1

    def _remove_document(self, document_id: int) -> None:
        events = [r[0] for r in self.conn.execute("SELECT DISTINCT event_id FROM mentions WHERE document_id = ?",
                                                  (document_id,))]
        for event_id in events:
            self._clear(event_id)  # what refers to the mentions about to go
        self.conn.execute("DELETE FROM mentions WHERE document_id = ?", (document_id,))
        for event_id in events:
            self._refresh(event_id)
        self.conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        # People and series no event refers to any more go with the document that brought them.
        self.conn.execute("DELETE FROM person_names WHERE person_id NOT IN (SELECT person_id FROM participants)")
        self.conn.execute("DELETE FROM person_words WHERE person_id NOT IN (SELECT person_id FROM participants)")
        self.conn.execute("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM participants)")
        self.conn.execute("DELETE FROM series WHERE id NOT IN (SELECT series_id FROM events WHERE series_id IS NOT NULL)")

    # ------------------------------------------------------------------ merging

    def _add_mention(self, document_id: int, record: dict, n: int, event: dict) -> None:
        countries = _countries_of(event)
        year = _year(event.get("date") or record.get("published"))
        people: dict[str, list[Person]] = {}
        for p in event.get("participants") or []:
            if p.get("country") and p.get("name"):
                person_id = self._person_id(p["name"], p["country"], year, p.get("role"))
                people.setdefault(p["country"], []).append(_person(person_id, p["name"], p.get("role")))
        series = event.get("series") or {}
        # An undated event (an announced round, "in 2026") is compared by its report's publication date.
        dated = bool(event.get("date"))
        new = Facts(event=event["event"], countries=countries,
                    date=event.get("date") if dated else record.get("published"),
                    date_source=event.get("date_source") if dated else "published", format=event.get("format"),
                    series=series.get("name"), ordinal=series.get("ordinal"), people=people,
                    documents={document_id},
                    planned=event["planned"] if isinstance(event.get("planned"), dict) else None)
        best, best_score = None, None
        for facts_id, facts in self._candidates(new):
            score = match_score(facts, new)
            if score is not None and (best_score is None or score > best_score):
                best, best_score = facts_id, score
        if best is None:
            best = self.conn.execute("INSERT INTO events (event, countries) VALUES (?, ?)",
                                     (event["event"], countries)).lastrowid
        self.conn.execute(
            "INSERT INTO mentions (event_id, document_id, record_event_id, event_text, spans, confidence, coded)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (best, document_id, event.get("id") or f"{record['doc_id']}:{n}", event.get("event_text"),
             json.dumps(event.get("spans") or []), event.get("confidence"), json.dumps(event, ensure_ascii=False)))
        self._refresh(best)

    def _candidates(self, new: Facts) -> Iterator[tuple[int, Facts]]:
        """Stored events that could be the same real event as `new`: same type and states, and
        a date near it or the same round of a series."""
        day = new.date
        rows = self.conn.execute(
            "SELECT e.id, e.date, e.date_source, e.format, e.ordinal, e.planned, s.name AS series FROM events e"
            " LEFT JOIN series s ON s.id = e.series_id"
            " WHERE e.event = ? AND e.countries = ?"
            " AND (e.date IS NULL OR ? IS NULL OR substr(e.date, 1, 7) BETWEEN ? AND ? OR e.ordinal = ?)",
            (new.event, new.countries, day, _month_shift(day, -1), _month_shift(day, 1), new.ordinal)).fetchall()
        for row in rows:
            people: dict[str, list[Person]] = {}
            for p in self.conn.execute("SELECT country, person_id, name, role FROM participants WHERE event_id = ?",
                                       (row["id"],)):
                if p["country"]:
                    people.setdefault(p["country"], []).append(_person(p["person_id"], p["name"], p["role"]))
            reports = self.conn.execute("SELECT m.document_id, d.published FROM mentions m"
                                        " JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?",
                                        (row["id"],)).fetchall()
            date, source = row["date"], row["date_source"]
            if date is None:
                date, source = min((r["published"] for r in reports if r["published"]), default=None), "published"
            yield row["id"], Facts(event=new.event, countries=new.countries, date=date, date_source=source,
                                   format=row["format"], series=row["series"], ordinal=row["ordinal"],
                                   people=people, documents={r["document_id"] for r in reports},
                                   planned=json.loads(row["planned"]) if row["planned"] else None)

    def _refresh(self, event_id: int) -> None:
        """Recompute a stored event from its mentions (or delete it when it has none left)."""
        conn = self.conn
        before = conn.execute("SELECT countries FROM events WHERE id = ?", (event_id,)).fetchone()
        if before is not None and before[0]:
            self._touched.update(before[0].split("|"))
        rows = conn.execute("SELECT m.id, m.coded, d.published FROM mentions m JOIN documents d ON d.id = m.document_id"
                            " WHERE m.event_id = ? ORDER BY m.id", (event_id,)).fetchall()
        self._clear(event_id)
        if not rows:
            conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            return
        mentions = [(r["id"], json.loads(r["coded"])) for r in rows]
        published = {r["id"]: r["published"] for r in rows}
        merged = merged_attributes(mentions)
        series_id = ordinal = None
        if merged["series"]:
            name, ordinal = merged["series"]
            countries = conn.execute("SELECT countries FROM events WHERE id = ?", (event_id,)).fetchone()[0]
            conn.execute("INSERT OR IGNORE INTO series (name, countries) VALUES (?, ?)", (name, countries))
            series_id = conn.execute("SELECT id FROM series WHERE name = ? AND countries = ?",
                                     (name, countries)).fetchone()[0]
        place = merged["place"] or (None, None)
        conn.execute(
            "UPDATE events SET mode = ?, cameo = ?, quad_code = ?, event_scale = ?, date = ?, date_source = ?,"
            " format = ?, aux = ?, place = ?, place_country = ?, series_id = ?, ordinal = ?, contexts = ?,"
            " confidence = ?, support = ? WHERE id = ?",
            (merged["mode"], merged["cameo"], merged["quad_code"], merged["event_scale"], merged["date"],
             merged["date_source"], merged["format"], merged["aux"], place[0], place[1], series_id, ordinal,
             json.dumps(merged["contexts"]), merged["confidence"], json.dumps(merged["support"]), event_id))
        planned = merged_planned([(e.get("confidence"), e["planned"]) for _, e in mentions
                                  if isinstance(e.get("planned"), dict)])
        conn.execute("UPDATE events SET planned = ? WHERE id = ?",
                     (json.dumps(planned, ensure_ascii=False) if planned else None, event_id))
        conn.executemany("INSERT INTO actors (event_id, code, side, sector, org, mention_id) VALUES (?, ?, ?, ?, ?, ?)",
                         [(event_id, code, side, sector, org, mid)
                          for (code, side), (sector, org, mid) in merged["entities"].items()])
        conn.executemany("INSERT INTO event_topics (event_id, topic, support, mention_id) VALUES (?, ?, ?, ?)",
                         [(event_id, *t) for t in merged["topics"]])
        conn.executemany("INSERT INTO event_organisations (event_id, org, support, mention_id) VALUES (?, ?, ?, ?)",
                         [(event_id, *o) for o in merged["organizations"]])
        conn.executemany("INSERT INTO signed_documents (event_id, kind, title, mention_id) VALUES (?, ?, ?, ?)",
                         [(event_id, *d) for d in merged["documents"]])
        self._merge_participants(event_id, mentions, published, merged["date"])
        if apply_corrections(conn, event_id):  # a user deleted it: rebuilt from the reports left, if any
            self._refresh(event_id)

    def _clear(self, event_id: int) -> None:
        """Delete what an event's attributes are made of (rebuilt from its mentions by `_refresh`)."""
        for table in ("actors", "participants", "event_topics", "event_organisations", "signed_documents"):
            self.conn.execute(f"DELETE FROM {table} WHERE event_id = ?", (event_id,))

    def _merge_participants(self, event_id: int, mentions: list[tuple[int, dict]], published: dict,
                            date: str | None) -> None:
        people: dict[int, list[tuple[dict, int]]] = {}
        for mid, event in mentions:
            year = _year(date or published.get(mid))
            for p in event.get("participants") or []:
                if p.get("name"):
                    person_id = self._person_id(p["name"], p.get("country"), year, p.get("role"))
                    people.setdefault(person_id, []).append((p, mid))
        for person_id, seen in people.items():
            def best(key):
                values = [p.get(key) for p, _ in seen if p.get(key)]
                return max(values, key=lambda v: (values.count(v), len(v))) if values else None
            name = max((p["name"] for p, _ in seen), key=len)
            title = best("title")
            mid = next((m for p, m in seen if p.get("title") == title), seen[0][1])
            self.conn.execute(
                "INSERT INTO participants (event_id, person_id, name, title, role, country, institution, mention_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, person_id, name, title, best("role"), best("country"), best("institution"), mid))

    def _person_id(self, name: str, country: str | None, year: int | None, role: str | None = None) -> int:
        """Return the id of the person `name` denotes, recording a new person or spelling as needed.

        The office-holders dictionary gives the canonical spelling of the people it lists, and
        two spellings it resolves to one office-holder are one person. Other names are matched
        on their surname key, state and given names; when a bare surname fits several people,
        the one known in the same role is taken ("Ndiaye", minister, is not Awa Ndiaye, foreign
        minister, when a minister Moussa Ndiaye is known)."""
        known = self._people.get((name, country, year, role))
        if known is not None:
            return known
        person_id = self._resolve_person(name, country, year, role)
        self._people[(name, country, year, role)] = person_id
        return person_id

    def _resolve_person(self, name: str, country: str | None, year: int | None, role: str | None) -> int:
        office = lookup(name, year)
        if office is not None and (country is None or office.iso3 == country):
            canonical, country = office.name, office.iso3
        else:
            office, canonical = None, name
        key = person_key(canonical) or " ".join(name.split()).casefold()
        words = name_signature(canonical)[0] | name_signature(name)[0]
        marks = ",".join("?" * len(words))
        candidates = self.conn.execute(
            f"SELECT id, name, country FROM people WHERE id IN (SELECT person_id FROM person_words WHERE word IN ({marks}))"
            f" ORDER BY id", sorted(words)).fetchall() if words else []
        fitting = []
        for row in candidates:
            if country and row["country"] and row["country"] != country:
                continue
            if office is not None and row["name"] == office.name:
                fitting = [row]
                break
            names = [r[0] for r in self.conn.execute("SELECT name FROM person_names WHERE person_id = ?",
                                                     (row["id"],))]
            if all(compatible_names(canonical, n) or compatible_names(name, n) for n in names + [row["name"]]):
                fitting.append(row)
        if len(fitting) > 1 and role:
            in_role = [row for row in fitting if self.conn.execute(
                "SELECT 1 FROM participants WHERE person_id = ? AND role = ? LIMIT 1", (row["id"], role)).fetchone()]
            fitting = in_role or fitting
        chosen = fitting[0] if fitting else None
        if chosen is None:
            person_id = self.conn.execute("INSERT INTO people (name, country, key) VALUES (?, ?, ?)",
                                          (canonical, country, key)).lastrowid
        else:
            person_id = chosen["id"]
            if country and not chosen["country"]:
                self.conn.execute("UPDATE people SET country = ? WHERE id = ?", (country, person_id))
            if len(canonical) > len(chosen["name"]) and office is None:
                self.conn.execute("UPDATE people SET name = ? WHERE id = ?", (canonical, person_id))
        self.conn.execute("INSERT OR IGNORE INTO person_names (person_id, name) VALUES (?, ?)", (person_id, name))
        self.conn.executemany("INSERT OR IGNORE INTO person_words (word, person_id) VALUES (?, ?)",
                              [(w, person_id) for w in words])
        return person_id


# --------------------------------------------------------------------------- helpers

def _person(person_id: int, name: str, role: str | None) -> Person:
    words = name_signature(name)[0]
    return Person(id=person_id, words=words, bare=len(words) == 1, role=role, script=script_of(name))


def _countries_of(event: dict) -> str:
    codes = {e["code"] for side in ("actor", "recipient") for e in event.get(side) or []}
    return "|".join(sorted(codes))


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _month_shift(date: str | None, months: int) -> str | None:
    if not date or len(date) < 7:
        return date[:4] + ("-00" if months < 0 else "-99") if date else None
    year, month = int(date[:4]), int(date[5:7]) + months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(enabled: bool, total: int | None):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm
    return tqdm(total=total, unit="doc", desc="ingest", dynamic_ncols=True)


def _code(documents: Iterator[Document], jobs: int, lang: str | None, on_error) -> Iterator[Record]:
    """Code documents in order, in `jobs` processes when more than one, isolating failures."""
    from ..running.parallel import code_documents  # the coder and its models load only when needed
    return code_documents(documents, jobs, lang, on_error)
