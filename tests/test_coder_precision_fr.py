"""Precision of the French coder on news it was not tuned on: wordings that hold a trigger word
but tell no new event, or tell another event than the word's own. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang="fr", published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # Deciding on a hostile act is the act, not a promise to cooperate (no AGREE beside it).
    ("Le Gabon a décidé de rompre ses relations diplomatiques avec le Tchad.",
     [("SANCTION", ["GAB"], ["TCD"])]),
    ("Le gouvernement togolais a décidé d'expulser l'ambassadeur du Bénin.",
     [("SANCTION", ["TGO"], ["BEN"])]),
    ("Le Niger a décidé de bloquer les exportations de coton vers le Bénin.", []),
    # Deciding on a joint act, or promising to send forces to help, stays a commitment.
    ("Le Togo et le Ghana ont décidé de créer une commission mixte de sécurité.",
     [("AGREE", ["GHA", "TGO"], [])]),
    ("Le Rwanda s'engage à déployer un bataillon de policiers pour appuyer la police centrafricaine.",
     [("AGREE", ["RWA"], ["CAF"])]),
])
def test_decision_on_a_hostile_act_is_the_act(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The imperfect tells what was going on or used to be: background, no new event.
    ("Les autorités ghanéennes accusaient alors le Togo d'abriter des opposants.", []),
    ("Le Niger exigeait depuis des mois le départ des soldats français.", []),
    # The same acts told in the passé composé are news.
    ("Les autorités ghanéennes ont accusé le Togo d'abriter des opposants.",
     [("ACCUSE", ["GHA"], ["TGO"])]),
])
def test_imperfect_tells_background(text, expected):
    assert coded(text) == expected
