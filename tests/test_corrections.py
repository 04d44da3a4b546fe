"""Corrections of events by users: stored as such, applied again after re-ingest and recoding, shown as
corrected, exported as extra gold; through Python, the CLI, the REST API and the correction form."""
import io
import json
from dataclasses import replace

import pytest

from communique.cli import main
from communique.storing import QueryError, Store
from communique.storing.exports import write_csv, write_plover

TOKEN = "correct-token-1"


@pytest.fixture
def records(coded):
    """Two fictional coded documents: a condemnation (coded with a wrong recipient) and a visit."""
    return [coded.record("d1", "2024-05-02", coded.event("ACCUSE", ["MAR"], ["MLI"], date="2024-05-01",
                                                         mode="disapprove"),
                         coded.event("SUPPORT", ["MAR"], ["BFA"], date="2024-05-01")),
            coded.record("d2", "2024-06-02", coded.event("CONSULT", ["SEN"], ["MRT"], date="2024-06-01",
                                                         mode="visit"))]


@pytest.fixture
def store(tmp_path, records):
    with Store.open(tmp_path / "c.db") as store:
        assert store.ingest(records).failed == 0
        yield store


def _event(store, type_):
    [event] = [e for e in store.events() if e["event"] == type_]
    return event


@pytest.mark.parametrize("changes, message", [
    ({}, "at least one of"),
    ({"event": "SCOLD"}, "unknown event type 'SCOLD'"),
    ({"actor": ["Atlantis"]}, "actor: unknown country 'Atlantis'"),
    ({"actor": []}, "an event needs at least one actor"),
    ({"date": "2024-13"}, "date: '2024-13' is not a date"),
    ({"place": "Rabat"}, "cannot correct place"),
    ({"delete": True, "event": "AID"}, "give delete alone"),
])
def test_bad_corrections_are_refused(store, changes, message):
    event_id = _event(store, "ACCUSE")["id"]
    with pytest.raises(QueryError, match=message):
        store.correct(event_id, **changes)
    assert store.corrections() == [] and not store.event(event_id)["corrected"]


def test_unknown_event(store):
    with pytest.raises(QueryError, match="no event 999"):
        store.correct(999, event="AID")


def test_correction_survives_reingest_and_recoding(store, coded):
    event_id = _event(store, "ACCUSE")["id"]
    correction = store.correct(event_id, recipient=["Burkina Faso"], date="2024-04-30", note="Mali is not accused")
    event = store.event(event_id)
    assert (event["recipient"], event["date"], event["corrected"]) == (["BFA"], "2024-04-30", [correction])
    # The document recoded (its content changed, its events renumbered): the correction still applies.
    recoded = coded.record("d1", "2024-05-03", coded.event("SUPPORT", ["MAR"], ["BFA"], date="2024-05-01"),
                           coded.event("ACCUSE", ["MAR"], ["MLI"], date="2024-05-01", mode="disapprove"))
    assert store.ingest([recoded]).replaced == 1
    event = _event(store, "ACCUSE")
    assert (event["recipient"], event["date"], event["corrected"]) == (["BFA"], "2024-04-30", [correction])
    assert not _event(store, "SUPPORT")["corrected"]
    [kept] = store.corrections()
    assert kept["changes"] == {"recipient": ["BFA"], "date": "2024-04-30"}
    assert kept["before"] == {"event": "ACCUSE", "actor": ["MAR"], "recipient": ["MLI"], "date": "2024-05-01"}


def test_deleted_event_stays_deleted(store, records):
    event_id = _event(store, "CONSULT")["id"]
    store.correct(event_id, delete=True)
    assert store.event(event_id) is None
    assert [e["event"] for e in store.events()] == ["ACCUSE", "SUPPORT"]
    assert store.ingest([records[1]], force=True).replaced == 1  # recoded: its report is dropped again
    assert [e["event"] for e in store.events()] == ["ACCUSE", "SUPPORT"]


def test_exports_say_corrected(store):
    event_id = _event(store, "ACCUSE")["id"]
    store.correct(event_id, event="SANCTION")
    plover, table = io.StringIO(), io.StringIO()
    write_plover(store, plover)
    write_csv(store, table)
    corrected = {e["event"]: e["corrected"] for e in map(json.loads, plover.getvalue().splitlines())}
    assert corrected == {"SANCTION": [1], "SUPPORT": None, "CONSULT": None}
    assert "corrected" in table.getvalue().splitlines()[0]


