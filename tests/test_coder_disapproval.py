"""Disapproval and pressure: threats, condemnations, requests and refusals, with who makes them and
whom they aim at (DESIGN.md: the condemned state is the recipient, the victim of an attack is not).
Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # A reprisal named as such in what a warning says is the warner's answer to another's act: a
    # threat, though the other's act is the clause's subject.
    ("en", "Kenya warned that Uganda's use of force would have dire consequences.", [("THREATEN", ["KEN"], ["UGA"])]),
    ("en", "Kenya warned Uganda of serious repercussions.", [("THREATEN", ["KEN"], ["UGA"])]),
    # (The act it answers is only supposed: no attack.)
    ("en", "Kenya warned that any attack on its ships would have grave consequences.", [("THREATEN", ["KEN"], [])]),
    ("fr", "Le Kenya a averti que toute attaque contre ses navires aurait de graves conséquences.",
     [("THREATEN", ["KEN"], [])]),
    ("fr", "Le Kenya a mis en garde l'Ouganda contre de graves répercussions.", [("THREATEN", ["KEN"], ["UGA"])]),
    # (Consequences for someone or something are a danger, not a reprisal.)
    ("en", "Kenya warned that the drought would have dire consequences for the region.", []),
    ("fr", "Le Kenya a averti que la sécheresse aurait de graves conséquences pour la région.", []),
    ("fr", "Le Kenya a averti que la sécheresse aurait de graves répercussions sur le commerce.", []),
    ("en", "Kenya warned that the drought would have serious repercussions on trade.", []),
    # (Nor consequences of something no one does.)
    ("en", "Kenya warned that the war would have dire consequences.", []),
])
def test_a_warning_of_reprisals_is_a_threat(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A state as the antecedent of a relative pronoun does the relative's act; a state of the main
    # clause is neither its doer nor the one it aims at.
    ("en", "The court handed Somalia control of the sea after a battle with Kenya, which strongly rejected the ruling.",
     [("REJECT", ["KEN"], [])]),
    ("fr", "La Cour a donné raison à la Somalie contre le Kenya, qui a rejeté la décision.", [("REJECT", ["KEN"], [])]),
    # (The main clause's act keeps its sides: Kenya calls Ghana.)
    ("en", "Ghana received a call from Kenya, which condemned the attack on its embassy.",
     [("CONSULT", ["KEN"], ["GHA"]), ("ACCUSE", ["KEN"], [])]),
])
def test_the_antecedent_state_does_the_relatives_act(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A call on a named state to pursue a general aim is still an appeal made to that state (a
    # commitment to a general aim commits to nothing specific; a call asks it of someone). (An
    # invitation to one stays a courtesy, no event: tests/test_coder_commitments.py.)
    ("en", "Ghana called on Togo to favour dialogue.", [("REQUEST", ["GHA"], ["TGO"])]),
    ("en", "Ghana called on Togo to strengthen its cooperation with Benin.", [("REQUEST", ["GHA"], ["TGO"])]),
    ("en", "Ghana called upon Togo to favour dialogue.", [("REQUEST", ["GHA"], ["TGO"])]),
    ("fr", "Le Ghana a appelé le Togo à renforcer la coopération.", [("REQUEST", ["GHA"], ["TGO"])]),
    # (A call that names no state it asks is none made to a state; an invitation to visit is a plan.)
    ("fr", "Le Ghana a appelé les deux parties à privilégier le dialogue.", []),
    ("en", "Ghana invited Togo to visit Accra.", [("AGREE", ["TGO"], ["GHA"])]),
    ("fr", "Le Ghana a invité le Togo à effectuer une visite à Accra.", [("AGREE", ["TGO"], ["GHA"])]),
])
def test_a_call_on_a_state_to_pursue_an_aim_is_a_request(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A word of disapproval or pressure told by an infinitive or a gerund that is a clause's subject
    # names a kind of act, done by no one: no condemnation or summons made.
    ("en", "Summoning an ambassador is a very clear way to show displeasure, said a former US ambassador.", []),
    ("en", "To condemn Russia is easy, the French minister said.", []),
    ("fr", "Pour toutes les nations, « convoquer un ambassadeur est une façon très claire de manifester "
           "son mécontentement », note un ancien ambassadeur américain.", []),
    ("fr", "Condamner la Russie est facile, dit le ministre français.", []),
    # (The act made stays one.)
    ("en", "Kenya summoned the Ugandan ambassador.", [("ACCUSE", ["KEN"], ["UGA"])]),
    ("fr", "Le Kenya a convoqué l'ambassadeur de l'Ouganda.", [("ACCUSE", ["KEN"], ["UGA"])]),
])
def test_an_act_named_as_a_subject_is_no_act_made(lang, text, expected):
    assert coded(text, lang) == expected
