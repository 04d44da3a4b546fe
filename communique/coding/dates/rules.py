"""A language's date words (`communique/lang/<code>/dates.tsv`) compiled once into the regexes
of the shapes a date takes, and the modifiers ("last", "prochain") that say which way a date
points."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.lang import table


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
    since: re.Pattern | None = None  # "depuis", "since" and up to twelve words, ending right before a date
    since_breaks: frozenset = frozenset()  # auxiliaries that end the phrase "since" opens


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
    # A range's first day may carry its own month and the last day its own weekday: "du 30
    # novembre au 2 décembre 2021", "mercredi 26 et jeudi 27 juin 2024", "Friday 3 and Saturday 4
    # December": one mention, its first day's (the month and year are the last day's when it has none).
    wd_other = rf"(?:(?:{_alt(by_kind['article'])})\s+)?{_alt(by_kind.get('weekday', {}))}{daypart}\s*,?\s+" \
        if by_kind.get("article") else rf"{_alt(by_kind.get('weekday', {}))}{daypart}\s*,?\s+"
    pats.append(("dm", rf"(?:{mods})?(?:{wd}\s*,?\s+)?(?:(?P<d1>{_DAY}){ordinal}(?:\s+{conn}(?P<mon1>{mon_any}))?"
                       rf"{rng}(?:{wd_other})?)?"
                       rf"(?P<day>{_DAY}){ordinal}\s+{conn}(?P<mon>{mon_any})"
                       rf"(?:(?:\s*,\s*|\s+){conn}{year}{this_year})?{after}", ("modifier", "weekday", "digit")))
    if "MDY" in textual:
        # "Thursday, March 9, 2017", "April 29", "Apr.30", "March 9-10", "June 24 to July 11"
        pats.append(("md", rf"(?:{mods})?(?:{wd}\s*,?\s+)?(?P<mon>{mon_any})(?:\s+|(?<=\.))"
                           rf"(?P<day>{_DAY}){ordinal}(?:{rng}(?:(?P<mon2>{mon_any})(?:\s+|(?<=\.)))?{_DAY}{ordinal})?(?!\w)"
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
    # a day of the publication's month, said so: "le 3 courant", "mardi 3 du mois courant", "the 3rd of this month"
    if by_kind.get("this_month"):
        pats.append(("this_month", rf"(?:{wd}\s*,?\s+)?(?P<day>{_DAY}){ordinal}\s+{_alt(by_kind['this_month'])}",
                     ("weekday", "digit")))
    # a day of the month told last: "le 14 juillet … le 18 du même mois", "on the 18th of the same month"
    if by_kind.get("same_month"):
        pats.append(("same_month", rf"(?:{wd}\s*,?\s+)?(?P<day>{_DAY}){ordinal}\s+{_alt(by_kind['same_month'])}",
                     ("weekday", "digit")))
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
        # (up to twelve words: the phrase may name a whole event, "since the collapse of a similar
        # conference in Switzerland in July 2017", "depuis l'échec de la conférence sur la
        # réunification de l'île en juillet 2017"; `_since` ends it at an auxiliary)
        since=re.compile(rf"{_alt(by_kind['since'])}(?P<gap>(?:\s+[^\s,.;:()«»\"“”]+){{0,12}}?)\s+$", flags)
        if by_kind.get("since") else None,
        since_breaks=frozenset(_norm(w) for w in by_kind.get("since_break", {})),
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
