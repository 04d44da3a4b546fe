"""The record's commands against real SQLite files: ingest (dev set, feeds, coded records), every
question in every output format, exports read back with DuckDB, bad arguments, and crashes.

The dev set (../shared/eval/dev.jsonl) is coded once per session into a database the tests
copy when they write to it.
"""
import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique import cli
from communique.storing import Store
from communique.storing.exports import TABLES

ROOT = Path(__file__).resolve().parents[1]
FEEDS = ROOT / "tests" / "fixtures" / "feeds"


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="session")
def dev_db(shared_dir, tmp_path_factory):
    """A database of ../shared/eval/dev.jsonl, ingested once through the CLI."""
    path = tmp_path_factory.mktemp("dev") / "dev.db"
    assert cli.main(["ingest", "--db", str(path), "--no-progress", str(shared_dir / "eval" / "dev.jsonl")]) == 0
    return path


@pytest.fixture
def dev_copy(dev_db, tmp_path):
    path = tmp_path / "dev.db"
    shutil.copy(dev_db, path)
    return path


def counts(path):
    with Store.open(path, readonly=True) as store:
        return store.counts()


# --------------------------------------------------------------------------- ingest

def test_dev_twice_gives_identical_counts(dev_copy, shared_dir, capsys):
    before = counts(dev_copy)
    assert before["documents"] == 26 and before["events"] > 40
    status, _, err = run(capsys, "ingest", "--db", dev_copy, "--no-progress", shared_dir / "eval" / "dev.jsonl")
    assert status == 0 and "0 added, 0 replaced, 26 unchanged, 0 failed" in err
    assert counts(dev_copy) == before


def test_coded_records_ingest_like_the_documents_they_came_from(dev_db, tmp_path, capsys):
    coded = tmp_path / "coded.jsonl"
    with Store.open(dev_db, readonly=True) as store, coded.open("w", encoding="utf-8") as out:
        for doc in store.documents():
            stored = store.document(doc["doc_id"])
            out.write(json.dumps(dict(stored["record"], text=stored["text"]), ensure_ascii=False) + "\n")
    status, _, err = run(capsys, "ingest", "--db", tmp_path / "records.db", coded)
    assert status == 0 and "26 added" in err
    assert counts(tmp_path / "records.db") == counts(dev_db)


def _samples(path) -> int:
    """How many documents the bundled samples hold (other developers add to them)."""
    return sum(1 for line in open(path, encoding="utf-8") if line.strip())


def test_ingest_with_two_jobs_stores_what_one_job_stores(samples_path, tmp_path, capsys):
    stored = {}
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.db"
        status, _, err = run(capsys, "ingest", "--db", db, "--jobs", jobs, samples_path)
        assert status == 0 and f"{_samples(samples_path)} added" in err, err
        with Store.open(db, readonly=True) as store:
            stored[jobs] = (store.counts(), [(e["event"], e["date"], e["countries"], len(e["mentions"]))
                                             for e in store.events()])
    assert stored[1] == stored[2]


def test_a_batch_dataset_loads_into_the_store_like_its_documents(samples_path, tmp_path, capsys):
    dataset = tmp_path / "dataset"
    status, _, err = run(capsys, "batch", samples_path, "--out", dataset, "--workers", 1)
    assert status == 0, err
    db = tmp_path / "from-dataset.db"
    status, _, err = run(capsys, "ingest", "--db", db, dataset)
    n = _samples(samples_path)
    assert status == 0 and f"{n} added" in err
    # The documents themselves are the same documents: nothing to code again, unless forced.
    status, _, err = run(capsys, "ingest", "--db", db, samples_path)
    assert f"0 added, 0 replaced, {n} unchanged" in err
    before = counts(db)
    status, _, err = run(capsys, "ingest", "--db", db, "--force", samples_path)
    assert status == 0 and f"0 added, {n} replaced, 0 unchanged" in err
    assert counts(db) == before


def test_ingest_a_feed_file(tmp_path, capsys):
    status, _, err = run(capsys, "ingest", "--db", tmp_path / "feed.db", FEEDS / "ministere.rss")
    with Store.open(tmp_path / "feed.db", readonly=True) as store:
        documents = store.documents()
    assert documents and all(d["url"] and d["url"].startswith("http") for d in documents)
    assert f"{len(documents)} added" in err
    assert status in (0, 1)  # a fixture entry may be refused on purpose; it is then reported
    assert ("failed" in err) and (status == 0) == (", 0 failed" in err)


