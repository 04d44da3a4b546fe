"""A blank pipeline's tokens keep their tree edges within the Doc (language/token_edges.py)."""
from __future__ import annotations

import pytest
import spacy

import communique
from communique.language.pipelines import get_pipeline
from communique.language.token_edges import edges_sound


@pytest.mark.parametrize("text", [
    "Der Minister sagte (laut Protokoll): Wir danken Polen.",
    "Die Gespräche (in Wien): Handel und Energie.",
])
def test_spacy_tokenizer_alone_leaves_edges_outside_the_doc(text):
    # the fault this component is for; if spaCy mends it, the component is no longer needed
    assert not edges_sound(spacy.blank("de").make_doc(text))


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Minister sagte (laut Protokoll): Wir danken Polen."),
    ("es", "El canciller dijo (en Lima): Chile y Perú firmaron un acuerdo."),
    ("pt", "O ministro disse (em Luanda): Angola e Brasil assinaram um acordo."),
])
def test_blank_pipelines_give_sound_edges(lang, text):
    doc = get_pipeline(lang)(text)
    assert edges_sound(doc)
    assert doc.text == text
    assert all(list(tok.children) == [] for tok in doc)  # reading children is safe


def test_a_document_with_a_special_case_in_brackets_is_coded():
    text = ("Der polnische Ministerpräsident (laut Wortlaut der Pressekonferenz): Der Bundeskanzler "
            "empfängt heute in Berlin den polnischen Ministerpräsidenten zum Antrittsbesuch.")
    record = communique.extract(text, lang="de", published="2025-04-21")
    assert [e.event for e in record.events] == ["CONSULT"]
