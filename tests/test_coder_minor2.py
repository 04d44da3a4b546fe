"""The smaller types (SANCTION, RETREAT…): who is a side of a release, and which breaks are
sanctions. Sentences written for these tests."""
import pytest

from coder_probes import coded


@pytest.mark.parametrize("lang, text, expected", [
    # Who made a release possible by a good office is no side of it.
    ("fr", "Le Niger a libéré deux gendarmes béninois grâce à l'intervention du président togolais.",
     [("RETREAT", ["NER"], ["BEN"])]),
    # Nor the subject of a verb of facilitating whose object is the release, even through a pronoun.
    ("en", "The UAE helped facilitate a prisoner exchange between Armenia and Azerbaijan.",
     [("RETREAT", ["ARM", "AZE"], [])]),
    ("en", "Qatar has confirmed it helped facilitate a prisoner exchange between Armenia and Azerbaijan.",
     [("RETREAT", ["ARM", "AZE"], [])]),
    ("fr", "Le Qatar a facilité un échange de prisonniers entre l'Arménie et l'Azerbaïdjan.",
     [("RETREAT", ["ARM", "AZE"], [])]),
    # (A state that frees on its own is its doer.)
    ("en", "Kenya freed two Ugandan soldiers on Monday.", [("RETREAT", ["KEN"], ["UGA"])]),
])
def test_a_go_between_is_no_side_of_a_release(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A swap "between" two states no doer is named for is done by both.
    ("en", "A prisoner exchange between Armenia and Azerbaijan took place on Monday.",
     [("RETREAT", ["ARM", "AZE"], [])]),
    ("fr", "Un échange de prisonniers entre l'Arménie et l'Azerbaïdjan a eu lieu lundi.",
     [("RETREAT", ["ARM", "AZE"], [])]),
    # (Not a ceasefire named to date something else: the time of the news, not an act of it.)
    ("fr", "Un mois après l'entrée en vigueur d'un cessez-le-feu entre l'Arménie et l'Azerbaïdjan, "
           "la situation reste tendue.", []),
])
def test_a_swap_between_two_states_is_done_by_both(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "Rupture" alone breaks anything: only a break of relations or ties is a sanction.
    ("fr", "Le Mali a annoncé la rupture de ses relations diplomatiques avec la Côte d'Ivoire.",
     [("SANCTION", ["MLI"], ["CIV"])]),
    ("fr", "Le Mali a annoncé la rupture diplomatique avec la Côte d'Ivoire.", [("SANCTION", ["MLI"], ["CIV"])]),
    ("fr", "Le Mali a annoncé la rupture des relations avec la Côte d'Ivoire.", [("SANCTION", ["MLI"], ["CIV"])]),
    ("fr", "Le président sénégalais veut marquer une rupture avec la politique de son prédécesseur.", []),
])
def test_a_break_of_relations_is_a_sanction(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # A recall of one's envoy whose sentence names no other state is done to the document's other
    # state: an envoy serves between the two.
    ("fr", "Le Mali a expulsé l'ambassadeur de France. La France a décidé de rappeler son ambassadeur.",
     [("SANCTION", ["MLI"], ["FRA"]), ("SANCTION", ["FRA"], ["MLI"])]),
    ("en", "Mali expelled the French ambassador. France recalled its ambassador on Monday.",
     [("SANCTION", ["MLI"], ["FRA"]), ("SANCTION", ["FRA"], ["MLI"])]),
    # (Not an expulsion: those expelled may come from states the sentence only counts.)
    ("en", "Canada expelled an Indian diplomat on Monday. Russia expelled diplomats from 23 countries.",
     [("SANCTION", ["CAN"], ["IND"]), ("SANCTION", ["RUS"], [])]),
    # (Not leaving an organisation: no state of the pair is left.)
    ("fr", "Le Mali a décidé de se retirer de la CEDEAO. La France a décidé de rappeler son ambassadeur.",
     [("SANCTION", ["MLI"], []), ("SANCTION", ["FRA"], ["MLI"])]),
])
def test_a_recalled_envoy_leaves_the_other_state(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "Casques bleus" names soldiers, not their sending: fire on them is no aid.
    ("fr", "Des tirs israéliens sur des casques bleus de la FINUL ont été dénoncés par l'ONU.",
     [("ACCUSE", ["UNO"], ["ISR"])]),
    # (Peacekeepers sent or provided are.)
    ("fr", "Le Sénégal a envoyé 500 casques bleus au Mali.", [("AID", ["SEN"], ["MLI"])]),
    ("fr", "Le Ghana fournira des casques bleus à la Somalie.", [("AID", ["GHA"], ["SOM"])]),
])
def test_peacekeepers_named_are_no_aid(lang, text, expected):
    assert coded(text, lang) == expected
