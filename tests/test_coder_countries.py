"""States that a text names without their taking part in an event: the language shows that they
are only mentioned (where a firm or a newspaper comes from, what a text is about, the state a group
is named by). Sentences written for these tests."""
import pytest

from coder_probes import coded


def states_of(text, lang):
    return {c for _, actor, recipient in coded(text, lang) for c in actor + recipient}


@pytest.mark.parametrize("lang, text, expected", [
    # A state's adjective on a firm or a newspaper tells where it comes from: the firm acts for
    # itself, and its state takes no part in the talks it arranges or the fears it voices.
    ("fr", "Une réunion entre le Bénin et le Niger s'est tenue mardi à Cotonou à l'initiative de la société "
           "italienne Fincasa.", {"BEN", "NER"}),
    ("en", "Ghana and Togo held talks in Accra on Tuesday at the request of a Turkish company.", {"GHA", "TGO"}),
    # (A state's adjective on people who act for it keeps them its own.)
    ("fr", "Le ministre béninois des Affaires étrangères s'est entretenu mardi à Cotonou avec son homologue italien.",
     {"BEN", "ITA"}),
    ("en", "The Ghanaian minister met the Turkish delegation in Accra on Tuesday.", {"GHA", "TUR"}),
])
def test_the_state_of_a_firm_or_a_newspaper_takes_no_part(lang, text, expected):
    assert states_of(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A form of state and "of" between a place preposition and the state's name are part of the
    # name ("en République du Togo", "in the Republic of Togo"): the state is a place, as "au
    # Togo" would be, and a visit there is hosted by it.
    ("fr", "Le président ghanéen a effectué mardi une visite d'État en République du Togo.", [("CONSULT", ["GHA"], ["TGO"])]),
    # (Not after a word of the other side: "avec la République du Togo" names a side.)
    ("fr", "Le président ghanéen a rencontré mardi le président de la République du Togo.", [("CONSULT", ["GHA", "TGO"], [])]),
    ("en", "Nigeria reopened its borders with the Republic of Niger on Tuesday.", [("RETREAT", ["NGA"], ["NER"])]),
])
def test_a_form_of_state_before_a_place_is_part_of_its_name(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # Whom an older act hit, named in the phrase that tells the act came after it ("après
    # l'attaque contre une patrouille nigériane"), is its occasion, not whom the act is done to.
    ("fr", "Le Ghana a condamné le Togo après l'attaque contre une patrouille nigériane.", [("ACCUSE", ["GHA"], ["TGO"])]),
    # (The older act's doer, named as its owner, is whom the act answers.)
    ("en", "Ghana summoned Togo's ambassador following Togo's attack on a Nigerian patrol.", [("ACCUSE", ["GHA"], ["TGO"])]),
    ("en", "Ghana called on Togo to show restraint following an attack on a Nigerian patrol.", [("REQUEST", ["GHA"], ["TGO"])]),
])
def test_whom_an_older_act_hit_is_its_occasion(lang, text, expected):
    assert coded(text, lang) == expected
