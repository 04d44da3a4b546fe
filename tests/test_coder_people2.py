"""How French and English news refer back to the people of an event (coding/participants.py,
recognising/titles.py): each table is one rule, a fact of the language or of news form, on
sentences written for these tests."""
import pytest

import communique


def people_of(text: str, lang: str, event: str, last: bool = False) -> list[tuple[str, str | None, str | None]]:
    """(name, role, country) of each participant of the document's first (or last) event of the type, sorted."""
    record = communique.extract(text, lang=lang, published="2024-05-13")
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return sorted((p.name, p.role, p.country) for p in events[-1 if last else 0].participants)


@pytest.mark.parametrize("lang, text, event, expected", [
    # A bare title that says which kind of head of state (a king's) refers back to the king named
    # before, not to the president he met.
    ("fr", "Le Roi Mohammed VI a eu des entretiens avec le Président du Sénégal, Macky Sall, lundi à Dakar. "
           "Le Souverain a par ailleurs condamné l'attaque menée par la Russie contre l'Ukraine.", "ACCUSE",
     [("Mohammed VI", "head_of_state", "MAR")]),
    ("en", "King Abdullah II held talks with President Emmanuel Macron in Paris on Monday. "
           "The monarch also condemned Russia's attack on Ukraine.", "ACCUSE",
     [("Abdullah II", "head_of_state", "JOR")]),
    # And a president's title to the president, not to the king.
    ("fr", "Le Roi Mohammed VI a eu des entretiens avec le Président du Sénégal, Macky Sall, lundi à Dakar. "
           "Le Président a par ailleurs condamné l'attaque menée par la Russie contre l'Ukraine.", "ACCUSE",
     [("Macky Sall", "head_of_state", "SEN")]),
])
def test_a_kind_of_head_of_state_refers_back_to_its_holder(lang, text, event, expected):
    assert people_of(text, lang, event) == expected
