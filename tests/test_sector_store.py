"""The store keeps each actor's sector: `events --sector`, and the exports' sector columns.
The documents are written for these tests."""
import csv
import io
import json

import pytest

from communique import cli
from communique.storing import Store

DOCUMENTS = [
    {"id": "troops", "lang": "en", "published": "2025-03-10",
     "text": "Malian troops attacked a village near the border on Sunday."},
    {"id": "talks", "lang": "en", "published": "2025-03-10",
     "text": "The foreign ministers of Peru and Chile met in Lima on Friday."},
]


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def sector_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sectors")
    source = folder / "news.jsonl"
    source.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS), encoding="utf-8")
    path = folder / "news.db"
    assert cli.main(["ingest", "--db", str(path), "--no-progress", str(source)]) == 0
    return path


@pytest.mark.parametrize("sector, types", [
    ("MIL", {"ASSAULT"}),
    ("mil", {"ASSAULT"}),
    ("GOV", {"CONSULT"}),
    ("REB", set()),
])
def test_events_by_sector(sector_db, capsys, sector, types):
    status, out, _ = run(capsys, "events", "--db", sector_db, "--sector", sector, "--format", "json")
    assert status == 0
    assert {json.loads(line)["event"] for line in out.splitlines()} == types
    with Store.open(sector_db, readonly=True) as store:
        assert {e["event"] for e in store.events(sector=sector)} == types


def test_an_unknown_sector_is_a_clear_error(sector_db, capsys):
    status, out, err = run(capsys, "events", "--db", sector_db, "--sector", "SOLDIERS")
    assert status == 2 and "unknown sector 'SOLDIERS'" in err and "Traceback" not in err


def test_exports_carry_the_sector(sector_db, capsys):
    status, out, _ = run(capsys, "export", "gdelt", "--db", sector_db)
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t"))
    assert status == 0
    assert {(r["Actor1CountryCode"], r["Actor1Type1Code"]) for r in rows if r["EventRootCode"] == "19"} == {("MLI", "MIL")}
    status, out, _ = run(capsys, "export", "plover", "--db", sector_db)
    events = {e["event"]: e for e in map(json.loads, out.splitlines())}
    assert events["ASSAULT"]["actor_sector"] == ["MIL"] and set(events["CONSULT"]["actor_sector"]) == {"GOV"}


@pytest.mark.parametrize("sector, status, types", [
    ("MIL", 200, {"ASSAULT"}),
    ("SOLDIERS", 400, None),
])
def test_the_api_filters_events_by_sector(sector_db, sector, status, types):
    from fastapi.testclient import TestClient

    from communique.serving import create_app
    from communique.settings import Settings

    with TestClient(create_app(sector_db, Settings())) as client:
        response = client.get("/events", params={"sector": sector})
    assert response.status_code == status
    if types is not None:
        assert {e["event"] for e in response.json()["events"]} == types


DYAD_DOCUMENTS = [
    {"id": "dyad-talks", "lang": "en", "published": "2025-04-02",
     "text": "The foreign ministers of Peru and Chile met in Lima on Friday."},
    {"id": "dyad-clash", "lang": "en", "published": "2025-04-09",
     "text": "Peruvian soldiers attacked Chilean police officers at the border on Saturday."},
]


@pytest.fixture(scope="module")
def dyad_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dyad")
    source = folder / "news.jsonl"
    source.write_text("".join(json.dumps(d) + "\n" for d in DYAD_DOCUMENTS), encoding="utf-8")
    path = folder / "news.db"
    assert cli.main(["ingest", "--db", str(path), "--no-progress", str(source)]) == 0
    return path


def test_the_dyad_and_the_partners_separate_governments_from_other_actors(dyad_db, capsys):
    with Store.open(dyad_db, readonly=True) as store:
        timeline = store.timeline("PER", "CHL")
        partners = {p["country"]: p for p in store.partners("PER")}
    assert {(e["event"], e["between_states"]) for e in timeline["events"]} == {("CONSULT", True), ("ASSAULT", False)}
    assert (timeline["between_states"], timeline["with_other_actors"]) == (1, 1)
    assert (partners["CHL"]["events"], partners["CHL"]["between_states"], partners["CHL"]["with_other_actors"]) == (2, 1, 1)
    status, out, _ = run(capsys, "partners", "PER", "--db", dyad_db, "--format", "json")
    assert status == 0 and json.loads(out.splitlines()[0])["with_other_actors"] == 1


def test_the_dyad_page_lists_events_with_other_actors_apart(dyad_db):
    from fastapi.testclient import TestClient

    from communique.serving import create_app
    from communique.settings import Settings

    with TestClient(create_app(dyad_db, Settings())) as client:
        page = client.get("/ui/dyads/PER/CHL").text
        country = client.get("/ui/countries/PER").text
        api = client.get("/dyads/PER/CHL/timeline").json()
    between, others = page.split("Events between governments")[1].split("Events with other actors")
    assert ">CONSULT" in between and "ASSAULT" not in between and ">ASSAULT" in others
    assert "With other actors" in country
    assert (api["between_states"], api["with_other_actors"]) == (1, 1)
