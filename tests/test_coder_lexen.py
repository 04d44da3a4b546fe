"""English wordings whose event the coder found no trigger of its type for: set phrases that name
the act (leaving talks, a threat of consequences, …). Sentences written for these tests."""
import pytest

import communique


def coded(text, lang="en", published="2024-05-13"):
    """(type, mode, actor codes, recipient codes) of each event of the text."""
    return [(e.event, e.mode, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # Leaving talks under way refuses to go on negotiating: REJECT, mode meet.
    ("en", "The Sudanese army withdrew from the talks in Jeddah on Wednesday.", [("REJECT", "meet", ["SDN"], [])]),
    ("en", "Russia pulled out of negotiations with Ukraine on Tuesday.", [("REJECT", "meet", ["RUS"], ["UKR"])]),
    ("en", "Ukraine quit talks with Russia after the strike.", [("REJECT", "meet", ["UKR"], ["RUS"])]),
    # (Not a withdrawal of troops: a retreat.)
    ("en", "Russia withdrew its troops from Moldova.", [("RETREAT", "withdraw", ["RUS"], ["MDA"])]),
])
def test_leaving_talks_is_a_refusal_to_meet(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A credentialing ceremony is an audience the head of state gives: the ambassadors' states visit
    # the host; one to come is a plan (AGREE).
    ("en", "On Monday, President Ruto held a credentials ceremony for the new ambassadors of Japan and Ghana "
           "at State House.", [("CONSULT", "visit", ["GHA", "JPN"], ["KEN"])]),
    ("en", "Later in the afternoon, President Biden will participate in an Ambassador Credentialing Ceremony "
           "with the ambassadors of Chile and Qatar in the Oval Office.", [("AGREE", None, ["CHL", "QAT"], ["USA"])]),
])
def test_a_credentialing_ceremony_is_an_audience(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # To eject officials is to expel them.
    ("en", "Russia ejected 23 British diplomats on Friday.", [("SANCTION", "expel", ["RUS"], ["GBR"])]),
    ("en", "Russia will also eject officials from Poland and Latvia.", [("SANCTION", "expel", ["RUS"], ["LVA", "POL"])]),
    # A line of credit a state extends is a loan: economic aid.
    ("en", "India extended a line of credit of USD 24 million to Senegal for its health system.",
     [("AID", None, ["IND"], ["SEN"])]),
    # Handcuffing people is arresting them.
    ("en", "Belarusian police handcuffed dozens of Polish activists at the border crossing.",
     [("COERCE", "arrest", ["BLR"], ["POL"])]),
])
def test_words_of_a_measure_aid_or_arrest(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A leaders' retreat is a meeting they hold (told as a meeting noun is: with a date here).
    ("en", "The prime ministers of Japan and Australia held a retreat in Kyoto on Monday.",
     [("CONSULT", None, ["AUS", "JPN"], [])]),
    # (A retreat from somewhere, a force's, stays one.)
    ("en", "Russian troops began their retreat from Kherson.", [("RETREAT", "withdraw", ["RUS"], [])]),
])
def test_a_leaders_retreat_is_a_meeting(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Pushing people back over a border expels them (weak: only with the people pushed as the object).
    ("en", "Polish border guards pushed back 200 migrants to Belarus on Monday.", [("COERCE", "deport", ["POL"], ["BLR"])]),
    # (To push back is also to resist: no act.)
    ("en", "The deal prompted Greece and Egypt to push back.", []),
    ("en", "Turkey pushed back against the Greek claims.", []),
])
def test_pushing_people_back_expels_them(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A partnership announced as raised is the upgrade, told by its participle as by the verb.
    ("en", "The United States and Vietnam announced an upgraded partnership on Sunday.", [("SUPPORT", None, ["USA", "VNM"], [])]),
    ("en", "Upon his arrival, the American president held a bilateral meeting with Vietnamese leader Nguyen Phu Trong, "
           "and both leaders formally announced an elevated partnership.",
     [("CONSULT", None, ["USA", "VNM"], []), ("SUPPORT", None, ["USA", "VNM"], [])]),
])
def test_a_partnership_raised(lang, text, expected):
    assert coded(text, lang) == expected
