"""Direction of coded events, third round (DESIGN.md's coding rules: a visit goes from the visitor
to the host; support, aid and condolences go from who gives them). Sentences written for these
tests."""
import pytest

import communique


def directed(text, lang, kind, published="2024-05-13"):
    """(mode, actor codes, recipient codes) of each event of type `kind` of the text."""
    return [(e.mode, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events if e.event == kind]


@pytest.mark.parametrize("lang, text, expected", [
    # English names whose visit it is by the possessive before the noun: the possessor travels and
    # the other side hosts, whoever the sentence's subject is.
    ("en", "The Vietnamese prime minister said the Russian president's visit is an opportunity for both "
           "countries to discuss cooperation.", [("visit", ["RUS"], ["VNM"])]),
    ("en", "Vietnam welcomed the Russian president's visit, which will deepen ties between the two countries.",
     [("visit", ["RUS"], ["VNM"])]),
    ("en", "The Chilean foreign minister said the Peruvian president's visit was a success for both nations.",
     [("visit", ["PER"], ["CHL"])]),
    # (With the destination named, as before.)
    ("en", "During the Turkish president's visit to Washington, the two leaders discussed trade.",
     [("visit", ["TUR"], ["USA"])]),
])
def test_the_possessor_of_a_visit_is_the_visitor(lang, text, expected):
    assert directed(text, lang, "CONSULT") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The state in whose name one acts ("au nom du gouvernement et du peuple français", "on behalf
    # of the government and people of Kenya") does the act, wherever the sentence names it; the
    # other state named receives it.
    ("fr", "Le ministre a adressé ses condoléances au peuple israélien, au nom du gouvernement et du peuple français.",
     [(None, ["FRA"], ["ISR"])]),
    ("fr", "Le ministre a présenté au peuple israélien ses condoléances, au nom du gouvernement et du peuple français.",
     [(None, ["FRA"], ["ISR"])]),
    ("fr", "Au nom de la France, le président a exprimé sa solidarité avec le Maroc.", [(None, ["FRA"], ["MAR"])]),
    ("en", "The minister expressed solidarity with the people of Uganda on behalf of the government and people of Kenya.",
     [(None, ["KEN"], ["UGA"])]),
    ("en", "On behalf of the Kenyan government, the minister expressed solidarity with Uganda.",
     [(None, ["KEN"], ["UGA"])]),
])
def test_the_state_in_whose_name_one_acts_does_the_act(lang, text, expected):
    assert directed(text, lang, "SUPPORT") == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A visit's noun names its visitor after "de"/"of" whoever speaks of it: the state of whom
    # speaks (the sentence's subject) receives the visit, unless a destination is named.
    ("fr", "Le ministre marocain a salué la visite du président sénégalais, qui renforce les liens entre les deux pays.",
     [("visit", ["SEN"], ["MAR"])]),
    ("fr", "Le Premier ministre vietnamien a déclaré que la visite du président russe était une occasion pour les deux pays.",
     [("visit", ["RUS"], ["VNM"])]),
    ("en", "The Vietnamese prime minister said the visit of the Russian president was an opportunity for both countries.",
     [("visit", ["RUS"], ["VNM"])]),
    # (A destination named hosts; a receiving verb still decides.)
    ("fr", "Le ministre marocain a salué la visite du président sénégalais en Gambie.", [("visit", ["SEN"], ["GMB"])]),
    ("fr", "Le président ivoirien a reçu la visite du ministre ghanéen.", [("visit", ["GHA"], ["CIV"])]),
])
def test_the_visitor_a_visit_noun_names_visits_whoever_speaks(lang, text, expected):
    assert directed(text, lang, "CONSULT") == expected
