"""French meetings (CONSULT): audiences, visits and talks the coder used to miss or code with
the wrong states. Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # In a host's round of audiences to envoys, a sentence bringing the envoy of a new state is
    # that envoy's audience (visitor -> host), with no meeting word of its own.
    ("fr", "Le président de la République du Niger a reçu mardi les lettres de créance de l'ambassadeur "
           "de l'Inde, Ravi Kumar. Enfin, l'ambassadeur désigné du Canada, Paul Martin, a clos la cérémonie.",
     [("CONSULT", ["IND"], ["NER"]), ("CONSULT", ["CAN"], ["NER"])]),
    ("fr", "Le président de la République du Niger a reçu mardi les lettres de créance de l'ambassadeur "
           "de l'Inde, Ravi Kumar. Le défilé s'est poursuivi avec le nouvel ambassadeur du Japon, Kenji Sato.",
     [("CONSULT", ["IND"], ["NER"]), ("CONSULT", ["JPN"], ["NER"])]),
    # (Not after an audience to a minister: an envoy named then is no audience of his own.)
    ("fr", "Le président nigérien a reçu mardi le ministre malien des Affaires étrangères, Abdoulaye Diop. "
           "Enfin, l'ambassadeur du Canada, Paul Martin, a quitté la salle.",
     [("CONSULT", ["MLI"], ["NER"])]),
])
def test_next_envoy_in_a_round_of_audiences(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A participle saying the office is newly given does not cut the title from its state.
    ("fr", "Le président nigérien a reçu l'ambassadeur désigné du Canada.", [("CONSULT", ["CAN"], ["NER"])]),
    ("fr", "Le président nigérien a reçu l'ambassadrice nommée de l'Inde.", [("CONSULT", ["IND"], ["NER"])]),
])
def test_newly_named_envoy_keeps_his_state(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The pope and his nuncios speak for the Holy See (VAT).
    ("fr", "Le président togolais a rencontré mardi le pape Léon XIV.", [("CONSULT", ["TGO", "VAT"], [])]),
    ("fr", "Le président togolais a reçu mardi le nonce apostolique, Mgr Paolo Rossi.", [("CONSULT", ["VAT"], ["TGO"])]),
    # (Not "Pape" opening a person's name: a Senegalese given name.)
    ("fr", "Pape Demba Diop a signé un contrat avec le club turc.", [("SUPPORT", ["TUR"], [])]),
])
def test_the_pope_speaks_for_the_holy_see(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # The Sovereign Order of Malta is no state: its envoy is not Malta's.
    ("fr", "Le président gabonais a reçu les lettres de créance de Jean Dupont (Ordre Souverain de Malte) "
           "et de Karim Ben Ali (Tunisie).", [("CONSULT", ["TUN"], ["GAB"])]),
    ("fr", "Le président gabonais a reçu l'ambassadeur de Malte, Joseph Borg.", [("CONSULT", ["MLT"], ["GAB"])]),
    ("en", "Kenya's President William Ruto received the ambassador of the Sovereign Order of Malta, John Smith.", []),
    ("en", "Kenya's President William Ruto received the ambassador of Malta, John Smith.", [("CONSULT", ["MLT"], ["KEN"])]),
])
def test_the_order_of_malta_is_no_state(lang, text, expected):
    assert coded(text, lang) == expected
