"""Canonical ids from what users type, and keys that recognise one person under several spellings.

`resolve_country` takes an ISO 3166-1 code (alpha-3 or alpha-2) or a country's name in any
language the project has tables for ("Morocco", "Maroc", "MA", "mar"). `person_key` reduces a
name to a key that variant transliterations share: "Bakaev"/"Bakayev", "Tokaïev"/"Tokayev"/
"Токаев", "Erlan"/"Yerlan" give the same key.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import languages, neutral_table, table
from ..recognising.lexicon import fold
from .errors import UnknownName


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    by_name: dict[str, str] = {}
    for row in neutral_table("countries"):
        by_name[row["iso3"].casefold()] = row["iso3"]
        if row.get("iso2"):
            by_name.setdefault(row["iso2"].casefold(), row["iso3"])
        by_name.setdefault(fold(row["name_en"]), row["iso3"])
    for lang in languages():
        for name in ("country_names", "country_words"):
            try:
                rows = table(lang, name)
            except FileNotFoundError:
                continue
            for row in rows:
                code = row.get("iso3") or row.get("code")
                text = row.get("text") or row.get("pattern")
                if code and text and re.fullmatch(r"[A-Z]{3}", code):
                    by_name.setdefault(fold(text), code)
    return by_name


def resolve_country(value: str) -> str:
    """Return the alpha-3 code of a country given by code or name; raise UnknownName otherwise."""
    key = " ".join(fold(value or "").replace("’", "'").split())
    code = _countries().get(key)
    if code is None:
        raise UnknownName(f"unknown country {value!r} (give an ISO 3166 code such as MAR, or a name such as Morocco)")
    return code


# --------------------------------------------------------------------------- people

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
     "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))

# Spelling variants of one sound across French, English and German transliterations, applied in order.
_VARIANTS = (
    (re.compile(r"shch|chtch|schtsch"), "shch"),
    (re.compile(r"tch|tsch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"gu(?=[eiy])"), "g"),                              # Sergueï/Sergei
    (re.compile(r"dzh|dj|zh|j"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ck|q|c(?!h)"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"^y(?=[aeiou])|(?<=[aeiou])[yi](?=[aeiou])"), ""),  # Yerlan/Erlan, Bakayev/Bakaev, Tokaiev/Tokaev
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),                                    # doubled letters
    (re.compile(r"ff$"), "v"),
)


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    word = "".join(_CYRILLIC.get(c, c) for c in fold(word))
    word = re.sub(r"[^a-z]", "", word)
    for pattern, replacement in _VARIANTS:
        word = pattern.sub(replacement, word)
    return word


#: Words that are part of a name's form, not of the name.
_PARTICLES = {"m", "mme", "mr", "mrs", "ms", "dr", "s.e.", "h.e."}
#: Regnal numbers ("Abdullah II", "Mohammed VI"): not a surname.
_REGNAL = re.compile(r"[IVX]+|[IVX]+e|[IVX]+er")


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Return the keys of a name's words, without honorifics: 'M. Yerlan Bakayev' -> ('erlan', 'bakaev')."""
    words = [w for w in re.split(r"[\s\-‐]+", name.strip()) if w]
    words = [w for w in words if fold(w).strip(".") not in _PARTICLES and not _REGNAL.fullmatch(w)]
    return tuple(k for k in (_word_key(w) for w in words) if k)


def person_key(name: str) -> str:
    """Return the key of a person's surname (the last word), shared by its variant spellings."""
    words = name_words(name)
    return words[-1] if words else ""


def same_given_names(a: str, b: str) -> bool:
    """True when the given names of two spellings do not contradict each other.

    A missing given name, an initial ('K. Tokayev') or a shared word is compatible."""
    first_a, first_b = name_words(a)[:-1], name_words(b)[:-1]
    if not first_a or not first_b:
        return True
    for x in first_a:
        for y in first_b:
            if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
                return True
    return False
