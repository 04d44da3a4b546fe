"""Which date told elsewhere in a text can be an event's, for the document pass: a weekday known
only to the month takes its day from a full date told nearby; words that could not be resolved
("vendredi", "in March") only accept a date they can name."""
from __future__ import annotations

import re
from datetime import date, timedelta

from communique.lang import table

from .mentions import DateMention
from .rules import _norm, _rules


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
