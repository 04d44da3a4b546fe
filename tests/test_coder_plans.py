"""Announced future events coded AGREE: planned visits, meetings, rounds, summits, signings and
invitations, in French and English, with the right states. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, aux, actor codes, recipient codes) of each event of the text."""
    return [(e.event, e.aux, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A participle set off by a comma that agrees with the meeting noun describes it, even where
    # the parser hangs it on the clause's verb: the visit "prévue en mars" is still to come.
    ("fr", "Le ministre a préparé la visite d'État du président ghanéen au Togo, prévue en mars.",
     [("AGREE", "future", ["GHA"], ["TGO"])]),
    ("fr", "Cette mission prépare la visite officielle du roi belge au Kenya, programmée pour l'automne.",
     [("AGREE", "future", ["BEL"], ["KEN"])]),
    # (Not a participle that agrees with someone else: the envoy arrived, the meeting was held.)
    ("fr", "Le ministre kényan a reçu son homologue ougandais, arrivé lundi à Nairobi.",
     [("CONSULT", None, ["UGA"], ["KEN"])]),
])
def test_a_detached_participle_of_plan_describes_the_meeting(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Attending a gathering ("assistera au sommet", "va assister au sommet de la CEDEAO") is a
    # journey to it, whose venue's state hosts no one (DESIGN: a summit's venue is not a participant).
    ("fr", "Le président sénégalais assistera au sommet de l'Union africaine à Addis-Abeba.",
     [("AGREE", "future", ["SEN"], [])]),
    ("fr", "Le président ghanéen va assister au sommet de la CEDEAO à Lomé.", [("AGREE", "future", ["GHA"], [])]),
    ("en", "The Senegalese president will attend the AU summit in Addis Ababa.", [("AGREE", "future", ["SEN"], [])]),
    # (A ceremony of the other state is no gathering: attending it is a visit to that state.)
    ("fr", "Le président ghanéen assistera à l'investiture de son homologue togolais à Lomé.",
     [("AGREE", "future", ["GHA"], ["TGO"])]),
])
def test_attending_a_gathering_visits_no_venue(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A visit promised with one state named, after talks between it and one other: the other side
    # of the talks is the visit's host (or its visitor, when the host is the one named).
    ("fr", "Le Premier ministre togolais a reçu l'ambassadeur du Ghana. Les préparatifs de la prochaine visite "
           "du président ghanéen ont été évoqués.", [("CONSULT", None, ["GHA"], ["TGO"]), ("AGREE", "future", ["GHA"], ["TGO"])]),
    ("en", "The Togolese prime minister received the Ghanaian ambassador. The upcoming visit of the Ghanaian "
           "president was also discussed.",
     [("CONSULT", None, ["GHA"], ["TGO"]), ("AGREE", "future", ["GHA"], ["TGO"])]),
    # (Not a journey to a gathering, which has no host.)
    ("en", "The Togolese prime minister received the Ghanaian ambassador. The Ghanaian president will attend "
           "the AU summit.", [("CONSULT", None, ["GHA"], ["TGO"]), ("AGREE", "future", ["GHA"], [])]),
])
def test_a_plan_told_after_talks_takes_their_other_side(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "The parties agreed to convene another meeting" after talks an organisation convened between
    # states: the parties of the plan are the states brought together, not the mediating organisation.
    ("en", "UN Secretary-General Antonio Guterres said the meeting had made progress. The meeting, convened at "
           "Guterres' request, took place at the UN Office in Geneva. It was attended by the presidents of Kenya, "
           "Uganda and Tanzania. He also noted that the parties agreed to convene another meeting in late July.",
     # (The convener of the talks is their organisation, not a side: test_coder_speaker.)
     [("CONSULT", None, ["KEN", "TZA", "UGA"], []), ("AGREE", "future", ["KEN", "TZA", "UGA"], [])]),
])
def test_the_parties_of_a_plan_are_not_the_mediator(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "the ministers" (a plural with no number) after an event of three states: all of them, not
    # one protagonist beside the state the sentence names.
    ("en", "The foreign ministers of Kenya, Uganda and Tanzania agreed on Monday to work towards a border agreement "
           "by June, the Ghanaian foreign ministry said. In a joint statement released after the Ghanaian president "
           "hosted the talks, the ministers said they would attend further meetings in Accra on June 3.",
     [("AGREE", None, ["KEN", "TZA", "UGA"], []), ("AGREE", "future", ["GHA", "KEN", "TZA", "UGA"], [])]),
    # ("both ministers" stays two sides.)
    ("en", "The Kenyan minister met his Ugandan counterpart. Both ministers agreed to meet again in May.",
     [("CONSULT", None, ["KEN", "UGA"], []), ("AGREE", "future", ["KEN", "UGA"], [])]),
])
def test_the_ministers_after_an_event_of_three_states_are_all_of_them(lang, text, expected):
    assert coded(text, lang) == expected
