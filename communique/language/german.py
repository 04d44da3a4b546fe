"""German word analysis without a trained spaCy pipeline: the genitive ending taken off.

German marks the genitive of names and masculine nouns with -s or -es ("Polens", "Russlands",
"des Außenministers"), which the tables would otherwise list twice. `communique_german_genitive`
gives such a token, as its lemma, the word without that ending when the language's tables know
the shorter word ("Polen", "Außenminister"); the lexicon matcher compares table words with both.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import table
from ..recognising.lexicon import fold, tokenize_pattern

#: Tables whose words a German lemma may become.
TABLES = (("country_names", "text"), ("country_words", "text"), ("titles", "pattern"),
          ("organisation_names", "text"), ("triggers", "pattern"), ("topics", "pattern"))


@lru_cache(maxsize=None)
def vocabulary() -> frozenset[str]:
    """Return the folded words of the German tables ('*' stems left out)."""
    return frozenset(word for name, column in TABLES for row in table("de", name)
                     for word in tokenize_pattern(row.get(column, "")) if not word.endswith("*"))


@lru_cache(maxsize=50_000)
def lemma(text: str) -> str:
    """Return the folded word without its genitive ending when a table knows it, else ''."""
    word = fold(text)
    words = vocabulary()
    if word in words or not word.endswith("s"):
        return ""
    for cut in (1, 2):  # "Polens" -> "Polen", "des Bundes" -> "Bund"
        if word[:-cut] in words and (cut == 1 or word.endswith("es")):
            return word[:-cut]
    return ""


@Language.component("communique_german_genitive")
def german_genitive(doc: Doc) -> Doc:
    """Set a genitive token's lemma to the word its table knows (see the module docstring)."""
    for tok in doc:
        if tok.is_alpha:
            found = lemma(tok.text)
            if found:
                tok.lemma_ = found
    return doc
