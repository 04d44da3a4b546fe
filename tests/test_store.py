"""The store: ingest, idempotence and replacement, merging of reports, people and series, questions, schema.

Most tests store hand-made coded records (fast and exact about what the coder said); the ones
marked as such code the bundled samples or ../shared/eval/dev.jsonl for real.
"""
import json
import sqlite3

import pytest

from communique import read_inputs
from communique.reading import Document, ReadError
from communique.recognising.office_holders import lookup
from communique.storing import SCHEMA_VERSION, QueryError, Store, StoreError, resolve_country
from communique.storing.names import compatible_names
from communique.storing.schema import MIGRATIONS


# --------------------------------------------------------------------------- hand-made records

def person(name, country, title=None, role=None):
    return {"name": name, "title": title, "role": role, "country": country, "institution": None,
            "start": None, "end": None}


def event(kind="CONSULT", actor=("KAZ", "MAR"), recipient=(), date="2025-03-11", date_source="text", fmt="in_person",
          series=None, people=(), topics=(), orgs=(), documents=(), mode=None, confidence=0.8, cameo="040"):
    return {"id": "", "event": kind, "mode": mode, "context": ["diplomatic"], "cameo": cameo, "quad_code": 1,
            "event_scale": 1.0,
            "actor": [{"code": c, "sector": "GOV", "entity_text": c, "start": 0, "end": 3} for c in actor],
            "recipient": [{"code": c, "sector": "GOV", "entity_text": c, "start": 0, "end": 3} for c in recipient],
            "date": date, "date_source": date_source, "event_loc": None, "format": fmt,
            "series": {"name": series[0], "ordinal": series[1]} if series else None,
            "participants": list(people), "topics": list(topics), "organizations": list(orgs),
            "documents": [{"kind": k, "title": t} for k, t in documents], "aux": None,
            "event_text": f"{kind} text", "spans": [{"start": 0, "end": 5}], "confidence": confidence}


def record(doc_id, *events, published="2025-03-12", url=None, title=None, text="text"):
    events = [dict(e, id=f"{doc_id}:{n}") for n, e in enumerate(events, 1)]
    return {"doc_id": doc_id, "lang": "en", "title": title or doc_id, "url": url, "source": None,
            "published": published, "events": events, "text": text}


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "test.db") as s:
        yield s


def event_ids(store):
    return sorted({m["event_id"] for m in store.mentions()})


# --------------------------------------------------------------------------- ingest, idempotence, replacement

def test_ingest_counts_and_idempotence(store):
    records = [record("a", event()), record("b", event(kind="AGREE", date="2025-04-01"))]
    report = store.ingest(records)
    assert (report.added, report.unchanged, report.failed) == (2, 0, 0)
    before = store.counts()
    again = store.ingest(records)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)
    assert store.counts() == before


def test_changed_document_replaces_its_events(store):
    store.ingest([record("a", event(kind="CONSULT"), event(kind="SUPPORT", documents=[("memorandum", None)]))])
    assert store.counts()["by_type"] == {"CONSULT": 1, "SUPPORT": 1}
    report = store.ingest([record("a", event(kind="ACCUSE", mode="disapprove"), text="new text")])
    assert (report.added, report.replaced) == (0, 1)
    counts = store.counts()
    assert counts["by_type"] == {"ACCUSE": 1}
    assert (counts["documents"], counts["mentions"], counts["agreements"]) == (1, 1, 0)


def test_same_url_under_another_id_replaces(store):
    store.ingest([record("old-id", event(), url="https://example.org/a")])
    report = store.ingest([record("new-id", event(kind="AGREE"), url="https://example.org/a")])
    assert report.replaced == 1
    assert [d["doc_id"] for d in store.documents()] == ["new-id"]


def test_replacing_a_report_keeps_the_event_the_other_report_supports(store):
    store.ingest([record("a", event(people=[person("Nasser Bourita", "MAR")])),
                  record("b", event(people=[person("Bourita", "MAR")]))])
    assert len(event_ids(store)) == 1
    store.ingest([record("b", event(kind="AGREE", date="2025-05-01"), text="changed")])
    assert store.counts()["by_type"] == {"CONSULT": 1, "AGREE": 1}
    consult = store.events(type="CONSULT")[0]
    assert [m["doc_id"] for m in consult["mentions"]] == ["a"]


