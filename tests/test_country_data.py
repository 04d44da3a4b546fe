"""Integrity of the country gazetteer: generated tables match their sources, codes exist,
every UN member is covered in English and French, and no text names two countries."""
from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path

import pytest

from communique.lang import neutral_table, read_tsv, table

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("country_names", "country_words")
LANGS = ("en", "fr", "ru", "es", "ar", "de", "pt", "it")
WORD_KINDS = {"adjective", "capital", "alias", "prefix"}

# UN members with no adjective of their own in a language, and why.
NO_ADJECTIVE = {
    # Dominica's demonym, "Dominican", is the Dominican Republic's (DOM) too.
    ("en", "DMA"),
}


def _load_builder():
    spec = importlib.util.spec_from_file_location(
        "build_country_names", ROOT / "scripts" / "build_country_names.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _countries() -> dict[str, dict[str, str]]:
    return {row["iso3"]: row for row in neutral_table("countries")}


def _lookup(lang: str) -> dict[str, set[str]]:
    """Return {casefolded text: codes} over every country table of a language."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in TABLES:
        for row in table(lang, name):
            found[row["text"].casefold()].add(row["iso3"])
    return found


def test_generated_files_match_their_sources():
    builder = _load_builder()
    for rel, content in builder.build(builder.DEFAULT_LANGUAGES).items():
        committed = (ROOT / rel).read_text(encoding="utf-8")
        assert committed == content, f"{rel} is stale: run python scripts/build_country_names.py"


def test_countries_table_shape():
    countries = _countries()
    kinds = defaultdict(set)
    for iso3, row in countries.items():
        assert len(iso3) == 3 and iso3.isupper()
        assert len(row["iso2"]) == 2 and row["name_en"]
        kinds[row["kind"]].add(iso3)
    assert set(kinds) == {"state", "observer", "partial", "territory"}
    assert len(kinds["state"]) == 193
    assert kinds["observer"] == {"PSE", "VAT"}
    assert kinds["partial"] == {"KOS", "TWN", "ESH"}
    assert {"HKG", "MAC", "GRL", "PRI"} <= kinds["territory"]
    assert "XKX" not in countries


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TABLES)
def test_every_code_exists(lang, name):
    countries = _countries()
    rows = table(lang, name)
    assert rows, f"lang/{lang}/{name}.tsv is missing or empty"
    unknown = sorted({row["iso3"] for row in rows} - set(countries))
    assert not unknown


@pytest.mark.parametrize("lang", ("en", "fr"))
def test_word_rows_are_well_formed(lang):
    seen = set()
    for row in table(lang, "country_words"):
        assert row["kind"] in WORD_KINDS, row
        assert row["text"] == row["text"].strip() and row["text"], row
        assert row["text"] not in seen, f"duplicate row for {row['text']!r}"
        seen.add(row["text"])


@pytest.mark.parametrize("lang", ("en", "fr"))
def test_every_un_member_has_a_name_and_an_adjective(lang):
    states = {iso3 for iso3, row in _countries().items() if row["kind"] == "state"}
    named = {row["iso3"] for row in table(lang, "country_names")}
    named |= {row["iso3"] for row in table(lang, "country_words") if row["kind"] == "alias"}
    adjectives = {row["iso3"] for row in table(lang, "country_words") if row["kind"] == "adjective"}
    assert not sorted(states - named)
    expected_missing = {iso3 for lg, iso3 in NO_ADJECTIVE if lg == lang}
    assert sorted(states - adjectives) == sorted(expected_missing)


@pytest.mark.parametrize("lang", ("ru", "es", "ar", "de", "pt", "it"))
def test_every_un_member_has_a_name_in_the_newer_languages(lang):
    states = {iso3 for iso3, row in _countries().items() if row["kind"] == "state"}
    assert not sorted(states - {row["iso3"] for row in table(lang, "country_names")})


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_names_two_countries(lang):
    clashes = {text: codes for text, codes in _lookup(lang).items() if len(codes) > 1}
    assert not clashes


@pytest.mark.parametrize(
    "lang,text,iso3",
    [
        ("fr", "République du Kazakhstan", "KAZ"),
        ("fr", "Royaume du Maroc", "MAR"),
        ("en", "Kingdom of Morocco", "MAR"),
        ("en", "Republic of Kazakhstan", "KAZ"),
        ("fr", "marocaine", "MAR"),
        ("fr", "marocains", "MAR"),
        ("en", "Moroccan", "MAR"),
        ("en", "Moroccans", "MAR"),
        ("fr", "Astana", "KAZ"),
        ("en", "Nur-Sultan", "KAZ"),
        ("fr", "algéro", "DZA"),
        ("fr", "azerbaïdjanaises", "AZE"),
        ("fr", "kazakhe", "KAZ"),
        ("fr", "kazakhstanaise", "KAZ"),
        ("en", "Kazakhstani", "KAZ"),
        ("en", "UAE", "ARE"),
        ("fr", "Émirats arabes unis", "ARE"),
        ("fr", "émirienne", "ARE"),
        ("en", "Emirati", "ARE"),
        ("ru", "Казахстан", "KAZ"),
        ("ru", "Королевство Марокко", "MAR"),
        ("ru", "Республика Казахстан", "KAZ"),
        ("en", "U.S.", "USA"),
        ("en", "White House", "USA"),
        ("en", "State Department", "USA"),
        ("en", "Department of State", "USA"),
        ("fr", "Maison-Blanche", "USA"),
        ("fr", "Etats-Unis", "USA"),
        ("en", "Kremlin", "RUS"),
        ("fr", "Moscou", "RUS"),
        ("fr", "Pékin", "CHN"),
        ("en", "Beijing", "CHN"),
        ("en", "Sino", "CHN"),
        ("fr", "Élysée", "FRA"),
        ("fr", "Quai d'Orsay", "FRA"),
        ("en", "Downing Street", "GBR"),
        ("fr", "Londres", "GBR"),
        ("fr", "El Mouradia", "DZA"),
        ("fr", "Alger", "DZA"),
        ("en", "Algiers", "DZA"),
        ("fr", "Congo", "COG"),
        ("en", "Congo", "COG"),
        ("fr", "RDC", "COD"),
        ("fr", "République démocratique du Congo", "COD"),
        ("en", "DRC", "COD"),
        ("fr", "RASD", "ESH"),
        ("en", "Sahrawi Arab Democratic Republic", "ESH"),
        ("fr", "Autorité palestinienne", "PSE"),
        ("en", "Kosovo", "KOS"),
        ("fr", "kosovars", "KOS"),
        ("en", "Ivory Coast", "CIV"),
        ("fr", "Côte d'Ivoire", "CIV"),
        ("en", "Myanmar", "MMR"),
        ("en", "Burma", "MMR"),
        ("fr", "Corée du Sud", "KOR"),
        ("en", "DPRK", "PRK"),
        ("fr", "nord-coréenne", "PRK"),
        ("fr", "burkinabè", "BFA"),
        ("en", "Turkmen", "TKM"),
        ("fr", "turques", "TUR"),
        ("fr", "grecque", "GRC"),
        ("fr", "ouzbèkes", "UZB"),
        ("en", "Hong Kong", "HKG"),
        ("en", "Holy See", "VAT"),
        ("fr", "Saint-Siège", "VAT"),
        ("en", "Taiwan", "TWN"),
        ("en", "Bosnia and Herzegovina", "BIH"),
        ("en", "Republic of Korea", "KOR"),
        ("fr", "Fédération de Russie", "RUS"),
        ("es", "Marruecos", "MAR"),
        ("es", "Kazajistán", "KAZ"),
        ("es", "EE.UU.", "USA"),
        ("ar", "المغرب", "MAR"),
        ("ar", "كازاخستان", "KAZ"),
        ("ar", "فلسطين", "PSE"),
        ("de", "Marokko", "MAR"),
        ("de", "Kasachstan", "KAZ"),
        ("pt", "Marrocos", "MAR"),
        ("pt", "Cazaquistão", "KAZ"),
        ("it", "Marocco", "MAR"),
        ("it", "Kazakistan", "KAZ"),
        ("ru", "ОДКБ", None),
    ],
)
def test_lookup(lang, text, iso3):
    assert _lookup(lang).get(text.casefold()) == ({iso3} if iso3 else None)


def test_rows_have_the_header_columns():
    """Every generated and hand-written row has exactly the header's columns."""
    for lang in LANGS:
        for name in TABLES:
            path = ROOT / "communique" / "lang" / lang / f"{name}.tsv"
            if not path.exists():
                continue
            header = None
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.split("\t")
                header = header or len(cells)
                assert len(cells) == header, (path.name, line)
    assert read_tsv(ROOT / "communique" / "data" / "countries.tsv")
