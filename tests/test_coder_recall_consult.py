"""Recall of meetings (CONSULT) in French and English: constructions that tell a meeting the
coder used to drop. Sentences written for these tests."""
import pytest

import communique
from coder_probes import coded


def consults(text, lang):
    """The states of each CONSULT of the text."""
    return [sorted(set(actor + recipient)) for event, actor, recipient in coded(text, lang) if event == "CONSULT"]


@pytest.mark.parametrize("lang, text, expected", [
    # A conditional or a hypothetical modal makes imagined only its own clause: a meeting told in
    # a clause of its own beside it was held.
    ("en", "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday, and the two "
           "leaders would travel to Arusha later in the year.", [["KEN", "UGA"]]),
    ("en", "Kenya's foreign minister spoke with his Ugandan counterpart on Monday and both ministers would "
           "meet in Kampala in June.", [["KEN", "UGA"]]),
    ("fr", "Le ministre kényan des Affaires étrangères s'est entretenu lundi avec son homologue ougandais, "
           "et les deux ministres pourraient se retrouver à Kampala en juin.", [["KEN", "UGA"]]),
    # What the conditional clause governs stays imagined.
    ("en", "A meeting between the foreign ministers of Kenya and Uganda could be held in Nairobi.", []),
    ("en", "The ministers of Kenya and Uganda could meet and hold talks in Nairobi.", []),
    # (A predicate that shares its subject shares the clause: one claim, imagined as a whole.)
    ("en", "Tanzania argued that the pact has been negotiated by Kenya and Uganda in secret and could "
           "harm the region.", []),
    ("fr", "Une réunion entre le Kenya et l'Ouganda pourrait avoir lieu à Nairobi.", []),
    ("fr", "Le président kényan aurait rencontré le président ougandais à Kampala.", []),
])
def test_a_conditional_imagines_only_its_own_clause(lang, text, expected):
    assert consults(text, lang) == expected


def coded_undated(text, lang):
    """(type, actor codes, recipient codes) of each event of a text with no publication date."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=None).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A word of planning that the parser hangs on a noun inside the meeting's phrase describes the
    # meeting: it is to come, not held. (A visit, a bilateral round so planned is a plan; a summit
    # named as planned is only a setting.)
    ("fr", "La visite du ministre kényan du Commerce prévue en septembre à Kampala est vue comme un "
           "tournant par l'Ouganda.", [("AGREE", ["KEN"], ["UGA"])]),
    ("fr", "Le sommet de l'Union africaine sur la coopération avec la Chine prévu en septembre à Nairobi "
           "est vu comme un tournant par le Kenya.", []),
    ("en", "The visit of the Kenyan minister of trade planned for September in Kampala is seen as a "
           "turning point by Uganda.", [("AGREE", ["KEN"], ["UGA"])]),
    ("en", "The meeting of the Kenya-Uganda joint commission on trade scheduled for September in Nairobi "
           "is seen as a turning point.", [("AGREE", ["KEN", "UGA"], [])]),
    # (Hung on the meeting itself, as before.)
    ("fr", "La visite prévue en septembre du ministre kényan à Kampala est vue comme un tournant par "
           "l'Ouganda.", [("AGREE", ["KEN"], ["UGA"])]),
])
def test_a_meeting_described_as_planned_is_to_come(lang, text, expected):
    assert coded_undated(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The noun of a call or a visit names by "from" who made it: an office-holder named there by his
    # surname alone takes part, as after "with" or "by".
    ("en", "Ruto received a phone call from Museveni on Monday.", [("CONSULT", ["KEN", "UGA"], [])]),
    ("en", "Kenya's President William Ruto spoke about trade on Monday.\n\nRuto received a courtesy call "
           "from Museveni on Tuesday.", [("CONSULT", ["UGA"], ["KEN"])]),
    # (Not what is received from someone: a letter is no meeting.)
    ("en", "Ruto received a letter from Museveni on Monday.", []),
])
def test_who_a_call_comes_from_takes_part(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A meeting named only after a phrase that places the news after it ("after their meeting", "à
    # l'issue de leur rencontre"), whose sides the sentence names, was held: no date or person is
    # needed to show it.
    ("en", "The foreign ministers of Kenya and Uganda issued a joint statement after their meeting.",
     [["KEN", "UGA"]]),
    ("fr", "Les ministres des Affaires étrangères du Kenya et de l'Ouganda ont publié un communiqué conjoint "
           "à l'issue de leur rencontre.", [["KEN", "UGA"]]),
    ("en", "The foreign ministers of the group, representing Kenya, Uganda and Tanzania, issued a statement "
           "following their meeting in Arusha.", [["KEN", "TZA", "UGA"]]),
    # (Not a body's own meeting whose members the text does not name: DESIGN.md, the states named.)
    ("en", "The G7 foreign ministers issued a joint statement after their meeting in Japan.", []),
])
def test_a_meeting_the_news_follows_was_held(lang, text, expected):
    assert consults(text, lang) == expected


def actors(text, lang):
    """(type, actor codes with the organisation, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code + (":" + a.org if a.org else "") for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published="2024-05-13").events]


@pytest.mark.parametrize("lang, text, expected", [
    # The members of an organisation meet, none named as a state: the meeting is the organisation's
    # own, not one of the states the sentence names as what they talked about or called for.
    ("en", "ASEAN foreign ministers met in Jakarta on Tuesday, calling for the withdrawal of Chinese ships "
           "from Philippine waters.", ("CONSULT", ["IGO:ASEAN"], [])),
    # (Nor the states the document is about: "la Chine …. Les ministres de l'ASEAN se sont réunis".)
    ("fr", "La Chine a accusé les Philippines de provocation en mer de Chine méridionale.\n\nLes ministres des "
           "Affaires étrangères de l'ASEAN se sont réunis mardi à Jakarta.", ("CONSULT", ["IGO:ASEAN"], [])),
    ("en", "China accused the Philippines of provocations in the South China Sea.\n\nASEAN foreign ministers met "
           "in Jakarta on Tuesday.", ("CONSULT", ["IGO:ASEAN"], [])),
    # (Members named as states are its sides.)
    ("en", "The foreign ministers of Kenya and Uganda met in Jakarta on Tuesday.", ("CONSULT", ["KEN", "UGA"], [])),
])
def test_an_organisations_members_meet_as_the_organisation(lang, text, expected):
    assert [e for e in actors(text, lang) if e[0] == "CONSULT"] == [expected]