def test_a_malformed_record_is_rolled_back_and_the_others_stored(store):
    broken = record("broken", event(), event(series=("political consultations", 2)))
    del broken["events"][1]["series"]["name"]
    report = store.ingest([broken, record("ok", event(date="2020-01-01"))])
    assert (report.added, report.failed) == (1, 1)
    assert "broken" in report.errors[0] and "malformed coded record" in report.errors[0]
    assert [d["doc_id"] for d in store.documents()] == ["ok"] and store.counts()["mentions"] == 1


def test_bad_items_are_counted_not_raised(store):
    report = store.ingest([{"doc_id": "x"}, ["not", "a", "record"], ReadError("f.txt", "empty file"),
                           record("ok", event())])
    assert (report.added, report.failed) == (1, 3)
    assert any("'events' list" in e for e in report.errors)
    assert any("f.txt: empty file" in e for e in report.errors)


# --------------------------------------------------------------------------- one event, many reports

SAME = [
    # (name, first report's event, second report's event, merged?)
    ("same day, same states", event(), event(), True),
    ("a day apart", event(date="2025-03-11"), event(date="2025-03-12"), True),
    ("publication date two days later", event(date="2025-03-11"), event(date="2025-03-13", date_source="published"),
     True),
    ("a week apart", event(date="2025-03-11"), event(date="2025-03-18"), False),
    ("same round, dates far apart", event(series=("political consultations", 5), date="2025-03-11"),
     event(series=("political consultations", 5), date="2025-03-20", date_source="published"), True),
    ("round 4 and round 5", event(series=("political consultations", 4)),
     event(series=("political consultations", 5)), False),
    ("call and meeting in person", event(fmt="phone", mode="phone"), event(fmt="in_person"), False),
    ("phone and video are one remote exchange", event(fmt="phone"), event(fmt="virtual"), True),
    ("other states", event(actor=("KAZ", "MAR")), event(actor=("KAZ", "SEN")), False),
    ("other type", event(kind="CONSULT"), event(kind="SUPPORT"), False),
    ("different ministers for one state",
     event(people=[person("Nasser Bourita", "MAR")]), event(people=[person("Aziz Akhannouch", "MAR")]), False),
    ("a spelling variant of the same minister",
     event(people=[person("Yerlan Bakayev", "KAZ")]), event(people=[person("Bakaev", "KAZ")]), True),
    ("month only, shared people", event(date="2025-03", people=[person("Bourita", "MAR")]),
     event(date="2025-03-11", people=[person("Nasser Bourita", "MAR")]), True),
    ("month only, nothing else shared", event(date="2025-03"), event(date="2025-03-11"), False),
    ("a bare surname in another role",
     event(actor=("MAR",), recipient=("SEN",), people=[person("Awa Ndiaye", "SEN", role="foreign_minister")]),
     event(actor=("MAR",), recipient=("SEN",), people=[person("Ndiaye", "SEN", role="minister")]), False),
    ("a bare surname in the same role",
     event(actor=("MAR",), recipient=("SEN",), people=[person("Awa Ndiaye", "SEN", role="foreign_minister")]),
     event(actor=("MAR",), recipient=("SEN",), people=[person("Ndiaye", "SEN", role="foreign_minister")]), True),
    ("a king's name in two spellings",
     event(actor=("JOR",), recipient=("EGY",), people=[person("Abdullah II", "JOR", role="head_of_state")]),
     event(actor=("JOR",), recipient=("EGY",), people=[person("Abdallah II", "JOR", role="head_of_state")]), True),
    ("undated announcements of one round, by publication date",
     event(kind="AGREE", date=None, date_source=None, series=("political consultations", 6)),
     event(kind="AGREE", date=None, date_source=None), True),
]


@pytest.mark.parametrize("name, first, second, merged", SAME, ids=[s[0] for s in SAME])
def test_merging_rules(store, name, first, second, merged):
    store.ingest([record("first", first), record("second", second)])
    assert (len(event_ids(store)) == 1) is merged


