"""Per-field provenance (issue 13, "why each field"): every field of an event points at the words
that support it and names the rule or lexicon row that set it; `extract --explain` prints them.

The releases are written for these tests (fictional officials)."""
import json
import re
import subprocess
import sys

import pytest

import communique

PUBLISHED = "2025-03-14"

FR_MEETING = ("Le ministre des Affaires étrangères du Maroc, Nasser Bourita, a reçu le 12 mars 2025 à Rabat son "
              "homologue kazakh, Timour Baïkadamov, pour la 5e session des consultations politiques. Les deux parties "
              "ont évoqué la coopération dans les domaines du commerce et de l'énergie, ainsi que leur action au sein "
              "de l'OCI.")
EN_SIGNING = "Ghana and Togo signed a memorandum of understanding on customs cooperation."
EN_CALL = "Kenya's President held a phone call with the President of Uganda on Tuesday about regional trade."
EN_SUMMONS = "The Algerian ambassador was summoned by the Moroccan foreign ministry on Monday over the remarks."
EN_PROMISE = ("Kazakhstan and Morocco agreed to hold the sixth round of political consultations in Astana "
              "in 2026.")
FR_NO_DATE = "Le Sénégal et la Gambie ont signé un accord sur la pêche."


def explained(text, lang, published=PUBLISHED):
    record = communique.extract(text, lang=lang, published=published)
    assert record.events, text
    return record


def entry(record, field, value=None, event=None):
    """The provenance of `field` (for `value`) in the first event (of type `event`) that has it."""
    for e in record.events:
        if event and e.event != event:
            continue
        for p in e.provenance:
            if p.field == field and (value is None or p.value == value):
                return p
    raise AssertionError(f"no provenance for {field}={value} in {[e.event for e in record.events]}")


@pytest.mark.parametrize("lang, text, event, field, value, words, rule", [
    # The event's type: the trigger word and its row in the language's triggers table.
    ("fr", FR_MEETING, "CONSULT", "event", None, "reçu", "fr/triggers.tsv:recevoir"),
    ("en", EN_SIGNING, "SUPPORT", "event", None, "signed", "en/triggers.tsv:"),
    # The states: the words that name them, by the table that knows them.
    ("fr", FR_MEETING, "CONSULT", "actor", "KAZ", "kazakh", "fr/country_words.tsv:KAZ"),
    ("fr", FR_MEETING, "CONSULT", "recipient", "MAR", "Maroc", "fr/country_names.tsv:MAR"),
    ("en", EN_SIGNING, "SUPPORT", "actor", "TGO", "Togo", "en/country_names.tsv:TGO"),
    # The direction: the rule that decided who acts on whom.
    ("fr", FR_MEETING, "CONSULT", "direction", None, "reçu", "rule:sides.host_receives"),
    ("en", EN_SUMMONS, "ACCUSE", "direction", None, "summoned", "rule:sides.passive_agent"),
    ("en", EN_CALL, "CONSULT", "direction", None, None, "rule:document.calls_have_no_host"),
    # Dates: stated, or the publication day with no words.
    ("fr", FR_MEETING, "CONSULT", "date", None, "12 mars 2025", "rule:dates.absolute"),
    ("en", EN_CALL, "CONSULT", "date", None, "Tuesday", "rule:dates.weekday"),
    ("fr", FR_NO_DATE, "SUPPORT", "date", None, None, "rule:document.publication_date"),
    # A promise's planned date and place.
    ("en", EN_PROMISE, "AGREE", "planned.date", None, "2026", "rule:triggers.planned_date"),
    ("en", EN_PROMISE, "AGREE", "planned.place", None, "Astana", "rule:triggers.planned_place"),
    # Format: the cue that says it, or the meeting word of a meeting in person.
    ("en", EN_CALL, "CONSULT", "format", None, "phone", "en/cues.tsv:format:phone"),
    ("fr", FR_MEETING, "CONSULT", "format", None, "reçu", "rule:document.meeting_in_person"),
    # Place, series and round.
    ("fr", FR_MEETING, "CONSULT", "place", None, "Rabat", "rule:sides.place_preposition"),
    ("fr", FR_MEETING, "CONSULT", "series", "political consultations", "consultations politiques",
     "fr/cues.tsv:series:political consultations"),
    ("fr", FR_MEETING, "CONSULT", "series.ordinal", "5", "5e", "fr/cues.tsv:ordinal:5"),
    ("en", EN_PROMISE, "AGREE", "series.ordinal", "6", "sixth", "en/cues.tsv:ordinal:6"),
    # Each topic, organisation, document and participant.
    ("fr", FR_MEETING, "CONSULT", "topics", "trade", "commerce", "fr/topics.tsv:commerce"),
    ("fr", FR_MEETING, "CONSULT", "topics", "energy", "énergie", "fr/topics.tsv:"),
    ("en", EN_CALL, "CONSULT", "topics", "trade", "trade", "en/topics.tsv:"),
    ("fr", FR_MEETING, "CONSULT", "organizations", "OIC", "OCI", "fr/organisation_names.tsv:OIC"),
    ("en", EN_SIGNING, "SUPPORT", "documents", "memorandum", "memorandum of understanding on customs cooperation",
     "en/cues.tsv:document:memorandum"),
    ("fr", FR_MEETING, "CONSULT", "participants", "Nasser Bourita", "Nasser Bourita", "rule:people.named_with_title"),
])
def test_each_field_names_its_words_and_rule(lang, text, event, field, value, words, rule):
    record = explained(text, lang)
    found = entry(record, field, value, event)
    assert found.rule.startswith(rule), found
    assert found.text == words, found
    if words is None:
        assert found.start is None and found.end is None
    else:
        assert text[found.start:found.end] == words


