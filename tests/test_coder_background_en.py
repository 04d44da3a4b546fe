"""Precision of the coder on English news: acts the text recalls as known, which are not the news.
Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # A spoken or diplomatic act whose owner the phrase of time or cause names ("following the US'
    # recognition of …") is known to the reader: background, as a material act so named is.
    ("en", "Morocco and Israel have enjoyed warm relations in the past few months, following the US’ "
           "recognition of Moroccan sovereignty over Western Sahara.", []),
    ("en", "Ties between Kenya and Uganda have improved following Russia's recognition of the two regions.", []),
    # A phrase that opens a span up to the news ("since the … talks") names an act before it.
    ("en", "Since the Geneva talks between Kenya and Uganda, there has been no progress.", []),
    # (A meeting whose owner is named may be the news the announcement closed.)
    ("en", "The upgrade was announced following Ruto's talks with Museveni in Kampala.",
     [("CONSULT", ["KEN"], ["UGA"])]),
    # (A phrase that hangs on a trigger gives that act its reason: the act named there stays.)
    ("en", "Following Kenya's recognition of Kosovo, Serbia recalled its ambassador.",
     [("SUPPORT", ["KEN"], ["KOS", "SRB"]), ("SANCTION", ["SRB"], ["KEN"])]),
    # (Nor is the news dropped: the visit told in the sentence stays.)
    ("en", "After Ruto's visit to Uganda, Kenya and Uganda signed a trade agreement.",
     [("CONSULT", ["KEN"], ["UGA"]), ("SUPPORT", ["KEN", "UGA"], [])]),
])
def test_acts_named_as_known_are_background(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # An act told as the state a span of time was spent in ("after spending 600 days in detention")
    # lasted up to the news: no act of its day.
    ("en", "Two Kenyan nationals have landed safely back in Kenya after spending more than 600 days in "
           "detention in Uganda.", []),
    ("en", "The two Kenyans, who spent 16 months in captivity in Uganda, were freed on Monday.", []),
    # (Not what is counted and not time: "lost 38 soldiers in the attack" tells the attack.)
    ("en", "The Kenyan army lost 38 soldiers in the attack by Uganda on Monday.", [("ASSAULT", ["KEN"], ["UGA"])]),
    # (Nor the act done, with the span it lasted told in days: the day's act.)
    ("en", "Uganda arrested two Kenyan nationals on Monday.", [("COERCE", ["UGA"], ["KEN"])]),
])
def test_a_span_spent_in_detention_is_background(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "in the face of" sets the scene: a state named in it is no side of the act.
    ("en", "The ministers of Kenya and Uganda stressed a strong sense of solidarity in the face of serious "
           "threats, including Russia's war.", [("SUPPORT", ["KEN", "UGA"], [])]),
    ("en", "Kenya and Uganda held talks in the face of Russia's pressure.", [("CONSULT", ["KEN", "UGA"], [])]),
])
def test_a_state_in_the_scene_is_no_side(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The detention a release ends is no act of the day: the release is.
    ("en", "Kenya released two Ugandan nationals from detention on Monday.", [("RETREAT", ["KEN"], ["UGA"])]),
    ("en", "The Ugandan national was released from house arrest in Nairobi by Kenya on Monday.",
     [("RETREAT", ["KEN"], ["UGA"])]),
])
def test_the_state_a_release_ends_is_background(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "U.S" without its last dot names the United States, as "U.S." does.
    ("en", "Turkey summoned the U.S ambassador to Ankara on Monday to protest the treatment of its guards.",
     [("ACCUSE", ["TUR"], ["USA"])]),
    ("en", "Ships from the U.S Navy and the Japan Maritime Self-Defense Force completed a passing exercise "
           "in the South China Sea on Monday.", [("COOPERATE", ["JPN", "USA"], [])]),
])
def test_us_without_its_last_dot(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "any" chooses no act in particular: none is told.
    ("en", "He stated that Kenya has not been informed of any visa restrictions imposed by Uganda.", []),
    ("en", "Kenya said it would oppose any sanctions against Uganda.", []),
    # (The act itself is told.)
    ("en", "Uganda imposed visa restrictions on Kenyan officials on Monday.", [("SANCTION", ["UGA"], ["KEN"])]),
])
def test_any_act_is_no_act_told(lang, text, expected):
    assert coded(text, lang) == expected
