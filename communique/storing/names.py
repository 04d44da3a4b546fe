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
    (re.compile(r"x"), "ks"),                                         # Alexeyev/Alekseyev
    (re.compile(r"^y(?=[aeiou])|(?<=[aeiou])[yi](?=[aeiou])"), ""),  # Yerlan/Erlan, Bakayev/Bakaev, Tokaiev/Tokaev
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),                                    # doubled letters
    (re.compile(r"ff$"), "v"),
)


#: Latin letters Unicode does not decompose into a base letter and a mark.
#: Arabic letters (after fold(): no harakat, hamza seats reduced to their letter) to Latin, so that
#: names in Arabic script have keys at all (they are compared with each other; the office-holders
#: table joins them with their Latin spellings). The article "ال" is a connector, as "al-" is.
_ARABIC = dict(zip(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءپچڤگیک",
    ["a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "a", "gh", "f",
     "q", "k", "l", "m", "n", "h", "w", "y", "a", "a", "", "p", "ch", "v", "g", "y", "k"]))
_LATIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    word = fold(word).translate(_LATIN)
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    word = "".join(_CYRILLIC.get(c) or _ARABIC.get(c, c) for c in word)
    word = re.sub(r"[^a-z]", "", word)
    for pattern, replacement in _VARIANTS:
        word = pattern.sub(replacement, word)
    return word


#: Words that are part of a name's form, not of the name (folded, without dots).
_PARTICLES = {"m", "mme", "mr", "mrs", "ms", "dr", "s.e", "h.e", "hrh", "pr", "prof"}
#: Honorifics written in capitals only ("HE Noura bint Ali"; "He" alone can be a surname).
_CAPITAL_PARTICLES = {"HE", "H.E.", "S.E.", "SE", "SEM"}
#: Words that join a name's parts ("bin", "Ould", "de", "Al-"): not evidence that two names agree.
_CONNECTORS = frozenset(_word_key(w) for w in (
    "al", "el", "bin", "ben", "bint", "ibn", "ould", "de", "da", "di", "del", "della", "dos", "das", "do", "van",
    "von", "der", "den", "le", "la", "du", "y", "e", "ter", "ten", "abd"))
#: Regnal numbers ("Abdullah II", "Mohammed VI"): not a surname.
_REGNAL = re.compile(r"[IVX]+|[IVX]+e|[IVX]+er")


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Return the keys of a name's words, without honorifics: 'M. Yerlan Bakayev' -> ('erlan', 'bakaev')."""
    words = [w for w in re.split(r"[\s\-‐]+", name.strip()) if w]
    words = [w for w in words if fold(w).strip(".") not in _PARTICLES and w not in _CAPITAL_PARTICLES
             and not _REGNAL.fullmatch(w)]
    return tuple(k for k in (_word_key(w) for w in words) if k)


def person_key(name: str) -> str:
    """Return the key of a person's surname (the last word), shared by its variant spellings."""
    words = name_words(name)
    return words[-1] if words else ""


@lru_cache(maxsize=65536)
def name_signature(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return a name's significant word keys and its initials: 'K. Tokayev' -> ({'tokaev'}, {'k'}).

    Connectors ("bin", "Ould", "Al-") are left out of both."""
    words = [w for w in name_words(name) if w not in _CONNECTORS]
    return frozenset(w for w in words if len(w) > 1), frozenset(w for w in words if len(w) == 1)


@lru_cache(maxsize=1)
def _known_spellings() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The office-holders table's spellings of each person (all scripts), filed under the key of
    each spelling's last word, so that "Lavrov", "Лавров" and "لافروف" find the same list."""
    by_surname: dict[str, list[tuple[str, ...]]] = {}
    for row in neutral_table("office_holders"):
        spellings = tuple(dict.fromkeys([row["name"]] + [v.strip() for v in row.get("variants", "").split("|")
                                                          if v.strip()]))
        for key in {person_key(s) for s in spellings} - {""}:
            by_surname.setdefault(key, []).append(spellings)
    return {k: tuple(v) for k, v in by_surname.items()}


def names_one_of(query: str, spellings) -> bool:
    """True when `query` names the person spelt `spellings`: it is one of them, or it holds the
    surname of one of them and its other words are that spelling's ("Lavrov", "Sergueï Lavrov"
    name Sergei Lavrov; "Sergei" alone does not)."""
    words = set(name_signature(query)[0])
    if not words:
        return False
    for spelling in spellings:
        own = name_signature(spelling)[0]
        if person_key(spelling) in words and words <= own:
            return True
    return False


def other_spellings(query: str, people=()) -> list[str]:
    """The spellings, in every script, of the people `query` names: from the office-holders table
    and from `people` (the spellings of stored people, one tuple per person), `query` itself left
    out. "Lavrov" -> "Лавров", "لافروف"…; "فيصل بن فرحان" -> "Faisal bin Farhan"…"""
    keys = set(name_words(query))
    candidates = [s for k in keys for s in _known_spellings().get(k, ())] + list(people)
    folded = fold(query)
    out: dict[str, None] = {}
    for spellings in candidates:
        if names_one_of(query, spellings) or any(fold(s) == folded for s in spellings):
            out.update((s, None) for s in spellings if fold(s) != folded)
    return list(out)


def compatible_names(a: str, b: str) -> bool:
    """True when two spellings can name the same person.

    They share a significant word, the words of the shorter are all in the longer (in any
    order: "Park Ji-hoon"/"Ji-hoon Park", "Javier Ortega"/"Javier Ortega Ruiz", "Keita"/
    "Abdoulaye Keïta"), and its initials start words of the longer ("K. Tokayev")."""
    (words_a, initials_a), (words_b, initials_b) = name_signature(a), name_signature(b)
    if not words_a & words_b:
        return False
    (small, small_initials), large = ((words_a, initials_a), words_b) if len(words_a) <= len(words_b) \
        else ((words_b, initials_b), words_a)
    if not small <= large:
        return False
    rest = large - small
    return all(any(w.startswith(i) for w in rest) for i in small_initials)
