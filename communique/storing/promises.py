"""What an AGREE with aux `future` promised: the kind of event, the round, the place and the window.

The record's `planned` ({kind, date, place}) says it when the coder filled it. When it did not,
the promise is read from what the AGREE already has: its place (`event_loc`), and in its event
text a year after the promise ("in 2020", "en 2026"), an ordinal word of the language's cues
table ("sixth", "sixième", "6e") and a trigger word of the language's trigger table whose cue
says visit, sign, phone or meet. No word list lives here: they are the language's data.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import table
from ..recognising.lexicon import fold

#: Months after the promise within which a promise with no stated time is expected to be kept.
UNDATED_HORIZON_MONTHS = 12
#: Months after its window within which a promised event still counts as the promise kept, late.
LATE_MONTHS = 12
#: The kinds of promised event, and the stored event types that can keep them.
KIND_TYPES = {
    "round": ("CONSULT",), "meeting": ("CONSULT",), "visit": ("CONSULT",), "call": ("CONSULT",),
    "signing": ("SUPPORT",), None: ("CONSULT", "SUPPORT", "COOPERATE"),
}
#: Series names of the cues table that only say "a round of something" (the mechanism is unnamed).
GENERIC_SERIES = frozenset({"session", "round", "stage", "meeting", "consultations", "summit", "conference", "forum"})
#: Trigger cues (triggers.tsv's `cues` column) that say which kind of event a promise is about,
#: strongest first: "agreed to sign ... during the visit" is a promise to sign.
_KIND_CUES = (("sign", "signing"), ("visit", "visit"), ("phone", "call"), ("meet", "meeting"))
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMBERED = re.compile(r"(?<!\w)(\d{1,2})\s?(?:st|nd|rd|th|er|re|ère|ème|eme|e|è|ᵉ|-?[йяе])(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class Promise:
    """What one stored AGREE future promised, with the window in which keeping it is on time."""

    kind: str | None
    ordinal: int | None
    series: str | None  # the mechanism's name when the promise names one ("joint commission")
    place: str | None
    place_country: str | None
    promised_on: str | None
    window_start: str
    window_end: str
    planned_from: str  # "record" or "fallback"


def date_bounds(date: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day a date of the record's forms covers ("2020" -> 2020-01-01..2020-12-31).

    A range "YYYY-MM/YYYY-MM" (any two of the forms) covers from the first's start to the second's end.
    Raises ValueError for anything else."""
    if "/" in date:
        first, last = date.split("/", 1)
        return date_bounds(first)[0], date_bounds(last)[1]
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    raise ValueError(f"{date!r} is not a date")


