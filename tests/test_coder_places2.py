"""States named as places that are no sides (second round): where a shipment heads, and who
receives a host's visitor. Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # Where planes or ships carrying aid head is no state of the crews that carry it: the sender's.
    ("fr", "Le roi du Maroc a ordonné l'envoi d'une aide humanitaire d'urgence aux populations palestiniennes. "
           "Deux avions militaires ont quitté mardi la base aérienne de Kénitra en direction de l'aéroport "
           "d'El Arich, en Égypte, avec à leur bord une aide humanitaire destinée aux populations palestiniennes.",
     [("AID", ["MAR"], ["PSE"])]),
    ("en", "Morocco's king ordered emergency humanitarian aid for the Palestinian people. Two military planes "
           "left the Kenitra air base on Tuesday bound for El Arish airport in Egypt, carrying humanitarian "
           "aid for the Palestinian people.",
     [("AID", ["MAR"], ["PSE"])]),
    # (A place named with no word of heading stays where the act is done.)
    ("en", "Japan condemned the attack on a hotel in Mali.", [("ACCUSE", ["JPN"], [])]),
])
def test_where_a_shipment_heads_is_no_side(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A host who receives in his own capital keeps his state (DESIGN.md: the host receives).
    ("fr", "Le ministre sénégalais a été reçu à Rabat par le ministre marocain des Affaires étrangères.",
     [("CONSULT", ["SEN"], ["MAR"])]),
    ("en", "The Senegalese minister was received in Rabat by the Moroccan foreign minister.",
     [("CONSULT", ["SEN"], ["MAR"])]),
])
def test_a_host_who_receives_keeps_his_state(lang, text, expected):
    assert coded(text, lang) == expected
