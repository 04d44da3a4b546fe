"""Find date expressions in a sentence and resolve them against the publication date.

The words come from `communique/lang/<code>/dates.tsv` (month and weekday names, relative
words, modifiers such as "last"/"prochain", ordinal suffixes, connectors); this module only
knows the shapes a date takes, so adding a language means adding its table.

Resolution follows the project's gold conventions: a date is resolved only when the text
states it, absolutely or relative to `published`; with no usable publication date a relative
expression resolves to None.  Finding and resolving are done here with regexes built once per
language: the matched pieces (day, month number, year) are already known from the table, so
calling dateparser on each match would only add time and noise.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from communique.lang import table

__all__ = ["DateMention", "can_name", "find_dates", "resolve_weekday"]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with its resolved value."""

    start: int
    end: int
    text: str
    value: str | None  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | None
    kind: str  # 'absolute' | 'relative' | 'weekday' | 'month' | 'year' | 'hijri'
    past: bool | None  # True: the words say past; False: future; None: neutral


# --------------------------------------------------------------------------- publication date

@dataclass(frozen=True)
class _Pub:
    year: int
    month: int | None
    day: date | None

    @property
    def precision(self) -> str:
        return "day" if self.day else ("month" if self.month else "year")


_PUB_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _parse_published(published: str | None) -> _Pub | None:
    """Read 'YYYY-MM-DD' (a time part is ignored), 'YYYY-MM' or 'YYYY'; None when unusable."""
    if not published:
        return None
    m = _PUB_RE.match(str(published))
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    if month is not None and not 1 <= month <= 12:
        return None
    if m.group(3):
        try:
            return _Pub(year, month, date(year, month, int(m.group(3))))
        except ValueError:
            return _Pub(year, month, None)
    return _Pub(year, month, None)