def test_cli(tmp_path, store, capsys):
    db = str(tmp_path / "c.db")
    event_id = _event(store, "ACCUSE")["id"]
    store.close()
    assert main(["correct", str(event_id), "--db", db, "--recipient", "BFA", "--note", "wrong state"]) == 0
    assert "is now ACCUSE MAR -> BFA" in capsys.readouterr().out
    assert main(["correct", str(event_id), "--db", db, "--type", "SCOLD"]) == 2
    assert "unknown event type 'SCOLD'" in capsys.readouterr().err
    assert main(["correct", "999", "--db", db, "--delete"]) == 2
    assert "no event 999" in capsys.readouterr().err
    out = tmp_path / "gold.jsonl"
    assert main(["corrections", "--db", db, "-o", str(out)]) == 0
    [line] = [json.loads(x) for x in out.read_text().splitlines()]
    assert (line["doc_id"], line["record_event_id"], line["note"]) == ("d1", "d1:1", "wrong state")
    assert line["gold"] == {"event": "ACCUSE", "actor": ["MAR"], "recipient": ["BFA"], "date": "2024-05-01"}


@pytest.fixture
def client(tmp_path, store):
    from fastapi.testclient import TestClient
    from communique.serving import create_app
    from communique.settings import get_settings
    store.close()
    return TestClient(create_app(tmp_path / "c.db", replace(get_settings(), ingest_token=TOKEN)))


@pytest.mark.parametrize("headers, body, status", [
    ({}, {"event": "AID"}, 401),
    ({"Authorization": "Bearer nope"}, {"event": "AID"}, 403),
    ({"Authorization": f"Bearer {TOKEN}"}, {"event": "SCOLD"}, 400),
    ({"Authorization": f"Bearer {TOKEN}"}, {}, 400),
    ({"Authorization": f"Bearer {TOKEN}"}, {"recipient": ["Atlantis"]}, 400),
])
def test_api_refuses(client, headers, body, status):
    assert client.post("/events/1/corrections", json=body, headers=headers).status_code == status
    assert client.get("/corrections").json() == []


def test_api_and_form(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/events/999/corrections", json={"event": "AID"}, headers=auth).status_code == 404
    answer = client.post("/events/1/corrections", json={"recipient": []}, headers=auth).json()
    assert (answer["event"]["recipient"], answer["event"]["corrected"]) == ([], [1])
    assert 'class="tag corrected"' in client.get("/ui/events").text
    assert 'class="tag corrected"' in client.get("/ui/documents/d1").text
    lines = [json.loads(x) for x in client.get("/corrections.jsonl").text.splitlines()]
    assert [x["gold"]["recipient"] for x in lines] == [[]]
    form = {"event": "ACCUSE", "actor": "MAR", "recipient": "Burkina Faso", "date": "2024-05-01"}
    assert client.post("/ui/events/1/correct", data={**form, "token": "nope"}).status_code == 403
    assert client.post("/ui/events/1/correct", data={**form, "recipient": "Atlantis", "token": TOKEN}).status_code == 400
    page = client.post("/ui/events/1/correct", data={**form, "token": TOKEN})
    assert page.status_code == 200 and "Correction 2 stored" in page.text
    assert client.get("/events/1").json()["recipient"] == ["BFA"]
    gone = client.post("/ui/events/1/correct", data={"delete": "1", "token": TOKEN}, follow_redirects=False)
    assert gone.status_code == 303 and client.get("/events/1").status_code == 404


def _eval_module():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "eval" / "corrections.py"
    spec = importlib.util.spec_from_file_location("eval_corrections", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("line, agreed", [
    ({"gold": {"event": "ACCUSE", "actor": ["MAR"], "recipient": ["BFA"], "date": "2024-05-01"}}, True),
    ({"gold": {"event": "ACCUSE", "actor": ["MAR"], "recipient": ["BFA"], "date": None}}, True),
    ({"gold": {"event": "ACCUSE", "actor": ["MAR"], "recipient": [], "date": None}}, False),
    ({"gold": {"event": "ACCUSE", "actor": ["MAR"], "recipient": ["BFA"], "date": "2024-05-02"}}, False),
    ({"deleted": True, "coded": {"event": "ACCUSE", "countries": ["BFA", "MAR"]}}, False),
    ({"deleted": True, "coded": {"event": "AID", "countries": ["BFA", "MAR"]}}, True),
])
def test_evaluation_reads_corrections_as_gold(coded, line, agreed):
    """eval/corrections.py: does a coded record do what a user's correction says is right?"""
    record = coded.record("d1", "2024-05-02", coded.event("ACCUSE", ["MAR"], ["BFA"], date="2024-05-01"))
    assert _eval_module().agrees(line, record) is agreed
