"""Recognise international organisations by name or acronym, resolved to DESIGN.md's ids.

Writes `doc.spans["organisations"]`: label = organisation id (UN, OIC, AU…), value = the
organisation's row from data/organisations.tsv (org_id, name_en, actor_code, kind).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..lang import neutral_table, table
from .base import LexiconComponent, set_value
from .lexicon import LexiconMatcher


@lru_cache(maxsize=None)
def organisations() -> dict[str, dict[str, str]]:
    """Return {org_id: row} for every known organisation."""
    return {row["org_id"]: row for row in neutral_table("organisations")}


@lru_cache(maxsize=None)
def organisation_matcher(lang: str) -> LexiconMatcher:
    """Return the matcher over a language's organisation names, plus English acronyms."""
    known = organisations()
    rows = [(r["text"], r["org_id"]) for r in table(lang, "organisation_names") if r["org_id"] in known]
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
