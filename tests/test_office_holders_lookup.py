"""Looking people up in the office-holders dictionary."""
import pytest

from communique.recognising.office_holders import lookup


@pytest.mark.parametrize("name, year, iso3, role", [
    ("Sabri Boukadoum", 2020, "DZA", "foreign_minister"),
    ("Boukadoum", 2020, "DZA", "foreign_minister"),          # a surname the dictionary knows
    ("Sergueï Lavrov", None, "RUS", "foreign_minister"),      # French spelling
    ("Лавров", None, "RUS", "foreign_minister"),              # Cyrillic
    ("Emmanuel Macron", 2024, "FRA", "head_of_state"),
    ("Emmanuel J. Macron", 2024, "FRA", "head_of_state"),   # an initial the dictionary does not spell
    # An apostrophe inside a name is a spelling the dictionary need not keep, either way.
    ("Denis SASSOU-N’GUESSO", 2022, "COG", "head_of_state"),
    ("Denis Sassou-N'Guesso", 2022, "COG", "head_of_state"),
    ("Peter O'Neill", 2015, "PNG", "head_of_government"),
    ("Peter ONeill", 2015, "PNG", "head_of_government"),
])
def test_lookup(name, year, iso3, role):
    office = lookup(name, year)
    assert office is not None and (office.iso3, office.role) == (iso3, role)


def test_unknown_names_are_not_guessed():
    assert lookup("Amina Otieno") is None
    assert lookup("SE") is None   # the honorific, not the last syllable of "Yun Byung-se"
    assert lookup("") is None


@pytest.mark.parametrize("name, year, role, iso3", [
    # The role the text gives picks which of a person's offices is meant, when no year does.
    ("Alain Berset", None, "head_of_state", "CHE"),
    ("Alain Berset", None, None, "IGO"),
    ("Alain Berset", None, "org_head", "IGO"),
    # A role the person never held changes nothing.
    ("Alain Berset", None, "ambassador", "IGO"),
    # A year still chooses among the offices of that role.
    ("Alain Berset", 2018, "head_of_state", "CHE"),
])
def test_the_text_s_role_chooses_the_office(name, year, role, iso3):
    office = lookup(name, year, role)
    assert office is not None and office.iso3 == iso3


@pytest.mark.parametrize("name, country, expected", [
    # The state the text names picks which of a person's offices is meant ("his Ethiopian
    # counterpart Tedros Adhanom": Ethiopia's foreign minister, not the later head of the WHO) …
    ("Tedros Adhanom", "ETH", ("ETH", "foreign_minister")),
    ("Tedros Adhanom", None, ("UNO", "org_head")),
    ("Emmanuel Macron", "FRA", ("FRA", "head_of_state")),
    # … and an office of another state is none of this person's as the text describes them.
    ("Gerd Müller", "DEU", None),
    ("Emmanuel Macron", "BEL", None),
])
def test_the_state_the_text_names_picks_the_office(name, country, expected):
    office = lookup(name, None, None, country)
    assert (None if office is None else (office.iso3, office.role)) == expected
