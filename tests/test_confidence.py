"""The confidence model: its features, its output, and its table refitted from the repository."""
import importlib.util
import math

import pytest

import communique
from communique.coding import confidence as model
from conftest import ROOT


def test_confidence_is_the_logistic_of_the_weights_of_the_features_that_hold():
    text = ("Le ministre chilien des Affaires étrangères, Diego Arancibia, s'est entretenu mardi 14 mai 2024 à "
            "Lima avec son homologue péruvien, Hugo Salas.")
    record = communique.extract(text, lang="fr", published="2024-05-20")
    event = record.events[0]
    # The same features, recomputed from the draft the coder builds, give the record's confidence.
    weights = model.weights()
    assert 0.0 < event.confidence < 1.0
    from communique.coding.coder import Coder
    from communique.language.pipelines import get_pipeline
    draft = Coder(get_pipeline("fr")(text), "fr", "2024-05-20").code()[0]
    names = model.features(draft)
    assert {"bias", "states:2", "people", "date:text"} <= set(names)
    assert "type:other" not in names  # a consultation is one of the types the coder knows best
    expected = 1 / (1 + math.exp(-sum(weights.get(n, 0.0) for n in names)))
    assert event.confidence == round(expected, 2)


@pytest.mark.parametrize("sentences, after_lead", [
    ([0], False), ([3], False), ([4], True), ([9], True),
    ([2, 7], False),  # told in the lead, told again further down
])
def test_an_event_first_told_past_the_lead_has_its_own_feature(sentences, after_lead):
    from communique.coding.context import Draft
    draft = Draft(event="CONSULT", mode=None, cameo=None, cues=set(), sentence=sentences[0],
                  trigger=None, sentences=sentences)
    assert ("after_lead" in model.features(draft)) is after_lead


def test_the_weights_table_is_what_the_fitting_script_makes(shared_dir):
    """data/confidence.tsv is generated: refit it (scripts/fit_confidence.py) after changing the coder."""
    fit_confidence = _fit_confidence()
    fitted = fit_confidence.fit(fit_confidence.training_rows(shared_dir), penalty=1.0)
    stored = model.weights()
    assert set(fitted) == set(stored)
    for name, weight in fitted.items():
        assert stored[name] == pytest.approx(weight, abs=0.01), name


