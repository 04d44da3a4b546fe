"""The date expressions of a text, each resolved: the matches of a language's rules, the day the
text counts from (its dateline, or the publication date), "the following day", a relative word
apposed to a date, and a Gregorian date preferred to a Hijri one told beside it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import (_Pub, _agree_with_weekday, _day_month_value, _month_str, _month_value, _numeric,
                       _parse_published, _period_value, _relative_value, _weekday_value, hijri_to_gregorian,
                       nearest_weekday, YEARLESS_DAY_AHEAD)
from .rules import OTHER_DIGITS, _direction, _norm, _past_flag, _Rules, _rules


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with its resolved value."""

    start: int
    end: int
    text: str
    value: str | None  # 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | None
    kind: str  # 'absolute' | 'relative' | 'weekday' | 'month' | 'year' | 'hijri'
    past: bool | None  # True: the words say past; False: future; None: neutral
    since: bool = False  # told in the phrase "depuis", "since" opens: when a state began, not an act's day
    dateline: bool = False  # the dispatch's dateline, the day the text counts from (`_document_day`)


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


def _range_months(g: dict, rules: _Rules, month: int) -> tuple[int, int]:
    """The months of a range's first and last days (both `month` when it names one month only):
    "30 novembre au 2 décembre" (d-m), "June 24 to July 11" (m-d)."""
    other = g.get("mon1") or g.get("mon2")
    month2 = rules.months.get(_norm(other.rstrip("."))) if other else None
    if month2 is None:
        return month, month
    return (month2, month) if g.get("mon1") else (month, month2)


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
        # A range over two months is its first day's: "du 30 novembre au 2 décembre 2021" (in the
        # year before the one stated when it crosses the new year), "June 24 to July 11".
        first, last = _range_months(g, rules, month)
        if year is not None and first > last:
            year -= 1
        month = first
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
    if name == "this_month":
        if pub is None or pub.month is None:
            return None, "absolute", None
        value = _day_month_value(int(g["day"]), pub.month, pub.year, pub, None)
        return value, "absolute", None
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
    if name in ("after_told", "same_month"):  # its day is found by find_dates, from the date told before it
        return None, "relative" if name == "after_told" else "absolute", None
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
    found += _post_bylines(digits, lang, pub)
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    kept: list[tuple[int, int, str, re.Match, tuple]] = []
    for c in found:
        if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c[0])
    day, line_start = _document_day(kept, digits, pub)
    kept = _reanchor(kept, digits, rules, pub, day, line_start)
    kept = _after_told(kept, rules)
    kept = _apposed(kept, digits, rules)
    mentions = [DateMention(start, end, text[start:end], res[0], res[1], res[2],
                            _since(digits, start, name, m, rules), start == line_start)
                for start, end, name, m, res in kept]
    return _gregorian_over_hijri(mentions)


#: An embedded post signs off with its author's handle and the day it was posted, in the words of
#: the platform's language whatever the page's ("… pic.twitter.com/… — Maroc Diplomatie
#: (@MarocDiplomatie) October 24, 2023"): a full date of the text, read with that language's rules.
_POST_HANDLE = re.compile(r"\(@\w{1,30}\)[ \t]+")
_POST_LANG = "en"


def _post_bylines(digits: str, lang: str, pub: _Pub | None) -> list[tuple[int, int, str, re.Match, tuple]]:
    """The days of the text's embedded posts, as candidates of `find_dates` named "post" (with
    their year only: a byline always has it); none in the platform's own language, whose rules
    read them already."""
    if lang == _POST_LANG or "(@" not in digits:
        return []
    rules = _rules(_POST_LANG)
    out = []
    for handle in _POST_HANDLE.finditer(digits):
        for name, rx in rules.patterns:
            m = rx.match(digits, handle.end()) if name == "md" else None
            if m is not None and m.group("year"):
                res = _mention(name, m, rules, pub)
                if res is not None and res[0]:
                    out.append((m.start(), m.end(), "post", m, res))
                break
    return out


