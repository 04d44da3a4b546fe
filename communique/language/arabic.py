"""Arabic word analysis without a trained spaCy pipeline: proclitics split off by the lexicons.

Arabic writes the conjunctions و and ف, the prepositions ب, ل and ك and the article ال as one
word with what follows ("والمغرب", "بالرياض", "للأمم"), so a table listing "المغرب" would miss
most of its occurrences. `communique_arabic_clitics` gives each such token, as its lemma, the
word left once its proclitics are taken off; the lexicon matcher compares table words with
both the text and that lemma. Which proclitics to take off is decided by the language's own
tables: the first reading, from the fewest letters removed, that is a word of a table (or
begins like one of its stems, "بحث*") wins, so "لبنان" keeps its ل while "ولبنان" loses its و.
Egyptian and Sudanese spelling writes a final ي as ى ("السورى", "المغربى"): a word the tables do
not know in either reading is read with ي when the tables know that spelling.
Failing that, a و/ف or preposition before the article is taken off ("وال…" -> "ال…").
Suffixes (pronouns, endings) are left to the tables' stems ("نظير*").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import table
from ..recognising.lexicon import fold, tokenize_pattern

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
#: Tables whose words an Arabic lemma may become.
TABLES = (("country_names", "text"), ("country_words", "text"), ("titles", "pattern"),
          ("triggers", "pattern"), ("cues", "pattern"), ("topics", "pattern"),
          ("organisation_names", "text"), ("organisation_heads", "text"), ("dates", "text"))
STEM_HEAD = 3  # letters by which stems are indexed


@lru_cache(maxsize=None)
def vocabulary() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """Return the folded words of the Arabic tables, and their stems ('*' words) by first letters."""
    words, stems = set(), {}
    for name, column in TABLES:
        for row in table("ar", name):
            if row.get("kind") == "not_name":
                continue  # words that end names ("و*") are not words a lemma may become
            for word in tokenize_pattern(row.get(column, "")):
                if word.endswith("*"):
                    stems.setdefault(word[:STEM_HEAD], set()).add(word[:-1])
                else:
                    words.add(word)
    return frozenset(words), {head: tuple(sorted(s)) for head, s in stems.items()}


def _known(word: str) -> bool:
    words, stems = vocabulary()
    return word in words or any(word.startswith(s) for s in stems.get(word[:STEM_HEAD], ()))


def readings(word: str) -> list[str]:
    """Return the word without its proclitics, fewest letters removed first (the word excluded)."""
    out = []
    bases = [word]
    if word[:1] in CONJUNCTIONS and len(word) > 3:
        bases.append(word[1:])
    for base in bases:
        if base is not word:
            out.append(base)
        if base.startswith("لل") and len(base) > 4:
            out.append("ال" + base[2:])  # ل + ال is written لل: "للأمم" -> "الأمم"
        if base[:1] in PREPOSITIONS and len(base) > 3:
            out.append(base[1:])
    return out


@lru_cache(maxsize=50_000)
def lemma(text: str) -> str:
    """Return the folded word without its proclitics, or '' when they cannot be told apart."""
    word = fold(text)
    if len(word) < 3 or _known(word):
        return ""
    candidates = readings(word)
    # "السورى" -> "السوري", "والمصرى" -> "المصري": tried only as known words
    final_ya = [word[:-1] + "ي"] + readings(word[:-1] + "ي") if word.endswith("ى") else []
    for candidate in candidates + final_ya:
        if _known(candidate):
            return candidate
    for candidate in candidates:
        if candidate.startswith("ال") and len(candidate) > 4:
            return candidate
    return ""


def _arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


@Language.component("communique_arabic_clitics")
def arabic_clitics(doc: Doc) -> Doc:
    """Set each Arabic token's lemma to the word without its proclitics (see the module docstring)."""
    for tok in doc:
        if _arabic(tok.text):
            found = lemma(tok.text)
            if found:
                tok.lemma_ = found
    return doc
