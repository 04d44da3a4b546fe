"""The sentence models: their features, their table, the events they drop and the AGREE they
draft where the rules drafted none, and the fitting script's reading of the labels."""
import importlib.util
import math

import pytest

import communique
from communique.coding import sentence_models as detector
from conftest import ROOT


def _fit_script():
    spec = importlib.util.spec_from_file_location("fit_sentence_models", ROOT / "scripts" / "fit_sentence_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _features(text, lang, published="2024-05-20"):
    from communique.coding.coder import Coder
    from communique.language.pipelines import get_pipeline
    coder = Coder(get_pipeline(lang)(text), lang, published)
    return [detector.sentence_features(coder, sent) for sent in coder.sentences]


@pytest.mark.parametrize("text, lang, present, absent", [
    # A visit to come: the future verb, the rules' own reading of the trigger, a date ahead.
    ("Le président sénégalais se rendra à Nouakchott le 3 juin 2024.", "fr",
     {"verb:Tense=Fut", "trigger:CONSULT", "future_trigger:CONSULT", "date:ahead", "w:fr:rendre", "states:2", "position:first"},
     {"question"}),
    ("The Kenyan president will visit Ghana next week.", "en",
     {"verb:modal", "trigger:CONSULT", "future_trigger:CONSULT", "w:en:visit", "states:2"},
     {"verb:Tense=Fut"}),
    # A meeting held: past tense, no future reading.
    ("Le ministre malien a reçu mardi son homologue nigérien.", "fr",
     {"trigger:CONSULT", "root:Tense=Past", "states:2"}, {"future_trigger:CONSULT", "verb:Tense=Fut"}),
    ("Will Ghana and Togo hold talks?", "en", {"question"}, set()),
])
def test_a_sentence_s_features_name_its_tense_triggers_states_and_dates(text, lang, present, absent):
    features = set(_features(text, lang)[0])
    assert "bias" in features
    assert present <= features, present - features
    assert not absent & features, absent & features


def test_the_probability_is_the_logistic_of_the_weights_of_the_features_and_vector_that_hold():
    weights = {"bias": -2.0, "verb:Tense=Fut": 3.0, "w:fr:rendre": 0.5, "vector:fr:0": 2.0}
    assert detector.probability(["bias", "verb:Tense=Fut", "unknown"], weights) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert detector.probability(["bias"], weights) == pytest.approx(1 / (1 + math.exp(2.0)))
    assert detector.probability(["bias"], weights, {"vector:fr:0": 0.5, "vector:fr:1": 9.0}) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_the_model_table_holds_per_type_weights_thresholds_and_vetoes_fitted_from_the_labels():
    models = detector.models()
    assert "AGREE" in models and "CONSULT" in models
    for event, (weights, threshold, veto) in models.items():
        assert 0.0 < threshold <= 1.0
        assert set(veto) <= {"fr", "en"} and all(0.0 < v < 0.5 for v in veto.values())
        assert "bias" in weights and len(weights) > 100, event
    assert models["AGREE"].threshold < 1.0 and all(m.threshold == 1.0 for e, m in models.items() if e != "AGREE")
    header = "\n".join((ROOT / "communique" / "data" / "sentence_models.tsv").read_text(encoding="utf-8").splitlines()[:4])
    assert len(_fit_script().read_labels(ROOT / "eval" / "promises")) >= 700  # documents read whole
    assert "corpus:" in header and "dev2-tune:" in header and "dev2-check" not in header


TALKS = ("Le ministre marocain des Affaires étrangères a reçu mardi à Rabat son homologue malien. "
         "Les deux ministres ont évoqué la situation au Sahel.")
AGREED = ("Le Maroc et le Mali ont convenu de tenir la prochaine session de leur commission mixte à Bamako. "
          "Les deux ministres ont évoqué la situation au Sahel.")


@pytest.mark.parametrize("bias, agreed", [(8.0, True), (-8.0, False)])
def test_a_sentence_the_model_reads_as_a_promise_is_drafted_as_an_agree_from_its_own_trigger(monkeypatch, bias, agreed):
    monkeypatch.setattr(detector, "models", lambda: {"AGREE": detector.TypeModel({"bias": bias}, 0.5, {})})
    record = communique.extract(TALKS, lang="fr", published="2024-05-20")
    types = [e.event for e in record.events]
    assert "CONSULT" in types
    assert ("AGREE" in types) is agreed
    if agreed:
        agree = next(e for e in record.events if e.event == "AGREE")
        assert agree.aux == "future"
        assert sorted(a.code for a in agree.actor + agree.recipient) == ["MAR", "MLI"]


def test_the_detector_adds_nothing_where_the_rules_drafted_a_promise(monkeypatch):
    monkeypatch.setattr(detector, "models", lambda: {"AGREE": detector.TypeModel({"bias": 8.0}, 0.5, {})})
    record = communique.extract(AGREED, lang="fr", published="2024-05-20")
    assert [e.event for e in record.events].count("AGREE") == 1


@pytest.mark.parametrize("bias, veto, kept", [
    (-8.0, {"fr": 0.2}, False),  # the model finds the sentence most unlike a promise: dropped
    (-8.0, {"en": 0.2}, True),  # no veto fitted for French
    (0.0, {"fr": 0.2}, True),  # p = 0.5: above the veto
])
def test_a_promise_the_rules_drafted_is_dropped_under_the_language_s_veto(monkeypatch, bias, veto, kept):
    monkeypatch.setattr(detector, "models", lambda: {"AGREE": detector.TypeModel({"bias": bias}, 0.9, veto)})
    record = communique.extract(AGREED, lang="fr", published="2024-05-20")
    assert ("AGREE" in [e.event for e in record.events]) is kept


def test_a_text_of_one_sentence_is_not_weighed(monkeypatch):
    """One sentence is its text's news: there is no background to drop, and the models were
    fitted on sentences of documents."""
    monkeypatch.setattr(detector, "models", lambda: {"AGREE": detector.TypeModel({"bias": -8.0}, 0.5, {"fr": 0.4})})
    record = communique.extract(AGREED.split(". ")[0] + ".", lang="fr", published="2024-05-20")
    assert [e.event for e in record.events] == ["AGREE"]


@pytest.mark.parametrize("drafted, trigger, asked", [
    (set(), True, True), ({"CONSULT"}, True, True),  # nothing, or a meeting that may be the plan
    ({"AID"}, True, False),  # "will provide aid": the act, not a promise of it
    (set(), False, False),  # no trigger to draft it from
])
def test_the_promise_model_is_asked_where_the_rules_drafted_nothing_but_a_meeting(drafted, trigger, asked):
    assert detector.asked_for_promise(drafted, trigger) is asked


def test_a_sentence_without_a_trigger_is_not_asked(monkeypatch):
    monkeypatch.setattr(detector, "models", lambda: {"AGREE": detector.TypeModel({"bias": 8.0}, 0.5, {})})
    record = communique.extract("Le Maroc et le Mali sont deux pays voisins du Sahel.", lang="fr", published="2024-05-20")
    assert record.events == []


@pytest.mark.parametrize("text, key", [
    ("Le ministre se rendra à Paris.", "36938bb17bd2"),  # SHA-1 of the words, 12 hex digits
    ("Le  ministre\nse rendra à Paris. ", "36938bb17bd2"),
])
def test_a_sentence_key_ignores_how_its_words_are_spaced(text, key):
    assert _fit_script().sentence_key(text) == key


def test_labels_count_only_documents_read_whole_and_refuse_a_malformed_line(tmp_path):
    fit = _fit_script()
    (tmp_path / "a.tsv").write_text("d1\tk1\t1\tMAR,MLI\tvisit\nd1\t*\tdone\nd2\tk9\t1\t-\tnot finished\n"
                                    "d3\t*\tdone\n", encoding="utf-8")
    assert fit.read_labels(tmp_path) == {"d1": {"k1": 1}, "d3": {}}
    (tmp_path / "b.tsv").write_text("d4\tk1\tyes\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="b.tsv:1"):
        fit.read_labels(tmp_path)


@pytest.mark.parametrize("evidence, hit", [
    ("«l'invitation adressée à M. Hoss tient toujours»", {1}),
    ("se rendra à Rabat le mois prochain", {2}),
    ("nowhere in the text", set()),
])
def test_gold_evidence_marks_the_sentence_it_starts_in(evidence, hit):
    text = "Les deux ministres se sont entretenus. L'invitation adressée à M. Hoss tient toujours. Il se rendra à Rabat le mois prochain."
    spans = [(0, 37), (38, 84), (85, len(text))]
    assert _fit_script().evidence_sentences(text, spans, [evidence]) == hit


def test_the_fit_learns_per_type_the_features_that_separate_each_type_s_sentences():
    fit = _fit_script()
    rows = [fit.Row(f"d{i}", "k", "corpus", "fr", ["bias", "future" if i % 2 else "past", "met" if i % 3 == 0 else "none"], {},
                    {"AGREE": bool(i % 2), "CONSULT": i % 3 == 0, "*": False}, [], [], True) for i in range(60)]
    weights = fit.fit(rows, ["AGREE", "CONSULT"], penalty=1.0, min_docs=2)
    assert weights["AGREE"]["future"] > 1.0 > -1.0 > weights["AGREE"]["past"]
    assert weights["CONSULT"]["met"] > 1.0 > -1.0 > weights["CONSULT"]["none"]
    future = rows[1]._replace(features=["bias", "future", "none"])
    assert fit.probability(weights["AGREE"], future) > 0.8 and fit.probability(weights["CONSULT"], future) < 0.2


@pytest.mark.parametrize("labels, source, expected", [
    ({"AGREE": True, "*": False}, "corpus", {"AGREE": True, "CONSULT": False}),
    ({"CONSULT": True, "*": False}, "corpus", {"AGREE": None, "CONSULT": True}),  # read for events, not for promises
    ({"AGREE": False}, "corpus", {"AGREE": False, "CONSULT": None}),  # read for promises only
    ({"CONSULT": True, "*": False}, "dev2-tune", {"AGREE": False, "CONSULT": True}),  # gold: every type is read
])
def test_a_sentence_s_label_for_a_type_is_known_only_where_its_readers_looked(labels, source, expected):
    fit = _fit_script()
    row = fit.Row("d", "k", source, "fr", ["bias"], {}, labels, [], [], True)
    assert {event: fit.label_of(row, event) for event in expected} == expected


def test_event_labels_gather_the_types_of_each_sentence_of_documents_read_whole(tmp_path):
    fit = _fit_script()
    (tmp_path / "a.tsv").write_text("d1\tk1\t1\tCONSULT\tMAR,MLI\tmet\nd1\tk1\t1\tSUPPORT\tMAR,MLI\tsigned\n"
                                    "d1\tk2\t0\tACCUSE\t-\tunsure\nd1\t*\tdone\nd2\tk1\t1\tCONSULT\t-\tnot done\n", encoding="utf-8")
    assert fit.read_event_labels(tmp_path) == {"d1": {"k1": {"CONSULT", "SUPPORT"}}}
    assert fit._corpus_labels("k1", {"k1": 2}, {"k1": {"CONSULT", "AGREE"}}) == {"CONSULT": True, "*": False}
    assert fit._corpus_labels("k9", {"k9": 1}, None) == {"AGREE": True}