def test_events_of_one_document_never_merge(store):
    store.ingest([record("a", event(), event())])
    assert len(event_ids(store)) == 2


def test_merged_event_takes_the_best_supported_attributes(store):
    store.ingest([
        record("fr", event(date="2025-03-11", topics=["trade"], fmt="in_person", confidence=0.9,
                           people=[person("Tarik Ennaciri", "MAR", "directeur", "senior_official")])),
        record("en", event(date="2025-03-11", topics=["trade", "energy"], fmt="in_person", confidence=0.8,
                           documents=[("protocol", "Protocol on consultations")])),
        record("wire", event(date="2025-03-12", date_source="published", topics=["energy"], fmt=None,
                             confidence=0.6, people=[person("Ennaciri", "MAR", "Moroccan director")])),
    ])
    [merged] = store.events()
    assert merged["date"] == "2025-03-11" and merged["format"] == "in_person"
    assert merged["topics"] == ["trade", "energy"]
    assert merged["documents"] == [{"kind": "protocol", "title": "Protocol on consultations"}]
    assert [p["name"] for p in merged["participants"]] == ["Tarik Ennaciri"]
    assert [m["doc_id"] for m in merged["mentions"]] == ["fr", "en", "wire"]
    # Each attribute stays traceable to a report that supports it.
    assert merged["support"]["date"] == "fr:1" and merged["support"]["format"] == "fr:1"
    assert merged["support"]["topics"] == {"trade": "fr:1", "energy": "en:1"}


# --------------------------------------------------------------------------- people and series

@pytest.mark.parametrize("a, b, same", [
    ("Bakaev", "Bakayev", True), ("Tokaïev", "Tokayev", True), ("Токаев", "Tokayev", True),
    ("Sergueï Lavrov", "Sergey Lavrov", True), ("Yerlan Bakayev", "Erlan Bakaev", True),
    ("Nasser Bourita", "Bourita", True), ("K. Tokayev", "Kassym-Jomart Tokayev", True),
    ("Alexeyev", "Sergueï Alekseïev", True), ("Łukasz Zieliński", "Lukasz Zielinski", True),
    ("Park Ji-hoon", "Ji-hoon Park", True), ("Javier Ortega", "Javier Ortega Ruiz", True),
    ("Mohammed bin Saad Al-Kuwari", "Mohamed ben Saad Al-Kouwari", True), ("HE Noura Ali", "Noura Ali", True),
    ("Nasser Bourita", "Omar Bourita", False), ("Lavrov", "Bourita", False), ("J. Ortega", "Daniel Ortega", False),
    ("Mohammed bin Salman", "Mohammed bin Zayed", False), ("Ben Ali", "Ali", True),
])
def test_name_variants(a, b, same):
    assert compatible_names(a, b) is same


def test_people_across_documents(store):
    store.ingest([
        record("a", event(date="2024-01-10", people=[person("Yerlan Bakayev", "KAZ", "Deputy Minister",
                                                           "deputy_foreign_minister")])),
        record("b", event(kind="AGREE", date="2025-02-01", people=[person("Bakaev", "KAZ", "vice-ministre",
                                                                           "deputy_foreign_minister")])),
        record("c", event(kind="SUPPORT", date="2025-06-01", people=[person("Erlan Bakaev", "KAZ", "Minister",
                                                                             "minister")])),
        record("d", event(date="2025-07-01", people=[person("Omar Bakaev", "KAZ")])),
    ])
    assert {p["name"] for p in store.people(name="Bakayev")} == {"Yerlan Bakayev", "Omar Bakaev"}
    people = store.people(name="Erlan Bakayev")
    assert len(people) == 1
    bakayev = people[0]
    assert bakayev["events"] == 3 and bakayev["country"] == "KAZ"
    assert set(bakayev["names"]) == {"Yerlan Bakayev", "Bakaev", "Erlan Bakaev"}
    # One post in two languages is one row, its wordings kept as variants.
    assert [(t["role"], t["label"], t["variants"], t["first"], t["last"]) for t in bakayev["titles"]] == [
        ("deputy_foreign_minister", "Deputy foreign minister", ["Deputy Minister", "vice-ministre"],
         "2024-01-10", "2025-02-01"),
        ("minister", "Minister", ["Minister"], "2025-06-01", "2025-06-01")]
    assert [e["event"] for e in store.person(bakayev["id"])["events"]] == ["SUPPORT", "AGREE", "CONSULT"]
    assert len(store.people(country="KAZ")) == 2


