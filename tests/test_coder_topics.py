"""Topics of coded events: families of topic words the lexicons lacked, and where a topic word
tells no topic. Sentences written for these tests."""
import pytest

import communique


def topics(text, lang, published="2024-05-13"):
    """(type, sorted topics) of each event of the text."""
    return [(e.event, sorted(e.topics)) for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # An aggression is an armed act: condemned in one state by another, it is a conflict between
    # states, a matter of security and a regional question.
    ("en", "Japan condemned North Korea's aggression against its neighbours.",
     [("ACCUSE", ["regional_issues", "security_defense"])]),
    ("fr", "Le Congo a condamné l'agression rwandaise.", [("ACCUSE", ["regional_issues", "security_defense"])]),
    # (A terrorist aggression is terrorism, as a terrorist attack is.)
    ("fr", "Le Mali a condamné fermement l'agression terroriste perpétrée hier.",
     [("ACCUSE", ["terrorism_extremism"])]),
    # Rebels are those who bear arms against a government.
    ("en", "Kenya accused Uganda of supporting rebels in the north.",
     [("ACCUSE", ["regional_issues", "security_defense"])]),
    ("fr", "Le Burundi accuse le Rwanda de soutenir des rebelles.",
     [("ACCUSE", ["regional_issues", "security_defense"])]),
    # Espionage is a matter of security.
    ("en", "China firmly rejected the British accusations of espionage.",
     [("REJECT", ["security_defense"]), ("ACCUSE", ["security_defense"])]),
    # Crime across borders, as transnational crime, is a matter of security.
    ("en", "The foreign minister of Bangladesh met his Myanmar counterpart in Dhaka on Monday. "
           "They discussed trans-boundary crimes along the border.", [("CONSULT", ["security_defense"])]),
    ("fr", "Le ministre malien des Affaires étrangères a reçu lundi son homologue nigérien. "
           "Les deux ministres ont évoqué la criminalité transfrontalière.", [("CONSULT", ["security_defense"])]),
    # (Not a security word where none is said.)
    ("en", "The foreign minister of Bangladesh met his Myanmar counterpart in Dhaka on Monday. "
           "They discussed the crime novels of their childhood.", [("CONSULT", [])]),
])
def test_words_of_security(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Food insecurity is the want of food security: agriculture_food, not a matter of security.
    ("fr", "Le ministre malien des Affaires étrangères a reçu lundi son homologue nigérien. "
           "Les deux ministres ont discuté de l'insécurité alimentaire.", [("CONSULT", ["agriculture_food"])]),
    ("en", "The foreign minister of Mali met his Niger counterpart in Bamako on Monday. "
           "They discussed food insecurity.", [("CONSULT", ["agriculture_food"])]),
    # (Insecurity alone is.)
    ("fr", "Le ministre malien des Affaires étrangères a reçu lundi son homologue nigérien. "
           "Les deux ministres ont discuté de l'insécurité.", [("CONSULT", ["security_defense"])]),
])
def test_food_insecurity(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A place described as rich in a resource, in English ("an oil and gas-rich tract") or in French
    # ("riche en hydrocarbures"), is described, not discussed.
    ("en", "Kenya rejected the court's ruling on the oil and gas-rich tract of sea.", [("REJECT", [])]),
    ("fr", "Le Nigeria a rejeté l'arrêt de la Cour sur la presqu'île riche en hydrocarbures de Bakassi.", [("REJECT", [])]),
    # States named by their industry are described.
    ("en", "The foreign ministers of the G7 industrialized countries met in Japan on Tuesday.",
     [("CONSULT", ["multilateral"])]),
    # (The resource itself, discussed, is a topic.)
    ("en", "The foreign ministers of Japan and Canada met on Tuesday and discussed oil and gas.", [("CONSULT", ["energy"])]),
    ("fr", "Le ministre gabonais a reçu lundi son homologue tchadien. Ils ont discuté des hydrocarbures.",
     [("CONSULT", ["energy"])]),
])
def test_places_and_states_described_by_their_riches(lang, text, expected):
    assert topics(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A signature or a promise stands on what its own sentence names after the word that makes it:
    # a weak word of security there tells its topic.
    ("en", "Russia and the Central African Republic signed a military agreement on Tuesday.",
     [("SUPPORT", ["security_defense"])]),
    ("fr", "La Russie et la Centrafrique ont signé un accord militaire.", [("SUPPORT", ["security_defense"])]),
    ("en", "Azerbaijan and Armenia agreed to end military confrontations.", [("AGREE", ["security_defense"])]),
    ("en", "India and China agreed to stop sending more troops to the frontline.", [("AGREE", ["security_defense"])]),
    ("fr", "Madagascar et les Comores ont convenu de coopérer en matière de sécurité.", [("AGREE", ["security_defense"])]),
    # (Not a word of security before it: the circumstance of the signature.)
    ("en", "At a military parade in Minsk, Russia and Belarus signed a cultural agreement.", [("SUPPORT", [])]),
    # (Nor the weak words of regional questions: the region where the next round is held.)
    ("en", "Kenya and Uganda agreed to hold the next round of talks in the region.", [("AGREE", [])]),
    ("en", "India and Japan signed an agreement on peace in the region.", [("SUPPORT", [])]),
    # (Nor condolences after an attack: their matter is the tragedy.)
    ("fr", "Le Mali a présenté ses condoléances au Niger après l'attaque contre une caserne de l'armée.", [("SUPPORT", [])]),
])
def test_what_a_signature_or_a_promise_stands_on(lang, text, expected):
    assert topics(text, lang) == expected
