"""Promises (AGREE) in French and English news: how the language commits to a specific future
act, and what is no commitment. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes, aux) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient), e.aux)
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("lang, text, expected", [
    # A readiness or a proposal whose act is a meeting is a commitment to meet (AGREE, future),
    # as "agreed to hold talks" is, and the meeting it names is the promise, not a meeting held.
    ("en", "Kenya and Uganda reaffirmed their readiness to begin negotiations on a border treaty.",
     [("AGREE", ["KEN", "UGA"], [], "future")]),
    ("en", "Kenya expressed its readiness to hold talks with Uganda next month.",
     [("AGREE", ["KEN", "UGA"], [], "future")]),
    ("en", "Kenya proposed holding talks with Uganda in Nairobi.", [("AGREE", ["KEN", "UGA"], [], "future")]),
    ("fr", "Le Kenya a proposé de tenir des consultations avec l'Ouganda.", [("AGREE", ["KEN", "UGA"], [], "future")]),
    # (A readiness to a general verb is a disposition; one that is only sought is no one's offer.)
    ("en", "Kenya reiterated its willingness to cooperate with Uganda.", []),
    ("en", "Kenya expressed its readiness to take steps to improve ties with Uganda.", []),
    ("fr", "Le Kenya a proposé de renforcer la coopération avec l'Ouganda.", []),
    ("en", "The meetings in Nairobi are aimed at gauging willingness to resume formal negotiations "
           "between Kenya and Uganda.", [("CONSULT", ["KEN", "UGA"], [], None)]),
])
def test_an_offer_to_meet_is_a_promise(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # An invitation to make visits as a practice ("regular visits", "des visites régulières") sets
    # no visit to come: a call on the guests to act (REQUEST), no promise.
    ("fr", "Le président gabonais a invité les ambassadeurs du Kenya et de l'Ouganda à effectuer des "
           "visites régulières au Gabon.", [("REQUEST", ["GAB"], ["KEN", "UGA"], None)]),
    ("en", "The Gabonese president invited the ambassadors of Kenya and Uganda to make regular visits to Gabon.",
     [("REQUEST", ["GAB"], ["KEN", "UGA"], None)]),
    # (An invitation to one visit is the promise of that visit.)
    ("fr", "Le président gabonais a invité son homologue kényan à effectuer une visite au Gabon.",
     [("AGREE", ["KEN"], ["GAB"], "future")]),
    ("en", "Kenya invited Uganda's president to visit Nairobi in May.", [("AGREE", ["UGA"], ["KEN"], "future")]),
    # (Nor does a practice beside a meeting set to come undo the promise of that one.)
    ("en", "Kenya and Uganda agreed to meet regularly and to hold the next round of talks in Kampala in June.",
     [("AGREE", ["KEN", "UGA"], [], "future")]),
])
def test_an_invitation_to_a_practice_sets_no_visit(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A promise named as the ground of something else, with its holder before it ("for Uganda's
    # pledge of …"), was made before: recalled, not made now.
    ("en", "Kenya's foreign minister spoke to reporters at the exchange of notes for Uganda's pledge of "
           "30 million dollars in security assistance to Kenya.", [("SUPPORT", ["KEN", "UGA"], [], None)]),
    # (A promise made now stays one, by the verb or by its noun.)
    ("en", "Uganda pledged 30 million dollars in security assistance to Kenya.", [("AGREE", ["UGA"], ["KEN"], "future")]),
    ("en", "Uganda made a pledge to send troops to Kenya next month.", [("AGREE", ["UGA"], ["KEN"], "future")]),
    # (A meeting to come named by "next session" is no promise recalled.)
    ("en", "Kenya and Uganda agreed to hold the next session in Kampala.", [("AGREE", ["KEN", "UGA"], [], "future")]),
])
def test_a_promise_recalled_with_its_holder(lang, text, expected):
    assert coded(text, lang) == expected
