"""The hand-labelled corpus set for calibrating confidence (eval/calibration): its form, and how
score_corpus.py turns it into gold records that score.py pairs by type and country set."""
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CALIBRATION = ROOT / "eval" / "calibration"
#: The sixteen PLOVER event types of DESIGN.md.
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _script():
    spec = importlib.util.spec_from_file_location("score_corpus", CALIBRATION / "score_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows():
    return [json.loads(line) for line in (CALIBRATION / "corpus_gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_labels_use_the_design_vocabularies():
    rows = _rows()
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["lang"] in {"fr", "en"}
        assert set(row) <= {"id", "lang", "events", "note"}
        for event in row["events"]:
            assert event["type"] in TYPES, (row["id"], event)
            assert all(re.fullmatch(r"[A-Z]{3}", code) for code in event["states"]), (row["id"], event)
        # A note is a few words of our own, never a passage of the document.
        assert len(row.get("note", "")) <= 120


def test_labels_name_corpus_documents(shared_dir):
    corpus = {}
    with open(shared_dir / "corpus" / "real.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            corpus[str(doc["id"])] = doc.get("lang")
    for row in _rows():
        assert corpus.get(row["id"]) == row["lang"], row["id"]


@pytest.mark.parametrize("events, pairs_with, pairs", [
    ([{"type": "CONSULT", "states": ["MAR", "KAZ"]}], {"event": "CONSULT", "actor": [{"code": "KAZ"}],
                                                        "recipient": [{"code": "MAR"}]}, 1),
    ([{"type": "CONSULT", "states": ["MAR", "KAZ"]}], {"event": "AGREE", "actor": [{"code": "KAZ"}],
                                                        "recipient": [{"code": "MAR"}]}, 0),
    ([{"type": "ACCUSE", "states": ["PAK", "USA", "AFG"]}], {"event": "ACCUSE", "actor": [{"code": "PAK"}],
                                                              "recipient": []}, 0),
    ([{"type": "CONSULT", "states": []}], {"event": "CONSULT", "actor": [{"code": "UNO"}], "recipient": []}, 1),
])
def test_gold_records_pair_by_type_and_states(tmp_path, shared_dir, events, pairs_with, pairs):
    module = _script()
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "x1", "lang": "en", "events": events}) + "\n", encoding="utf-8")
    gold = module.gold_records(path)
    scorer = module.evaluate.load_scorer(shared_dir)
    assert len(scorer.pair(gold["x1"]["events"], [pairs_with])) == pairs


def test_the_labelled_documents_are_dealt_into_two_fixed_halves():
    halves = _script().half_of([str(r["id"]) for r in _rows()])
    study = {i for i, h in halves.items() if h == "study"}
    check = set(halves) - study
    assert len(study) == len(check) == len(_rows()) // 2
    # Both languages in each half, and the dealing does not depend on the order ids come in.
    langs = {str(r["id"]): r["lang"] for r in _rows()}
    assert {langs[i] for i in study} == {langs[i] for i in check} == {"fr", "en"}
    assert _script().half_of(sorted(halves, reverse=True)) == halves


def test_sentence_labels_become_gold_events_first_told(tmp_path):
    # eval/events/'s form: a document read whole gives one gold event per line of label 1 (first
    # told), none for label 2 (told again) or 0 (hesitation); a document never marked done is left out.
    (tmp_path / "corpus_x.tsv").write_text(
        "d1\tk1\t1\tCONSULT\tMAR,KAZ\tmeeting\n"
        "d1\tk2\t2\tCONSULT\tMAR,KAZ\ttold again\n"
        "d1\tk3\t0\tAGREE\tMAR\tunsure\n"
        "d1\tk4\t1\tACCUSE\t-\tno state named\n"
        "d1\t*\tdone\n"
        "d2\t*\tdone\n"
        "d3\tk5\t1\tSUPPORT\tFRA\tnot read whole\n", encoding="utf-8")
    gold = _script().label_records(tmp_path)
    assert sorted(gold) == ["d1", "d2"]
    assert [(e["event"], [a["code"] for a in e["actor"]]) for e in gold["d1"]["events"]] == [
        ("CONSULT", ["MAR", "KAZ"]), ("ACCUSE", [])]
    assert gold["d2"]["events"] == []


def test_a_malformed_sentence_label_is_refused_with_its_place(tmp_path):
    (tmp_path / "corpus_y.tsv").write_text("d1\tk1\tyes\tCONSULT\tMAR\n", encoding="utf-8")
    module = _script()
    with pytest.raises(module.evaluate.EvalError, match=r"corpus_y.tsv:1"):
        module.label_records(tmp_path)
