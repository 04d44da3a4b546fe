"""Every record the coder writes fits communique/record/schema.json and points back into its text.

Codes the bundled fictional samples and the shared dev set (read from ../shared at run time,
skipped when absent) with `extract_batch`, once per module.
"""
import copy
import re

import pytest

from communique import Document, ReadError, extract_batch, read_inputs

SETS = {
    # name: how to find the input file from the fixtures
    "samples": lambda samples_path, request: samples_path,
    "dev": lambda samples_path, request: request.getfixturevalue("shared_dir") / "eval" / "dev.jsonl",
}
_CODED: dict[str, list[tuple[Document, dict]]] = {}


@pytest.fixture(params=sorted(SETS))
def coded(request, samples_path):
    """[(document, record dict)] of one input set, in input order (coded once per session)."""
    name = request.param
    if name not in _CODED:
        path = SETS[name](samples_path, request)
        documents = list(read_inputs([str(path)]))
        errors = [d for d in documents if isinstance(d, ReadError)]
        assert not errors, errors
        records = [r.to_dict() for r in extract_batch(documents)]
        _CODED[name] = list(zip(documents, records, strict=True))
    return _CODED[name]


def events(coded):
    for doc, record in coded:
        for event in record["events"]:
            yield doc, record, event


def test_records_validate(coded, validate):
    for _, record in coded:
        validate(record)


def test_records_and_events_in_input_order(coded):
    for doc, record in coded:
        assert record["doc_id"] == doc.doc_id
        assert [e["id"] for e in record["events"]] == [f"{doc.doc_id}:{n}"
                                                       for n in range(1, len(record["events"]) + 1)]


def test_schema_rejects_what_is_not_a_record(coded, validate):
    """The schema is strict: a wrong enum, an unknown field or a bad date is refused."""
    jsonschema = pytest.importorskip("jsonschema")
    _, record = next((d, r) for d, r in coded if r["events"])
    broken = [
        lambda r: r["events"][0].update(event="MEET"),
        lambda r: r["events"][0].update(mode="video"),
        lambda r: r["events"][0].update(extra=1),
        lambda r: r["events"][0].update(date="12/03/2024"),
        lambda r: r["events"][0].update(confidence=1.5),
        lambda r: r["events"][0]["topics"].append("sports"),
        lambda r: r["events"][0]["context"].append("friendship"),
        lambda r: r["events"][0]["actor"].append({"code": "Morocco"}),
        lambda r: r.pop("published"),
        lambda r: r["events"][0]["provenance"].append({"field": "mood", "value": None, "rule": "x", "text": None,
                                                       "start": None, "end": None}),
        lambda r: r["events"][0]["provenance"][0].update(rule=""),
    ]
    for n, breaker in enumerate(broken):
        bad = copy.deepcopy(record)
        breaker(bad)
        with pytest.raises(jsonschema.ValidationError):
            validate(bad)
            pytest.fail(f"broken record {n} validated")


def test_spans_lie_within_the_text(coded):
    for doc, _, event in events(coded):
        n = len(doc.text)
        for span in event["spans"]:
            assert 0 <= span["start"] < span["end"] <= n, (event["id"], span)
        if event["spans"]:
            first = event["spans"][0]
            assert event["event_text"] == doc.text[first["start"]:first["end"]].strip(), event["id"]


def test_entity_offsets_point_at_their_words(coded):
    """An actor's or recipient's start/end is the place of its words in the text (not in the title)."""
    wrong = []
    for doc, _, event in events(coded):
        for entity in event["actor"] + event["recipient"]:
            if entity["start"] is not None and doc.text[entity["start"]:entity["end"]] != entity["entity_text"]:
                wrong.append((event["id"], entity["code"], entity["entity_text"], doc.text[entity["start"]:entity["end"]]))
    assert not wrong, wrong


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_participants_point_at_their_names(coded):
    """A participant's start/end is the place of their name in the text (spacing aside). In a
    language that inflects names, the name is given in its dictionary form: the text's surname
    then begins with the name's ("Сергеем Лавровым" for "Сергей Лавров")."""
    wrong = []
    for doc, record, event in events(coded):
        for p in event["participants"]:
            if p["start"] is None:
                continue
            found = doc.text[p["start"]:p["end"]]
            if _squeeze(found) == _squeeze(p["name"]):
                continue
            inflected = found.split()[-1].startswith(p["name"].split()[-1]) and record["lang"] not in ("en", "fr")
            if not inflected:
                wrong.append((event["id"], p["name"], found))
    assert not wrong, wrong


def test_provenance_points_at_its_words(coded):
    """Every event explains its type first, and each explanation's offsets hold its words."""
    for doc, _, event in events(coded):
        assert event["provenance"][0]["field"] == "event", event["id"]
        for p in event["provenance"]:
            if p["start"] is not None:
                assert doc.text[p["start"]:p["end"]] == p["text"], (event["id"], p)
