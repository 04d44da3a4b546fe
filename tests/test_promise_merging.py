"""Two distinct promises between the same states, reported a day apart, stay two events; two
reports of one promise still merge (storing/merging.py, `different_promises`). Fictional records."""
import pytest

from communique.storing import Store
from communique.storing.merging import different_promises

VISIT_RABAT = {"kind": "visit", "date": "2026", "place": "Rabat"}


@pytest.mark.parametrize("a, b, different", [
    (VISIT_RABAT, {"kind": "round", "date": "2026", "place": None}, True),        # another kind of event
    (VISIT_RABAT, {"kind": "visit", "date": None, "place": "Astana"}, True),      # another place
    (VISIT_RABAT, {"kind": "visit", "date": "2027-03", "place": None}, True),     # another time
    (VISIT_RABAT, {"kind": "visit", "date": "2026-05", "place": "rabat"}, False),  # the same, told more precisely
    (VISIT_RABAT, {"kind": "other", "date": None, "place": None}, False),         # says nothing against it
    (VISIT_RABAT, {"kind": "meeting", "date": None, "place": None}, False),       # a visit is a meeting too
    (VISIT_RABAT, {"kind": "visit", "date": None, "place": "الرباط"}, False),     # another script: not comparable
    (VISIT_RABAT, None, False),
    (None, None, False),
])
def test_different_promises(a, b, different):
    assert different_promises(a, b) is different
    assert different_promises(b, a) is different


def promise(coded, doc_id, published, planned, series=None):
    event = coded.event("AGREE", ["KAZ", "MAR"], aux="future", planned=planned, series=series,
                        event_text="Kazakhstan and Morocco agreed to meet again.")
    return coded.record(doc_id, published, event)


@pytest.mark.parametrize("second, events", [
    ({"kind": "round", "date": "2026", "place": "Astana"}, 2),   # a second, different promise the next day
    ({"kind": "visit", "date": "2026", "place": "Rabat"}, 1),    # the same promise reported again
    (None, 1),                                                   # a report that says nothing of what
])
def test_promises_a_day_apart(tmp_path, coded, second, events):
    with Store.open(tmp_path / "promises.db") as store:
        report = store.ingest([promise(coded, "p-1", "2025-05-05", VISIT_RABAT),
                               promise(coded, "p-2", "2025-05-06", second)])
        assert report.failed == 0, report.errors
        found = store.events(country="KAZ", counterpart="MAR", type="AGREE")
        assert len(found) == events
        assert len(store.commitments(country="KAZ")) == events


def test_one_round_promised_is_one_promise_however_its_reports_word_it(tmp_path, coded):
    """The same round of the same series is one promise even when its reports name other places."""
    sixth = {"name": "political consultations", "ordinal": 6}
    with Store.open(tmp_path / "rounds.db") as store:
        store.ingest([promise(coded, "r-1", "2025-05-05", VISIT_RABAT | {"kind": "round"}, sixth),
                      promise(coded, "r-2", "2025-05-06", {"kind": "round", "date": None, "place": "Astana"}, sixth)])
        assert len(store.events(country="KAZ", counterpart="MAR", type="AGREE")) == 1
