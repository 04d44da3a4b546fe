"""Which states a pair word ("both governments", "les deux pays") refers back to, and the usual
case it must not lose (talks between two states: "the two sides" are those two). Sentences
written for these tests."""
import pytest

import communique


def states(text, lang, published="2024-05-13"):
    """(type, sorted states) of each event of the text."""
    return [(e.event, sorted({a.code for a in e.actor} | {r.code for r in e.recipient}))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, event, expected", [
    # A third state beside "both …": the pair is the two states told last together, not the
    # protagonist of the document.
    ("en", "Qatar helped arrange a prisoner exchange between Kenya and Uganda. "
           "The Foreign Ministry thanked both governments for their trust in Qatar.",
     "SUPPORT", ["KEN", "QAT", "UGA"]),
    ("fr", "Le Kenya et l'Ouganda ont convenu de rouvrir leurs ambassades. "
           "Les deux pays ont signé une déclaration commune avec le Qatar.",
     "SUPPORT", ["KEN", "QAT", "UGA"]),
])
def test_a_pair_word_refers_to_the_pair_told_before(lang, text, event, expected):
    assert (event, expected) in states(text, lang)


@pytest.mark.parametrize("lang, text, event, expected", [
    # The usual case: talks between X and Y, then "the two sides" with one of them named.
    ("en", "Kenya and Uganda held political consultations in Nairobi. "
           "The two sides signed a memorandum on trade with Uganda's minister present.",
     "SUPPORT", ["KEN", "UGA"]),
    ("fr", "Le ministre kényan a reçu son homologue ougandais à Nairobi. "
           "Les deux pays ont signé un mémorandum sur le commerce.",
     "SUPPORT", ["KEN", "UGA"]),
])
def test_the_pair_of_the_talks_is_kept(lang, text, event, expected):
    assert (event, expected) in states(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # A state named before the pair word may be one of the two: the other is the protagonist.
    ("fr", "Le ministre togolais a rencontré son homologue béninois à Lomé. Avec le ministre du Ghana, "
           "il a signé un accord entre les deux pays.",
     [("CONSULT", ["BEN", "TGO"]), ("SUPPORT", ["GHA", "TGO"])]),
    ("fr", "Le ministre togolais a rencontré son homologue béninois à Lomé. Avec le ministre du Ghana, "
           "les discussions ont porté sur la prochaine session de la commission mixte entre les deux pays.",
     [("CONSULT", ["BEN", "TGO"]), ("AGREE", ["GHA", "TGO"])]),
])
def test_a_state_named_before_the_pair_word_is_one_of_the_pair(lang, text, expected):
    assert states(text, lang) == expected