def test_ingest_a_feed_url_twice(tmp_path, capsys):
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FEEDS))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/mfa.atom"
    try:
        first = run(capsys, "ingest", "--db", tmp_path / "url.db", url)
        second = run(capsys, "ingest", "--db", tmp_path / "url.db", url)
        missing = run(capsys, "ingest", "--db", tmp_path / "url.db", url.replace("mfa.atom", "gone.atom"))
    finally:
        server.shutdown()
    added = counts(tmp_path / "url.db")["documents"]
    assert added > 0 and f"{added} added" in first[2]
    assert f"0 added, 0 replaced, {added} unchanged" in second[2]
    assert missing[0] == 1 and "gone.atom" in missing[2] and "404" in missing[2]


def test_ingest_reports_bad_documents_and_stores_the_good_ones(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Le ministre des Affaires étrangères du Maroc a reçu mardi son homologue sénégalais à Rabat.",
                    encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status, _, err = run(capsys, "ingest", "--db", tmp_path / "x.db", good, empty)
    assert status == 1
    assert f"{empty}: " in err and "1 added" in err and "1 failed" in err


@pytest.mark.parametrize("argv, message", [
    (["ingest", "--db", "{tmp}/x.db", "{tmp}/missing.jsonl"], "missing.jsonl: no such file or directory"),
    (["ingest", "--db", "{tmp}/corrupt.db", "{tmp}/doc.txt"], "not a communique database"),
    (["ingest", "--db", "{tmp}", "{tmp}/doc.txt"], "is a directory"),
    (["ingest", "--db", "{tmp}/no/such/dir/x.db", "{tmp}/doc.txt"], "unable to open database file"),
    (["ingest", "--db", "{tmp}/x.db", "--jobs", "0", "{tmp}/doc.txt"], "not a whole number of at least 1"),
    (["events", "--db", "{tmp}/missing.db"], "no such database"),
    (["events", "--db", "{tmp}/corrupt.db"], "not a communique database"),
    (["events", "--db", "{dev}", "--country", "Atlantis"], "unknown country 'Atlantis'"),
    (["events", "--db", "{dev}", "--since", "2024-13-01"], "since: '2024-13-01' is not a date"),
    (["events", "--db", "{dev}", "--type", "MEET"], "unknown event type 'MEET'"),
    (["events", "--db", "{dev}", "--topic", "sport"], "unknown topic 'sport'"),
    (["events", "--db", "{dev}", "--person", "Nobody Atall"], "no person called 'Nobody Atall'"),
    (["timeline", "--db", "{dev}", "MAR", "Maroc"], "two different countries"),
    (["timeline", "--db", "{dev}", "MAR", "Qwerty"], "unknown country 'Qwerty'"),
    (["partners", "--db", "{dev}", "Qwerty"], "unknown country 'Qwerty'"),
    (["agreements", "--db", "{dev}", "--until", "soon"], "until: 'soon' is not a date"),
    (["agreements", "--db", "{dev}", "--kind", "napkin"], "unknown document kind 'napkin'"),
    (["series", "--db", "{dev}", "--country", "Qwerty"], "unknown country 'Qwerty'"),
    (["people", "--db", "{dev}", "--country", "Qwerty"], "unknown country 'Qwerty'"),
    (["search", "--db", "{dev}", "?!"], "has no word"),
    (["export", "parquet", "--db", "{dev}"], "--output DIR"),
    # Numbers SQLite cannot hold are refused by name, not overflowed into a traceback.
    (["events", "--db", "{dev}", "--offset", "99999999999999999999"], "argument --offset: '99999999999999999999'"),
    (["events", "--db", "{dev}", "--offset", "-1"], "argument --offset: '-1' is not a whole number"),
    (["events", "--db", "{dev}", "--limit", "99999999999999999999"], "argument --limit: '99999999999999999999'"),
    (["partners", "--db", "{dev}", "RUS", "--limit", "1e9"], "argument --limit: '1e9'"),
    (["events", "--db", "{dev}", "--sort", "sideways"], "argument --sort: invalid choice: 'sideways'"),
    (["partners", "--db", "{dev}", "RUS", "--scope", "both"], "argument --scope: invalid choice: 'both'"),
])
def test_bad_arguments(dev_db, tmp_path, capsys, argv, message):
    (tmp_path / "corrupt.db").write_bytes(b"garbage, not SQLite")
    (tmp_path / "doc.txt").write_text("Le Maroc et le Sénégal ont signé un accord.", encoding="utf-8")
    status, out, err = run(capsys, *[a.format(tmp=tmp_path, dev=dev_db) for a in argv])
    assert status == 2
    assert message in err and "Traceback" not in err


# --------------------------------------------------------------------------- questions, in every format

QUESTIONS = [
    ["events", "--country", "MAR"],
    ["events", "--type", "CONSULT", "--since", "2020", "--limit", "5"],
    ["timeline", "Algeria", "Mauritania"],
    ["partners", "RUS"],
    ["people"],
    ["agreements"],
    ["series"],
    ["search", "ministre"],
]


@pytest.mark.parametrize("question", QUESTIONS, ids=[" ".join(q) for q in QUESTIONS])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_questions_in_every_format(dev_db, capsys, question, fmt):
    status, out, err = run(capsys, *question, "--db", dev_db, "--format", fmt)
    assert status == 0, err
    assert out.strip()
    if fmt == "json":
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows and all(isinstance(r, dict) for r in rows)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and len(rows[0]) > 2
    else:
        assert out.splitlines()[0].strip() and "Traceback" not in err


def test_the_cli_answers_what_the_library_answers(dev_db, capsys):
    with Store.open(dev_db, readonly=True) as store:
        expected = [e["id"] for e in store.events(country="DZA", counterpart="MRT", sort="newest")]
        partners = [p["country"] for p in store.partners("RUS")]
    assert expected
    status, out, _ = run(capsys, "events", "--db", dev_db, "--country", "Algérie", "--counterpart", "Mauritanie",
                         "--format", "json")
    assert status == 0 and [json.loads(line)["id"] for line in out.splitlines()] == expected
    status, out, _ = run(capsys, "partners", "--db", dev_db, "Russia", "--format", "csv")
    assert [r["country"] for r in csv.DictReader(io.StringIO(out))] == partners


def test_output_file(dev_db, tmp_path, capsys):
    target = tmp_path / "events.csv"
    status, out, _ = run(capsys, "events", "--db", dev_db, "--format", "csv", "--output", target)
    assert status == 0 and out == ""
    assert len(list(csv.DictReader(target.open(encoding="utf-8")))) == counts(dev_db)["events"]


# --------------------------------------------------------------------------- exports

def test_parquet_export_reads_back_in_duckdb_with_the_same_counts(dev_db, tmp_path, capsys):
    duckdb = pytest.importorskip("duckdb")
    target = tmp_path / "dataset"
    status, _, err = run(capsys, "export", "parquet", "--db", dev_db, "--output", target)
    assert status == 0, err
    sqlite = Store.open(dev_db, readonly=True)
    try:
        for table in TABLES:
            in_db = sqlite.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            in_parquet = duckdb.sql(f"SELECT count(*) FROM '{target / (table + '.parquet')}'").fetchone()[0]
            assert in_parquet == in_db, table
    finally:
        sqlite.close()
    joined = duckdb.sql(f"SELECT count(*) FROM '{target}/events.parquet' e JOIN '{target}/mentions.parquet' m"
                        f" ON m.event_id = e.id").fetchone()[0]
    assert joined == counts(dev_db)["mentions"]


def test_plover_csv_and_gdelt_exports(dev_db, tmp_path, capsys):
    total = counts(dev_db)["events"]
    status, out, err = run(capsys, "export", "plover", "--db", dev_db, "--scope", "all")
    events = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(events) == total
    status, out, err = run(capsys, "export", "plover", "--db", dev_db)  # bilateral by default, and says so
    bilateral = [json.loads(line) for line in out.splitlines()]
    left_out = total - len(bilateral)
    assert left_out > 0 and not any(e["multilateral"] for e in bilateral)
    assert f"{left_out} multilateral event" in err and "--scope all" in err
    assert {"id", "date", "event", "mode", "context", "actor", "recipient", "event_loc", "aux", "event_text",
            "source"} <= set(events[0])
    status, out, _ = run(capsys, "export", "csv", "--db", dev_db, "--scope", "all")
    assert len(list(csv.DictReader(io.StringIO(out)))) == total
    status, out, _ = run(capsys, "export", "gdelt", "--db", dev_db)
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t"))
    assert status == 0 and rows
    for row in rows:
        assert row["EventRootCode"] == row["EventCode"][:2]
        assert row["QuadClass"] in {"1", "2", "3", "4"}
        assert row["Actor1CountryCode"] and row["SOURCEURL"]
    consult = [r for r in rows if r["EventRootCode"] == "04"]
    assert consult and all(r["QuadClass"] == "1" for r in consult)


# --------------------------------------------------------------------------- crashes and concurrent readers

@pytest.fixture(scope="module")
def many_records(dev_db, tmp_path_factory):
    """A JSON Lines file of coded records: the dev set's records 60 times over under new ids."""
    path = tmp_path_factory.mktemp("many") / "many.jsonl"
    with Store.open(dev_db, readonly=True) as store:
        records = [dict(store.document(d["doc_id"])["record"], text=store.document(d["doc_id"])["text"])
                   for d in store.documents()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(60):
            for record in records:
                # Another id and URL: a document under a stored URL would replace it.
                copy = dict(record, doc_id=f"copy{n}-{record['doc_id']}", url=f"https://example.org/{n}/{record['doc_id']}")
                copy["events"] = [dict(e, id=f"{copy['doc_id']}:{i}") for i, e in enumerate(record["events"], 1)]
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return path, 60 * len(records), 60 * sum(len(r["events"]) for r in records)


def whole_documents_only(store):
    """Check, in one snapshot, that every stored document has all its events and nothing dangles."""
    with store._snapshot():
        conn = store.conn
        for row in conn.execute("SELECT d.id, d.record, count(m.id) AS n FROM documents d"
                                " LEFT JOIN mentions m ON m.document_id = d.id GROUP BY d.id"):
            assert len(json.loads(row["record"])["events"]) == row["n"]
        assert conn.execute("SELECT count(*) FROM events e WHERE NOT EXISTS"
                            " (SELECT 1 FROM mentions m WHERE m.event_id = e.id)").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM mentions m WHERE NOT EXISTS"
                            " (SELECT 1 FROM documents d WHERE d.id = m.document_id)").fetchone()[0] == 0
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_sigkill_mid_ingest_loses_nothing_whole_and_a_rerun_completes(many_records, tmp_path):
    source, documents, mentions = many_records
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "communique", "ingest", "--db", str(db), "--no-progress", str(source)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if db.exists():
                try:
                    with Store.open(db, readonly=True) as reader:
                        seen.append(whole_documents_only(reader))  # a reader during the ingest
                except Exception as exc:  # noqa: BLE001 - the schema may not be there yet
                    if "needs upgrading" not in str(exc) and "no such table" not in str(exc):
                        raise
            if seen and seen[-1] >= documents // 4:
                break
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert seen and 0 < seen[-1] < documents, "the ingest ended before it could be killed mid-run"
    assert seen == sorted(seen)  # readers only ever saw the record grow
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = whole_documents_only(store)
        assert kept >= seen[-1]
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{documents - kept} added, 0 replaced, {kept} unchanged, 0 failed" in rerun.stderr
    with Store.open(db, readonly=True) as store:
        assert whole_documents_only(store) == documents
        assert store.counts()["mentions"] == mentions
        assert store.conn.execute("SELECT count(*) - count(DISTINCT doc_id) FROM documents").fetchone()[0] == 0


# --------------------------------------------------------------------------- order, scope, whole cells (issue 14)

@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_events_sort(demo_db, capsys, sort):
    status, out, _ = run(capsys, "events", "--db", demo_db, "--sort", sort, "--format", "json")
    days = [json.loads(line)["day"] for line in out.splitlines()]
    with Store.open(demo_db) as store:
        stored = store.count_events()
    assert status == 0 and len(days) == stored and days == sorted(days, reverse=sort == "newest")
    status, out, _ = run(capsys, "events", "--db", demo_db)  # newest first when not told
    assert out.splitlines()[2].split()[1] == max(days)


@pytest.mark.parametrize("argv, expected", [
    (["partners", "MAR"], {"KAZ", "CHL", "BFA"}),
    (["partners", "MAR", "--scope", "all"], {"KAZ", "CHL", "BFA", "GMB", "IDN", "SAU", "SEN", "TUR"}),
    (["partners", "MAR", "--scope", "multilateral"], {"KAZ", "GMB", "IDN", "SAU", "SEN", "TUR"}),
])
def test_partners_scope(demo_db, capsys, argv, expected):
    status, out, _ = run(capsys, *argv, "--db", demo_db, "--format", "csv")
    assert status == 0 and {r["country"] for r in csv.DictReader(io.StringIO(out))} == expected


def test_timeline_says_what_it_leaves_out_and_marks_the_undated(demo_db, capsys):
    status, out, _ = run(capsys, "timeline", "KAZ", "MAR", "--db", demo_db)
    with Store.open(demo_db) as store:
        bilateral = store.count_events(country="KAZ", counterpart="MAR", scope="bilateral")
        every = store.count_events(country="KAZ", counterpart="MAR", scope="all")
        undated = [e for e in store.events(country="KAZ", counterpart="MAR", scope="bilateral") if not e["date"]]
    assert status == 0 and every > bilateral > 0 and undated
    assert out.startswith(f"KAZ–MAR: {bilateral} events (bilateral), ")
    left = every - bilateral
    assert f"{left} multilateral event{'s' if left > 1 else ''} left out: --scope all shows them" in out
    assert out.count("(reported)") == len(undated) and f"{undated[0]['day']} (reported)" in out
    assert "GMB" not in out
    status, out, _ = run(capsys, "timeline", "KAZ", "MAR", "--db", demo_db, "--scope", "all")
    assert out.startswith(f"KAZ–MAR: {every} events (all)") and "GMB" in out


def test_wide_tables_show_whole_cells(demo_db, capsys):
    title = "memorandum of understanding on cooperation between the diplomatic training institutions of the two ministries"
    _, cut, _ = run(capsys, "agreements", "--db", demo_db, "--country", "MAR")
    _, wide, _ = run(capsys, "agreements", "--db", demo_db, "--country", "MAR", "--wide")
    assert title not in cut and title[:40] in cut and "…" in cut
    assert title in wide and "…" not in wide


def test_people_table_shows_spellings_and_posts(demo_db, capsys):
    status, out, _ = run(capsys, "people", "--db", demo_db, "--name", "Lakhbabi", "--wide")
    assert status == 0
    row = out.splitlines()[2]
    assert "Rachid Lahbabi" in row and "Foreign minister 2021-06-09…2024-10" in row
    assert "homologue" not in out and "ministre des Affaires" not in row  # wordings: --format json has them
    status, out, _ = run(capsys, "people", "--db", demo_db, "--name", "Lakhbabi", "--format", "json")
    [post] = json.loads(out)["titles"]
    assert post["variants"] == ["Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
                                "ministre des Affaires étrangères"]


def test_gdelt_export_is_bilateral_and_dates_every_row(demo_db, capsys):
    status, out, err = run(capsys, "export", "gdelt", "--db", demo_db)
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t"))
    with Store.open(demo_db) as store:
        bilateral = store.events(scope="bilateral")
        summit = [e for e in store.events(scope="multilateral")]
    # A row per pair of sides: one for a directed event or one of two states.
    pairs = sum(max(1, len(e["actor"]) * len(e["recipient"])) if e["recipient"]
                else max(1, len(e["actor"]) * (len(e["actor"]) - 1) // 2) for e in bilateral)
    assert status == 0 and len(rows) == pairs and all(r["Year"] for r in rows)
    promises = [r for r in rows if r["EventRootCode"] == "03"]  # the undated agreements to meet again
    assert promises and all(r["MonthYear"] for r in promises)
    assert not {"GMB", "IDN", "TUR"} & {r["Actor2CountryCode"] for r in rows}
    assert "1 multilateral event left out (--scope all includes them)" in err
    status, out, _ = run(capsys, "export", "gdelt", "--db", demo_db, "--scope", "all")
    summit_pairs = sum(len(e["actor"]) * (len(e["actor"]) - 1) // 2 for e in summit)  # 7 states: 21 pairs
    assert len(list(csv.DictReader(io.StringIO(out), delimiter="\t"))) == pairs + summit_pairs


def test_parquet_events_carry_day_and_multilateral(demo_db, tmp_path, capsys):
    import duckdb

    status, _, _ = run(capsys, "export", "parquet", "--db", demo_db, "-o", tmp_path / "out")
    assert status == 0
    counts = duckdb.sql(f"SELECT count(*), sum(multilateral::int), count(day) FROM '{tmp_path}/out/events.parquet'"
                        ).fetchone()
    with Store.open(demo_db) as store:
        stored, summits = store.count_events(), store.count_events(scope="multilateral")
    assert counts == (stored, summits, stored)  # every event, the OIC summit multilateral, every event with a day