@pytest.mark.parametrize("lang, text", [("fr", FR_MEETING), ("en", EN_SIGNING), ("en", EN_CALL),
                                        ("en", EN_SUMMONS), ("en", EN_PROMISE), ("fr", FR_NO_DATE)])
def test_every_value_of_every_event_is_explained(lang, text):
    """Provenance covers the final values exactly: each state, topic, organisation, document and
    participant once, the single fields when they are set, and nothing that is not in the event."""
    for e in explained(text, lang).events:
        keys = [(p.field, p.value) for p in e.provenance]
        expected = [("event", None)] + [("actor", a.code) for a in e.actor] + [
            ("recipient", r.code) for r in e.recipient] + [("topics", t) for t in e.topics] + [
            ("organizations", o) for o in e.organizations] + [("documents", d.kind) for d in e.documents] + [
            ("participants", p.name) for p in e.participants]
        expected += [(f, None) for f, v in (("date", e.date), ("format", e.format),
                                            ("place", e.event_loc)) if v is not None]
        if e.series:
            expected.append(("series", e.series.name))
        extra = {"direction", "series.ordinal", "planned.date", "planned.place"}
        assert {k for k in keys if k[0] not in extra} == set(expected), (e.id, keys, expected)
        assert len(keys) == len(set(keys)), keys
        for p in e.provenance:
            assert p.rule
            if p.start is not None:
                assert text[p.start:p.end] == p.text


def test_title_events_keep_words_without_offsets():
    """An event coded from the title alone has no offsets into the text, but keeps its words."""
    record = communique.extract("Rien de plus n'a été communiqué.", lang="fr", published=PUBLISHED,
                                title="Le Maroc et le Gabon signent un accord sur la pêche")
    assert record.events
    for p in record.events[0].provenance:
        assert p.start is None and p.end is None
    assert any(p.field == "event" and p.text for p in record.events[0].provenance)


# --------------------------------------------------------------------------- extract --explain

