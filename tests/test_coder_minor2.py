"""The smaller types (SANCTION, RETREAT…): who is a side of a release, and which breaks are
sanctions. Sentences written for these tests."""
import pytest

import communique


def coded(text, lang, published="2024-05-13"):
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


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
