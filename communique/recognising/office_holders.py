"""Who held which office: a dictionary of named heads of state and government, foreign ministers
and heads of international organisations (data/office_holders.tsv), as the actor dictionaries of
PETRARCH and Phoenix hold named individuals. It gives a person the state they speak for when the
text does not say it ("Le ministre des Affaires étrangères, Sabri Boukadoum, …")."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang import neutral_table
from .lexicon import fold


@dataclass(frozen=True)
class Office:
    name: str
    iso3: str
    role: str
    start: int
    end: int | None


#: "son of" in the names of the Arab world, as folded ("بن", "bin", "ben", "ibn").
NASAB = frozenset({"بن", "ابن", "bin", "ben", "ibn"})


def _key(name: str) -> str:
    # (An apostrophe inside a name is a spelling the dictionary may not keep: "Sassou-N'Guesso"
    # is "Sassou Nguesso", "N'Diaye" "Ndiaye".)
    return " ".join(fold(name).replace("-", " ").replace(".", " ").replace("'", "").replace("’", "").split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Office]], dict[str, list[Office]]]:
    by_name: dict[str, list[Office]] = {}
    by_surname: dict[str, list[Office]] = {}
    for row in neutral_table("office_holders"):
        office = Office(row["name"], row["iso3"], row["role"], int(row["from"]),
                        int(row["to"]) if row["to"] else None)
        names = [row["name"]] + [v for v in row.get("variants", "").split("|") if v.strip()]
        for name in names:
            by_name.setdefault(_key(name), []).append(office)
            # "Sahle-Work" / "Sahlework": also file the name with its parts run together.
            by_name.setdefault(_key(name).replace(" ", ""), []).append(office)
        by_surname.setdefault(_key(row["name"]).split(" ")[-1], []).append(office)
    return by_name, by_surname


def listed(name: str) -> bool:
    """Whether `name` is written in full as the dictionary writes an office-holder (no surname guess)."""
    by_name, _ = _index()
    return _key(name) in by_name


def lookup(name: str, year: int | None = None, role: str | None = None,
           country: str | None = None) -> Office | None:
    """Return the office a named person held (in `year` when given, of `country` when given), or
    None when unknown or ambiguous.

    The full name is tried first, then, for a name the dictionary does not list, its last word
    when exactly one office-holder's name ends with it and shares the name's other words."""
    by_name, by_surname = _index()
    key = _key(name)
    offices = by_name.get(key) or by_name.get(key.replace(" ", ""))
    words = key.split(" ")
    for cut in range(len(words) - 2, 1, -1):
        # An Arabic name's chain of fathers may run longer than the dictionary's ("فيصل بن فرحان
        # بن عبدالله" for "فيصل بن فرحان"): drop "son of …" links from the end.
        if offices:
            break
        if words[cut] in NASAB:
            offices = by_name.get(" ".join(words[:cut]))
    if not offices and len(words) >= 3:
        # A full name may carry a second surname the dictionary leaves out, as French-language
        # news writes it in capitals ("Félix-Antoine TSHISEKEDI TSHILOMBO"): the name without it.
        offices = by_name.get(" ".join(words[:-1]))
    if not offices and key and len(key.split(" ")[-1]) >= 3:
        # A last word of two letters is a syllable ("Yun Byung-se") or an honorific ("SE"), no surname.
        words = key.split(" ")
        # Initials the dictionary may not spell ("Antony J. Blinken") don't count against a name.
        words = [w for w in words if len(w) > 1 or w == words[-1]]
        offices = [o for o in by_surname.get(words[-1], []) if set(words) <= set(_key(o.name).split(" "))]
    if not offices:
        return None
    if len({o.name for o in offices}) > 1 and len({o.iso3 for o in offices}) > 1:
        return None  # two people of different states share this name
    if country is not None:
        # "his Ethiopian counterpart Tedros Adhanom": the state the text names picks the office
        # (Ethiopia's foreign minister, not the later head of the WHO), and rules out the others.
        offices = [o for o in offices if o.iso3 == country]
        if not offices:
            return None
    if role is not None:
        # The text's title says which of a person's offices is meant ("le président de la
        # Confédération Alain Berset": the Swiss head of state, not the later Council of Europe head).
        offices = [o for o in offices if o.role == role] or offices
    if year is not None:
        current = [o for o in offices if o.start <= year and (o.end is None or year <= o.end)]
        offices = current or offices
    return max(offices, key=lambda o: (o.end or 9999, o.start))


@lru_cache(maxsize=1)
def surname_patterns() -> tuple[tuple[str, str, Office], ...]:
    """(surname stem, the fullest spelling in that script, office) for every spelling, so that
    languages without a named-entity model still find the office-holders the text names; the
    stem matches inflected forms ("Лавровым" for "Лавров")."""
    out = []
    for row in neutral_table("office_holders"):
        office = Office(row["name"], row["iso3"], row["role"], int(row["from"]), int(row["to"]) if row["to"] else None)
        spellings = [row["name"]] + [v for v in row.get("variants", "").split("|") if v.strip()]
        for spelling in spellings:
            words = spelling.split()
            if len(words[-1]) < 4:
                continue
            same_script = [v for v in spellings if v.split()[-1] == words[-1]]
            out.append((words[-1], max(same_script, key=len), office))
    return tuple(out)
