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
    return parses[0].normal_form if parses else ""


@lru_cache(maxsize=50_000)
def name_nominative(text: str, case: str | None = None) -> tuple[str, str | None]:
    """Return a capitalised word read as part of a name, in the nominative and lower case, and
    its case when it is a given name ('' when it reads as no name).

    `case` is the case of the given name just before it, which a surname agrees with
    ("Владимира Макея": genitive, so "Макей"; "Владимира Путина" is not the feminine "Путина").
    Surnames keep their gender ("Марии Захаровой" -> "Захарова"). A surname the dictionary
    lacks but shaped like one ("Рябков", "Ордабаев") is kept as written when nothing says
    it is inflected."""
    if not _cyrillic(text) or not text.isalpha():
        return "", None
    parses = _analyzer().parse(text)
    names = [p for p in parses if any(tag in p.tag for tag in NAME_TAGS)]
    if case:
        agreeing = [p for p in parses if p.tag.case == case and p.tag.POS == "NOUN"]
        candidates = [p for p in agreeing if p in names] or agreeing
    else:
        candidates = names
    if not candidates:
        return (text.lower(), None) if text[-2:] in ("ов", "ев", "ин", "ёв") else ("", None)
    best = candidates[0]
    if not case and best.tag.case != "nomn" and text[-2:] in ("ов", "ев", "ин", "ёв") and "Surn" not in best.tag:
        return text.lower(), None  # "Ордабаев" is a nominative, not a form of "Ордабай"
    nominative = best.inflect({"nomn"})
    word = nominative.word if nominative else best.normal_form
    return word, (best.tag.case if "Name" in best.tag else None)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Lower-case words of the Russian country tables (names, aliases and capitals; not stems)."""
    from ..lang import table

    return frozenset(w for name in ("country_names", "country_words") for row in table("ru", name)
                     for w in row.get("text", "").lower().split() if not w.endswith("*"))


@lru_cache(maxsize=50_000)
def place_lemma(text: str) -> str:
    """Return the dictionary form of a word read as a place the country tables know ("Ливана" ->
    "ливан", which pymorphy3 also reads as the given name "Ливана"), else ''."""
    if not _cyrillic(text) or not text.isalpha():
        return ""
    for p in _analyzer().parse(text):
        if "Geox" in p.tag and p.normal_form in _place_words():
            return p.normal_form
    return ""


@Language.component("communique_russian_lemmas")
def russian_lemmas(doc: Doc) -> Doc:
    """Set each Cyrillic token's lemma to its dictionary form (see the module docstring)."""
    given_case = None  # the case of the given name just before, which a surname agrees with
    for tok in doc:
        found = lemma(tok.text)
        place = place_lemma(tok.text) if tok.text[:1].isupper() and not given_case else ""
        if place and tok.is_sent_start and lemma(tok.text) != place:
            place = ""  # a capital by position: "Того же мнения" is "that", not Togo
        if place:
            # A state or capital of the tables, not a name ("министр Ливана"); after a given name
            # the word is read as the surname agreeing with it.
            found = place
        elif tok.text[:1].isupper() and not tok.is_sent_start or given_case:
            name, case = name_nominative(tok.text, given_case)
            found, given_case = name or found, case
        else:
            given_case = None
        if found:
            tok.lemma_ = found
    doc.user_data[NAME_LEMMAS_KEY] = True
    return doc