def _fit_confidence():
    spec = importlib.util.spec_from_file_location("fit_confidence", ROOT / "scripts" / "fit_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_calibration_error_is_the_gap_between_precision_and_confidence_per_band():
    fc = _fit_confidence()
    assert fc.calibration_error([(0.8, True)] * 8 + [(0.8, False)] * 2) == pytest.approx(0.0)
    assert fc.calibration_error([(0.9, True)] * 5 + [(0.9, False)] * 5) == pytest.approx(0.4)
    # Two bands, each weighted by its share of the events.
    seen = [(0.95, True)] * 3 + [(0.3, False)] * 1
    assert fc.calibration_error(seen) == pytest.approx(0.75 * 0.05 + 0.25 * 0.3)


def test_cross_validation_predicts_each_document_from_the_others():
    fc = _fit_confidence()
    # A feature that tells right from wrong: held-out predictions separate them, so the Brier
    # score is low; a document's events all fall in the same fold.
    rows = [fc.Row(f"d{n}", "fr" if n % 3 else "es", ["bias", "good" if n % 2 else "bad"], bool(n % 2))
            for n in range(60)]
    figures = fc.cross_validate(rows, penalty=1.0, folds=5, salts=2)
    assert set(figures) == {"fr+en", "other"}
    assert figures["fr+en"][1] < 0.1
    folds = {fc.fold_of(f"d{n}", 5, 0) for n in range(60)}
    assert folds == set(range(5))
    assert fc.fold_of("d7", 5, 0) == fc.fold_of("d7", 5, 0)


MEETING_AND_SHELLING = ("The Moroccan foreign minister received his Malian counterpart in Rabat on Monday. "
                        "Russia shelled the port city on Monday.")


@pytest.mark.parametrize("floor, kept", [(0.0, ["CONSULT", "ASSAULT"]), (0.4, ["CONSULT"]), (0.99, [])])
def test_events_under_the_minimum_confidence_are_left_out_and_the_rest_renumbered(floor, kept):
    from communique.coding.coder import Coder
    from communique.coding.extract import record_of
    from communique.language.pipelines import get_pipeline
    from communique.reading import Document
    doc = Document(text=MEETING_AND_SHELLING, id="d1", lang="en", published="2024-05-07")
    drafts = Coder(get_pipeline("en")(doc.text), "en", doc.published).code()
    scores = [model.confidence(d, "en") for d in drafts]
    assert [d.event for d in drafts] == ["CONSULT", "ASSAULT"] and scores[1] < 0.4 <= scores[0] < 0.99
    record = record_of(doc, "en", drafts, min_confidence=floor)
    assert [e.event for e in record.events] == kept
    assert [e.id for e in record.events] == [f"d1:{n}" for n in range(1, len(kept) + 1)]


FILLER = ("The talks lasted two hours. The delegation included several advisers. "
          "Journalists waited outside the building. The weather in the capital was mild. ")


@pytest.mark.parametrize("text, lead_floor, kept", [
    # The doubtful event told past the lead is left out by default, kept when the floor is 0.
    (MEETING_AND_SHELLING.replace("Russia", FILLER + "Russia"), None, ["CONSULT"]),
    (MEETING_AND_SHELLING.replace("Russia", FILLER + "Russia"), 0.0, ["CONSULT", "ASSAULT"]),
    # The same event inside the lead stays: only `min_confidence` reaches it.
    (MEETING_AND_SHELLING, None, ["CONSULT", "ASSAULT"]),
])
def test_doubtful_events_past_the_lead_are_left_out(text, lead_floor, kept):
    from communique.coding.coder import Coder
    from communique.coding.extract import record_of
    from communique.language.pipelines import get_pipeline
    from communique.reading import Document
    doc = Document(text=text, id="d2", lang="en", published="2024-05-07")
    drafts = Coder(get_pipeline("en")(doc.text), "en", doc.published).code()
    assert [model.past_lead(d) for d in drafts] == [False, text != MEETING_AND_SHELLING]
    record = record_of(doc, "en", drafts, min_confidence=0.0, min_confidence_past_lead=lead_floor)
    assert [e.event for e in record.events] == kept


def test_the_minimum_confidence_is_a_setting_the_extraction_follows(monkeypatch):
    from communique.settings import SettingsError, get_settings, load_settings
    assert load_settings(environ={"COMMUNIQUE_CONFIG": "/nonexistent"}).min_confidence == 0.0
    assert load_settings(environ={"COMMUNIQUE_CONFIG": "/nonexistent", "COMMUNIQUE_MIN_CONFIDENCE": "0.4"}).min_confidence == 0.4
    for bad in ("1.5", "-0.1", "high"):
        with pytest.raises(SettingsError, match="min_confidence"):
            load_settings(environ={"COMMUNIQUE_CONFIG": "/nonexistent", "COMMUNIQUE_MIN_CONFIDENCE": bad})
    monkeypatch.setenv("COMMUNIQUE_MIN_CONFIDENCE", "0.4")
    get_settings.cache_clear()
    try:
        assert [e.event for e in communique.extract(MEETING_AND_SHELLING, lang="en", published="2024-05-07").events] == ["CONSULT"]
    finally:
        monkeypatch.delenv("COMMUNIQUE_MIN_CONFIDENCE")
        get_settings.cache_clear()
    assert [e.event for e in communique.extract(MEETING_AND_SHELLING, lang="en", published="2024-05-07").events] == ["CONSULT", "ASSAULT"]


def test_cross_validation_reports_the_labelled_corpus_apart():
    fc = _fit_confidence()
    rows = [fc.Row(f"d{n}", "fr", ["bias", "good" if n % 2 else "bad"], bool(n % 2)) for n in range(40)]
    rows += [fc.Row(f"c{n}", "en", ["bias", "good" if n % 2 else "bad"], bool(n % 4 == 1), "corpus")
             for n in range(40)]
    figures = fc.cross_validate(rows, penalty=1.0, folds=5, salts=2)
    # No dev2-tune row in another language: no "other" group; the corpus rows are their own group,
    # and there "good" is right only half the time, so they are predicted worse.
    assert set(figures) == {"fr+en", "corpus"}
    assert figures["corpus"][1] > figures["fr+en"][1]


def test_labelled_corpus_documents_are_read_from_the_shared_corpus_in_the_scorer_s_form(tmp_path):
    fc = _fit_confidence()
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "real.jsonl").write_text(
        '{"id": "c1", "lang": "fr", "text": "Un texte."}\n{"id": "c2", "lang": "en", "text": "A text."}\n',
        encoding="utf-8")
    labelled = tmp_path / "labels.jsonl"
    labelled.write_text('{"id": "c2", "lang": "en", "events": [{"type": "CONSULT", "states": ["KAZ", "MAR"]}]}\n'
                        '\n', encoding="utf-8")
    documents, gold = fc.corpus_documents(tmp_path, labelled)
    assert [d["id"] for d in documents] == ["c2"]
    assert set(gold) == {"c2"}
    assert gold["c2"]["events"] == [{"event": "CONSULT", "actor": [{"code": "KAZ"}, {"code": "MAR"}], "recipient": []}]


@pytest.mark.parametrize("lang, has_feature", [("en", True), ("fr", False), ("es", False), (None, False)])
def test_english_events_have_a_feature_of_their_own(lang, has_feature):
    from communique.coding.context import Draft
    draft = Draft(event="CONSULT", mode=None, cameo=None, cues=set(), sentence=0, trigger=None, sentences=[0])
    assert ("lang:en" in model.features(draft, lang)) is has_feature


def test_the_fit_reads_the_study_half_of_the_sentence_labels_only(shared_dir):
    fc = _fit_confidence()
    import score_corpus
    folder = ROOT / "eval" / "events"
    halves = score_corpus.half_of(list(score_corpus.label_records(folder)))
    documents, gold = fc.study_labels(shared_dir, folder)
    assert {d["id"] for d in documents} == set(gold) == {i for i, h in halves.items() if h == "study"}
    assert 0 < len(gold) < len(halves)
