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


@pytest.mark.parametrize("lang, text, expected", [
    # "both governments", "the two delegations", "les deux gouvernements" name the pair of states
    # the text is about, as "the two countries" does: a promise so told after talks is both
    # sides', not the one side named last. (Not "the two nations", "les deux nations", "les deux
    # États": mostly what a relation is "between", no actor.)
    ("en", "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday. Both governments also "
           "promised to set up a joint security committee.",
     [("CONSULT", ["UGA"], ["KEN"], None), ("AGREE", ["KEN", "UGA"], [], "future")]),
    ("en", "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday. The two delegations agreed to "
           "reopen the Busia border post.",
     [("CONSULT", ["UGA"], ["KEN"], None), ("AGREE", ["KEN", "UGA"], [], "future")]),
    ("fr", "Le ministre kényan des Affaires étrangères a reçu lundi son homologue ougandais à Nairobi. Les deux "
           "gouvernements se sont engagés à créer un comité mixte de sécurité.",
     [("CONSULT", ["UGA"], ["KEN"], None), ("AGREE", ["KEN", "UGA"], [], "future")]),
])
def test_a_promise_of_both_governments_is_both_sides(lang, text, expected):
    assert coded(text, lang) == expected
