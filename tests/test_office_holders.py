"""Checks on the dictionary of named office-holders (communique/data/office_holders.tsv)."""
from __future__ import annotations

import re

import pytest

from communique.lang import neutral_table

ROLES = {"head_of_state", "head_of_government", "foreign_minister", "org_head"}
ORG_CODES = {"UNO", "EUR", "IGO"}
COLUMNS = ["name", "iso3", "role", "from", "to", "variants"]


@pytest.fixture(scope="module")
def rows():
    return neutral_table("office_holders")


@pytest.fixture(scope="module")
def country_codes():
    return {row["iso3"] for row in neutral_table("countries")}


def _forms(row):
    return [row["name"]] + [v for v in row["variants"].split("|") if v]


def _states_for(rows, form):
    """Return the codes of the rows whose name or variants equal `form` (case-insensitive)."""
    form = form.casefold()
    return {r["iso3"] for r in rows if any(f.casefold() == form for f in _forms(r))}


def test_loads_with_expected_columns(rows):
    assert len(rows) >= 1500
    assert list(rows[0].keys()) == COLUMNS


def test_every_code_is_known(rows, country_codes):
    for row in rows:
        if row["role"] == "org_head":
            assert row["iso3"] in ORG_CODES or row["iso3"] in country_codes, row
        else:
            assert row["iso3"] in country_codes, row
            assert row["iso3"] not in ORG_CODES, row


def test_roles_are_allowed(rows):
    assert {row["role"] for row in rows} <= ROLES


def test_years(rows):
    for row in rows:
        assert re.fullmatch(r"\d{4}", row["from"]), row
        assert row["to"] == "" or re.fullmatch(r"\d{4}", row["to"]), row
        if row["to"]:
            assert int(row["from"]) <= int(row["to"]), row
        assert 1940 <= int(row["from"]) <= 2030, row


def test_cells_are_clean(rows):
    for row in rows:
        assert row["name"], row
        for form in _forms(row):
            assert form == form.strip() and "\t" not in form and ";" not in form, row


def test_no_exact_duplicates(rows):
    keys = [tuple(row[c] for c in COLUMNS) for row in rows]
    assert len(keys) == len(set(keys))
    people = [tuple(row[c] for c in COLUMNS[:5]) for row in rows]
    assert len(people) == len(set(people))


def test_coverage(rows):
    fm = {r["iso3"] for r in rows if r["role"] == "foreign_minister"}
    heads = {r["iso3"] for r in rows if r["role"] in ("head_of_state", "head_of_government")}
    assert len(fm) >= 150
    assert len(heads) >= 150
    for code in ("PSE", "KOS", "TWN", "ESH"):
        assert code in heads and code in fm, code
    orgs = {r["name"] for r in rows if r["role"] == "org_head"}
    for name in ("António Guterres", "Jens Stoltenberg", "Ursula von der Leyen",
                 "Moussa Faki Mahamat", "Ahmed Aboul Gheit", "Kaja Kallas"):
        assert name in orgs, name


@pytest.mark.parametrize(
    "form, code",
    [
        ("Poutine", "RUS"),
        ("Vladimir Putin", "RUS"),
        ("Путин", "RUS"),
        ("Sergueï Lavrov", "RUS"),
        ("Лавров", "RUS"),
        ("Nasser Bourita", "MAR"),
        ("Mohammed VI", "MAR"),
        ("Antony Blinken", "USA"),
        ("Рубио", "USA"),
        ("Emmanuel Macron", "FRA"),
        ("Sabri Boukadoum", "DZA"),
        ("Ahmed Attaf", "DZA"),
        ("Kassym-Jomart Tokaïev", "KAZ"),
        ("Murat Nurtleu", "KAZ"),
        ("S Jaishankar", "IND"),
        ("Subrahmanyam Jaishankar", "IND"),
        ("Wang Yi", "CHN"),
        ("Hakan Fidan", "TUR"),
        ("Ayman Safadi", "JOR"),
        ("Faisal bin Farhan", "SAU"),
        ("Brahim Ghali", "ESH"),
        ("Riyad al-Maliki", "PSE"),
        ("Vjosa Osmani", "KOS"),
        ("Lai Ching-te", "TWN"),
        ("Andrii Sybiha", "UKR"),
        ("Зеленский", "UKR"),
        ("Cyril Ramaphosa", "ZAF"),
        ("Lula", "BRA"),
        ("Retno Marsudi", "IDN"),
        ("Penny Wong", "AUS"),
    ],
)
def test_variant_resolves_to_state(rows, form, code):
    assert _states_for(rows, form) == {code}


@pytest.mark.parametrize(
    "form, code",
    [("António Guterres", "UNO"), ("Ursula von der Leyen", "EUR"), ("Столтенберг", "IGO")],
)
def test_org_heads(rows, form, code):
    assert code in {r["iso3"] for r in rows if r["role"] == "org_head" and form in _forms(r)}


def test_terms_ordered_for_namesakes(rows):
    """A person who held an office twice has two non-overlapping rows (e.g. Trump)."""
    trump = sorted(
        (int(r["from"]), r["to"]) for r in rows
        if r["name"] == "Donald Trump" and r["role"] == "head_of_state"
    )
    assert trump == [(2017, "2021"), (2025, "")]


@pytest.mark.parametrize("name,iso3", [
    ("فيصل بن فرحان بن عبدالله", "SAU"),          # a longer chain of fathers than the dictionary's
    ("Faisal bin Farhan bin Abdullah", "SAU"),
])
def test_an_arabic_name_with_more_fathers_is_found(name, iso3):
    from communique.recognising.office_holders import lookup
    office = lookup(name, 2024)
    assert office is not None and office.iso3 == iso3
