"""Topics of coded events, second round: word families the lexicons lacked, words that name no
topic in the sense they are used, and where a topic is told. Sentences written for these tests."""
import pytest

import communique


def topics(text, lang, published="2024-05-13"):
    """(type, sorted topics) of each event of the text."""
    return [(e.event, sorted(e.topics)) for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # Peace between parties at war is the settlement of a conflict: a regional question.
    ("en", "The foreign minister of Armenia met his Azerbaijani counterpart in Geneva on Monday. "
           "They discussed a peace treaty between the two countries.", [("CONSULT", ["regional_issues"])]),
    ("fr", "Le ministre angolais des Affaires étrangères a reçu lundi son homologue rwandais. "
           "Les deux ministres ont évoqué les pourparlers de paix.", [("CONSULT", ["regional_issues"])]),
    ("fr", "Le Président angolais a salué les efforts du Kenya en faveur d'une paix durable.",
     [("SUPPORT", ["regional_issues"])]),
    # (Making peace with another side, in a contentious statement.)
    ("en", "Azerbaijan accused Armenia of lacking the will to make peace.", [("ACCUSE", ["regional_issues"])]),
    # (Peace named alone, as a wish, is no matter.)
    ("en", "The foreign minister of Armenia met his Azerbaijani counterpart in Geneva on Monday. "
           "They discussed friendship and peace between their peoples.", [("CONSULT", [])]),
])
def test_words_of_peace(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A consulate serves the nationals of its state abroad: opening one is a consular matter.
    ("fr", "Le Gabon a inauguré mardi un consulat général à Dakhla.", [("SUPPORT", ["migration_consular"])]),
    ("en", "Bahrain inaugurated a consulate general in Laayoune on Monday.", [("SUPPORT", ["migration_consular"])]),
    # (An embassy's opening tells no matter.)
    ("fr", "Le Gabon a inauguré mardi son ambassade à Rabat.", [("SUPPORT", [])]),
    ("fr", "La Gambie a ouvert mardi un consulat à Dakhla.", [("SUPPORT", ["migration_consular"])]),
])
def test_consulate_opened(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Logistic support given to forces is the support of what they do, not a matter of transport.
    ("fr", "La Russie s'est engagée à fournir un soutien logistique à l'armée malienne.",
     [("AGREE", ["security_defense"])]),
    ("en", "The foreign minister of Ghana met his Togolese counterpart in Accra on Monday. "
           "They discussed logistical support to the army.", [("CONSULT", ["security_defense"])]),
    # (Logistics discussed for themselves are.)
    ("en", "The foreign minister of Ghana met his Togolese counterpart in Accra on Monday. "
           "They discussed logistics.", [("CONSULT", ["transport_logistics"])]),
    # The health of people released or evacuated is their condition, not a matter of health.
    ("fr", "Le Tchad a libéré lundi les deux soldats nigériens, en bonne santé.", [("RETREAT", [])]),
    ("en", "Chad released the two Nigerien soldiers on Monday in good health.", [("RETREAT", [])]),
    # (Health discussed is.)
    ("en", "The foreign minister of Ghana met his Togolese counterpart in Accra on Monday. "
           "They discussed health and education.", [("CONSULT", ["education", "health"])]),
])
def test_words_that_name_no_topic(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The older act a frame verb sets the news against ("comes after", "fait suite à", "intervient après")
    # is background: its words tell no topic of the event.
    ("en", "The British foreign minister met President Ruto in Nairobi on Monday. "
           "The visit comes a week after the two countries signed a trade agreement.", [("CONSULT", [])]),
    ("fr", "Le ministre français des Affaires étrangères a rencontré lundi le président ivoirien à Abidjan. "
           "Cette visite fait suite aux accords de coopération économique signés entre les deux pays.", [("CONSULT", [])]),
    ("fr", "Le ministre français des Affaires étrangères a rencontré lundi le président ivoirien à Abidjan. "
           "Cette visite intervient une semaine après que les deux pays ont relancé leur coopération économique.",
     [("CONSULT", [])]),
    # (What the talks were about still is.)
    ("en", "The British foreign minister met President Ruto in Nairobi on Monday. "
           "The two discussed trade and security.", [("CONSULT", ["security_defense", "trade"])]),
    # (A person who comes after something tells a journey, not the news's background.)
    ("en", "The British foreign minister met President Ruto in Nairobi on Monday. "
           "He came after the talks on trade in Kampala.", [("CONSULT", ["trade"])]),
])
def test_background_set_against(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Raw materials are what mines yield, as minerals are.
    ("fr", "Le ministre malien des Affaires étrangères a reçu lundi son homologue nigérien. "
           "Les deux ministres ont évoqué les matières premières.", [("CONSULT", ["mining_resources"])]),
    ("en", "The foreign minister of Ghana met his Togolese counterpart in Accra on Monday. "
           "They discussed raw materials and trade.", [("CONSULT", ["mining_resources", "trade"])]),
])
def test_raw_materials(lang, text, expected):
    assert topics(text, lang) == expected
