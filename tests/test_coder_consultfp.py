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


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting that gives an act told in the pluperfect its time or cause came before that act:
    # recalled, not told, also where a statement reports the act.
    ("fr", "Le Kenya enverra mille policiers au Ghana. C'est ce qu'a fait savoir le ministre kényan des "
           "Affaires étrangères, dans un communiqué publié samedi, précisant que la décision avait été prise "
           "après des consultations avec le Togo.", []),
    ("en", "Kenya will send a thousand police officers to Ghana. This was announced by the Kenyan foreign "
           "minister in a statement issued on Saturday, specifying that the decision had been taken after "
           "consultations with Togo.", []),
    # (A meeting told in the passé composé is the news.)
    ("fr", "Le ministre kényan des Affaires étrangères s'est entretenu samedi à Nairobi avec son "
           "homologue togolais.", [["KEN", "TGO"]]),
])
def test_a_meeting_that_dates_an_older_act_is_recalled(lang, text, expected):
    assert consults(text, lang) == expected