def _month_str(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _last_day(year: int, month: int) -> date:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def resolve_weekday(weekday: int, published: str | None, direction: int = -1) -> str | None:
    """Return the date of `weekday` (0=Monday) seen from `published`.

    direction -1: the most recent such day on or before the publication date (same day when
    equal); direction 1: the next such day after it; direction -2: strictly before it (what
    "last Monday" means).  A publication date known only to the month gives 'YYYY-MM'; an
    unknown or year-only one gives None.
    """
    pub = published if isinstance(published, _Pub) else _parse_published(published)
    return _weekday_value(weekday, pub, direction)


def _weekday_value(weekday: int, pub: _Pub | None, direction: int) -> str | None:
    if pub is None or pub.month is None:
        return None
    if pub.day is None:
        return _month_str(pub.year, pub.month)
    d = pub.day
    if direction > 0:
        delta = (weekday - d.weekday()) % 7 or 7
        return (d + timedelta(days=delta)).isoformat()
    delta = (d.weekday() - weekday) % 7
    if delta == 0 and direction < -1:
        delta = 7
    return (d - timedelta(days=delta)).isoformat()


# ------------------------------------------------------------------------------ language rules

def _norm(s: str) -> str:
    """Key used to look a matched word up in the table (case, apostrophes, spaces, hyphens)."""
    s = s.replace("’", "'").replace("‐", "-").replace("‑", "-")
    return re.sub(r"\s+", " ", s.strip()).lower()


def _word_pattern(word: str, glued: bool = False) -> str:
    """Regex for one table word: tolerant of apostrophe, space and hyphen variants.

    An entry whose first letter is upper case (English month and weekday names) must be
    capitalised in the text too, so that "Article 5 may apply" is not 5 May.
    """
    out = []
    for i, ch in enumerate(word):
        if ch in "'’":
            out.append("['’]")
        elif ch.isspace():
            out.append(r"\s+")
        elif ch in "-‐‑":
            out.append("[-‐‑]")
        elif i == 0 and ch.isupper():
            out.append(f"(?-i:{re.escape(ch)})")
        else:
            out.append(re.escape(ch))
    pat = "".join(out)
    if word[:1].isalnum() and not glued:
        pat = r"(?<!\w)" + pat
    if word[-1:].isalnum():
        pat += r"(?!\w)"
    return pat


def _alt(words, glued: bool = False) -> str:
    """Alternation of table words, longest first; `glued` words follow a digit ("9th")."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not words:
        return _NOTHING
    return "(?:" + "|".join(_word_pattern(w, glued) for w in words) + ")"


_NOTHING = r"(?!x)x"
#: Arabic-Indic (U+0660…) and extended Arabic-Indic (U+06F0…) digits -> ASCII digits.
OTHER_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}}


_DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?<!\d)(?:19\d\d|20\d\d|2100)(?!\d)(?![.,]\d)"


@dataclass
class _Rules:
    months: dict
    weekdays: dict
    hijri_months: dict
    relative: dict
    periods: dict
    modifiers: dict
    numeric: str
    mod_re: re.Pattern
    patterns: list  # (name, compiled regex)


def _lead_guard(by_kind: dict[str, dict[str, str]], lead: tuple[str, ...]) -> str:
    """A zero-width test of the first two characters a match can begin with.

    A pattern begins with a word of the `lead` kinds (which `_word_pattern` opens with
    (?<!\\w)) or with a digit. Testing that up front lets the regex engine leave most positions
    after a check or two instead of trying every alternative there (dates were a third of the
    coder's time). Under IGNORECASE the test matches the same letters the words do; a word's
    second character counts only when it is a letter or digit (others have variants: "d'ici",
    "d’ici"). When some word begins with neither a letter nor a digit, no guard is given.
    """
    anything: set[str] = set()  # first characters that any second character may follow
    seconds: dict[str, set[str]] = {}  # other first characters -> the second characters
    for kind in lead:
        if kind == "digit":
            anything.update("0123456789")
            continue
        for word in by_kind.get(kind, {}):
            if not word[:1].isalnum():
                return ""
            if len(word) < 2 or not word[1].isalnum():
                anything.add(word[0])
            else:
                seconds.setdefault(word[0], set()).add(word[1])
    digits = "[0-9]" if set("0123456789") <= anything else ""
    starts = [digits] if digits else []
    starts += [re.escape(first) for first in sorted(anything) if not (digits and first in "0123456789")]
    starts += [re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(second)) + "]"
               for first, second in sorted(seconds.items()) if first not in anything]
    if not starts:
        return _NOTHING
    return r"(?:(?<!\w)|(?=\d))(?=" + "|".join(starts) + ")"


@lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    rows = table(lang, "dates")
    by_kind: dict[str, dict[str, str]] = {}
    for row in rows:
        by_kind.setdefault(row.get("kind", ""), {})[row.get("text", "")] = row.get("value", "")

    def keyed(kind, conv=str):
        return {_norm(k): conv(v) for k, v in by_kind.get(kind, {}).items()}

    full = by_kind.get("month", {})
    abbr = by_kind.get("month_abbr", {})
    months = {**keyed("month_abbr", int), **keyed("month", int)}
    order = by_kind.get("order", {})
    numeric = (order.get("numeric") or "DMY").upper()
    textual = {o.strip().upper() for o in (order.get("textual") or "DMY").split(",")}

    mod_any = _alt(by_kind.get("modifier", {}))
    mod_after = _alt(k for k, v in by_kind.get("modifier", {}).items() if v != "current")
    mods = rf"(?P<mods>(?:{mod_any}\s+){{1,2}})"
    mon_full = _alt(full)
    # An abbreviation may carry its dot ("Apr.30", "10 Oct. 2019").
    mon_any = rf"(?:{mon_full}|{_alt(abbr)}\.?)"
    ordinal = rf"(?:{_alt(by_kind.get('ordinal', {}), glued=True)})?"
    conn = rf"(?:{_alt(by_kind['connector'])}\s+)?" if by_kind.get("connector") else ""
    rng = rf"(?:\s*[-–—]\s*|\s+{_alt(by_kind.get('range', {}))}\s+)"
    ysuf = _alt(by_kind.get("year_suffix", {}))
    year = rf"(?P<year>{_YEAR})(?:\s*{ysuf})?"
    prep = _alt(by_kind.get("prep", {}))
    # a part of the day may follow the weekday: "ce samedi matin 14 février", "Monday morning"
    daypart = rf"(?:\s+{_alt(by_kind['daypart'])})?" if by_kind.get("daypart") else ""
    wd = rf"(?P<wd>{_alt(by_kind.get('weekday', {}))}){daypart}"  # group: the weekday only
    after = rf"(?:\s+(?P<mod2>{mod_after}))?"

    # (name, pattern, what may begin a match: kinds of table words, and "digit")
    pats = []
    # "ce jeudi, 9 mars 2017", "the 9th of March 2017", "les 9 et 10 mars", "20 октября",
    # "4 de junio de 2024" (the connector may come before the year too)
    # "1 de janeiro deste ano", "26 марта этого года": the publication's year
    this_year = rf"|\s+(?P<ty>{_alt(by_kind['this_year'])})" if by_kind.get("this_year") else ""
    pats.append(("dm", rf"(?:{mods})?(?:{wd}\s*,?\s+)?(?:(?P<d1>{_DAY}){ordinal}{rng})?"
                       rf"(?P<day>{_DAY}){ordinal}\s+{conn}(?P<mon>{mon_any})"
                       rf"(?:(?:\s*,\s*|\s+){conn}{year}{this_year})?{after}", ("modifier", "weekday", "digit")))
    if "MDY" in textual:
        # "Thursday, March 9, 2017", "April 29", "Apr.30", "March 9-10"
        pats.append(("md", rf"(?:{mods})?(?:{wd}\s*,?\s+)?(?P<mon>{mon_any})(?:\s+|(?<=\.))"
                           rf"(?P<day>{_DAY}){ordinal}(?:{rng}{_DAY}{ordinal})?(?!\w)"
                           rf"(?:(?:\s*,\s*|\s+){year})?", ("modifier", "weekday", "month", "month_abbr")))
    # "September 2019", "en septembre 2019", "октябре 2019 года"
    pats.append(("my", rf"(?P<mon>{mon_any})\s+{conn}{year}", ("month", "month_abbr")))
    # bare month made a date by a preposition or a modifier: "in May", "septembre prochain"
    pats.append(("m", rf"{prep}[\s-]*(?P<mon>{mon_full}){after}", ("prep",)))
    pats.append(("m", rf"{mods}(?P<mon>{mon_full})", ("modifier",)))
    pats.append(("m", rf"(?P<mon>{mon_full})\s+(?P<mod2>{mod_after})", ("month",)))
    # a month of the publication's year, said so: "noviembre de este año", "в ноябре этого года"
    if by_kind.get("this_year"):
        pats.append(("this_year", rf"(?P<mon>{mon_full})\s+{_alt(by_kind['this_year'])}", ("month",)))
    # "in 2018", "depuis 2018", "mid-2019", "в 2018 году"; never a bare number
    pats.append(("y", rf"{prep}[\s-]*(?P<year>{_YEAR})(?:\s*{ysuf}|(?!\w))", ("prep",)))
    if ysuf != _NOTHING:
        pats.append(("y", rf"(?P<year>{_YEAR})\s*{ysuf}", ("digit",)))
    # numeric dates: ISO first, then day/month order from the table
    pats.append(("iso", rf"(?<![\d/.-])(?P<y>{_YEAR})-(?P<a>\d\d)-(?P<b>\d\d)(?![\d])", ("digit",)))
    pats.append(("num", rf"(?<![\d/.,])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)"
                        rf"(?P<y>{_YEAR})(?:\s*{ysuf})?", ("digit",)))
    # A Hijri date, "الأحد 5 رمضان 1445 هـ": read whole, so that neither its weekday nor its day
    # passes for a Gregorian date (find_dates keeps the Gregorian one stated beside it).
    if by_kind.get("hijri_month"):
        hsuf = _alt(by_kind.get("hijri_suffix", {}))
        pats.append(("hijri", rf"(?:{wd}\s*,?\s+)?(?P<day>{_DAY})\s+(?P<hmon>{_alt(by_kind['hijri_month'])})"
                              rf"\s+(?P<hyear>1[3-5]\d\d)(?!\d)(?:\s*{hsuf})?", ("weekday", "digit")))
    # "last Monday", "lundi prochain", "ce jeudi", "Tuesday"
    pats.append(("wd", rf"(?:{mods})?{wd}{after}", ("modifier", "weekday")))
    pats.append(("rel", rf"(?P<rel>{_alt(by_kind.get('relative', {}))})", ("relative",)))
    # "le lendemain", "the following day", "на следующий день": a day after the one told before
    if by_kind.get("after_told"):
        pats.append(("after_told", rf"(?P<told>{_alt(by_kind['after_told'])})", ("after_told",)))
    # "last week", "la semaine dernière", "на прошлой неделе", "cette année"
    per = _alt(by_kind.get("period", {}))
    pats.append(("per", rf"{mods}(?P<per>{per})", ("modifier",)))
    pats.append(("per", rf"(?P<per>{per})\s+(?P<mod2>{mod_after})", ("period",)))

    flags = re.IGNORECASE | re.UNICODE
    compiled = [(name, re.compile(_lead_guard(by_kind, lead) + p, flags)) for name, p, lead in pats]
    return _Rules(
        months=months,
        weekdays=keyed("weekday", int),
        hijri_months=keyed("hijri_month", int),
        relative={**keyed("relative", int), **keyed("after_told", int)},
        periods=keyed("period"),
        modifiers=keyed("modifier"),
        numeric=numeric,
        mod_re=re.compile(mod_any, flags),
        patterns=compiled,
    )


# ------------------------------------------------------------------------------- resolution

def _direction(rules: _Rules, m: re.Match) -> str | None:
    """Combine the modifiers around a match: past/future win over 'this'; None when none."""
    found = []
    gd = m.groupdict()
    if gd.get("mods"):
        found += [rules.modifiers.get(_norm(x.group(0)), "") for x in rules.mod_re.finditer(gd["mods"])]
    if gd.get("mod2"):
        found.append(rules.modifiers.get(_norm(gd["mod2"]), ""))
    for value in ("past", "future", "recent"):
        if value in found:
            return value
    return "current" if found else None


def _past_flag(direction: str | None) -> bool | None:
    return {"past": True, "recent": True, "future": False}.get(direction)


def _pick_year(candidates, anchor, direction):
    """Choose among dated candidates for a yearless day or month.

    Neutral: the latest not more than ~2 months after the anchor; future: the first after it;
    past: the latest on or before it.
    """
    if direction == "future":
        later = [c for c in candidates if c[1] > anchor[1]]
        return min(later, key=lambda c: c[1])[0] if later else None
    limit = anchor[0] if direction in ("past", "recent") else anchor[2]
    earlier = [c for c in candidates if c[1] <= limit]
    return max(earlier, key=lambda c: c[1])[0] if earlier else None


def _day_month_value(day: int, month: int, year: int | None, pub: _Pub | None,
                     direction: str | None) -> str | None:
    if year is not None:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if pub is None:
        return None
    if pub.month is None:  # year-only publication date: take its year
        try:
            return date(pub.year, month, day).isoformat()
        except ValueError:
            return None
    if pub.day:
        past_anchor = future_anchor = pub.day
    else:
        past_anchor = _last_day(pub.year, pub.month)
        future_anchor = date(pub.year, pub.month, 1) - timedelta(days=1)
    anchor = (past_anchor, future_anchor, past_anchor + timedelta(days=62))
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        candidates.append((d.isoformat(), d))
    return _pick_year(candidates, anchor, direction)


def _month_value(month: int, pub: _Pub | None, direction: str | None) -> str | None:
    if pub is None:
        return None
    if pub.month is None:
        return _month_str(pub.year, month)
    p = pub.year * 12 + pub.month - 1
    candidates = [(_month_str(y, month), y * 12 + month - 1) for y in (pub.year - 1, pub.year, pub.year + 1)]
    return _pick_year(candidates, (p, p, p + 2), direction)


def _period_value(unit: str, direction: str | None, pub: _Pub | None) -> str | None:
    if pub is None or direction == "recent":
        return None
    step = {"past": -1, "future": 1}.get(direction, 0)
    if unit == "year":
        return f"{pub.year + step:04d}"
    if pub.month is None:
        return None
    if unit == "month":
        idx = pub.year * 12 + pub.month - 1 + step
        return _month_str(idx // 12, idx % 12 + 1)
    if unit == "weekend":
        return _weekend_value(step, pub)
    if unit == "week":
        if pub.day is None:
            return _month_str(pub.year, pub.month) if step == 0 else None
        monday = pub.day - timedelta(days=pub.day.weekday()) + timedelta(weeks=step)
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return _month_str(monday.year, monday.month)
    return None


def _weekend_value(step: int, pub: _Pub) -> str | None:
    """The month of the weekend meant: "last weekend" the latest one over before the
    publication day, "next weekend" the first one after it, "this weekend" the one it falls
    in, else the one just past (Monday, Tuesday) or coming (Wednesday to Friday). None when
    its Saturday and Sunday are in two months or the publication day is not known."""
    if pub.day is None:
        return None
    d = pub.day
    last_saturday = d - timedelta(days=(d.weekday() - 5) % 7)  # on or before the publication day
    if step < 0:
        saturday = last_saturday if last_saturday + timedelta(days=1) < d else last_saturday - timedelta(weeks=1)
    elif step > 0:
        saturday = last_saturday + timedelta(weeks=1)
    else:
        saturday = last_saturday if d.weekday() in (0, 1, 5, 6) else last_saturday + timedelta(weeks=1)
    sunday = saturday + timedelta(days=1)
    return _month_str(saturday.year, saturday.month) if saturday.month == sunday.month else None


def _relative_value(offset: int, pub: _Pub | None) -> str | None:
    if pub is None or pub.month is None:
        return None
    if pub.day is None:
        return _month_str(pub.year, pub.month)
    return (pub.day + timedelta(days=offset)).isoformat()


def _numeric(a: int, b: int, y: int, order: str) -> str | None:
    first, second = (b, a) if order == "MDY" else (a, b)  # (day, month)
    for day, month in ((first, second), (second, first)):
        try:
            return date(y, month, day).isoformat()
        except ValueError:
            continue
    return None


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date by the tabular (arithmetic) calendar, None when impossible.

    Official calendars (Umm al-Qura, sighting) differ from it by a day or two, so callers
    compare it with a stated Gregorian date or weekday with that tolerance."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    return date.fromordinal(day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
                            + 227014)


def _hijri_value(m: re.Match, rules: _Rules) -> str | None:
    """The day of a Hijri match; a weekday stated with it picks the day among the calendars' two or three."""
    g = m.groupdict()
    month = rules.hijri_months.get(_norm(g["hmon"]))
    day = hijri_to_gregorian(int(g["hyear"]), month, int(g["day"])) if month else None
    if day is None:
        return None
    if g.get("wd"):
        weekday = rules.weekdays.get(_norm(g["wd"]))
        near = [day + timedelta(days=d) for d in (0, -1, 1, -2, 2)]
        day = next((d for d in near if d.weekday() == weekday), day)
    return day.isoformat()


def _agree_with_weekday(value: str, weekday: int | None, day: int, month: int, strict: bool = False) -> str | None:
    """A yearless "mercredi 4 décembre" whose year was guessed: the year before or after when
    only that one makes the 4th a Wednesday (a stated weekday fixes the year). When neither
    does, the guess stands (a writer's slip), or, `strict`, no year is right: None."""
    guess = date.fromisoformat(value)
    if weekday is None or guess.weekday() == weekday:
        return value
    for year in (guess.year - 1, guess.year + 1):
        try:
            other = date(year, month, day)
        except ValueError:
            continue
        if other.weekday() == weekday:
            return other.isoformat()
    return None if strict else value


def _mention(name: str, m: re.Match, rules: _Rules, pub: _Pub | None,
             strict: bool = False) -> tuple[str | None, str, bool | None] | None:
    """Return (value, kind, past) for one regex match, or None when it is not a date.

    `strict`: the year of a yearless day comes from a guess (another date of the text), so a
    weekday stated with it that no nearby year agrees with leaves it unresolved."""
    g = m.groupdict()
    if name == "hijri":
        value = _hijri_value(m, rules)
        return (value, "hijri", None) if value else None
    if name in ("dm", "md"):
        direction = _direction(rules, m)
        day = int(g.get("d1") or g["day"])
        month = rules.months.get(_norm(g["mon"].rstrip(".")))
        if month is None:
            return None
        year = int(g["year"]) if g.get("year") else None
        if g.get("ty"):
            if pub is None:
                return None, "absolute", None
            year = pub.year
        value = _day_month_value(day, month, year, pub, direction)
        if value and year is None and g.get("wd"):
            value = _agree_with_weekday(value, rules.weekdays.get(_norm(g["wd"])), day, month, strict)
        return value, "absolute", _past_flag(direction)
    if name == "my":
        month = rules.months.get(_norm(g["mon"].rstrip(".")))
        return (_month_str(int(g["year"]), month), "month", None) if month else None
    if name == "m":
        direction = _direction(rules, m)
        if direction == "recent":
            direction = "past"
        month = rules.months.get(_norm(g["mon"]))
        return (_month_value(month, pub, direction), "month", _past_flag(direction)) if month else None
    if name == "this_year":
        month = rules.months.get(_norm(g["mon"]))
        return (_month_str(pub.year, month) if pub else None), "month", None
    if name == "y":
        return g["year"], "year", None
    if name == "iso":
        return _numeric(int(g["b"]), int(g["a"]), int(g["y"]), "DMY"), "absolute", None
    if name == "num":
        return _numeric(int(g["a"]), int(g["b"]), int(g["y"]), rules.numeric), "absolute", None
    if name == "wd":
        direction = _direction(rules, m)
        weekday = rules.weekdays[_norm(g["wd"])]
        step = {"future": 1, "past": -2, "recent": -2}.get(direction, -1)
        return _weekday_value(weekday, pub, step), "weekday", _past_flag(direction)
    if name == "after_told":  # its day is found by find_dates, from the date told before it
        return None, "relative", None
    if name == "rel":
        offset = rules.relative[_norm(g["rel"])]
        return _relative_value(offset, pub), "relative", (None if offset == 0 else offset < 0)
    if name == "per":
        direction = _direction(rules, m)
        if direction == "recent":  # "the past week": a rolling window, not a date
            return None
        unit = rules.periods[_norm(g["per"])]
        return _period_value(unit, direction, pub), "relative", _past_flag(direction)
    return None


def _span_start(name: str, m: re.Match) -> int:
    """Where the date words begin: prepositions ("in", "en", "в") are left out of the span."""
    if name in ("m", "y") and not m.groupdict().get("mods"):
        return m.start("mon") if name == "m" else m.start("year")
    return m.start()


def find_dates(text: str, lang: str, published: str | None) -> list[DateMention]:
    """Return the date expressions of `text`, in order, each resolved against `published`.

    Overlapping candidates keep the longest ("vendredi 10 février" is one mention, not a
    weekday and a date).  Offsets are character offsets into `text`.  A language without a
    `dates.tsv` table yields no mentions.

    A dispatch's dateline ("SANTIAGO, 22 ago (Xinhua) --") is the day its words are written
    on: its "hoy", "this week" and weekdays are resolved against the dateline's day rather
    than a publication date a day later (see `_document_day`). With no publication date, a
    day and month with no year take their year from the latest full date the text states.
    """
    if not text:
        return []
    rules = _rules(lang)
    if not rules.patterns or not (rules.months or rules.weekdays or rules.relative):
        return []
    pub = _parse_published(published)
    # Arabic-Indic and Persian digits read as digits ("٢٠ مايو ٢٠٢٥"); one character each, so
    # the offsets stay those of the text.
    digits = text.translate(OTHER_DIGITS)
    found: list[tuple[int, int, str, re.Match, tuple]] = []
    for name, rx in rules.patterns:
        for m in rx.finditer(digits):
            res = _mention(name, m, rules, pub)
            if res is None:
                continue
            found.append((_span_start(name, m), m.end(), name, m, res))
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    kept: list[tuple[int, int, str, re.Match, tuple]] = []
    for c in found:
        if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c[0])
    kept = _reanchor(kept, digits, rules, pub)
    kept = _after_told(kept, rules)
    kept = _apposed(kept, digits)
    mentions = [DateMention(start, end, text[start:end], res[0], res[1], res[2]) for start, end, _, _, res in kept]
    return _gregorian_over_hijri(mentions)


#: What may stand before a dateline's date on its line: a place of one to four capitalised words
#: (or Arabic ones), an optional region ("OTTAWA, ON,"), a comma or dash, and a short article
#: ("le", "den"). "SANTIAGO, ", "Lima, ", "Астана - ", "OTTAWA, ON, le ".
_CAP = r"[^\W\d_a-zà-öø-ÿа-яё]"
_PLACE_WORD = rf"(?:{_CAP}[\w'’.-]*|[\u0600-\u06FF]+)"
_DATELINE_HEAD = re.compile(
    rf"(?:^|\n)[ \t]*{_PLACE_WORD}(?:[ \t]+(?:de|do|da|del|di|el|la|{_PLACE_WORD})){{0,3}}"
    rf"(?:,[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})?[ \t]*(?:,|[-–—])[ \t]*(?:\w{{1,3}}[ \t]+)?$")
#: What follows it: an agency in brackets or slashes, then a dash, a colon or a stop
#: ("(Xinhua) --", "(EFE).-", "/KZinform/.", " -").
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/)?[ \t]*[-–—:.]")
#: How far into the text a dateline may stand (a title line or two may come first).
_DATELINE_REACH = 300


