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
    assert {"bias", "type:CONSULT", "states:2", "people", "date:text"} <= set(names)
    expected = 1 / (1 + math.exp(-sum(weights.get(n, 0.0) for n in names)))
    assert event.confidence == round(expected, 2)


def test_the_weights_table_is_what_the_fitting_script_makes(shared_dir):
    """data/confidence.tsv is generated: refit it (scripts/fit_confidence.py) after changing the coder."""
    spec = importlib.util.spec_from_file_location("fit_confidence", ROOT / "scripts" / "fit_confidence.py")
    fit_confidence = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit_confidence)
    fitted = fit_confidence.fit(fit_confidence.training_rows(shared_dir), penalty=1.0)
    stored = model.weights()
    assert set(fitted) == set(stored)
    for name, weight in fitted.items():
        assert stored[name] == pytest.approx(weight, abs=0.01), name
