"""AGREE, third round: the form of a commitment in French and English (which tenses, words and
frames make a promise to come, and which tell a plan as it stood, a wish or a recalled promise).
Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, states, aux) of each event of the text, the states sorted."""
    return [(e.event, sorted({a.code for a in e.actor} | {r.code for r in e.recipient}), e.aux)
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A past verb of plan that a word of the first plan qualifies tells the plan as it stood: the
    # news is what became of it, neither a promise now nor an act done.
    ("fr", "Le président ghanéen devait initialement se rendre au Togo la semaine dernière.", []),
    ("fr", "À l'origine, le ministre kényan devait rencontrer son homologue ougandais à Kampala.", []),
    ("en", "The Kenyan foreign minister was originally scheduled to visit Uganda on Monday.", []),
    ("en", "The Kenyan foreign minister was initially due to meet his Ugandan counterpart in Kampala.", []),
    ("en", "The Ghanaian president was earlier scheduled to arrive in Togo on Thursday.", []),
    # Without such a word the plan stands (AGREE, future) ...
    ("fr", "Le ministre kényan devait rencontrer son homologue ougandais à Kampala.",
     [("AGREE", ["KEN", "UGA"], "future")]),
    ("en", "The Kenyan foreign minister is scheduled to visit Uganda on Monday.", [("AGREE", ["KEN", "UGA"], "future")]),
    # ... and so does a plan only compared with its first form ("earlier than originally planned").
    ("en", "The Kenyan foreign minister will visit Uganda next week, earlier than originally planned.",
     [("AGREE", ["KEN", "UGA"], "future")]),
    ("fr", "Le ministre kényan se rendra en Ouganda la semaine prochaine, plus tôt que prévu initialement.",
     [("AGREE", ["KEN", "UGA"], "future")]),
])
def test_a_plan_as_it_first_stood_is_not_a_promise(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # The word on the plan of a meeting held, not on the verb that tells it: the meeting is the news.
    ("en", "The talks between Kenya and Uganda, originally scheduled for April, were held in Nairobi on Monday."),
    ("fr", "Les consultations entre le Kenya et l'Ouganda, initialement prévues en avril, se sont tenues lundi à Nairobi."),
])
def test_a_meeting_held_after_its_first_date_stays(lang, text):
    assert [e for e in coded(text, lang) if e[0] == "CONSULT"] and not [e for e in coded(text, lang) if e[0] == "AGREE"]


@pytest.mark.parametrize("lang, text, expected", [
    # An outcome aimed at (resolve, settle, find a solution) names a result hoped for, not an act:
    # a general aim, as "to strengthen ties" is.
    ("en", "Kenya and Uganda agreed to resolve their border dispute.", []),
    ("en", "Kenya and Uganda agreed to settle the fishing row.", []),
    ("en", "Kenya and Uganda agreed to find a solution to the border dispute.", []),
    ("fr", "Le Kenya et l'Ouganda ont convenu de régler leur différend frontalier.", []),
    ("fr", "Le Kenya et l'Ouganda se sont engagés à résoudre la crise de la pêche.", []),
    ("fr", "Le Kenya et l'Ouganda ont convenu de trouver une solution au différend frontalier.", []),
    # A date binds it: a deadline set is a specific commitment.
    ("en", "Kenya and Uganda agreed to resolve the border dispute by 31 March.", [("AGREE", ["KEN", "UGA"], "future")]),
    ("fr", "Le Kenya et l'Ouganda ont convenu de régler leur différend frontalier d'ici la fin mars.",
     [("AGREE", ["KEN", "UGA"], "future")]),
    # An act named beside the aim is committed to.
    ("en", "Kenya and Uganda agreed to resolve the border dispute and to hold the next round in Kampala in June.",
     [("AGREE", ["KEN", "UGA"], "future")]),
])
def test_an_outcome_aimed_at_is_a_general_aim(lang, text, expected):
    assert coded(text, lang) == expected


TALKS = {
    "en": "The foreign ministers of Kenya and Uganda met in Nairobi on Monday. ",
    "fr": "Les ministres des Affaires étrangères du Kenya et de l'Ouganda se sont rencontrés lundi à Nairobi. ",
}


@pytest.mark.parametrize("lang, text, expected", [
    # A readiness voiced to the other side of the talks, naming no meeting of its own, is a stance
    # taken in those talks (part of the CONSULT, as concern voiced inside talks is).
    ("fr", "« Nous sommes prêts à discuter des problèmes existants », a dit le ministre kényan à son homologue ougandais.",
     [("CONSULT", ["KEN", "UGA"], None)]),
    ("en", "The Kenyan minister stressed to his counterpart that Kenya is still willing to negotiate over the border.",
     [("CONSULT", ["KEN", "UGA"], None)]),
    # A readiness to a meeting of its own (a round, a visit with its date) stays a promise.
    ("en", "The Kenyan minister said Kenya is ready to host the next round of talks in Mombasa.",
     [("CONSULT", ["KEN", "UGA"], None), ("AGREE", ["KEN", "UGA"], "future")]),
    ("fr", "Le ministre kényan s'est dit prêt à se rendre à Kampala en juin.",
     [("CONSULT", ["KEN", "UGA"], None), ("AGREE", ["KEN", "UGA"], "future")]),
])
def test_a_readiness_voiced_in_talks_is_part_of_them(lang, text, expected):
    assert coded(TALKS[lang] + text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A commitment framed by the document it is a term of is what the document binds its parties
    # to: the signing is the event (SUPPORT), its terms no new promise.
    ("en", "Kenya and Uganda signed a border agreement on Monday. Under the agreement, both sides promised to "
           "withdraw their troops from the disputed islands.", [("SUPPORT", ["KEN", "UGA"], None)]),
    ("fr", "Le Kenya et l'Ouganda ont signé lundi un accord frontalier. Aux termes de cet accord, les deux parties "
           "se sont engagées à retirer leurs troupes des îles disputées.", [("SUPPORT", ["KEN", "UGA"], None)]),
    ("fr", "En vertu de l'accord, le Kenya ouvrira un consulat à Gulu.", []),
    # A promise made beside the signing, with no such frame, stays.
    ("en", "Kenya and Uganda signed a border agreement on Monday. Both sides also promised to hold the next "
           "round in Kampala in June.", [("SUPPORT", ["KEN", "UGA"], None), ("AGREE", ["KEN", "UGA"], "future")]),
    # (A frame naming no document is no term: "under pressure".)
    ("en", "Under pressure from its neighbours, Kenya promised to hold talks with Uganda in Kampala in June.",
     [("AGREE", ["KEN", "UGA"], "future")]),
])
def test_a_commitment_under_a_document_is_its_terms(lang, text, expected):
    assert coded(text, lang) == expected
