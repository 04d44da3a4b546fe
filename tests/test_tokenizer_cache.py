"""The tokenizer keeps its cache across line breaks and gives the same tokens as spaCy's."""
import pytest
import spacy

from communique.language.tokenizer_cache import CACHE_CHUNKS, keep_tokenizer_cache

TEXTS = [
    "Le ministre a reçu l’ambassadeur.\nIls ont évoqué la coopération.",
    "a\n\nb\tc \n d",
    "Rabat,\xa012 mars (MAP) -\nLe Maroc et le Kazakhstan…",
    "\n",
    " \n\t",
    "aujourd'hui\nM. Bakaev, etc.\nl’État",
    "EE. UU. y\nMéxico",
]


@pytest.mark.parametrize("lang", ["fr", "en", "es", "ru", "ar"])
def test_same_tokens_after_dropping_whitespace_specials(lang):
    plain, kept = spacy.blank(lang), spacy.blank(lang)
    dropped = keep_tokenizer_cache(kept)
    assert sorted(dropped) == ["\t", "\n", " "]
    assert "\xa0" in kept.tokenizer.rules  # it sets a NORM: kept
    assert kept.tokenizer.max_cache_size == CACHE_CHUNKS
    for text in TEXTS:
        want = [(t.text, t.idx, t.whitespace_, t.norm_, t.is_space) for t in plain(text)]
        assert [(t.text, t.idx, t.whitespace_, t.norm_, t.is_space) for t in kept(text)] == want


def test_loaded_pipelines_keep_their_cache():
    from communique.language.pipelines import get_pipeline
    tokenizer = get_pipeline("es").tokenizer
    assert "\n" not in tokenizer.rules and "EE. UU." in tokenizer.rules
    assert tokenizer.max_cache_size == CACHE_CHUNKS
