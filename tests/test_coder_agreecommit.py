"""Commitments and decisions coded AGREE, French and English: wordings of a promise the coder used
to miss, and who makes it. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes, aux) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient), e.aux)
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A commitment verb whose that-clause tells what its subject will do promises that act, as
    # its infinitive does ("agreed to create"): future, conditional, or the near future.
    ("en", "Kenya and Uganda agreed that they would create a joint border committee.",
     [("AGREE", ["KEN", "UGA"], [], "future")]),
    ("en", "Kenya and Uganda agreed they will create a joint border committee.",
     [("AGREE", ["KEN", "UGA"], [], "future")]),
    ("en", "Kenya promised Uganda that it would open a consulate in Kampala.", [("AGREE", ["KEN"], ["UGA"], "future")]),
    ("fr", "Le Kenya et l'Ouganda ont convenu qu'ils créeraient un comité mixte.",
     [("AGREE", ["KEN", "UGA"], [], "future")]),
    # "assure" is weak alone, but what one assures one will do is a promise, and the act is not done.
    ("en", "Kenya assured Uganda that it would send troops.", [("AGREE", ["KEN"], ["UGA"], "future")]),
    ("en", "Kenya assured Uganda it will open a consulate in Kampala.", [("AGREE", ["KEN"], ["UGA"], "future")]),
    ("fr", "Le Kenya et l'Ouganda assurent qu'ils vont créer un comité mixte.",
     [("AGREE", ["KEN", "UGA"], [], "future")]),
    # (Not a clause with no doer, a general aim, a view of what is, nor keeping in contact.)
    ("en", "Kenya assured Uganda that the elections will be held on time.", []),
    ("en", "Kenya assured Uganda that it would strengthen cooperation.", []),
    ("en", "Kenya and Uganda agreed that dialogue is the way forward.", []),
    ("fr", "Le Kenya et l'Ouganda ont convenu qu'ils renforceraient leur coopération.", []),
    ("en", "Kenya and Uganda agreed that the two nations will keep close communication.", []),
])
def test_a_promise_told_by_a_clause_to_come(lang, text, expected):
    assert coded(text, lang) == expected