def add_months(day: dt.date, months: int) -> dt.date:
    """Return `day` moved by whole months (the last day of the month when it has fewer days)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def merged_planned(plans: list[tuple[float, dict]]) -> dict | None:
    """Return one `planned` from the reports' ((confidence, planned) pairs): each field from the
    most confident report that gives it; None when no report has one."""
    fields: dict = {}
    for _, plan in sorted(plans, key=lambda p: -(p[0] or 0)):
        for key in ("kind", "date", "place"):
            if fields.get(key) is None and plan.get(key) is not None:
                fields[key] = plan[key]
    return {key: fields.get(key) for key in ("kind", "date", "place")} if fields else None


def read_promise(planned: dict | None, event_text: str, lang: str | None, promised_on: str | None,
                 place: str | None, place_country: str | None, ordinal: int | None = None) -> Promise | None:
    """Return what an AGREE future promised, from its `planned` when given, else from its own fields
    (its place, the round of its series `ordinal`, and the words of its event text).

    `promised_on` is the date the promise was made (or its report's publication date); a promise
    with no date at all cannot be placed in time and gives None."""
    if not promised_on:
        return None
    try:
        promised_start = date_bounds(promised_on)[0]
    except ValueError:
        return None
    planned = planned or {}
    found = bool(planned)
    kind = planned.get("kind") or text_kind(event_text, lang)
    if kind not in KIND_TYPES:
        kind = None
    ordinal = ordinal or text_ordinal(event_text, lang)
    series, round_word = text_series(event_text, lang)
    if (ordinal is not None or series or round_word) and kind in (None, "meeting") and not planned.get("kind"):
        kind = "round"  # "the next session of the joint commission": a round, whatever else the sentence says
    place = planned.get("place") or place
    when = planned.get("date") or text_year(event_text, promised_start.year)
    window = None
    if when:
        try:
            window = date_bounds(when)
        except ValueError:
            window = None
    if window is None or window[1] < promised_start:
        window = (promised_start, add_months(promised_start, UNDATED_HORIZON_MONTHS))
    return Promise(kind=kind, ordinal=ordinal, series=series, place=place, place_country=place_country, promised_on=promised_on,
                   window_start=max(window[0], promised_start).isoformat(), window_end=window[1].isoformat(),
                   planned_from="record" if found else "fallback")


def text_year(text: str, after: int) -> str | None:
    """Return the first year named in `text` later than `after`, as 'YYYY' ("in 2020" -> '2020')."""
    years = sorted(int(y) for y in _YEAR.findall(text or "") if int(y) > after)
    return str(years[0]) if years else None


def text_ordinal(text: str, lang: str | None) -> int | None:
    """Return the highest round number the text names ("the sixth round" -> 6), by the language's
    ordinal cues or a numeral with an ordinal ending ("6th", "6e", "2ème")."""
    found = [int(n) for n in _NUMBERED.findall(text or "")]
    words = _words(text)
    for pattern, value in _ordinal_words(lang or ""):
        if _contains(words, pattern):
            found.append(value)
    return max(found) if found else None


def text_series(text: str, lang: str | None) -> tuple[str | None, bool]:
    """Return (the mechanism the text names, whether it names a round of one) by the language's
    series cues: "the next session of the Joint Commission" -> ("joint commission", True)."""
    words = _words(text)
    found = [(len(pattern), name) for pattern, name in _series_words(lang or "") if _contains(words, pattern)]
    named = [f for f in found if f[1] not in GENERIC_SERIES]
    round_word = any(name in ("session", "round", "stage") for _, name in found)
    return (max(named)[1] if named else None), round_word or bool(named)


def text_kind(text: str, lang: str | None) -> str | None:
    """Return the kind of event the text's trigger words say (visit, signing, call, meeting) or None."""
    words = _words(text)
    cues = _trigger_cues(lang or "")
    for cue, kind in _KIND_CUES:
        if any(_contains(words, pattern) for pattern in cues.get(cue, ())):
            return kind
    return None


class _Words(list):
    """The folded words of a text, with the set of their first three letters (a quick no for most patterns)."""

    def __init__(self, words: list[str]):
        super().__init__(words)
        self.heads = {w[:3] for w in words}


@lru_cache(maxsize=4096)
def _words(text: str) -> _Words:
    # Cached: every relink reads the same promises' words again.
    return _Words([fold(w) for w in _WORD.findall(text or "")])


def _contains(words: _Words, pattern: tuple[str, ...]) -> bool:
    """True when the words hold the pattern's words in a row; a pattern word of four letters or
    more, or ending in '*', matches a word it begins ("visit" matches "visits", "visiter")."""
    n = len(pattern)
    if not n or pattern[0].rstrip("*")[:3] not in words.heads:
        return False
    for i in range(len(words) - n + 1):
        if all(_word_matches(words[i + j], p) for j, p in enumerate(pattern)):
            return True
    return False


def _word_matches(word: str, pattern: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern or (len(pattern) >= 4 and word.startswith(pattern) and len(word) - len(pattern) <= 3)


@lru_cache(maxsize=None)
def _ordinal_words(lang: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    rows = table(lang, "cues") if lang else ()
    return tuple((tuple(fold(row["pattern"]).split()), int(row["value"])) for row in rows
                 if row.get("cue") == "ordinal" and row.get("value", "").isdigit())


@lru_cache(maxsize=None)
def _series_words(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = table(lang, "cues") if lang else ()
    return tuple((tuple(fold(row["pattern"]).split()), row["value"]) for row in rows
                 if row.get("cue") == "series" and row.get("value"))


@lru_cache(maxsize=None)
def _trigger_cues(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_cue: dict[str, list[tuple[str, ...]]] = {}
    for row in table(lang, "triggers") if lang else ():
        if "weak" in row.get("cues", "").split(","):
            continue
        for cue in row.get("cues", "").split(","):
            if cue in ("sign", "visit", "phone", "meet"):
                by_cue.setdefault(cue, []).append(tuple(fold(row["pattern"]).split()))
    return {cue: tuple(patterns) for cue, patterns in by_cue.items()}
