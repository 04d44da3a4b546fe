"""Build the generated country gazetteer tables from CLDR (babel) and ISO 3166 (pycountry).

Writes `communique/data/countries.tsv` (every state and ISO territory with its kind) and
`communique/lang/<lang>/country_names.tsv` (every CLDR and ISO name of each territory in
that language). Hand-made knowledge (adjectives, capitals, aliases such as "RDC", and the
choice of COG for a bare "Congo") lives in `communique/lang/<lang>/country_words.tsv`,
never here: these files are rebuilt by `tests/test_country_data.py` and must match.

Usage: python scripts/build_country_names.py [LANG ...]   (default: every language below)
"""
from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LANGUAGES = ("en", "fr", "ru", "es", "ar", "de", "pt", "it")

# The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.
UN_MEMBERS = frozenset("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR
NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
""".split())

# Non-member observer states at the UN General Assembly.
OBSERVERS = frozenset({"VA", "PS"})
# States with partial recognition; Western Sahara is coded as the Sahrawi Republic (ESH).
PARTIAL = frozenset({"XK", "TW", "EH"})
# Codes outside ISO 3166-1 that the project uses (DESIGN.md: Kosovo is KOS).
EXTRA = {"XK": "KOS"}

# Rank of each source: when one text names two territories, the better-ranked source
# wins; a tie between different codes makes the text ambiguous and it is dropped.
SOURCE_RANK = {
    "cldr": 0,
    "iso_name": 1,
    "iso_common": 1,
    "iso_official": 1,
    "cldr_regional": 2,
    "derived": 3,
}

# First words of the tail of an inverted ISO name ("Korea, Republic of", "Iran,
# République islamique d'"): such names are turned round ("Republic of Korea").
_INVERSION_HEADS = {
    "The", "Republic", "Islamic", "Plurinational", "Federated", "Bolivarian", "United",
    "State", "Democratic", "République", "république", "État", "état", "États",
    "Fédération", "Île", "Îles", "Islands", "Республика",
}
_AND = re.compile(r" (?:and|&|et|и) ")


def _clean(text: str) -> str:
    """Normalise spacing and the non-breaking hyphens CLDR sometimes uses."""
    text = unicodedata.normalize("NFC", text).replace("\u2011", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).replace(" ,", ",").strip()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _variants(name: str, lang: str, others: frozenset[str] = frozenset()) -> list[str]:
    """Return the spelling variants derived from one source name (not the name itself).

    "Myanmar (Burma)" -> "Myanmar", "Burma"; "Congo - Kinshasa" -> "Congo-Kinshasa",
    "Congo"; "Korea, Republic of" -> "Republic of Korea", "Korea"; "Bosnia & Herzegovina"
    -> "Bosnia and Herzegovina"; "Côte d’Ivoire" -> "Côte d'Ivoire". `others` holds the
    casefolded names of the other territories, so that a parenthesised qualifier naming
    one of them ("Saint-Martin (Pays-Bas)") is not taken for an alternative name.
    """
    out: list[str] = []
    paren = re.search(r"\s*\(([^()]*)\)", name)
    if paren:
        bare = _clean(name[: paren.start()] + " " + name[paren.end():])
        out.append(bare)
        inner = paren.group(1).strip()
        # An alternative name ("Burma", "Malvinas"), not a qualifier ("French part",
        # "САР", "Британия" in "Виргинские острова (Британия)").
        words = [w for w in inner.split() if w not in {"of", "the", "de", "du", "la"}]
        if (paren.end() == len(name) and not inner.isupper()
                and all(w[:1].isupper() for w in words)
                and not any(inner.casefold() in other for other in others)):
            out.append(inner)
        out += _variants(bare, lang, others)
    else:
        if " - " in name:
            out.append(name.replace(" - ", "-"))
            out.append(name.split(" - ")[0])
        if "," in name and not _AND.search(name):
            head, tail = (part.strip() for part in name.split(",", 1))
            if tail.split(" ")[0] in _INVERSION_HEADS:
                full = tail[4:] if tail.startswith("The ") else tail
                joined = full + head if full.endswith("'") else f"{full} {head}"
                out.append(_cap(joined))
                # The head alone names the state ("Iran"), except for islands, whose
                # head may be a common word ("Christmas", "Réunion"), and for heads
                # that are adjectives ("Syrienne, République arabe").
                if tail.split(" ")[0] not in {"Île", "Îles", "Islands"} and not head.endswith("ienne"):
                    out.append(head)
        if lang == "en" and " & " in name:
            out.append(name.replace(" & ", " and "))
        if name.startswith("the "):
            out.append(name[4:])
        if lang == "en" and name.endswith(" SAR China"):
            out.append(name[: -len(" SAR China")])
        if lang == "fr" and name.startswith("R.A.S. chinoise de "):
            out.append(name[len("R.A.S. chinoise de "):])
    out = [_clean(o) for o in out]
    if "\u2019" in name:
        out += [o.replace("\u2019", "'") for o in out] + [name.replace("\u2019", "'")]
    return [o for o in dict.fromkeys(out) if o and o != name and _keep_as_is(o)]


def _keep_as_is(name: str) -> bool:
    """False for names only usable through their variants ("Korea, Republic of")."""
    return "," not in name or bool(_AND.search(name))


def _territory_codes() -> dict[str, str]:
    """Return {alpha-2: alpha-3} for every ISO 3166-1 entry plus the project's extras."""
    import pycountry

    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes.update(EXTRA)
    return codes


def _kind(alpha2: str) -> str:
    if alpha2 in UN_MEMBERS:
        return "state"
    if alpha2 in OBSERVERS:
        return "observer"
    if alpha2 in PARTIAL:
        return "partial"
    return "territory"


def _cldr_names(lang: str) -> list[tuple[str, str, str]]:
    """Return (alpha-2, name, source) from the language's CLDR locale and its regions."""
    from babel import Locale, localedata

    rows = [(code, name, "cldr") for code, name in Locale(lang).territories.items()]
    regional = sorted(
        ident for ident in localedata.locale_identifiers()
        if ident.startswith(lang + "_") and Locale.parse(ident).script is None
    )
    for ident in regional:
        rows += [(code, name, "cldr_regional") for code, name in Locale.parse(ident).territories.items()]
    return rows


def _iso_names(lang: str) -> list[tuple[str, str, str]]:
    """Return (alpha-2, name, source) from pycountry, translated for non-English languages.

    A name the gettext catalog does not translate is skipped rather than kept in English.
    """
    import pycountry

    catalog: dict[str, str] | None = None
    if lang != "en":
        try:
            translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            catalog = translation._catalog  # type: ignore[attr-defined]
        except OSError:
            return []
    rows = []
    for country in pycountry.countries:
        for field, source in (("name", "iso_name"), ("common_name", "iso_common"),
                              ("official_name", "iso_official")):
            value = getattr(country, field, None)
            if not value:
                continue
            if catalog is not None:
                if value not in catalog:
                    continue
                value = catalog[value]
            rows.append((country.alpha_2, value, source))
    return rows


def build_countries() -> str:
    """Return the content of communique/data/countries.tsv."""
    from babel import Locale

    import pycountry

    en = Locale("en").territories
    lines = [
        "# Generated by scripts/build_country_names.py from pycountry (ISO 3166-1) and CLDR.",
        "# kind: state (UN member) | observer (UN observer state) | partial (partly recognised)",
        "# | territory. Kosovo uses the project's code KOS.",
        "iso3\tiso2\tname_en\tkind",
    ]
    rows = []
    for alpha2, alpha3 in _territory_codes().items():
        name = en.get(alpha2, "")
        if not name or " - " in name:
            country = pycountry.countries.get(alpha_2=alpha2)
            name = country.name if country else name
            variants = _variants(name, "en")
            if "," in name and variants:
                name = variants[0]
        # A plain English label: "Myanmar (Burma)" -> "Myanmar", "&" -> "and".
        name = re.sub(r"\s*\([^()]*\)", "", name).replace(" & ", " and ").replace("\u2019", "'")
        rows.append((alpha3, alpha2, _clean(name), _kind(alpha2)))
    for row in sorted(rows):
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def build_names(lang: str) -> str:
    """Return the content of communique/lang/<lang>/country_names.tsv."""
    codes = _territory_codes()
    candidates: dict[str, dict[str, str]] = {}  # text -> {iso3: best source}

    def add(text: str, alpha3: str, source: str) -> None:
        text = _clean(text)
        if not text or "\t" in text:
            return
        best = candidates.setdefault(text, {})
        old = best.get(alpha3)
        if old is None or SOURCE_RANK[source] < SOURCE_RANK[old]:
            best[alpha3] = source

    # Continents, EU, UN, pseudo-locales and CLDR-only regions (AC, IC...) are left out.
    sourced = [(codes[a2], _clean(name), source)
               for a2, name, source in _cldr_names(lang) + _iso_names(lang) if a2 in codes]
    names_by_code: dict[str, set[str]] = {}
    for alpha3, name, _ in sourced:
        names_by_code.setdefault(alpha3, set()).add(name.casefold())
    for alpha3, name, source in sourced:
        if _keep_as_is(name):
            add(name, alpha3, source)
        others = frozenset(n for code, names in names_by_code.items() if code != alpha3 for n in names)
        for variant in _variants(name, lang, others):
            add(variant, alpha3, "derived")

    rows, ambiguous = [], []
    for text, by_code in candidates.items():
        top = min(SOURCE_RANK[s] for s in by_code.values())
        winners = sorted(code for code, s in by_code.items() if SOURCE_RANK[s] == top)
        if len(winners) > 1:
            ambiguous.append(f"{text} ({'/'.join(winners)})")
            continue
        rows.append((text, winners[0], by_code[winners[0]]))
    rows.sort(key=lambda r: (r[0].casefold(), r[0], r[1]))
    ambiguous.sort(key=str.casefold)

    lines = [
        "# Generated by scripts/build_country_names.py from CLDR (babel) and ISO 3166 (pycountry).",
        "# Do not edit: put hand-made names in country_words.tsv.",
        "# Skipped as ambiguous (one text, several codes): " + ("; ".join(ambiguous) or "none"),
        "text\tiso3\tsource",
    ]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def build(languages=DEFAULT_LANGUAGES) -> dict[str, str]:
    """Return {path relative to the repository root: exact file content} for every output."""
    files = {"communique/data/countries.tsv": build_countries()}
    for lang in languages:
        files[f"communique/lang/{lang}/country_names.tsv"] = build_names(lang)
    return files


def main(argv: list[str]) -> None:
    for rel, content in build(tuple(argv) or DEFAULT_LANGUAGES).items():
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        print(f"wrote {rel} ({content.count(chr(10))} lines)")


if __name__ == "__main__":
    main(sys.argv[1:])