def test_office_holders_give_one_person_across_scripts(store):
    store.ingest([record("a", event(actor=("KAZ", "RUS"), people=[person("Sergueï Lavrov", "RUS")]), published="2024-05-01"),
                  record("b", event(actor=("KAZ", "RUS"), date="2024-06-01", people=[person("Лавров", None)]),
                         published="2024-06-02")])
    [lavrov] = store.people(name="Lavrov")
    assert lavrov["name"] == lookup("Lavrov").name and lavrov["events"] == 2
    # The dictionary's spelling and every spelling the texts used.
    assert set(lavrov["names"]) == {lookup("Lavrov").name, "Sergueï Lavrov", "Лавров"}


def test_series_rounds(store):
    store.ingest([record(f"r{n}", event(series=("political consultations", n), date=f"202{n}-03-11",
                                        fmt="virtual" if n == 2 else "in_person"), published=f"202{n}-03-12")
                  for n in (3, 1, 2)])
    [series] = store.series(country="Kazakhstan", counterpart="MAR")
    assert series["name"] == "political consultations" and series["countries"] == ["KAZ", "MAR"]
    assert [(r["ordinal"], r["date"], r["format"]) for r in series["rounds"]] == [
        (1, "2021-03-11", "in_person"), (2, "2022-03-11", "virtual"), (3, "2023-03-11", "in_person")]
    assert store.series(country="SEN") == []


# --------------------------------------------------------------------------- questions

@pytest.fixture
def filled(store):
    store.ingest([
        record("a", event(date="2024-05-02", topics=["trade"], orgs=["OIC"],
                          people=[person("Nasser Bourita", "MAR")])),
        record("b", event(kind="SUPPORT", date="2024-05-02", documents=[("protocol", "P")], cameo="057")),
        record("c", event(actor=("MAR",), recipient=("SEN",), date="2025-01-15", topics=["energy"], mode="visit")),
        record("d", event(kind="ACCUSE", actor=("MAR",), recipient=("DZA",), date="2025-06-01", cameo="111",
                          mode="disapprove")),
    ])
    return store


@pytest.mark.parametrize("filters, expected", [
    ({}, ["CONSULT", "SUPPORT", "CONSULT", "ACCUSE"]),
    ({"country": "Maroc"}, ["CONSULT", "SUPPORT", "CONSULT", "ACCUSE"]),
    ({"country": "MAR", "counterpart": "Kazakhstan"}, ["CONSULT", "SUPPORT"]),
    ({"country": "SN"}, ["CONSULT"]),
    ({"type": "accuse"}, ["ACCUSE"]),
    ({"since": "2025"}, ["CONSULT", "ACCUSE"]),
    ({"until": "2024-05"}, ["CONSULT", "SUPPORT"]),
    ({"since": "2025-01-15", "until": "2025-01-15"}, ["CONSULT"]),
    ({"topic": "energy"}, ["CONSULT"]),
    ({"organisation": "OCI"}, ["CONSULT"]),
    ({"person": "Bourita"}, ["CONSULT"]),
    ({"limit": 2, "offset": 1}, ["SUPPORT", "CONSULT"]),
])
def test_event_filters(filled, filters, expected):
    assert [e["event"] for e in filled.events(**filters)] == expected
    counting = {k: v for k, v in filters.items() if k not in ("limit", "offset")}
    if "limit" not in filters:
        assert filled.count_events(**counting) == len(expected)


