"""The arithmetic of days: the publication date a text is read against, the weekday before or
after it, the year of a yearless day or month, the span of "last week", a Hijri date's
Gregorian day. Nothing here knows a language."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta


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


def nearest_weekday(day: date, weekday: int, reach: int) -> date | None:
    """The day of `weekday` (0=Monday) nearest `day`, at most `reach` days before or after it (the
    earlier on a tie), or None when there is none so near."""
    near = [day + timedelta(days=d) for d in range(-reach, reach + 1)]
    return min((d for d in near if d.weekday() == weekday), key=lambda d: abs(d - day), default=None)


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



def _pick_year(candidates, anchor, direction):
    """Choose among dated candidates for a yearless day or month.

    Neutral: the latest not more than the anchor's reach after it (see `YEARLESS_DAY_AHEAD`);
    future: the first after it; past: the latest on or before it.
    """
    if direction == "future":
        later = [c for c in candidates if c[1] > anchor[1]]
        return min(later, key=lambda c: c[1])[0] if later else None
    limit = anchor[0] if direction in ("past", "recent") else anchor[2]
    earlier = [c for c in candidates if c[1] <= limit]
    return max(earlier, key=lambda c: c[1])[0] if earlier else None


#: How far after the publication a yearless day with no word for past or future is still read
#: in the publication's year. News names a day to come without its year ("the summit on 29 and
#: 30 November" in late September, "meetings on Dec 9th and Jan 13th" in November), and gives
#: the year of a day most of a year gone: a day up to four months ahead is one to come.
YEARLESS_DAY_AHEAD = timedelta(days=122)


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
    anchor = (past_anchor, future_anchor, past_anchor + YEARLESS_DAY_AHEAD)
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
