"""Recognise international organisations by name or acronym, resolved to DESIGN.md's ids.

Writes `doc.spans["organisations"]`: label = organisation id (UN, OIC, AU…), value = the
organisation's row from data/organisations.tsv (org_id, name_en, actor_code, kind).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

from ..lang import neutral_table, table
from .base import LexiconComponent, set_value
from .lexicon import LexiconMatcher


@lru_cache(maxsize=None)
def organisations() -> dict[str, dict[str, str]]:
    """Return {org_id: row} for every known organisation."""
    return {row["org_id"]: row for row in neutral_table("organisations")}


#: French names a continent after "de" with or without its article: the official "Communauté
#: économique des États de l'Afrique centrale" is as often written "… d'Afrique centrale", and
#: "Communauté d'Afrique de l'Est" "… de l'Afrique de l'Est".
FRENCH_CONTINENT = re.compile(r"\b(?:de l['’]|d['’])(Afrique|Amérique|Asie|Europe|Océanie)\b")


def continent_variants(name: str) -> list[str]:
    """A French organisation name with its other way of naming a continent ("de l'Afrique" /
    "d'Afrique"), or nothing when it names none."""
    if not FRENCH_CONTINENT.search(name):
        return []
    other = FRENCH_CONTINENT.sub(lambda m: ("d'" if m.group(0).startswith("de l") else "de l'") + m.group(1), name)
    return [other] if other != name else []


@lru_cache(maxsize=None)
def organisation_matcher(lang: str) -> LexiconMatcher:
    """Return the matcher over a language's organisation names, plus English acronyms."""
    known = organisations()
    rows = [(r["text"], r["org_id"]) for r in table(lang, "organisation_names") if r["org_id"] in known]
    if lang == "fr":
        listed = {text for text, _ in rows}
        rows += [(v, org) for text, org in rows for v in continent_variants(text) if v not in listed]
    if lang != "en":
        # English acronyms are used in every language ("CICA", "BRICS", "G20").
        rows += [(r["text"], r["org_id"]) for r in table("en", "organisation_names")
                 if r["text"].isupper() and r["org_id"] in known]
    return LexiconMatcher.from_rows(rows, with_case=True)


class OrganisationRecogniser(LexiconComponent):
    key = "organisations"

    def __init__(self, lang: str):
        super().__init__(organisation_matcher(lang))
        self.rows = organisations()

    def make_span(self, doc, units, match):
        span = super().make_span(doc, units, match)
        if span is not None:
            set_value(span, self.rows.get(match.entry.value))
        return span


@Language.factory("communique_organisations", default_config={"lang": "fr"})
def make_organisation_recogniser(nlp: Language, name: str, lang: str) -> OrganisationRecogniser:
    return OrganisationRecogniser(lang)
