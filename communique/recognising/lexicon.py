"""A matcher for lexicon patterns over spaCy tokens, shared by every recogniser.

A pattern is a sequence of words. A word matches a token when its folded form (lower case,
accents removed) equals the token's folded text or folded lemma; a word ending in `*` matches
a token whose folded text or lemma starts with it. Hyphenated tokens ("franco-algériennes")
are also tried part by part, so that lexicons can list the parts. Longest match wins.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

if TYPE_CHECKING:  # only named in annotations: `fold` is used where spaCy is not loaded (the store)
    from spacy.tokens import Doc, Token


# Caches of per-word work: sized for the words that recur (a long stream of news keeps bringing
# new names, and the caches are most of what a worker's memory grows by before they are full).
@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Lower-case `text` and strip its accents: 'Émirats' -> 'emirats'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


PREFIX_HEAD = 3  # letters by which prefix entries ("condamn*") are indexed
CANDIDATE_CACHE_SIZE = 50_000  # distinct unit keys whose candidate entries a matcher remembers

# How an entry's letter case constrains the text it matches.
CASE_ANY, CASE_INITIAL, CASE_EXACT = 0, 1, 2


def case_rule(text: str) -> int:
    """Acronyms ("UA", "OCS") match only in upper case, capitalised names need a capital."""
    letters = [c for c in text if c.isalpha()]
    if letters and len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in text:
        return CASE_EXACT
    if text[:1].isupper():
        return CASE_INITIAL
    return CASE_ANY


@dataclass(frozen=True)
class Entry:
    """One lexicon pattern: its folded words, the value it stands for, and its case rule."""

    words: tuple[str, ...]
    value: Any
    case: int = CASE_ANY
    raw: str = ""
    capital_at: int = -1  # the word that needs a capital when the first needs none ("la Réunion")


class Match(NamedTuple):
    """A match of an entry over tokens [start, end) of a doc."""

    start: int
    end: int
    entry: Entry


def tokenize_pattern(pattern: str) -> tuple[str, ...]:
    """Split a pattern into folded words, apostrophes kept with the word before ("l'", "d'")."""
    text = fold(pattern).replace("'", "' ")
    words = []
    for chunk in text.split():
        if chunk in ("-", "‑", "–"):
            continue  # a lone hyphen is not a unit (see `units_of`)
        # Hyphenated words are matched part by part (see `token_keys`).
        parts = [p for p in chunk.split("-") if p] if "-" in chunk.strip("-") else [chunk]
        words.extend(parts)
    return tuple(words)


class LexiconMatcher:
    """Finds lexicon entries in token sequences; one instance per lexicon."""

    def __init__(self, entries: Iterable[Entry]):
        self.exact: dict[str, list[Entry]] = {}
        self.prefixed: list[Entry] = []
        for entry in entries:
            if not entry.words:
                continue
            first = entry.words[0]
            if first.endswith("*"):
                self.prefixed.append(entry)
            else:
                self.exact.setdefault(first, []).append(entry)
        for bucket in self.exact.values():
            bucket.sort(key=lambda e: -len(e.words))
        self.prefixed.sort(key=lambda e: -len(e.words))
        # Prefix entries indexed by their first letters, so a token meets only its own few.
        self.prefixed_by_head: dict[str, list[Entry]] = {}
        self.short_prefixed = [e for e in self.prefixed if len(e.words[0]) - 1 < PREFIX_HEAD]
        for entry in self.prefixed:
            if len(entry.words[0]) - 1 >= PREFIX_HEAD:
                self.prefixed_by_head.setdefault(entry.words[0][:PREFIX_HEAD], []).append(entry)
        # The candidates of a unit depend only on its keys: found once per distinct keys.
        self._candidates_by_keys: dict[tuple[str, ...], list[Entry]] = {}

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, Any]], with_case: bool = False) -> "LexiconMatcher":
        """Build from (pattern text, value) pairs; `with_case` applies `case_rule` to each."""
        return cls(
            Entry(tokenize_pattern(text), value, case_rule(text) if with_case else CASE_ANY, text,
                  capital_word(text) if with_case else -1)
            for text, value in rows
        )

    def find(self, units: list["Unit"], allow_overlap: bool = False) -> list[Match]:
        """Return the longest non-overlapping matches over `units` (see `units_of`)."""
        found: list[Match] = []
        free = 0  # the first unit a new match may start at
        for i in self._starts(units):
            if i < free:
                continue
            best = self._longest_at(units, i)
            if best:
                found.append(best)
                free = best.end if not allow_overlap else i + 1
        return found

    def _starts(self, units: list["Unit"]) -> Iterable[int]:
        """Return, in order, the indices of the units at which an entry may start.

        Most units start no entry: the doc's keys are intersected with the lexicon's first
        words once, instead of testing every unit against every lexicon (a doc meets ~25)."""
        if self.short_prefixed:
            return range(len(units))
        positions = units.positions() if isinstance(units, Units) else key_positions(units)
        keys = positions.keys() & self.exact.keys()
        if self.prefixed_by_head:
            keys |= {k for k in positions if k[:PREFIX_HEAD] in self.prefixed_by_head}
        if len(keys) == 1:
            return positions[keys.pop()]
        return sorted({i for k in keys for i in positions[k]})

    def _candidates(self, unit: "Unit") -> list[Entry]:
        """Return the entries whose first word the unit matches, in the order they are tried:
        exact entries by key (text, then lemma), then prefixed ones, longest first in each."""
        found = self._candidates_by_keys.get(unit.keys)
        if found is None:
            found = []
            seen = set()
            for key in unit.keys:
                for entry in self.exact.get(key, ()):
                    if id(entry) not in seen:
                        seen.add(id(entry))
                        found.append(entry)
            for key in unit.keys:
                for entry in self.prefixed_by_head.get(key[:PREFIX_HEAD], ()):
                    if id(entry) not in seen and key.startswith(entry.words[0][:-1]):
                        seen.add(id(entry))
                        found.append(entry)
            for entry in self.short_prefixed:
                if id(entry) not in seen and any(k.startswith(entry.words[0][:-1]) for k in unit.keys):
                    seen.add(id(entry))
                    found.append(entry)
            if len(self._candidates_by_keys) >= CANDIDATE_CACHE_SIZE:
                self._candidates_by_keys.clear()
            self._candidates_by_keys[unit.keys] = found
        return found

    def _longest_at(self, units: list["Unit"], i: int) -> Match | None:
        best = None
        best_length = 0
        first = units[i]
        for entry in self._candidates(first):
            words = entry.words
            length = len(words)
            if length <= best_length or i + length > len(units):
                continue
            if entry.case != CASE_ANY and not _case_ok(entry.case, first.text):
                continue
            # The first word matches: that is how the entry became a candidate.
            for k in range(1, length):
                if not _word_ok(words[k], units[i + k]):
                    break
            else:
                if entry.capital_at > 0 and not units[i + entry.capital_at].text[:1].isupper():
                    continue
                best, best_length = Match(i, i + length, entry), length
        return best


def capital_word(text: str) -> int:
    """Index of the first capitalised word of a pattern whose first word is in lower case
    ("la Réunion" -> 1): "la réunion de la commission" is a meeting, not the island. So too
    after a capitalised article ("La Réunion" -> 1): a sentence may open on "La réunion de dimanche"."""
    words = tokenize_pattern(text)
    raw = text.replace("'", "' ").split()
    if text[:1].isupper():
        if len(raw) >= 2 and len(raw[0].rstrip("'")) <= 2 and raw[1][:1].isupper() and raw[0][1:].islower():
            return len(tokenize_pattern(raw[0]))
        return -1
    if not any(c.isupper() for c in text):
        return -1
    for n, chunk in enumerate(raw):
        if chunk[:1].isupper():
            folded = tokenize_pattern(" ".join(raw[: n + 1]))
            return len(folded) - len(tokenize_pattern(chunk)) if len(folded) <= len(words) else -1
    return -1


def _word_ok(word: str, unit: "Unit") -> bool:
    if word.endswith("*"):
        return any(k.startswith(word[:-1]) for k in unit.keys)
    return word in unit.keys


def _case_ok(rule: int, text: str) -> bool:
    if rule == CASE_EXACT:
        return text.isupper()
    if rule == CASE_INITIAL:
        return text[:1].isupper()
    return True


class Unit(NamedTuple):
    """A matchable piece of a doc: a token, or one part of a hyphenated token.

    A named tuple rather than a frozen dataclass: a doc has hundreds, built four times faster."""

    keys: tuple[str, ...]
    text: str
    token: int          # index of the token it belongs to
    start_char: int
    end_char: int


class Units(list):
    """A doc's units (see `units_of`), with the positions of each key computed once."""

    _positions: dict[str, list[int]] | None = None

    def positions(self) -> dict[str, list[int]]:
        """Return {key: indices of the units that have it, in order}."""
        if self._positions is None:
            self._positions = key_positions(self)
        return self._positions


