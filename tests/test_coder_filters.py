"""Events the coder drafts and then throws away: what makes a drafted event stay (someone who
acts, found where the language points to him) and what keeps the filters' background out.
Sentences written for these tests."""
import pytest

import communique
from coder_probes import coded


MET = {
    "en": "The foreign ministers of Brazil, India and South Africa met in Geneva on Monday. ",
    "fr": "Les ministres des Affaires étrangères du Brésil, de l'Inde et de l'Afrique du Sud se sont réunis lundi à Genève. ",
}
MET_TWO = {
    "en": "The foreign ministers of Brazil and India met in Geneva on Monday. ",
    "fr": "Les ministres des Affaires étrangères du Brésil et de l'Inde se sont réunis lundi à Genève. ",
}
GATHERING = ("CONSULT", ["BRA", "IND", "ZAF"], [])


@pytest.mark.parametrize("lang, opening, text, expected", [
    # "They" after a gathering of three states or more: its members speak together to the world.
    ("en", MET, "They strongly condemned North Korea's missile launches.",
     [GATHERING, ("ACCUSE", ["BRA", "IND", "ZAF"], ["PRK"])]),
    ("en", MET, "They also urged Israel to allow aid into Gaza.",
     [GATHERING, ("REQUEST", ["BRA", "IND", "ZAF"], ["ISR"])]),
    ("fr", MET, "Ils ont vivement condamné les tirs de missiles de la Corée du Nord.",
     [GATHERING, ("ACCUSE", ["BRA", "IND", "ZAF"], ["PRK"])]),
    ("fr", MET, "Ils ont exhorté Israël à laisser entrer l'aide humanitaire.",
     [GATHERING, ("REQUEST", ["BRA", "IND", "ZAF"], ["ISR"])]),
    ("fr", MET, "Ils ont salué la décision du Kenya d'envoyer des policiers en Haïti.",
     [GATHERING, ("SUPPORT", ["BRA", "IND", "ZAF"], ["KEN"])]),
    # (Not two sides in talks: what they voice there is part of the meeting.)
    ("en", MET_TWO, "They strongly condemned North Korea's missile launches.", [("CONSULT", ["BRA", "IND"], [])]),
    ("fr", MET_TWO, "Ils ont vivement condamné les tirs de missiles de la Corée du Nord.", [("CONSULT", ["BRA", "IND"], [])]),
    # (Nor "they" with no group told before: no one acts.)
    ("en", {"en": ""}, "They strongly condemned North Korea's missile launches.", []),
])
def test_they_after_a_gathering_are_its_members(lang, opening, text, expected):
    assert coded(opening[lang] + text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting noun that a verb of attending takes through its preposition is the meeting
    # attended, when none was told before: it refers back to nothing.
    ("fr", "L'ambassadeur du Kenya a participé mardi à la réunion du Conseil permanent de l'Union africaine à Addis-Abeba.",
     [("CONSULT", ["KEN"], [], ["AU"])]),
    ("fr", "Le ministre ghanéen a pris part à la réunion des ministres des Affaires étrangères de la CEDEAO à Abuja.",
     [("CONSULT", ["GHA"], [], ["ECOWAS"])]),
    ("en", "Kenya's ambassador participated in the meeting of the African Union's Peace and Security Council in "
           "Addis Ababa on Tuesday.", [("CONSULT", ["KEN"], [], ["AU"])]),
    ("en", "Ghana's foreign minister took part in the ECOWAS summit in Abuja.", [("CONSULT", ["GHA"], [], ["ECOWAS"])]),
    # (Not "cette réunion", which points back; nor a meeting noun in a frame of another verb.)
    ("fr", "Le ministre ghanéen a participé à cette réunion.", []),
    ("fr", "Le ministre ghanéen a quitté la salle lors de la réunion du Conseil de l'Union africaine.", []),
])
def test_a_meeting_attended_is_told(lang, text, expected):
    assert [(e, a, r, o) for e, a, r, o in (
        (e.event, sorted(x.code for x in e.actor), sorted(x.code for x in e.recipient), e.organizations)
        for e in communique.extract(text, lang=lang, published="2024-05-13").events)] == expected
