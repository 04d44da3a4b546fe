"""Russian word analysis without a trained spaCy pipeline: dictionary lemmas from pymorphy3.

Russian inflects nouns, adjectives and names by case ("Грузии", "Лавровым", "министров"), so
the lexicons would need every ending. `communique_russian_lemmas` gives each Cyrillic token the
dictionary form pymorphy3 finds (OpenCorpora dictionaries, offline), and the lexicon matcher
compares table words with it: "Грузия" in a table finds "Грузии" in a text. For a capitalised
word read as a name, surname or patronymic, that reading's nominative is kept, so that names
are stored as the office-holders table and the gold write them ("Владимира Макея" -> "Владимир
Макей"). Measured: ~150 µs a word uncached, a few µs cached (see README, Language models).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..recognising.base import NAME_LEMMAS_KEY
NAME_TAGS = ("Name", "Surn", "Patr")


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3  # imported here: only Russian documents pay for its dictionaries

    return pymorphy3.MorphAnalyzer()


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


@lru_cache(maxsize=50_000)
def lemma(text: str) -> str:
    """Return the dictionary form of a Russian word, in lower case ('' when it has none)."""
    if not _cyrillic(text) or not text.isalpha():
        return ""
    parses = _analyzer().parse(text)
    if not parses:
        return ""
    if text[:1].isupper():
        names = [p for p in parses if any(tag in p.tag for tag in NAME_TAGS)]
        if any("nomn" in p.tag for p in names) or (not names and "nomn" in parses[0].tag
                                                   and "Geox" not in parses[0].tag and text[-2:] in ("ев", "ов", "ин")):
            return text.lower()  # "Ордабаев" is already the nominative, not a form of "Ордабай"
        if names:
            return names[0].normal_form
        if text[-2:] in ("ов", "ев", "ин", "ёв"):
            return text.lower()  # a surname the dictionary lacks ("Рябков"), not a form of a noun
    return parses[0].normal_form


@Language.component("communique_russian_lemmas")
def russian_lemmas(doc: Doc) -> Doc:
    """Set each Cyrillic token's lemma to its dictionary form (see the module docstring)."""
    for tok in doc:
        found = lemma(tok.text)
        if found:
            tok.lemma_ = found
    doc.user_data[NAME_LEMMAS_KEY] = True
    return doc