def key_positions(units: Iterable[Unit]) -> dict[str, list[int]]:
    """Return {key: indices of the units that have it, in order}."""
    positions: dict[str, list[int]] = {}
    for i, unit in enumerate(units):
        for key in unit.keys:
            positions.setdefault(key, []).append(i)
    return positions


def units_of(doc: Doc | Iterable[Token], use_lemma: bool = True) -> Units:
    """Return the matchable units of a doc: tokens, with hyphenated tokens split into parts."""
    units = Units()
    for tok in doc:
        text = tok.text
        if text in ("-", "‑", "–") :
            continue  # "algéro - azerbaïdjanaises": the tokenizer's lone hyphen joins parts
        if "-" in text.strip("-") and len(text) > 2:
            offset = 0
            for part in text.split("-"):
                if part:
                    start = tok.idx + offset
                    units.append(Unit((fold(part),), part, tok.i, start, start + len(part)))
                offset += len(part) + 1
            continue
        idx = tok.idx
        units.append(Unit(_keys(text, tok.lemma_ if use_lemma else ""), text, tok.i, idx, idx + len(text)))
    return units


@lru_cache(maxsize=20_000)
def _keys(text: str, lemma: str) -> tuple[str, ...]:
    """A token's keys: its folded text, then its folded lemma when it differs."""
    key = fold(text)
    if lemma:
        folded = fold(lemma)
        if folded != key:
            return key, folded
    return (key,)
