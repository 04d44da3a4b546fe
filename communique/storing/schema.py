"""The store's schema as numbered migrations, applied in order on open.

`PRAGMA user_version` holds the version a database is at. A migration is never edited once
released: a change to the schema is a new migration, so that every older file can be brought
up to date (tests keep a version-1 database made with `MIGRATIONS[0]` to check this).
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from .names import name_signature


def _index_person_words(conn: sqlite3.Connection) -> None:
    """Migration 3: index every word of every spelling of every person, so that a name is
    found under any of its parts ("Ortega" finds "Javier Ortega Ruiz")."""
    conn.execute("CREATE TABLE person_words (word TEXT NOT NULL, person_id INTEGER NOT NULL REFERENCES people(id),"
                 " PRIMARY KEY (word, person_id)) WITHOUT ROWID")
    names = conn.execute("SELECT id, name FROM people UNION SELECT person_id, name FROM person_names").fetchall()
    conn.executemany("INSERT OR IGNORE INTO person_words (word, person_id) VALUES (?, ?)",
                     [(word, person_id) for person_id, name in names for word in name_signature(name)[0]])


def _add_commitments(conn: sqlite3.Connection) -> None:
    """Migration 6: events keep `planned`; the commitments table links each promise to the event
    that kept it, filled at once for the events already stored."""
    from .commitments import relink  # the linking rules, which read the tables made here
    conn.execute("ALTER TABLE events ADD COLUMN planned TEXT")
    conn.execute("""
        CREATE TABLE commitments (
            event_id      INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            kind          TEXT,                 -- visit, round, meeting, signing, call, or NULL (any contact)
            ordinal       INTEGER,              -- the round promised, when one is
            series        TEXT,                 -- the mechanism named, when one is ("joint commission")
            place         TEXT,
            place_country TEXT,
            promised_on   TEXT,                 -- the date the promise was made (or its report's)
            window_start  TEXT NOT NULL,        -- YYYY-MM-DD: when keeping the promise is on time
            window_end    TEXT NOT NULL,
            planned_from  TEXT NOT NULL,        -- 'record' (the coder's planned) or 'fallback' (the AGREE's fields)
            fulfilled_by  INTEGER REFERENCES events(id) ON DELETE SET NULL,
            late          INTEGER NOT NULL DEFAULT 0,
            matched       TEXT NOT NULL DEFAULT '[]'  -- the fields on which the fulfilling event matched
        )""")
    conn.execute("CREATE INDEX commitments_fulfilled_by ON commitments(fulfilled_by)")
    relink(conn)


#: Migration n (1-based) brings a database from version n-1 to version n: an SQL script, or a
#: function of the connection where SQL alone cannot compute what the new schema holds.
MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    # 1: documents, merged events and what hangs off them.
    """
    CREATE TABLE documents (
        id           INTEGER PRIMARY KEY,
        doc_id       TEXT NOT NULL UNIQUE,
        url          TEXT,
        title        TEXT,
        source       TEXT,
        lang         TEXT,
        published    TEXT,
        text         TEXT,
        content_hash TEXT NOT NULL,
        record       TEXT NOT NULL,          -- the coded record as `extract` gives it (JSON)
        ingested_at  TEXT NOT NULL
    );
    CREATE INDEX documents_url ON documents(url);
    CREATE INDEX documents_published ON documents(published);

    CREATE TABLE series (
        id        INTEGER PRIMARY KEY,
        name      TEXT NOT NULL,
        countries TEXT NOT NULL,             -- sorted codes joined by '|'
        UNIQUE (name, countries)
    );

    CREATE TABLE events (
        id            INTEGER PRIMARY KEY,
        event         TEXT NOT NULL,
        mode          TEXT,
        cameo         TEXT,
        quad_code     INTEGER,
        event_scale   REAL,
        date          TEXT,
        date_source   TEXT,
        format        TEXT,
        aux           TEXT,
        place         TEXT,
        place_country TEXT,
        series_id     INTEGER REFERENCES series(id),
        ordinal       INTEGER,
        countries     TEXT NOT NULL,         -- sorted codes of actors and recipients joined by '|'
        contexts      TEXT NOT NULL DEFAULT '[]',
        confidence    REAL
    );
    CREATE INDEX events_match ON events(event, countries);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_series ON events(series_id);

    -- One row per event of a coded record: which document reports which store event, and how.
    CREATE TABLE mentions (
        id              INTEGER PRIMARY KEY,
        event_id        INTEGER NOT NULL REFERENCES events(id),
        document_id     INTEGER NOT NULL REFERENCES documents(id),
        record_event_id TEXT NOT NULL,
        event_text      TEXT,
        spans           TEXT NOT NULL DEFAULT '[]',
        confidence      REAL,
        coded           TEXT NOT NULL        -- the record's event (JSON): the evidence for every attribute
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_document ON mentions(document_id);

    CREATE TABLE actors (
        event_id   INTEGER NOT NULL REFERENCES events(id),
        code       TEXT NOT NULL,
        side       TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
        sector     TEXT,
        org        TEXT,
        mention_id INTEGER NOT NULL REFERENCES mentions(id),
        PRIMARY KEY (event_id, code, side)
    );
    CREATE INDEX actors_code ON actors(code);

    CREATE TABLE people (
        id      INTEGER PRIMARY KEY,
        name    TEXT NOT NULL,
        country TEXT,
        key     TEXT NOT NULL                -- surname key used to recognise variant spellings
    );
    CREATE INDEX people_key ON people(key);

    CREATE TABLE person_names (
        person_id INTEGER NOT NULL REFERENCES people(id),
        name      TEXT NOT NULL,
        PRIMARY KEY (person_id, name)
    );

    CREATE TABLE participants (
        event_id    INTEGER NOT NULL REFERENCES events(id),
        person_id   INTEGER NOT NULL REFERENCES people(id),
        name        TEXT NOT NULL,
        title       TEXT,
        role        TEXT,
        country     TEXT,
        institution TEXT,
        mention_id  INTEGER NOT NULL REFERENCES mentions(id),
        PRIMARY KEY (event_id, person_id)
    );
    CREATE INDEX participants_person ON participants(person_id);

    CREATE TABLE event_topics (
        event_id   INTEGER NOT NULL REFERENCES events(id),
        topic      TEXT NOT NULL,
        support    INTEGER NOT NULL,
        mention_id INTEGER NOT NULL REFERENCES mentions(id),
        PRIMARY KEY (event_id, topic)
    );
    CREATE INDEX event_topics_topic ON event_topics(topic);

    CREATE TABLE event_organisations (
        event_id   INTEGER NOT NULL REFERENCES events(id),
        org        TEXT NOT NULL,
        support    INTEGER NOT NULL,
        mention_id INTEGER NOT NULL REFERENCES mentions(id),
        PRIMARY KEY (event_id, org)
    );
    CREATE INDEX event_organisations_org ON event_organisations(org);

    CREATE TABLE signed_documents (
        id         INTEGER PRIMARY KEY,
        event_id   INTEGER NOT NULL REFERENCES events(id),
        kind       TEXT NOT NULL,
        title      TEXT,
        mention_id INTEGER NOT NULL REFERENCES mentions(id)
    );
    CREATE INDEX signed_documents_event ON signed_documents(event_id);
    """,
    # 2: full-text search over documents, accent-insensitive ("negociations" finds "négociations").
    """
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO documents_fts(rowid, title, text) SELECT id, coalesce(title, ''), coalesce(text, '') FROM documents;
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), coalesce(new.text, ''));
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), coalesce(old.text, ''));
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), coalesce(old.text, ''));
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), coalesce(new.text, ''));
    END;
    """,
    # 3: the words of people's names, for finding a person under part of their name.
    _index_person_words,
    # 4: which report each of a merged event's voted attributes comes from ({"date": mention id, ...});
    # events stored before it get theirs when a new report joins them.
    """
    ALTER TABLE events ADD COLUMN support TEXT NOT NULL DEFAULT '{}';
    """,
    # 5: what an AGREE with aux `future` promised (the record's `planned`, JSON), and each
    # promise's link to the later event that kept it (recomputed after every ingest).
    _add_commitments,
    # 6: users' corrections of events, kept as such and applied whenever an event is rebuilt.
    """
    ALTER TABLE events ADD COLUMN corrected TEXT;   -- JSON list of the corrections applied, or NULL
    CREATE TABLE corrections (
        id         INTEGER PRIMARY KEY,
        event_id   INTEGER NOT NULL,    -- the event as it was when corrected (it may be rebuilt since)
        anchors    TEXT NOT NULL,       -- its reports: [{doc_id, record_event_id, event, countries}]
        changes    TEXT NOT NULL,       -- {"event"?, "actor"?, "recipient"?, "date"?} or {"delete": true}
        before     TEXT NOT NULL,       -- the event's values before: {event, actor, recipient, date}
        note       TEXT,
        created_at TEXT NOT NULL
    );
    """,
    # 7: watching the news: the rules, how far each watcher has looked, and what was reported.
    """
    CREATE TABLE watch_rules (
        name       TEXT PRIMARY KEY,
        spec       TEXT NOT NULL,       -- the conditions (JSON): dyad, country, type, topic, person, organisation
        updated_at TEXT NOT NULL
    );
    CREATE TABLE watch_state (
        watcher       TEXT PRIMARY KEY, -- the sources watched, as one key
        last_event_id INTEGER NOT NULL  -- events above it have not been looked at yet
    );
    CREATE TABLE watch_reports (
        id           INTEGER PRIMARY KEY,
        rule         TEXT NOT NULL,
        fingerprint  TEXT NOT NULL,     -- the event's type, states, date and round: one report per real event
        event_id     INTEGER NOT NULL,
        payload      TEXT NOT NULL,     -- what is delivered (JSON): the rule, the conditions met, the event
        found_at     TEXT NOT NULL,
        delivered_at TEXT,              -- NULL until every destination has it
        UNIQUE (rule, fingerprint)
    );
    CREATE INDEX watch_reports_rule ON watch_reports(rule, id);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def version_of(conn: sqlite3.Connection) -> int:
    """Return the schema version a database is at (0 for a new, empty file)."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations a database lacks, each in its own transaction; return the version reached.

    Raises ValueError for a database made by a newer communique (its version is above ours)."""
    current = version_of(conn)
    if current > SCHEMA_VERSION:
        raise ValueError(f"its schema version is {current}, newer than this communique's ({SCHEMA_VERSION}); "
                         f"upgrade communique")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        migration = MIGRATIONS[version - 1]
        # The migration and its version bump commit together, or not at all.
        try:
            if callable(migration):
                conn.execute("BEGIN IMMEDIATE")
                migration(conn)
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
            else:  # executescript commits first, then runs the script's own transaction
                conn.executescript(f"BEGIN IMMEDIATE;\n{migration}\nPRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