@pytest.mark.parametrize("call, message", [
    (lambda s: s.events(country="Atlantis"), "unknown country 'Atlantis'"),
    (lambda s: s.events(since="2024-13"), "since: '2024-13' is not a date"),
    (lambda s: s.events(until="last year"), "until: 'last year' is not a date"),
    (lambda s: s.events(type="MEET"), "unknown event type 'MEET'"),
    (lambda s: s.events(topic="sports"), "unknown topic 'sports'"),
    (lambda s: s.events(organisation="Hogwarts"), "unknown organisation 'Hogwarts'"),
    (lambda s: s.events(person="Nobody Known"), "no person called 'Nobody Known'"),
    (lambda s: s.timeline("MAR", "Morocco"), "two different countries"),
    (lambda s: s.agreements(kind="napkin"), "unknown document kind 'napkin'"),
    (lambda s: s.search("  ,; "), "has no word"),
])
def test_bad_questions(filled, call, message):
    with pytest.raises(QueryError) as info:
        call(filled)
    assert message in str(info.value)


def test_timeline_partners_agreements(filled):
    timeline = filled.timeline("MAR", "KAZ")
    assert [e["event"] for e in timeline["events"]] == ["CONSULT", "SUPPORT"]
    assert timeline["agreements"] == [{"event_id": timeline["events"][1]["id"], "date": "2024-05-02",
                                       "day": "2024-05-02", "dated_by": "event", "kind": "protocol", "title": "P", "countries": ["KAZ", "MAR"],
                                       "doc_ids": ["b"]}]
    assert timeline["topics"] == {"2024": {"trade": 1}}
    assert timeline["score"] == [{"period": "2024-05", "events": 2, "goldstein": 1.0}]
    partners = filled.partners("MAR")
    assert [(p["country"], p["events"]) for p in partners] == [("KAZ", 2), ("DZA", 1), ("SEN", 1)]
    assert [a["doc_ids"] for a in filled.agreements(country="KAZ", since="2024")] == [["b"]]
    assert filled.agreements(country="SEN") == []


def test_frames(filled):
    frame = filled.events(country="MAR", frame=True)
    assert list(frame["event"]) == ["CONSULT", "SUPPORT", "CONSULT", "ACCUSE"]
    assert frame.loc[2, "recipient"] == "SEN"
    assert list(filled.partners("MAR", frame=True)["country"]) == ["KAZ", "DZA", "SEN"]


def test_resolve_country():
    assert [resolve_country(v) for v in ("Morocco", "Maroc", "MA", "mar", "Côte d'Ivoire", "États-Unis")] == \
        ["MAR", "MAR", "MAR", "MAR", "CIV", "USA"]
    with pytest.raises(StoreError):
        resolve_country("Narnia")


# --------------------------------------------------------------------------- search

def test_search_ignores_accents_and_case(store):
    store.ingest([record("fr", event(), text="Les négociations sur l'énergie ont repris à Astana."),
                  record("en", event(date="2020-01-01"), text="Energy talks resumed in Rabat.")])
    assert [r["doc_id"] for r in store.search("NEGOCIATIONS energie")] == ["fr"]
    assert {r["doc_id"] for r in store.search("énergy")} == {"en"}
    assert "[négociations]" in store.search("negociations")[0]["snippet"]


CROSS_SCRIPT_TEXTS = {
    "ru": "Министр провёл переговоры с Сергеем Лавровым в Москве.",          # inflected Cyrillic
    "ar": "استقبل الوزير نظيره الروسي لافروف في الرياض.",
    "sa": "Le ministre a reçu Fayçal ben Farhane à Rabat.",
    "ar_sa": "اتصال هاتفي بين الوزير وسمو الأمير فيصل بن فرحان.",
    "other": "Sergei Ivanov met the minister in Minsk.",                       # a namesake's first name only
}


@pytest.mark.parametrize("query,found", [
    ("Lavrov", {"ru", "ar"}),
    ("Лавров", {"ru", "ar"}),
    ("لافروف", {"ru", "ar"}),
    ("Faisal bin Farhan", {"sa", "ar_sa"}),
    ("فيصل بن فرحان", {"sa", "ar_sa"}),
    ("Sergei", {"other"}),                  # a first name is no person: no other spelling is searched
    ("Lavrov Minsk", set()),                # other words still must appear
])
def test_search_finds_a_person_in_every_script(store, query, found):
    store.ingest([record(doc_id, event(), text=text) for doc_id, text in CROSS_SCRIPT_TEXTS.items()])
    assert {r["doc_id"] for r in store.search(query)} == found


