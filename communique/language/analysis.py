"""Word analysis for the languages that have no trained spaCy pipeline here.

Each such language may name spaCy components that fill in what its lexicons need (lemmas,
clitics split off); `pipelines.py` adds them after the tokenizer of the blank pipeline. The
choices, and what was measured before making them, are in README.md ("Language models").
"""
from __future__ import annotations

import logging

from ..lang import languages
from . import arabic, german, russian  # noqa: F401  (registers the components)

log = logging.getLogger(__name__)

#: Components that analyse words, by language code, in the order they run.
ANALYSERS: dict[str, tuple[str, ...]] = {
    "ru": ("communique_russian_lemmas",),
    "ar": ("communique_arabic_clitics",),
    "de": ("communique_german_genitive",),
}


def analysers(lang: str) -> tuple[str, ...]:
    """Return the word-analysis components of a language without a trained pipeline.

    A language with no data folder is still coded, through the language-neutral tables and the
    English acronyms of organisations only; a warning says so once, when its pipeline loads."""
    if lang not in languages():
        log.warning("language %r has no tables under communique/lang/: its documents are coded with "
                    "the language-neutral tables only (organisation acronyms); few events will be found", lang)
    return ANALYSERS.get(lang, ())


def coverage(lang: str, has_model: bool) -> str | None:
    """Say how a language's documents are read when it is less than a trained pipeline: None
    for a language with its model; else what the coder has for it (the CLI's summary prints it)."""
    if has_model:
        return None
    if lang not in languages():
        return "no tables: the language-neutral tables only (organisation acronyms)"
    if lang in ANALYSERS:
        return "tables and word analysis, no trained model"
    return "tables only: no word analysis, no trained model"
