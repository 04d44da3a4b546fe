"""Promises (AGREE) and what they commit to, French and English: wordings the coder took for a
commitment to a specific act, or missed. Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # Supporting a partner, or the carrying out of what is already agreed, names no act to come:
    # an aim as general as "strengthen cooperation".
    ("fr", "Le Japon s'engage à soutenir le Sénégal pour le succès du prochain sommet régional.", []),
    ("fr", "Le Kenya et l'Ouganda se sont engagés à soutenir la mise en œuvre de l'accord de paix signé en 2019.", []),
    ("en", "Japan pledged to support Senegal in the run-up to the regional summit.", []),
    ("en", "Kenya and Uganda committed to support the implementation of the peace agreement signed in 2019.", []),
    # (Supporting a specific thing stays a commitment, and so does a meeting to hold.)
    ("fr", "Le Kenya s'est engagé à soutenir la candidature de l'Ouganda au Conseil de sécurité.",
     [("AGREE", ["KEN"], ["UGA"])]),
    # (Nor support given by a material means: the aid is promised.)
    ("fr", "Le Japon s'est engagé à soutenir le Sénégal avec 20 millions de dollars d'aide.", [("AGREE", ["JPN"], ["SEN"])]),
    ("en", "Kenya pledged to support Uganda's bid for a seat on the Security Council.", [("AGREE", ["KEN"], ["UGA"])]),
    ("fr", "Le Kenya et l'Ouganda se sont engagés à tenir une nouvelle session de la commission mixte en juin.",
     [("AGREE", ["KEN", "UGA"], [])]),
])
def test_support_of_a_partner_is_a_general_aim(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A plan told by a relative clause on the thing planned names the thing by a plan already
    # known: no plan is announced.
    ("fr", "Les autorités kényanes ont exprimé leur désir de rejoindre l'Union africaine afin de coordonner "
           "la force qu'elles prévoient d'envoyer au Soudan.", []),
    ("en", "Kenyan officials asked to join the African Union to coordinate the force they plan to send to Sudan.", []),
    # (The plan told as news stays a promise.)
    ("fr", "Le Kenya prévoit d'envoyer une force de police au Soudan.", [("AGREE", ["KEN"], ["SDN"])]),
    ("en", "Kenya plans to send a police force to Sudan.", [("AGREE", ["KEN"], ["SDN"])]),
])
def test_a_plan_naming_a_thing_is_background(lang, text, expected):
    assert coded(text, lang) == expected