def test_search_joins_spellings_the_store_joined(store):
    """A person outside the office-holders table is found under the spellings stored for them."""
    store.ingest([record("latin", event(people=[person("Kairat Umarov", "KAZ", title="Vice-ministre")]), text="Kairat Umarov a reçu l'ambassadeur."),
                  record("cyr", event(people=[person("Кайрат Умаров", "KAZ", title="замминистра")]),
                         text="Встреча с Кайратом Умаровым прошла в Астане.")])
    assert len(store.people("Umarov")) == 1          # the store joined the two spellings
    assert {r["doc_id"] for r in store.search("Umarov")} == {"latin", "cyr"}
    assert {r["doc_id"] for r in store.search("Умаров")} == {"latin", "cyr"}


# --------------------------------------------------------------------------- opening, schema, migrations

def test_schema_version_and_wal(store):
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_database_is_migrated_on_open(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    stored = record("old", event())
    conn.execute("INSERT INTO documents (doc_id, title, text, content_hash, record, ingested_at)"
                 " VALUES ('old', 'Ancien communiqué', 'Les négociations ont eu lieu.', 'h', ?, '2024-01-01')",
                 (json.dumps(stored),))
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [r["doc_id"] for r in store.search("negociations")] == ["old"]
        store.ingest([record("new", event(), text="Nouvelles négociations.")])
        assert {r["doc_id"] for r in store.search("negociations")} == {"old", "new"}


def test_a_version_2_database_gets_its_people_indexed_on_open(tmp_path):
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + MIGRATIONS[1] + "\nPRAGMA user_version = 2;")
    conn.execute("INSERT INTO people (id, name, country, key) VALUES (7, 'Javier Ortega Ruiz', 'ESP', 'ruiz')")
    conn.execute("INSERT INTO person_names (person_id, name) VALUES (7, 'Javier Ortega Ruiz'), (7, 'Ortega')")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        words = {r[0] for r in store.conn.execute("SELECT word FROM person_words WHERE person_id = 7")}
        assert words == {"javier", "ortega", "ruiz"}
        # A new report's "Javier Ortega" is the person already stored.
        store.ingest([record("new", event(actor=("ESP",), recipient=("MRT",),
                                          people=[person("Javier Ortega", "ESP", role="foreign_minister")]))])
        assert [p["person_id"] for p in store.events()[0]["participants"]] == [7]


@pytest.mark.parametrize("content, message", [
    (b"this is not a database at all", "not a communique database (not an SQLite file)"),
    (b"SQLite format 3\x00" + b"\xff" * 200, "not a usable communique database"),
])
def test_corrupt_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_other_sqlite_files_and_newer_versions_are_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a communique database"):
        Store.open(other)
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer than this communique"):
        Store.open(newer)


