"""SUPPORT: praise, backing and thanks, and the states they go to. Sentences written for these tests."""
import pytest

from coder_probes import coded


MET_EN = "The foreign ministers of Kenya and Ghana met in Nairobi on Monday. "
MET_FR = "Les ministres des Affaires étrangères du Kenya et du Ghana se sont rencontrés lundi à Nairobi. "


@pytest.mark.parametrize("lang, text, expected", [
    # Support the sides of talks give to a state outside them is an act toward that state, given
    # by both sides together, beside the meeting.
    ("en", MET_EN + "The ministers reaffirmed support for Ukraine's territorial integrity.",
     [("CONSULT", ["GHA"], ["KEN"]), ("SUPPORT", ["GHA", "KEN"], ["UKR"])]),
    ("en", MET_EN + "The two sides praised Uganda for its role in the talks.",
     [("CONSULT", ["GHA"], ["KEN"]), ("SUPPORT", ["GHA", "KEN"], ["UGA"])]),
    ("fr", MET_FR + "Les deux ministres ont réaffirmé leur soutien à l'Ukraine.",
     [("CONSULT", ["GHA"], ["KEN"]), ("SUPPORT", ["GHA", "KEN"], ["UKR"])]),
    ("fr", MET_FR + "Les deux parties ont salué le rôle de l'Ouganda dans la médiation.",
     [("CONSULT", ["GHA"], ["KEN"]), ("SUPPORT", ["GHA", "KEN"], ["UGA"])]),
    # (Praise of what the talks are about, naming no state outside them, stays part of the talks.)
    ("en", MET_EN + "The ministers praised the progress in relations.", [("CONSULT", ["GHA"], ["KEN"])]),
    ("fr", MET_FR + "Les deux ministres ont salué les progrès de la coopération en Ouganda.",
     [("CONSULT", ["GHA"], ["KEN"])]),
])
def test_support_to_a_state_outside_the_talks(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The state whose outlet or office is cited as the news's source takes no part in the act.
    ("en", "According to reports from Japan's Kyodo News Agency and Singapore's Straits Times, Kenya and "
           "Ghana signed a defence agreement in Nairobi on Monday.", [("SUPPORT", ["GHA", "KEN"], [])]),
    ("en", "Kenya and Ghana signed a defence agreement in Nairobi on Monday, according to Singapore's "
           "state broadcaster.", [("SUPPORT", ["GHA", "KEN"], [])]),
    ("fr", "Selon la télévision d'État japonaise, le Kenya et le Ghana ont signé lundi un accord de défense.",
     [("SUPPORT", ["GHA", "KEN"], [])]),
    ("fr", "Le Kenya et le Ghana ont signé lundi un accord de défense, selon la télévision japonaise.",
     [("SUPPORT", ["GHA", "KEN"], [])]),
])
def test_the_state_of_a_cited_source_is_no_side(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A welcome of part of a group of people greets them, as a welcome of the group does: no approval.
    ("en", "The Kenyan president welcomed some of the passengers home with hugs.", []),
    ("en", "The Kenyan president welcomed the passengers home with hugs.", []),
    # (A part of what was done is approved: "some of the measures".)
    ("en", "The Kenyan president welcomed some of the measures taken by Uganda.", [("SUPPORT", ["KEN"], ["UGA"])]),
    ("fr", "Le président kényan a salué certaines des mesures prises par l'Ouganda.", [("SUPPORT", ["KEN"], ["UGA"])]),
])
def test_a_welcome_of_part_of_a_group_greets_it(lang, text, expected):
    assert coded(text, lang) == expected
