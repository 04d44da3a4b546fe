"""Integrity of the organisation gazetteer: data/organisations.tsv and lang/<code>/organisation_*.tsv."""
from __future__ import annotations

import unicodedata

import pytest

from communique.lang import neutral_table, table

LANGS = ("en", "fr")
ACTOR_CODES = {"UNO", "EUR", "IGO", "NGO"}
KINDS = {"global", "regional", "financial", "un_agency", "forum", "ngo", "military_alliance", "other"}
# Organisations allowed to lack a name in one of LANGS (keep this short).
ONE_LANGUAGE_ONLY: set[str] = set()


def fold(text: str) -> str:
    """Case- and accent-insensitive key, as the matcher compares non-acronym entries."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def organisations() -> dict[str, dict[str, str]]:
    return {row["org_id"]: row for row in neutral_table("organisations")}


def lookup(lang: str, text: str, name: str = "organisation_names") -> set[str]:
    """Return the org ids a text resolves to: acronyms exactly, other entries folded."""
    found = set()
    for row in table(lang, name):
        entry = row["text"]
        if entry == text or (not entry.isupper() and fold(entry) == fold(text)):
            found.add(row["org_id"])
    return found


def test_organisation_table_shape():
    rows = neutral_table("organisations")
    ids = [row["org_id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate org_id"
    assert len(ids) >= 250
    for row in rows:
        assert row["org_id"] and row["name_en"], row
        assert row["actor_code"] in ACTOR_CODES, row
        assert row["kind"] in KINDS, row
        assert not row["parent"] or row["parent"] in ids, row


def test_design_ids_present():
    ids = organisations()
    for org_id in ("UN", "OIC", "AU", "IOFS", "SCO", "CICA", "EU", "NATO", "ASEAN", "CIS", "EAEU",
                   "OSCE", "WTO", "BRICS", "G20", "GCC", "OECD", "IFRC", "Russia-Africa Partnership Forum",
                   "Russian-Arab Cooperation Forum", "Congo Basin Climate Commission"):
        assert org_id in ids, org_id


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["organisation_names", "organisation_heads"])
def test_names_refer_to_known_organisations(lang, name):
    ids = organisations()
    rows = table(lang, name)
    assert rows, f"{lang}/{name}.tsv is missing or empty"
    for row in rows:
        assert row["org_id"] in ids, row
        assert row["text"] and row["text"] == row["text"].strip(), row


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["organisation_names", "organisation_heads"])
def test_no_text_maps_to_two_organisations(lang, name):
    seen: dict[str, str] = {}
    for row in table(lang, name):
        key = fold(row["text"])
        assert seen.setdefault(key, row["org_id"]) == row["org_id"], row
    # exact duplicates are noise
    texts = [row["text"] for row in table(lang, name)]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("lang", LANGS)
def test_names_have_no_leading_article(lang):
    articles = {"en": ("the ",), "fr": ("l'", "l’", "la ", "le ", "les ")}[lang]
    for row in table(lang, "organisation_names"):
        assert not row["text"].lower().startswith(articles), row


@pytest.mark.parametrize("lang", LANGS)
def test_every_organisation_has_a_name(lang):
    named = {row["org_id"] for row in table(lang, "organisation_names")}
    missing = set(organisations()) - named - ONE_LANGUAGE_ONLY
    assert not missing, sorted(missing)


def test_english_short_name_is_an_english_name():
    named = {(row["text"], row["org_id"]) for row in table("en", "organisation_names")}
    for org_id, row in organisations().items():
        assert (row["name_en"], org_id) in named, org_id


@pytest.mark.parametrize(("lang", "text", "org_id"), [
    ("fr", "ONU", "UN"),
    ("fr", "Organisation des Nations unies", "UN"),
    ("fr", "Nations Unies", "UN"),
    ("fr", "Conseil de sécurité de l'ONU", "UN"),
    ("fr", "Assemblée générale des Nations unies", "UN"),
    ("fr", "Organisation de la coopération islamique", "OIC"),
    ("fr", "OCI", "OIC"),
    ("fr", "Union africaine", "AU"),
    ("fr", "UA", "AU"),
    ("fr", "OISA", "IOFS"),
    ("fr", "Organisation islamique pour la sécurité alimentaire", "IOFS"),
    ("fr", "OCS", "SCO"),
    ("fr", "Conférence sur l'interaction et les mesures de confiance en Asie", "CICA"),
    ("fr", "OTAN", "NATO"),
    ("fr", "UE", "EU"),
    ("fr", "Commission européenne", "EU"),
    ("fr", "CEI", "CIS"),
    ("fr", "UEE", "EAEU"),
    ("fr", "CEDEAO", "ECOWAS"),
    ("fr", "UEMOA", "WAEMU"),
    ("fr", "Ligue arabe", "LAS"),
    ("fr", "AIEA", "IAEA"),
    ("fr", "CPI", "ICC"),
    ("fr", "CICR", "ICRC"),
    ("fr", "FICR", "IFRC"),
    ("fr", "Francophonie", "OIF"),
    ("fr", "Forum du partenariat Afrique-Russie", "Russia-Africa Partnership Forum"),
    ("fr", "Forum ministériel de coopération Russie-Monde arabe", "Russian-Arab Cooperation Forum"),
    ("fr", "Commission Climat du Bassin du Congo", "Congo Basin Climate Commission"),
    ("fr", "Alliance des États du Sahel", "AES"),
    ("en", "Shanghai Cooperation Organisation", "SCO"),
    ("en", "Shanghai Cooperation Organization", "SCO"),
    ("en", "UNSC", "UN"),
    ("en", "U.N.", "UN"),
    ("en", "Security Council", "UN"),
    ("en", "UN General Assembly", "UN"),
    ("en", "Human Rights Council", "UN"),
    ("en", "Organization of Islamic Cooperation", "OIC"),
    ("en", "African Union Commission", "AU"),
    ("en", "European Parliament", "EU"),
    ("en", "Council of Europe", "CoE"),
    ("en", "Islamic Organization for Food Security", "IOFS"),
    ("en", "Conference on Interaction and Confidence-Building Measures in Asia", "CICA"),
    ("en", "Arab League", "LAS"),
    ("en", "Turkic Council", "OTS"),
    ("en", "International Federation of Red Cross and Red Crescent Societies", "IFRC"),
    ("en", "Russia-Africa Partnership Forum", "Russia-Africa Partnership Forum"),
    ("en", "Russian-Arab Cooperation Forum", "Russian-Arab Cooperation Forum"),
    ("en", "Congo Basin Climate Commission", "Congo Basin Climate Commission"),
    ("en", "World Bank", "WB"),
])
def test_name_resolves(lang, text, org_id):
    assert lookup(lang, text) == {org_id}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Un"),          # acronyms are matched case-sensitively
    ("fr", "Ua"),
    ("fr", "BM"),          # too ambiguous, left out on purpose
    ("fr", "CAN"),         # Canada's code
])
def test_ambiguous_text_does_not_resolve(lang, text):
    assert lookup(lang, text) == set()


@pytest.mark.parametrize(("lang", "text", "org_id"), [
    ("en", "UN Secretary-General", "UN"),
    ("en", "Secretary-General of the United Nations", "UN"),
    ("en", "NATO Secretary General", "NATO"),
    ("en", "President of the European Commission", "EU"),
    ("en", "Chairperson of the African Union Commission", "AU"),
    ("en", "AU Commission Chairperson", "AU"),
    ("fr", "secrétaire général des Nations unies", "UN"),
    ("fr", "Secrétaire général de l'ONU", "UN"),
    ("fr", "président de la Commission de l'Union africaine", "AU"),
    ("fr", "présidente de la Commission européenne", "EU"),
    ("fr", "secrétaire général de l'OTAN", "NATO"),
    ("fr", "Haut représentant de l'Union européenne", "EU"),
])
def test_head_title_resolves(lang, text, org_id):
    assert lookup(lang, text, "organisation_heads") == {org_id}


@pytest.mark.parametrize("lang", LANGS)
def test_enough_head_titles(lang):
    assert len(table(lang, "organisation_heads")) >= 60
