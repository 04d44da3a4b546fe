"""eval/calibration/misses_by_stage.py: each labelled event the coder misses is put at the stage
that lost it. Sentences written for these tests."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _script():
    spec = importlib.util.spec_from_file_location("misses_by_stage", ROOT / "eval" / "calibration" / "misses_by_stage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Stages of `_events_of` a trigger of the type passed, up to the one named.
PASSED = ("_told_triggers", "_news_triggers", "_strong_triggers", "_acts_told", "_event_kinds", "_drafts_by_type",
          "_weigh_events")


def passed(event, upto=None):
    """What a sentence with a trigger of `event` let through: every stage before `upto` (all without one)."""
    stages = PASSED if upto is None else PASSED[:PASSED.index(upto)]
    return {"triggers": {event}, **{s: {event} for s in stages}}


@pytest.mark.parametrize("event, seen, drafted, recorded, expected", [
    ("ACCUSE", {"triggers": set()}, set(), set(), "no_trigger_at_all"),
    ("ACCUSE", {"triggers": {"CONSULT"}, "_told_triggers": {"CONSULT"}}, set(), set(), "no_trigger_of_type"),
    ("ACCUSE", passed("ACCUSE", "_told_triggers"), set(), set(), "lost_at_told_triggers"),
    ("ACCUSE", passed("ACCUSE", "_strong_triggers"), set(), set(), "lost_at_strong_triggers"),
    ("ACCUSE", {**passed("ACCUSE", "_acts_told"), "_is_background": True}, set(), set(), "lost_at_background_sentence"),
    ("AGREE", passed("AGREE", "_weigh_events"), set(), set(), "lost_at_weigh_events"),
    ("AGREE", passed("AGREE", None), set(), set(), "lost_after_drafting"),
    ("AGREE", {"triggers": {"AGREE"}}, {"AGREE"}, set(), "below_confidence"),
    ("AGREE", {"triggers": {"AGREE"}}, {"AGREE"}, {"AGREE"}, "wrong_states"),
])
def test_stage_lost(event, seen, drafted, recorded, expected):
    assert _script().stage_lost(seen, event, drafted, recorded) == expected


def test_misses_of_a_document():
    module = _script()
    scorer = module.evaluate.load_scorer(SHARED)
    held = "Le ministre malien des Affaires étrangères a reçu jeudi à Bamako l'ambassadeur du Japon."
    unworded = "Le Mali a condamné l'attaque et se tient aux côtés du peuple nigérien."
    row = {"id": "t1", "lang": "fr", "published": "2024-03-08", "title": "", "text": f"{held} {unworded}"}
    labels = {"t1": [
        {"key": module.sentence_key(held), "event": "CONSULT", "states": ["MLI", "JPN"], "note": ""},
        {"key": module.sentence_key(held), "event": "CONSULT", "states": ["MLI", "SEN"], "note": ""},
        {"key": module.sentence_key(unworded), "event": "AID", "states": ["MLI", "NER"], "note": ""},
        {"key": "000000000000", "event": "SUPPORT", "states": ["MLI"], "note": ""},
    ]}
    got = [(label["event"], ",".join(label["states"]), stage) for _, _, label, stage in module.misses([row], labels, scorer)]
    # The audience pairs with its label; the same type told with other states was told there, with states
    # that do not pair; a type with no trigger of its own; a key that names no sentence of the text.
    assert got == [("CONSULT", "MLI,SEN", "wrong_states"), ("AID", "MLI,NER", "no_trigger_of_type"),
                   ("SUPPORT", "MLI", "sentence_not_found")]
    from communique.coding.coder import Coder
    # The coder's class is given back its own stages.
    assert "_told_triggers" not in Coder.__dict__ and "_weigh_events" not in Coder.__dict__
