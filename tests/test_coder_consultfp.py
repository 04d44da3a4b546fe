"""Precision of the coder on meetings: words that name a meeting without telling that one was held.
Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, sorted state codes of actor and recipient) of each event of the text."""
    return [(e.event, sorted({a.code for a in e.actor} | {r.code for r in e.recipient}))
            for e in communique.extract(text, lang=lang, published=published).events]


def consults(text, lang):
    return [states for event, states in coded(text, lang) if event == "CONSULT"]


@pytest.mark.parametrize("lang, text, expected", [
    # A past participle that qualifies a thing says how the thing came about, not that a meeting
    # was held: no meeting of the mediator.
    ("en", "The ceasefire, mediated by Kenya, holds Ethiopia and Eritrea to their lines.", []),
    ("fr", "L'accord de paix, négocié par le Kenya, engage l'Éthiopie et l'Érythrée.", []),
    ("fr", "L'Union africaine reste déterminée à trouver une solution négociée avec le Mali et le Niger.", []),
    # (A participle that qualifies someone tells the audience: "reçu par le président".)
    ("fr", "Le ministre ghanéen des Affaires étrangères, reçu par le président togolais, a salué la "
           "coopération entre les deux pays.", [["GHA", "TGO"]]),
    # (And the verb told in action is still a meeting.)
    ("en", "Kenya mediated talks between Ethiopia and Eritrea in Nairobi on Monday.",
     [["ERI", "ETH", "KEN"]]),
])
def test_a_participle_that_qualifies_a_thing_tells_no_meeting(lang, text, expected):
    assert consults(text, lang) == expected
