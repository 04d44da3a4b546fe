"""Weak triggers the coder lets stand when the sentence shows the act (`_strong_triggers` in
coding/triggers.py): support restated by a side, … Sentences written for these tests."""
import pytest

import communique
from coder_probes import coded


def types(text, lang, published="2024-05-13"):
    """The sorted event types of the text, with their state sets (direction left aside)."""
    return sorted((e.event, sorted({a.code for a in e.actor + e.recipient}))
                  for e in communique.extract(text, lang=lang, published=published).events)


@pytest.mark.parametrize("lang, text, expected", [
    # A side that restates its commitment to support a state, or announces that it supports it, gives support.
    ("en", "The Italian and German foreign ministers renewed their commitment to supporting Ukraine.",
     [("SUPPORT", ["DEU", "ITA"], ["UKR"])]),
    ("en", "The American ambassador underscored the U.S. commitment to supporting Georgia.",
     [("SUPPORT", ["USA"], ["GEO"])]),
    ("fr", "Le ministre a réaffirmé l'engagement de la France à soutenir le Mali.", [("SUPPORT", ["FRA"], ["MLI"])]),
    ("fr", "Les ministres belge et néerlandais ont renouvelé leur engagement à appuyer l'Ukraine.",
     [("SUPPORT", ["BEL", "NLD"], ["UKR"])]),
    ("fr", "Le président sénégalais a annoncé soutenir le plan marocain pour le Sahara occidental.",
     [("SUPPORT", ["SEN"], ["ESH", "MAR"])]),
    # A need or a call stressed is no commitment; a restatement to come is not made yet.
    ("en", "The French and German ministers stressed the need to support Moldova.", []),
    ("fr", "Le ministre belge a souligné la nécessité de soutenir l'Ukraine.", []),
    ("en", "The Polish minister will reaffirm his commitment to supporting Ukraine.", []),
    ("en", "The Polish minister did not renew his commitment to supporting Ukraine.", []),
])
def test_support_restated(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # A pronoun's side is not named in the sentence: a state beside it must not stand in for it.
    ("en", "While pledging sanctions against Russia, they renewed their commitment to supporting Ukraine."),
    ("en", "\"Today we reaffirm our commitment to support Moldova,\" the ministers said."),
])
def test_support_restated_by_a_pronoun_is_left(lang, text):
    assert [e for e in coded(text, lang) if e[0] == "SUPPORT"] == []


@pytest.mark.parametrize("lang, text, expected", [
    # Sides that issue a joint text adopt it, as a signing does.
    ("en", "The leaders of Japan and South Korea issued their first joint statement in ten years.",
     [("SUPPORT", ["JPN", "KOR"], [])]),
    ("fr", "Les ministres malien et nigérien ont publié un communiqué conjoint à l'issue de leur entretien.",
     [("SUPPORT", ["MLI", "NER"], []), ("CONSULT", ["MLI", "NER"], [])]),
    # A statement cited, one to come, denied, or issued by no one the sentence names as its subject.
    ("en", "According to a joint statement issued by Japan and South Korea, the talks were useful.", []),
    ("en", "The Japanese and South Korean leaders will issue a joint statement.", []),
    ("en", "The Japanese and South Korean leaders did not issue a joint statement.", []),
    ("en", "A joint statement was issued by the Japanese and South Korean leaders.", []),
    ("fr", "Selon un communiqué conjoint publié par le Mali et le Niger, les entretiens ont été utiles.", []),
    # An organisation's members go unnamed: a state named elsewhere must not stand in for them.
    ("en", "In Kyiv, the G7 foreign ministers issued a joint statement on Ukraine.", []),
])
def test_joint_text_issued(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # An aid noun that is the object of a verb, with a sum: the sum is given, whatever the verb.
    ("fr", "Le Japon a annoncé une contribution de 20 millions de dollars pour les réfugiés soudanais.",
     [("AID", ["JPN"], ["SDN"])]),
    ("en", "Japan announced a contribution of 20 million dollars for Sudanese refugees.", [("AID", ["JPN"], ["SDN"])]),
    # No sum, no aid told: a contribution to peace is a view of a role.
    ("en", "Japan announced a contribution to peace in Sudan.", []),
])
def test_aid_noun_with_a_sum(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state's person who arrives abroad starts a visit there.
    ("fr", "Le ministre sénégalais des Affaires étrangères est arrivé lundi à Bamako.", [("CONSULT", ["SEN"], ["MLI"])]),
    ("fr", "Le président syrien est arrivé jeudi soir à Riyad.", [("CONSULT", ["SYR"], ["SAU"])]),
    # Not one who comes home, nor an arrival with no place.
    ("fr", "Le président syrien est arrivé jeudi soir à Damas après une tournée.", []),
    ("fr", "Le président syrien est arrivé au pouvoir en 2000.", []),
])
def test_arrival_abroad(lang, text, expected):
    assert coded(text, lang) == expected


def test_arrival_to_come_is_no_visit_held():
    text = "Le ministre sénégalais des Affaires étrangères arrivera lundi à Bamako."
    assert "CONSULT" not in [e[0] for e in coded(text, "fr")]


@pytest.mark.parametrize("lang, text, expected", [
    # Concern voiced to a state named before the noun is aimed at it, as one named after it is.
    ("en", "Australia conveyed to China its serious concerns about the pact.", [("ACCUSE", ["AUS"], ["CHN"])]),
    ("en", "The New Zealand foreign minister said New Zealand had made clear to China its grave concerns about the pact.",
     [("ACCUSE", ["NZL"], ["CHN"])]),
    # A place named before it is no addressee; concern over a situation aims at no one.
    ("en", "In Canberra, Australia expressed serious concerns about the situation.", []),
])
def test_concern_addressed_before_the_noun(lang, text, expected):
    assert coded(text, lang) == expected
