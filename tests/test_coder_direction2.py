"""Direction of directed events (who acts, who undergoes the act) in constructions the coder used
to read backwards. Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # A receiving verb: its subject gets the act, the source ("from", "de", "de la part de") does it.
    ("en", "Kenya received a protest note from Uganda on Monday.", [("ACCUSE", ["UGA"], ["KEN"])]),
    ("en", "The Kenyan embassy in Kampala received a list of diplomats declared persona non grata from the "
           "Ugandan foreign ministry.", [("SANCTION", ["UGA"], ["KEN"])]),
    ("en", "Haiti received humanitarian aid from China on Sunday.", [("AID", ["CHN"], ["HTI"])]),
    ("en", "The Kenyan president received a message of congratulations from his Ugandan counterpart.",
     [("SUPPORT", ["UGA"], ["KEN"])]),
    ("fr", "L'ambassade du Kenya a reçu de l'Ouganda une note de protestation.", [("ACCUSE", ["UGA"], ["KEN"])]),
    ("fr", "Le Kenya a reçu une note de protestation de la part de l'Ouganda.", [("ACCUSE", ["UGA"], ["KEN"])]),
    ("fr", "Haïti a reçu une aide humanitaire de la Chine.", [("AID", ["CHN"], ["HTI"])]),
    # (Not told as received: the sender's own act.)
    ("en", "China sent humanitarian aid to Haiti.", [("AID", ["CHN"], ["HTI"])]),
    # (Nor a visit: "received" a visitor is a meeting, the visitor acts.)
    ("en", "Kenya received the ambassador of Uganda on Monday.", [("CONSULT", ["UGA"], ["KEN"])]),
])
def test_what_is_received_comes_from_its_source(lang, text, expected):
    assert coded(text, lang) == expected


def test_a_from_that_tells_whom_it_is_for_is_no_source():
    # "from Sudan" hangs on the refugees, not on the receiving verb or the aid: no sender.
    assert all("SDN" not in actor for _, actor, _ in coded("Kenya received humanitarian aid for refugees from Sudan.", "en"))


@pytest.mark.parametrize("lang, text, expected", [
    # French puts the subject after the verb of a relative "que": that subject does the act.
    ("fr", "Le Mali a été libéré, ce qu'a salué le porte-parole du gouvernement ivoirien.",
     [("SUPPORT", ["CIV"], [])]),
    ("fr", "La médiation conduite par le Togo, que salue le gouvernement ivoirien, a abouti.",
     [("SUPPORT", ["CIV"], [])]),
    # (The subject before the verb, as usual.)
    ("fr", "Le gouvernement ivoirien a salué la médiation du Togo.", [("SUPPORT", ["CIV"], ["TGO"])]),
])
def test_a_subject_after_its_verb_does_the_act(lang, text, expected):
    assert [e for e in coded(text, lang) if e[0] == "SUPPORT"] == expected
