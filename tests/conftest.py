"""Fixtures shared by the test modules: the shared evaluation folder, the record schema, the samples."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: ../shared beside the repository: third-party evaluation texts, never copied into the repo.
SHARED = ROOT.parent / "shared"
SCHEMA = ROOT / "communique" / "record" / "schema.json"
SAMPLES = ROOT / "communique" / "samples" / "releases.jsonl"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Path to ../shared; the test is skipped when it is absent (e.g. a bare checkout)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared evaluation data is not checked out beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def schema() -> dict:
    """The JSON Schema of the output record (communique/record/schema.json)."""
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate(schema):
    """A function that validates a record dict against the schema and raises on the first error."""
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency (pip install -e .[dev])")
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

    def check(record: dict) -> None:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
        if errors:
            where = "/".join(str(p) for p in errors[0].absolute_path)
            raise jsonschema.ValidationError(
                f"record {record.get('doc_id')!r} at /{where}: {errors[0].message}"
                + (f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""))

    return check


def coded_event(event: str, actor: list[str], recipient: list[str] = (), **fields) -> dict:
    """An event of a coded record, as `extract` writes it, with only what a test sets filled."""
    entities = lambda codes: [{"code": c, "sector": "GOV", "org": None, "entity_text": None,  # noqa: E731
                               "start": None, "end": None} for c in codes]
    base = {"event": event, "mode": None, "context": [], "cameo": None, "quad_code": 1, "event_scale": 3.0,
            "actor": entities(actor), "recipient": entities(recipient), "date": None, "date_source": None,
            "event_loc": None, "format": None, "series": None, "participants": [], "topics": [],
            "organizations": [], "documents": [], "aux": None, "planned": None, "event_text": "", "spans": [],
            "confidence": 0.8}
    place = fields.pop("place", None)
    if place:
        base["event_loc"] = {"place": place[0], "country": place[1]}
    base.update(fields)
    base["date_source"] = "text" if base["date"] else None
    return base


def coded_record(doc_id: str, published: str | None, *events: dict, lang: str = "en") -> dict:
    """A coded record (a fictional document) holding `events`, numbered `doc_id:n`."""
    return {"doc_id": doc_id, "lang": lang, "title": None, "url": None, "source": "test", "published": published,
            "events": [{**e, "id": f"{doc_id}:{n}"} for n, e in enumerate(events, 1)]}


@pytest.fixture
def coded():
    """The builders of fictional coded records: `coded.event(...)`, `coded.record(...)`."""
    class Builders:
        event = staticmethod(coded_event)
        record = staticmethod(coded_record)
    return Builders


@pytest.fixture(scope="session")
def samples_path() -> Path:
    """The bundled fictional releases (communique/samples/releases.jsonl)."""
    return SAMPLES


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A database built as the main job (scripts/demo) builds it: the bundled samples ingested
    through the command line. Read-only for the tests: those that write copy it."""
    from communique import cli

    path = tmp_path_factory.mktemp("demo") / "communique.db"
    assert cli.main(["ingest", "--db", str(path), "--no-progress", str(SAMPLES)]) == 0
    return path