def test_readonly_store(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "missing.db", readonly=True)
    Store.open(tmp_path / "db").close()
    with Store.open(tmp_path / "db", readonly=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.ingest([record("a", event())])


# --------------------------------------------------------------------------- coding for real

def test_ingest_codes_documents_and_skips_unchanged_ones_before_coding(store, samples_path, monkeypatch):
    report = store.ingest(read_inputs([str(samples_path)]))
    documents = sum(1 for line in open(samples_path, encoding="utf-8") if line.strip())
    assert report.added == documents and report.failed == 0
    [series] = [s for s in store.series(country="KAZ", counterpart="MAR") if s["name"] == "political consultations"]
    # Rounds 1-5 were held; the sixth is the one the ministers agreed to hold (AGREE, planned).
    assert [(r["ordinal"], r["event"]) for r in series["rounds"]] == [(n, "CONSULT") for n in range(1, 6)] + [(6, "AGREE")]
    # Unchanged documents are recognised before coding: coding them again would fail here.
    import communique.running.parallel as coding_module

    def refuse(documents, lang=None):
        for doc in documents:
            raise RuntimeError(f"{doc.doc_id} was sent to the coder")
        yield from ()

    monkeypatch.setattr(coding_module, "extract_batch", refuse)
    assert store.ingest(read_inputs([str(samples_path)])).unchanged == documents
    changed = store.ingest([Document(text="Le Maroc et le Sénégal ont signé un accord.", id="sample-fr-01")])
    assert changed.failed == 1 and "sample-fr-01 was sent to the coder" in changed.errors[0]


# --------------------------------------------------------------------------- what an analyst sees (issue 14)

@pytest.fixture
def summit(store):
    """Two bilateral events of MAR and KAZ, an undated promise, and one OIC summit of five states."""
    store.ingest([
        record("bi", event(date="2024-02-01", people=[person("Nasser Bourita", "MAR", "homologue marocain",
                                                             "foreign_minister")]), published="2024-02-02"),
        record("promise", event(kind="AGREE", date=None, date_source=None), published="2024-09-30"),
        record("summit", event(actor=("MAR", "KAZ", "SEN", "TUR", "IDN"), date="2024-05-04", mode="multilateral",
                               orgs=["OIC"]), published="2024-05-05"),
        record("pair-at-summit", event(actor=("MAR", "SEN"), date="2024-05-05", mode="multilateral"),
               published="2024-05-06"),
        record("visit", event(actor=("MAR",), recipient=("SEN",), date="2023-01-10", mode="visit"),
               published="2023-01-11"),
    ])
    return store


@pytest.mark.parametrize("sort, expected", [
    ("oldest", ["visit", "bi", "summit", "pair-at-summit", "promise"]),
    ("newest", ["promise", "pair-at-summit", "summit", "bi", "visit"]),
])
def test_events_sort_by_day_with_undated_at_their_report(summit, sort, expected):
    found = summit.events(sort=sort)
    assert [e["mentions"][0]["doc_id"] for e in found] == expected


@pytest.mark.parametrize("scope, expected", [
    ("all", {"bi", "promise", "summit", "pair-at-summit", "visit"}),
    ("bilateral", {"bi", "promise", "visit"}),
    ("multilateral", {"summit", "pair-at-summit"}),  # five states; or two, in mode multilateral
])
def test_event_scope(summit, scope, expected):
    found = summit.events(scope=scope)
    assert {e["mentions"][0]["doc_id"] for e in found} == expected
    assert all(e["multilateral"] == (e["mentions"][0]["doc_id"] in {"summit", "pair-at-summit"}) for e in found)
    assert summit.count_events(scope=scope) == len(expected)


@pytest.mark.parametrize("scope, partners", [
    (None, {"KAZ": 2, "SEN": 1}),  # bilateral by default: the summit makes no partner of TUR or IDN
    ("bilateral", {"KAZ": 2, "SEN": 1}),
    ("all", {"KAZ": 3, "SEN": 3, "TUR": 1, "IDN": 1}),
    ("multilateral", {"KAZ": 1, "SEN": 2, "TUR": 1, "IDN": 1}),
])
def test_partners_bilateral_by_default(summit, scope, partners):
    found = summit.partners("MAR") if scope is None else summit.partners("MAR", scope=scope)
    assert {p["country"]: p["events"] for p in found} == partners


def test_timeline_counts_what_it_leaves_out_and_dates_the_undated(summit):
    timeline = summit.timeline("MAR", "KAZ")
    assert timeline["scope"] == "bilateral" and timeline["left_out"] == 1
    assert [e["event"] for e in timeline["events"]] == ["CONSULT", "AGREE"]
    [promise] = timeline["undated"]
    assert (promise["date"], promise["day"], promise["dated_by"]) == (None, "2024-09-30", "report")
    assert summit.timeline("MAR", "KAZ", scope="all")["left_out"] == 0


@pytest.mark.parametrize("since, until, expected", [
    ("2024-09", None, {"promise"}),          # undated, reported in September: kept, not dropped
    (None, "2024-08", {"bi", "summit", "pair-at-summit", "visit"}),
    ("2024-05-05", "2024-09-30", {"pair-at-summit", "promise"}),
])
def test_since_and_until_keep_undated_events_by_their_report(summit, since, until, expected):
    assert {e["mentions"][0]["doc_id"] for e in summit.events(since=since, until=until)} == expected


@pytest.mark.parametrize("call, message", [
    (lambda s: s.events(sort="sideways"), "unknown sort 'sideways'"),
    (lambda s: s.events(scope="trilateral"), "unknown scope 'trilateral'"),
    (lambda s: s.partners("MAR", scope="both"), "unknown scope 'both'"),
    (lambda s: s.timeline("MAR", "KAZ", scope="x"), "unknown scope 'x'"),
])
def test_bad_sort_and_scope(summit, call, message):
    with pytest.raises(QueryError) as info:
        call(summit)
    assert message in str(info.value)


@pytest.mark.parametrize("place, country, shown", [
    ("Royaume du Maroc", None, (None, "MAR")),   # a country's name is no place: its code instead
    ("Kazakhstan", "KAZ", (None, "KAZ")),
    ("Rabat", "MAR", ("Rabat", "MAR")),
])
def test_places_that_are_countries_become_codes(store, place, country, shown):
    store.ingest([record("p", dict(event(), event_loc={"place": place, "country": country}))])
    [found] = store.events()
    assert (found["place"], found["place_country"]) == shown


def test_relational_wordings_are_no_titles(summit):
    [bourita] = summit.people(name="Bourita")
    [post] = bourita["titles"]
    assert (post["role"], post["label"], post["variants"]) == ("foreign_minister", "Foreign minister", [])


def test_a_person_without_a_stated_state_gets_the_one_their_events_leave(store):
    store.ingest([record("r", event(actor=("KAZ",), recipient=("MAR",), people=[
        person("Abdelkrim Sefrioui", None, "président de la Chambre des représentants", "parliament_speaker"),
        person("Aizhan Temirbekova", "KAZ", "Deputy Minister", "deputy_foreign_minister")]))])
    [speaker] = store.people(name="Sefrioui")
    assert (speaker["country"], speaker["country_inferred"]) == ("MAR", True)
    assert [p["name"] for p in store.people(country="MAR")] == ["Abdelkrim Sefrioui"]


def test_exports_are_bilateral_by_default_and_date_the_undated(summit):
    import io

    from communique.storing.exports import gdelt_rows, write_plover

    rows = gdelt_rows(summit)
    assert sorted((r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in rows) == [
        ("KAZ", "MAR"), ("KAZ", "MAR"), ("MAR", "SEN")]  # the two KAZ-MAR events and the visit
    promise = next(r for r in rows if r["EventCode"] == "040" and r["SQLDATE"] == "20240930")
    assert promise["DATEADDED"] == "20240930"
    assert len(gdelt_rows(summit, scope="all")) == 3 + 10 + 1  # the summit's ten pairs, the pair at it
    out = io.StringIO()
    assert write_plover(summit, out, scope="all") == 5
    assert sum(json.loads(line)["multilateral"] for line in out.getvalue().splitlines()) == 2


def test_reports_naming_people_in_two_scripts_can_be_one_event():
    """Names in two scripts that nothing joins neither tie reports together nor keep them apart."""
    from communique.storing.merging import Facts, Person, match_score, script_of

    assert [script_of(n) for n in ("Rachid Lahbabi", "رشيد الحبابي", "Лавров")] == ["LATIN", "ARABIC", "CYRILLIC"]

    def facts(name, script):
        return Facts("AGREE", "KAZ MAR", None, None, None, "political consultations", 6,
                     people={"MAR": [Person(id=hash(name), words=frozenset(name.split()), bare=False,
                                            role="foreign_minister", script=script)]})
    latin, arabic = facts("rachid lahbabi", "LATIN"), facts("رشيد الحبابي", "ARABIC")
    other_latin = facts("karim bennani", "LATIN")
    assert match_score(latin, arabic) is not None          # the same round, names not comparable
    assert match_score(latin, other_latin) is None         # another minister for Morocco: another event