def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "communique", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_extract_explain_prints_fields_words_and_rules(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(FR_MEETING, encoding="utf-8")
    done = run_cli("extract", "--explain", "--lang", "fr", str(path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("== ")
    assert any(line.split()[:1] == ["EVENT"] for line in lines)
    rows = {tuple(line.split()[:2]): line for line in lines if line.startswith("     ")}
    assert "«reçu»" in rows[("event", "CONSULT")] and "[fr/triggers.tsv:recevoir]" in rows[("event", "CONSULT")]
    assert "«Rabat»" in rows[("place", "Rabat")]
    assert "«OCI»" in rows[("organizations", "OIC")]
    assert "[rule:sides.host_receives]" in rows[("direction", "KAZ")]


def test_extract_explain_jsonl_keeps_the_json(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(FR_MEETING, encoding="utf-8")
    done = run_cli("extract", "--explain", "--format", "jsonl", "--lang", "fr", str(path))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    fields = {p["field"] for p in record["events"][0]["provenance"]}
    assert {"event", "actor", "recipient", "date", "place", "series", "topics", "participants"} <= fields


def test_extract_format_is_refused_when_unknown(tmp_path):
    done = run_cli("extract", "--explain", "--format", "xml", "-", stdin="x")
    assert done.returncode == 2 and "--format" in done.stderr and "Traceback" not in done.stderr


# --------------------------------------------------------------------------- the store and the page

def provenance_of(record: dict) -> list[list[dict]]:
    return [e.get("provenance") for e in record["events"]]


@pytest.fixture
def stored_meeting(tmp_path):
    """A store holding FR_MEETING, coded on ingest; the record the coder gives for it."""
    from communique.storing import Store
    path = tmp_path / "why.db"
    document = communique.Document(text=FR_MEETING, id="why-1", lang="fr", published=PUBLISHED)
    with Store.open(path) as store:
        report = store.ingest([document])
    assert report.failed == 0, report.errors
    return path, communique.extract(FR_MEETING, lang="fr", published=PUBLISHED, doc_id="why-1").to_dict()


def test_the_store_keeps_the_provenance(stored_meeting):
    from communique.storing import Store
    path, coded = stored_meeting
    with Store.open(path, readonly=True) as store:
        kept = store.document("why-1")["record"]
    assert provenance_of(kept) == provenance_of(coded) and all(provenance_of(kept))


@pytest.mark.parametrize("broken, problem", [
    ("not a list", "'provenance' must be a list"),
    (["no object"], "'provenance' must be a list"),
    ([{"field": "date", "rule": "rule:x", "start": "12", "end": None}], "integer or null 'start'"),
    ([{"rule": "rule:x", "start": None, "end": None}], "a 'field'"),
])
def test_a_coded_record_with_bad_provenance_is_refused(tmp_path, broken, problem):
    from communique.storing import Store
    record = communique.extract(EN_CALL, lang="en", published=PUBLISHED, doc_id="bad-1").to_dict()
    record["events"][0]["provenance"] = broken
    with Store.open(tmp_path / "bad.db") as store:
        report = store.ingest([record])
        assert store.document("bad-1") is None
    assert report.failed == 1 and problem in report.errors[0] and "bad-1" in report.errors[0]


def test_the_document_page_highlights_from_the_stored_record(stored_meeting, monkeypatch):
    """With provenance stored, the page marks each field's words without running the recognisers."""
    from fastapi.testclient import TestClient
    from communique.serving import create_app, highlight
    from communique.settings import Settings

    def no_recoding(*args):
        raise AssertionError("the page ran the recognisers again")

    monkeypatch.setattr(highlight, "recognised", no_recoding)
    path, coded = stored_meeting
    with TestClient(create_app(path, Settings())) as client:
        html = client.get("/ui/documents/why-1").text
    for i, entry in enumerate(coded["events"][0]["provenance"]):
        assert f'data-why="1.{i}"' in html  # the field's button in the card
        assert entry["rule"] in html
    # The trigger's words are marked in the text with the id of their explanation.
    assert re.search(r'<span class="[^"]*hl-trigger[^"]*"[^>]*data-why="(?:[^"]* )?1\.0(?: [^"]*)?"[^>]*>reçu</span>', html)
    assert "«<bdi>Rabat</bdi>»" in html


@pytest.mark.parametrize("lang, title, text, event, value, rule", [
    # A state the event's sentence does not name: the rule that brought it in, not a guess.
    ("en", "Ghana and Togo hold talks on trade",
     "Ghana's foreign minister Kofi Mensah held talks on Monday with Foreign Minister Paul Dogbe on trade.",
     "CONSULT", "TGO", "rule:document.headline_dyad"),
    ("en", None, "Kenya's President held a phone call with the President of Uganda on Tuesday about regional "
     "trade. The two sides agreed to hold the next meeting in May.", "AGREE", "UGA", "rule:sides.the_parties"),
    ("fr", None, "Le président du Sénégal a reçu lundi le ministre malien des Affaires étrangères. Les deux parties "
     "ont signé un accord sur la pêche.", "SUPPORT", "SEN", "rule:sides.the_parties"),
])
def test_states_brought_in_by_a_rule(lang, title, text, event, value, rule):
    record = communique.extract(text, lang=lang, published=PUBLISHED, title=title)
    assert entry(record, "actor", value, event).rule == rule