def _dateline(kept, digits: str):
    """The first full-day date of the text that opens a dateline, or None."""
    for start, end, name, _, res in kept:
        if start > _DATELINE_REACH:
            return None
        if name not in ("dm", "md", "num", "iso"):
            continue
        if _DATELINE_HEAD.search(digits, max(0, start - 80), start) and _DATELINE_TAIL.match(digits, end):
            return (start, end, res[0])
    return None


def _document_day(kept, digits: str, pub: _Pub | None) -> tuple[_Pub | None, int | None]:
    """The day relative words are counted from, when the text gives a better one than `pub`,
    and the start of the dateline it came from (None when it came from no dateline).

    A dateline's day wins over a publication date a few days later (a wire dispatch is
    published after it is written) and stands in for a missing one; a publication date known
    only to the month or year takes the dateline's day when it agrees with it."""
    line = _dateline(kept, digits)
    if line is None or not line[2] or len(line[2]) != 10:
        return None, None
    day = date.fromisoformat(line[2])
    if pub is not None:
        if pub.day is not None and not timedelta(0) < pub.day - day <= timedelta(days=7):
            return None, None
        if pub.day is None and (day.year != pub.year or (pub.month is not None and day.month != pub.month)):
            return None, None
    return _Pub(day.year, day.month, day), line[0]


