"""States named only as places do not join an event as sides (DESIGN.md: "Countries are the states
the actors speak for, not the places the text mentions in passing"; a meeting held in a third state
does not make that state a side), while a state that receives at home stays the host. Sentences
written for these tests."""
import pytest

import communique
from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # A state's adjective or name on a noun of a town after a place preposition names the town,
    # a place: the venue of a summit held in a third state is no side of what is done there.
    ("en", "Kenya's president and Uganda's president signed a peace deal at a regional summit in the "
           "Ethiopian capital Addis Ababa on Wednesday.", [("SUPPORT", ["KEN", "UGA"], [])]),
    ("en", "The Kenyan and Ugandan foreign ministers held talks in the Saudi city of Jeddah on Monday.",
     [("CONSULT", ["KEN", "UGA"], [])]),
    ("fr", "Le président kényan et le président ougandais ont signé un accord de paix lors d'un sommet "
           "régional dans la capitale éthiopienne, Addis-Abeba.", [("SUPPORT", ["KEN", "UGA"], [])]),
    ("fr", "Le ministre togolais s'est entretenu avec son homologue ghanéen dans la capitale kényane, "
           "en marge du sommet.", [("CONSULT", ["GHA", "TGO"], [])]),
    # (A host that receives in its own capital keeps receiving.)
    ("en", "The Ugandan president received the Kenyan foreign minister in the Ugandan capital.",
     [("CONSULT", ["KEN"], ["UGA"])]),
    ("fr", "Le président ghanéen a reçu le ministre togolais dans la capitale ghanéenne.",
     [("CONSULT", ["TGO"], ["GHA"])]),
    ("fr", "Le ministre togolais a été reçu à Rabat par le ministre marocain des Affaires étrangères.",
     [("CONSULT", ["TGO"], ["MAR"])]),
    # (Nor is a state's adjective on another noun a place: "the Ugandan president" is a side.)
    ("en", "The Kenyan foreign minister met the Ugandan president in Nairobi.", [("CONSULT", ["UGA"], ["KEN"])]),
])
def test_the_state_of_a_town_is_a_place(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, place", [
    # The event's place is the town the adjective qualifies, not the adjective alone.
    ("en", "The Kenyan and Ugandan foreign ministers held talks in the Saudi capital on Monday.", "Saudi capital"),
    ("fr", "Le ministre togolais s'est entretenu avec son homologue ghanéen dans la capitale kényane.",
     "capitale kényane"),
])
def test_the_place_of_a_town_is_named_by_its_words(lang, text, place):
    events = communique.extract(text, lang=lang, published="2024-05-13").events
    assert events and events[0].event_loc.place == place


@pytest.mark.parametrize("lang, text, expected", [
    # The state an envoy is posted to, named inside his title after his own state, is where he
    # serves: no side of what he does there, unless its own officials are named taking part.
    ("en", "Kenya's ambassador to the United States met the Gabonese foreign minister.",
     [("CONSULT", ["GAB", "KEN"], [])]),
    ("fr", "L'ambassadeur du Mali auprès du Sénégal a rencontré le ministre gabonais des Affaires étrangères.",
     [("CONSULT", ["GAB", "MLI"], [])]),
    # (The posting's own officials receive him: it takes part, as the host; so it does when the
    # officials he meets are named with no state of their own.)
    ("fr", "Le ministre sénégalais a reçu l'ambassadeur du Mali auprès du Sénégal.", [("CONSULT", ["MLI"], ["SEN"])]),
    ("en", "The Ambassador of Kenya to Japan met Deputy Foreign Minister Kenji Tanaka on Wednesday.",
     [("CONSULT", ["JPN", "KEN"], [])]),
    # (Nor is a state joined to the holder's by "and" a posting: the ministers are of both.)
    ("en", "In a phone call, the foreign ministers of Armenia and Azerbaijan discussed plans to sign a peace treaty.",
     [("CONSULT", ["ARM", "AZE"], [])]),
])
def test_the_state_an_envoy_is_posted_to_is_a_place(lang, text, expected):
    assert coded(text, lang) == expected
