"""Doers the sentence names only by a word that refers back: "we" and "nous" in a statement speak
for the voice that made the statement told last, else for the publishing state. Sentences written
for these tests."""
import pytest

import communique


def coded(text, lang, source=None):
    """(type, actor codes, recipient codes) of each event of the text."""
    record = communique.extract(text, lang=lang, published="2024-05-13", source=source)
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient)) for e in record.events]


@pytest.mark.parametrize("lang, text, source, expected", [
    # The embassy that condemned goes on speaking as "we".
    ("en", "The Canadian Embassy condemns the attack on the parliament in Lima. We call on the "
           "authorities of Peru to find those responsible.", None,
     [("ACCUSE", ["CAN"], ["PER"]), ("REQUEST", ["CAN"], ["PER"])]),
    ("en", "The Canadian Embassy condemns the attack on the parliament in Lima. We urge all sides "
           "to refrain from violence.", None,
     [("ACCUSE", ["CAN"], ["PER"]), ("REQUEST", ["CAN"], [])]),
    # With no statement before, a ministry's release speaks for its state.
    ("en", "We call on Sudan to protect civilians.", "Ministry of Foreign Affairs of Norway",
     [("REQUEST", ["NOR"], [])]),
    ("fr", "Nous condamnons fermement l'attaque contre l'ambassade du Kenya à Mogadiscio.",
     "Ministère des Affaires étrangères du Portugal", [("ACCUSE", ["PRT"], ["KEN"])]),
    # (Not a "we" whose speaker the sentence names: the minister's state speaks.)
    ("en", "\"We condemn this attack,\" said Kenyan Foreign Minister Musalia Mudavadi.",
     "Ministry of Foreign Affairs of Norway", [("ACCUSE", ["KEN"], [])]),
    # (Nor a "we" with no voice told before and no publisher: no state is known.)
    ("en", "We call on Sudan to protect civilians.", None, []),
])
def test_we_speaks_for_the_last_voice_or_the_publisher(lang, text, source, expected):
    assert coded(text, lang, source) == expected


MEETING_EN = "Foreign ministers of Canada, France, Germany and Japan met in Rome on Monday. "
MEETING_FR = "Les ministres du Kenya, de l'Ouganda et de la Tanzanie se sont réunis lundi à Arusha. "


@pytest.mark.parametrize("lang, text, expected", [
    # A collective ("the group") and a definite plural that names no state ("the leaders") refer
    # back to the states that met, as "they" does.
    ("en", MEETING_EN + "The group urged Russia to agree to a ceasefire.",
     [("CONSULT", ["CAN", "DEU", "FRA", "JPN"], []), ("REQUEST", ["CAN", "DEU", "FRA", "JPN"], ["RUS"])]),
    ("en", MEETING_EN + "They urged Russia to agree to a ceasefire.",
     [("CONSULT", ["CAN", "DEU", "FRA", "JPN"], []), ("REQUEST", ["CAN", "DEU", "FRA", "JPN"], ["RUS"])]),
    ("en", "The leaders of Kenya, Uganda and Tanzania met in Arusha on Monday. The leaders condemned the coup in Niger.",
     [("CONSULT", ["KEN", "TZA", "UGA"], []), ("ACCUSE", ["KEN", "TZA", "UGA"], [])]),
    ("fr", MEETING_FR + "Ils ont condamné le coup d'État au Niger.",
     [("CONSULT", ["KEN", "TZA", "UGA"], []), ("ACCUSE", ["KEN", "TZA", "UGA"], [])]),
    # The group read as the organisation named before: its members the text named act.
    ("en", "The G7 Foreign Ministers, representing Canada, France, Germany and Japan, met in Rome. "
           "The group urged Russia to agree to a ceasefire.",
     [("CONSULT", ["CAN", "DEU", "FRA", "JPN"], []), ("REQUEST", ["CAN", "DEU", "FRA", "JPN"], ["RUS"])]),
    # (Not when the text named no member: the organisation acts.)
    ("en", "The G7 Foreign Ministers met in Rome. The group urged Russia to agree to a ceasefire.",
     [("CONSULT", ["IGO"], []), ("REQUEST", ["IGO"], ["RUS"])]),
])
def test_a_group_word_refers_back_to_the_states_that_met(lang, text, expected):
    assert coded(text, lang) == expected