def _text_year_anchor(kept) -> _Pub | None:
    """With no publication date: the latest full date stated with its year, as the day a
    yearless "23 octobre" is read against ("mardi 24 octobre … October 24, 2023"); None when
    the text names a later year than that date's (it then tells of older times too: "le 19
    mai" of a ruling on a 1968 treaty was not in 1968)."""
    days = [res[0] for _, _, name, _, res in kept
            if name in ("dm", "md", "num", "iso") and res[0] and len(res[0]) == 10]
    if not days:
        return None
    day = date.fromisoformat(max(days))
    if any(res[0] and int(res[0][:4]) > day.year for _, _, _, _, res in kept):
        return None
    return _Pub(day.year, day.month, day)


#: Matches whose value depends on the day counted from (a yearless day or month, a weekday,
#: "hier", "this week").
_RELATIVE_NAMES = ("dm", "md", "m", "wd", "rel", "per", "this_year")


#: How far back "the following day" looks for the day it follows (a sentence or two).
_TOLD_REACH = 300


def _after_told(kept, rules: _Rules):
    """Give "le lendemain", "the following day" the day after the date told last before it,
    within `_TOLD_REACH` characters ("le 2 octobre 2019 … la visite s'est achevée le lendemain");
    when that date is not a known day, or there is none, it is not a date and is dropped."""
    out = []
    for start, end, name, m, res in kept:
        if name == "after_told":
            told = [r[0] for s, e, n, _, r in out if n != "after_told" and e <= start and start - e <= _TOLD_REACH]
            if not told or not told[-1] or len(told[-1]) != 10:  # "vendredi et, le lendemain": no day known
                continue
            day = date.fromisoformat(told[-1]) + timedelta(days=rules.relative[_norm(m.group("told"))])
            res = (day.isoformat(), "relative", None)
        out.append((start, end, name, m, res))
    return out