#: Articles that may stand between "depuis", "since" and the date they make a start ("depuis le 5 mars 2020").
_SINCE_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "the"})


def _since(digits: str, start: int, name: str, m: re.Match, rules: _Rules) -> bool:
    """Whether the date at `start` is when a state began, or dates what "depuis"/"since" opens:
    right after the word, stated with its year ("existe depuis novembre 2001", "in place since
    May 2020"), or further in the phrase it opens ("since its establishment on 15 August 1995",
    "depuis le coup d'État du 26 juillet 2023", "since new clashes erupted on July 24"). That is
    no day of an act told with it. Not a date right after the word with no year ("depuis lundi":
    a meeting under way since its first day) or with its weekday ("la visite qu'il effectue
    depuis lundi, 16 septembre 2019"); not past an auxiliary, where the phrase has ended and a
    verb of its own is dated ("détenus depuis plus d'un an ont été libérés le 29 novembre")."""
    if rules.since is None:
        return False
    head = rules.since.search(digits, max(0, start - 80), start)
    if head is None:
        return False
    words = [_norm(w) for w in head.group("gap").split()]
    if any(w in rules.since_breaks for w in words):
        return False
    if all(w in _SINCE_ARTICLES for w in words):
        g = m.groupdict()
        return not g.get("wd") and (bool(g.get("year")) or name in ("iso", "num", "y"))
    return True


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
#: Or a dateline on a line of its own above the story: the place and a comma before the date
#: ("New Delhi, September 25", "Baku, July 19, AZERTAC"), and after it only an agency's name set
#: off by a comma, then the end of the line. (A title's "Russian Federation, State Duma
#: Elections – 4 December 2011" names its date after a dash: no dateline.)
_DATELINE_COMMA = re.compile(r",[ \t]*(?:\w{1,3}[ \t]+)?$")
_DATELINE_LINE_END = re.compile(
    rf"(?:,[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})?[ \t]*(?:\r?\n|$)")
#: How far into the text a dateline may stand (a title line or two may come first).
_DATELINE_REACH = 300


def _dateline(kept, digits: str):
    """The first full-day date of the text that opens a dateline, or None."""
    for start, end, name, _, res in kept:
        if start > _DATELINE_REACH:
            return None
        if name not in ("dm", "md", "num", "iso"):
            continue
        if _DATELINE_HEAD.search(digits, max(0, start - 80), start) and (
                _DATELINE_TAIL.match(digits, end)
                or _DATELINE_COMMA.search(digits, max(0, start - 10), start) and _DATELINE_LINE_END.match(digits, end)):
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
            if name in ("dm", "md", "num", "iso", "post") and res[0] and len(res[0]) == 10]
    if not days:
        return None
    day = date.fromisoformat(max(days))
    if any(res[0] and int(res[0][:4]) > day.year for _, _, _, _, res in kept):
        return None
    return _Pub(day.year, day.month, day)


#: Matches whose value depends on the day counted from (a yearless day or month, a weekday,
#: "hier", "this week").
_RELATIVE_NAMES = ("dm", "md", "m", "wd", "rel", "per", "this_year", "this_month")


#: How far back "the following day" looks for the day it follows (a sentence or two).
_TOLD_REACH = 300


