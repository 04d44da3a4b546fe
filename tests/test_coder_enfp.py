"""Precision of the coder on English news: acts the text recalls as known, which are not the news.
Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


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
