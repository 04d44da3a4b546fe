"""What a word's script tells about names: whether it is capitalised, whether its script has
letter case at all (Arabic has none, so a capital cannot say where a name stops), how much an
inflected surname may add in it, and the language's words that end a name."""
from __future__ import annotations

from functools import lru_cache

from ..lang import table
from .lexicon import fold

#: How many letters an inflected surname may add, by script ("Лавровым" for "Лавров"); Latin
#: script does not inflect names ("Marino" is not "Marin").
INFLECTION = {"cyrillic": 3, "latin": 0, "other": 0}


def capitalised(text: str) -> bool:
    """Does the word begin like a name: a capital, or a letter of a script without case (Arabic)?"""
    first = text[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def caseless(text: str) -> bool:
    """Is the word written in a script without letter case (Arabic), where a capital tells nothing?"""
    first = text[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def script(text: str) -> str:
    """The script a word is written in, as far as names care: cyrillic, latin or other."""
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "cyrillic"
    return "latin" if text[:1].isascii() or "\u00c0" <= text[:1] <= "\u024f" else "other"


@lru_cache(maxsize=None)
def not_name_words(lang: str) -> frozenset[str]:
    """Words that end a name in a script without case: the language's date words and cues
    ("أحمد عطاف اليوم السبت" is "أحمد عطاف"), read from its tables."""
    words = {fold(w) for r in table(lang, "dates") for w in r["text"].split()}
    words |= {fold(w) for r in table(lang, "cues") for w in r["pattern"].split()}
    words |= {fold(w) for r in table(lang, "titles") for w in r["pattern"].split() if r["kind"] != "not_name"}
    return frozenset(words)
