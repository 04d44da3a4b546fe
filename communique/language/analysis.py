"""Word analysis for the languages that have no trained spaCy pipeline here.

Each such language may name spaCy components that fill in what its lexicons need (lemmas,
clitics split off); `pipelines.py` adds them after the tokenizer of the blank pipeline. The
choices, and what was measured before making them, are in README.md ("Language models").
"""
from __future__ import annotations

from . import arabic, german, russian  # noqa: F401  (registers the components)

#: Components that analyse words, by language code, in the order they run.
ANALYSERS: dict[str, tuple[str, ...]] = {
    "ru": ("communique_russian_lemmas",),
    "ar": ("communique_arabic_clitics",),
    "de": ("communique_german_genitive",),
}


def analysers(lang: str) -> tuple[str, ...]:
    """Return the word-analysis components of a language without a trained pipeline."""
    return ANALYSERS.get(lang, ())
