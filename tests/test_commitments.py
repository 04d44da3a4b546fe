"""Promises (AGREE future) and whether they were kept: reading the promise, linking it, the status,
and the same question through the CLI, the REST API and the pages."""
import datetime as dt
import json
import sqlite3

import pytest

from communique.cli import main
from communique.storing import Store
from communique.storing.promises import date_bounds, read_promise, text_kind, text_ordinal, text_year
from communique.storing.schema import MIGRATIONS

ROUND = {"name": "joint commission", "ordinal": 3}


@pytest.mark.parametrize("date, first, last", [
    ("2020", "2020-01-01", "2020-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2025-03-12", "2025-03-12", "2025-03-12"),
    ("2026-03/2026-05", "2026-03-01", "2026-05-31"),
])
def test_date_bounds(date, first, last):
    assert date_bounds(date) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("lang, text, after, year, ordinal, kind", [
    ("en", "They agreed to hold the second round of consultations in Nur-Sultan in 2020.", 2019, "2020", 2, None),
    ("fr", "Les parties sont convenues de tenir la sixième session à Rabat en 2026.", 2025, "2026", 6, None),
    ("fr", "Ils tiendront la 7e session de la commission mixte l'an prochain.", 2025, None, 7, None),
    ("en", "The minister accepted an invitation to pay an official visit to Chile.", 2025, None, None, "visit"),
    ("en", "The two sides will sign a memorandum on fisheries in 2019 and 2027.", 2019, "2027", None, "signing"),
    ("fr", "M. Diallo a invité son homologue à se rendre à Nouakchott.", 2025, None, None, "visit"),
    ("en", "The ministers agreed to meet again in the autumn.", 2025, None, None, "meeting"),
])
def test_promise_read_from_the_words(lang, text, after, year, ordinal, kind):
    assert text_year(text, after) == year
    assert text_ordinal(text, lang) == ordinal
    assert text_kind(text, lang) == kind


@pytest.mark.parametrize("planned, text, window, kind, source", [
    ({"kind": "visit", "date": "2024-10", "place": "Dakar"}, "", ("2024-10-01", "2024-10-31"), "visit", "record"),
    (None, "They agreed to hold the third round in 2024.", ("2024-01-01", "2024-12-31"), "round", "fallback"),
    (None, "They agreed to meet again soon.", ("2023-05-16", "2024-05-16"), "meeting", "fallback"),
    # a planned date before the promise cannot be its window: a year from the promise instead
    ({"kind": "visit", "date": "2019", "place": None}, "", ("2023-05-16", "2024-05-16"), "visit", "record"),
])
def test_promise_window(planned, text, window, kind, source):
    promise = read_promise(planned, text, "en", "2023-05-16", None, None)
    assert (promise.window_start, promise.window_end) == window
    assert (promise.kind, promise.planned_from) == (kind, source)


def _store(tmp_path, records):
    store = Store.open(tmp_path / "c.db")
    report = store.ingest(records)
    assert report.failed == 0, report.errors
    return store


def _promise(coded, **fields):
    fields.setdefault("date", "2023-05-16")
    return coded.record("p", "2023-05-17", coded.event("AGREE", ["SEN", "PRT"], aux="future", **fields))