#: What may stand between a relative word and the date told with it: "Today, 5 May 2024",
#: "today (29th September)", "hier mardi 4 août", "aujourd'hui -vendredi 10 septembre-".
_APPOSED_GAP = re.compile(r"[ \t]*[,(–—-]?[ \t]*")
#: Matches that state a day of the calendar.
_DAY_NAMES = ("dm", "md", "num", "iso")


def _apposed(kept, digits: str):
    """A relative word with a day of the calendar told right after it names that day: "Today,
    5 May 2024" is 5 May whatever the publication date (a release is often published the day
    after); the two are one mention, valued by the stated day (by the relative word when the
    stated day has no year to be read with)."""
    out = []
    for c in kept:
        if out and c[2] in _DAY_NAMES and out[-1][2] == "rel" \
                and _APPOSED_GAP.fullmatch(digits, out[-1][1], c[0]):
            rel = out.pop()
            value = c[4][0] or rel[4][0]
            c = (rel[0], c[1], c[2], c[3], (value, c[4][1], c[4][2]))
        out.append(c)
    return out


def can_name(mention: DateMention, value: str | None, lang: str) -> bool:
    """Whether `value`, a date told elsewhere in the text, can be the day the words of
    `mention` name when they could not be resolved themselves (no publication date):
    "vendredi" only a Friday, "en mars" only a day or month of March, "mardi 25 novembre"
    only the 25th of November, "hier" or "la semaine dernière" only a full day (a month or a
    year is a date of something else), "cette année" any date."""
    if not value:
        return False
    rules = _rules(lang)
    words = _norm(mention.text)
    tokens = re.findall(r"\w+", words)
    weekday = next((rules.weekdays[t] for t in tokens if t in rules.weekdays), None)
    month = next((rules.months[t] for t in tokens if t in rules.months), None)
    if weekday is not None and (len(value) != 10 or date.fromisoformat(value).weekday() != weekday):
        return False
    if mention.kind in ("absolute", "month") and month is not None:
        if len(value) < 7 or int(value[5:7]) != month:
            return False
        day = next((int(t) for t in tokens if t.isdigit() and len(t) <= 2), None)
        return mention.kind == "month" or (len(value) == 10 and day == int(value[8:10]))
    if mention.kind == "relative":
        unit = next((u for k, u in rules.periods.items() if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", words)), None)
        return unit in ("month", "year") or len(value) == 10
    return True


def _reanchor(kept, digits: str, rules: _Rules, pub: _Pub | None):
    """Resolve again, against the document's own day, the mentions that depend on it."""
    anchor, line_start = _document_day(kept, digits, pub)
    only_yearless = False
    if anchor is None:
        if pub is not None:
            return kept
        anchor, only_yearless = _text_year_anchor(kept), True
        if anchor is None:
            return kept
    out = []
    for start, end, name, m, res in kept:
        if name in _RELATIVE_NAMES and start != line_start \
                and (not only_yearless or (name in ("dm", "md") and res[0] is None)):
            new = _mention(name, m, rules, anchor, strict=only_yearless) or res
            # A day after the text's latest dated day is one to come, and its year a guess.
            if not (only_yearless and new[0] and new[0] > anchor.day.isoformat()):
                res = new
        out.append((start, end, name, m, res))
    return out


def _gregorian_over_hijri(mentions: list[DateMention]) -> list[DateMention]:
    """A Hijri date is kept only when the text states no Gregorian day: beside one ("… 1445 هـ
    الموافق 15 مارس 2024") the Gregorian one is the date, and a Hijri date is never preferred
    to it (converted, the two agree within the calendars' spread of two days)."""
    hijri = [m for m in mentions if m.kind == "hijri"]
    if not hijri:
        return mentions
    gregorian = [m for m in mentions if m.kind == "absolute" and m.value and len(m.value) == 10]
    return [m for m in mentions if m.kind != "hijri" or not gregorian]


def anchor_weekday(mention: DateMention, lang: str, anchors: list[str], reach: int = 3) -> str | None:
    """Give a weekday known only to the month ("dimanche", published "2019-09") a day, from an
    explicit date told nearby in the same month ("l'échange du 7 septembre" -> Sunday the 8th).

    Returns the day with that weekday nearest to one of `anchors` (full dates of the same month,
    within `reach` days), or None."""
    if mention.kind != "weekday" or not mention.value or len(mention.value) != 7:
        return None
    words = _norm(mention.text).split()
    weekdays = {_norm(r["text"]): int(r["value"]) for r in table(lang, "dates") if r["kind"] == "weekday"}
    weekday = next((weekdays[w] for w in words if w in weekdays), None)
    if weekday is None:
        return None
    best = None
    for anchor in anchors:
        if not anchor.startswith(mention.value) or len(anchor) != 10:
            continue
        day = date.fromisoformat(anchor)
        for delta in range(-reach, reach + 1):
            candidate = day + timedelta(days=delta)
            if candidate.weekday() == weekday and (best is None or abs(delta) < best[0]):
                best = (abs(delta), candidate.isoformat())
    return best[1] if best else None