def _after_told(kept, rules: _Rules):
    """Give "le lendemain", "the following day" the day after the date told last before it,
    within `_TOLD_REACH` characters ("le 2 octobre 2019 … la visite s'est achevée le lendemain"),
    and "le 18 du même mois" that day of the month told last ("le 14 juillet dernier … le 18 du
    même mois"); when that date is not known, or there is none, it is not a date and is dropped."""
    out = []
    for start, end, name, m, res in kept:
        if name == "after_told":
            told = [r[0] for s, e, n, _, r in out if n != "after_told" and e <= start and start - e <= _TOLD_REACH]
            if not told or not told[-1] or len(told[-1]) != 10:  # "vendredi et, le lendemain": no day known
                continue
            day = date.fromisoformat(told[-1]) + timedelta(days=rules.relative[_norm(m.group("told"))])
            res = (day.isoformat(), "relative", None)
        elif name == "same_month":
            # "le 14 juillet dernier … le 18 du même mois": the month (and year) of the date told last
            told = [r[0] for s, e, n, _, r in out if e <= start and start - e <= _TOLD_REACH]
            if not told or not told[-1] or len(told[-1]) < 7:
                continue
            try:
                day = date(int(told[-1][:4]), int(told[-1][5:7]), int(m.group("day")))
            except ValueError:
                continue
            res = (day.isoformat(), "absolute", None)
        out.append((start, end, name, m, res))
    return out


#: What may stand between a relative word and the date told with it: "Today, 5 May 2024",
#: "today (29th September)", "hier mardi 4 août", "aujourd'hui -vendredi 10 septembre-".
_APPOSED_GAP = re.compile(r"[ \t]*[,(–—-]?[ \t]*")
#: Matches that state a day of the calendar.
_DAY_NAMES = ("dm", "md", "num", "iso")


def _apposed(kept, digits: str, rules: _Rules):
    """A relative word with a day of the calendar told right after it names that day: "Today,
    5 May 2024" is 5 May whatever the publication date (a release is often published the day
    after); the two are one mention, valued by the stated day (by the relative word when the
    stated day has no year to be read with). A weekday told so ("today, Monday", "aujourd'hui,
    lundi", "hier mardi") names the day too: the day of that weekday nearest the one the
    relative word counts to (a Monday's "today" read on Tuesday's publication date is Monday)."""
    out = []
    for c in kept:
        if out and out[-1][2] == "rel" and _APPOSED_GAP.fullmatch(digits, out[-1][1], c[0]):
            if c[2] in _DAY_NAMES:
                rel = out.pop()
                value = c[4][0] or rel[4][0]
                c = (rel[0], c[1], c[2], c[3], (value, c[4][1], c[4][2]))
            elif c[2] == "wd" and not (c[3].groupdict().get("mods") or c[3].groupdict().get("mod2")):
                rel = out.pop()
                value = _nearest_weekday(rel[4][0], rules.weekdays.get(_norm(c[3].group("wd"))))
                c = (rel[0], c[1], "rel", rel[3], (value, rel[4][1], rel[4][2]))
        out.append(c)
    return out


#: How far from the day a relative word counts to its apposed weekday may lie (a release dated
#: a day or two after it was written).
_APPOSED_WEEKDAY_REACH = 3


def _nearest_weekday(value: str | None, weekday: int | None) -> str | None:
    """The day of `weekday` (0=Monday) nearest `value` (a full day), within
    `_APPOSED_WEEKDAY_REACH` days; `value` itself when it is no full day or no such day is near."""
    if not value or len(value) != 10 or weekday is None:
        return value
    day = date.fromisoformat(value)
    return (nearest_weekday(day, weekday, _APPOSED_WEEKDAY_REACH) or day).isoformat()


def _reanchor(kept, digits: str, rules: _Rules, pub: _Pub | None, anchor: _Pub | None, line_start: int | None):
    """Resolve again, against the document's own day (`anchor`, from the dateline starting at
    `line_start`: `_document_day`), the mentions that depend on it."""
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
            # A day after the text's latest dated day is one to come, and its year a guess; unless
            # a weekday stated with it fixes the year within the guess's reach ("le communiqué
            # publié lundi 27 décembre" after "le 23 décembre 2021": in 2021 the 27th is a Monday;
            # `strict` drops a weekday that no year near the guess agrees with).
            if not (only_yearless and new[0] and new[0] > anchor.day.isoformat()
                    and not (m.groupdict().get("wd") and new[0] <= (anchor.day + YEARLESS_DAY_AHEAD).isoformat())):
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