# Each row: the promise's fields, a later event (type, actor, recipient, its fields), and whether it keeps it.
LINKS = [
    ("round kept", dict(series=ROUND, planned={"kind": "round", "date": "2024", "place": "Lisbon"}),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2024-06-05", series=ROUND, place=("Lisbon", "PRT"))), True),
    ("another round", dict(series=ROUND, planned={"kind": "round", "date": "2024", "place": None}),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2024-06-05", series={**ROUND, "ordinal": 4})), False),
    ("another mechanism", dict(series=ROUND, planned={"kind": "round", "date": "2024", "place": None}),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2024-06-05", series={"name": "trade committee", "ordinal": 3})), False),
    ("other place", dict(planned={"kind": "visit", "date": "2024", "place": "Dakar"}, place=("Dakar", "SEN")),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2024-06-05", mode="visit", place=("Lisbon", "PRT"))), False),
    ("visit the other way", dict(actor=[], planned={"kind": "visit", "date": "2024", "place": None}),
     ("CONSULT", ["PRT"], ["SEN"], dict(date="2024-06-05", mode="visit")), False),
    ("visit made", dict(actor=[], planned={"kind": "visit", "date": "2024", "place": None}),
     ("CONSULT", ["SEN"], ["PRT"], dict(date="2024-06-05", mode="visit")), True),
    ("call for a visit", dict(planned={"kind": "visit", "date": "2024", "place": None}),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2024-06-05", mode="phone", format="phone")), False),
    ("before the promise", dict(planned={"kind": "meeting", "date": None, "place": None}),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2023-04-01")), False),
    ("other states", dict(planned={"kind": "meeting", "date": None, "place": None}),
     ("CONSULT", ["SEN", "MAR"], [], dict(date="2023-09-01")), False),
    ("signing kept", dict(planned={"kind": "signing", "date": "2023-11", "place": None}),
     ("SUPPORT", ["SEN", "PRT"], [], dict(date="2023-11-20", documents=[{"kind": "agreement", "title": None}])), True),
    ("praise for a signing", dict(planned={"kind": "signing", "date": "2023", "place": None}),
     ("SUPPORT", ["SEN", "PRT"], [], dict(date="2023-11-20")), False),
    ("round held elsewhere", dict(series=ROUND, planned={"kind": "round", "date": "2024", "place": "Lisbon"},
                                  place=("Lisbon", "PRT")),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2024-06-05", series=ROUND, place=("Dakar", "SEN"))), True),
    ("two years late", dict(planned={"kind": "meeting", "date": "2023", "place": None}),
     ("CONSULT", ["SEN", "PRT"], [], dict(date="2025-06-01")), False),
]


@pytest.mark.parametrize("name, promise, later, kept", LINKS, ids=[row[0] for row in LINKS])
def test_link(tmp_path, coded, name, promise, later, kept):
    if promise.get("actor") == []:  # the promise of a directed visit: SEN visits PRT
        fields = {k: v for k, v in promise.items() if k != "actor"}
        record = coded.record("p", "2023-05-17", coded.event("AGREE", ["SEN"], ["PRT"], aux="future",
                                                             date="2023-05-16", **fields))
    else:
        record = _promise(coded, **promise)
    event_type, actor, recipient, fields = later
    with _store(tmp_path, [record, coded.record("k", fields["date"], coded.event(event_type, actor, recipient,
                                                                                   **fields))]) as store:
        [c] = store.commitments(today="2026-06-30")
    assert (c["fulfilled_by"] is not None) == kept, c
    assert c["status"] == ("fulfilled" if kept else "overdue")
    if kept:
        assert c["matched"][0] == "states" and "kind" in c["matched"]


def test_statuses_follow_new_documents(tmp_path, coded):
    """Pending, then overdue once the window passes, then fulfilled (late) when the event arrives;
    back to overdue when the document that reported it changes and no longer does."""
    promise = _promise(coded, series=ROUND, planned={"kind": "round", "date": "2024", "place": None})
    with _store(tmp_path, [promise]) as store:
        assert [c["status"] for c in store.commitments(today="2024-06-01")] == ["pending"]
        assert [c["status"] for c in store.commitments(today="2025-01-01")] == ["overdue"]
        held = coded.event("CONSULT", ["SEN", "PRT"], date="2025-02-10", series=ROUND)
        store.ingest([coded.record("k", "2025-02-11", held)])
        [c] = store.commitments(today="2025-03-01")
        assert (c["status"], c["late"], c["fulfilled_by"]["date"]) == ("fulfilled", True, "2025-02-10")
        assert c["matched"] == ["states", "kind", "ordinal", "series", "late"]
        changed = coded.event("ACCUSE", ["SEN"], ["PRT"], date="2025-02-10")
        store.ingest([coded.record("k", "2025-02-12", changed)])
        assert [c["status"] for c in store.commitments(today="2025-03-01")] == ["overdue"]
        assert store.commitments(status="pending", today="2025-03-01") == []
        assert len(store.commitments(country="Portugal", counterpart="SEN", today="2025-03-01")) == 1
        assert store.commitments(country="MAR") == []


def test_planned_is_stored(tmp_path, coded):
    planned = {"kind": "visit", "date": "2024-10", "place": "Dakar"}
    with _store(tmp_path, [_promise(coded, planned=planned)]) as store:
        stored = store.conn.execute("SELECT planned FROM events WHERE event = 'AGREE'").fetchone()[0]
        assert json.loads(stored) == planned


def test_migration_links_promises_already_stored(tmp_path, coded):
    """A database made before migration 5 gets its promises linked when opened."""
    path = tmp_path / "old.db"
    with _store(tmp_path, [_promise(coded, planned=None, event_text="They will meet again in 2024."),
                           coded.record("k", "2024-02-02", coded.event("CONSULT", ["SEN", "PRT"], date="2024-02-01"))]
                ) as store:
        for table in ("commitments", "corrections", "watch_rules", "watch_state", "watch_reports"):
            store.conn.execute(f"DROP TABLE {table}")  # what migrations 5 and up made
        store.conn.execute("ALTER TABLE events DROP COLUMN planned")
        store.conn.execute("ALTER TABLE events DROP COLUMN corrected")
        store.conn.execute("PRAGMA user_version = 4")
        store.conn.execute("VACUUM INTO ?", (str(path),))
    with Store.open(path) as store:
        [c] = store.commitments(today="2026-01-01")
    assert (c["status"], c["planned_from"]) == ("fulfilled", "fallback")


@pytest.mark.parametrize("argv, status, expected", [
    (["--country", "SEN", "--today", "2024-06-01"], 0, "pending"),
    (["--status", "overdue", "--today", "2025-01-01", "-f", "json"], 0, '"status": "overdue"'),
    (["--status", "overdue", "--today", "2024-06-01"], 0, "(nothing found)"),
    (["--today", "2025-01-01", "-f", "csv"], 0, "window_start"),
    (["--country", "Atlantis"], 2, "unknown country 'Atlantis'"),
    (["--today", "2024-13-40"], 2, "is not a day"),
    (["--status", "kept"], 2, "invalid choice"),
])
def test_cli(tmp_path, coded, capsys, argv, status, expected):
    _store(tmp_path, [_promise(coded, planned={"kind": "round", "date": "2024", "place": None})]).close()
    assert main(["commitments", "--db", str(tmp_path / "c.db"), *argv]) == status
    out, err = capsys.readouterr()
    assert expected in (out if status == 0 else err)


def test_cli_missing_database(tmp_path, capsys):
    assert main(["commitments", "--db", str(tmp_path / "none.db")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_api_and_pages(tmp_path, coded):
    from fastapi.testclient import TestClient
    from communique.serving import create_app
    promise = _promise(coded, series=ROUND, planned={"kind": "round", "date": "2024", "place": None},
                       event_text="They agreed to hold the third session in 2024.")
    held = coded.record("k", "2024-03-03", coded.event("CONSULT", ["SEN", "PRT"], date="2024-03-02", series=ROUND))
    _store(tmp_path, [promise, held]).close()
    client = TestClient(create_app(tmp_path / "c.db"))
    with Store.open(tmp_path / "c.db", readonly=True) as store:
        assert client.get("/commitments", params={"country": "SEN"}).json() == store.commitments(country="SEN")
    assert client.get("/commitments", params={"status": "kept"}).status_code == 400
    assert client.get("/commitments", params={"counterpart": "Atlantis"}).status_code == 400
    page = client.get("/ui/commitments", params={"status": "fulfilled"}).text
    assert "status-fulfilled" in page and "They agreed to hold the third session in 2024." in page
    dyad = client.get("/ui/dyads/PRT/SEN").text
    assert "<h2>Promises</h2>" in dyad and 'class="promise-fulfilled"' in dyad


def test_samples_hold_a_kept_and_a_broken_promise(tmp_path, samples_path):
    """End to end: the bundled releases, coded, give the Senegal–Portugal promise kept by the session
    held in Lisbon and the Mauritania–Senegal one overdue."""
    from communique.reading import read_inputs
    with Store.open(tmp_path / "samples.db") as store:
        assert store.ingest(read_inputs([str(samples_path)])).failed == 0
        [kept] = store.commitments(country="SEN", counterpart="PRT", today="2026-06-30")
        [broken] = store.commitments(country="MRT", counterpart="SEN", today="2026-06-30")
    assert (kept["status"], kept["doc_id"], kept["fulfilled_by"]["doc_id"]) == ("fulfilled", "sample-en-09",
                                                                               "sample-fr-09")
    assert {"series", "place", "window"} <= set(kept["matched"])
    assert (broken["status"], broken["doc_id"], broken["fulfilled_by"]) == ("overdue", "sample-fr-10", None)


def test_relinking_only_the_touched_states_gives_what_a_full_relink_gives(tmp_path):
    """Ingest links only the promises of the states whose events changed: documents arriving one
    at a time end where relinking everything ends (the evaluation corpus, in its order and reversed)."""
    from pathlib import Path
    corpus = Path(__file__).resolve().parents[1] / "eval" / "commitments" / "records.jsonl"
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    fate = lambda store: sorted((c["words"], c["status"], (c["fulfilled_by"] or {}).get("event_text"))  # noqa: E731
                                for c in store.commitments(today="2026-06-30"))
    for name, order in (("forward", records), ("backward", records[::-1])):
        with Store.open(tmp_path / f"{name}.db") as store:
            for record in order:
                store.ingest([record])
            one_by_one = fate(store)
            store.relink_commitments()
            assert one_by_one == fate(store)
            assert sum(status == "fulfilled" for _, status, _ in one_by_one) == 10


@pytest.mark.parametrize("a, b, same", [
    ("political consultations", "political consultations", True),
    ("consultations", "political consultations", True),
    ("session", "joint commission", True),
    ("joint commission", "joint trade committee", False),
    ("political consultations", "strategic dialogue", False),
])
def test_same_mechanism(a, b, same):
    from communique.storing.commitments import same_mechanism
    assert same_mechanism(a, b) is same and same_mechanism(b, a) is same
