"""Which date told elsewhere in a text can be an event's, for the document pass: a weekday known
only to the month takes its day from a full date told nearby; words that could not be resolved
("vendredi", "in March") only accept a date they can name; a time limit ("before Sunday", "d'ici le
31 octobre") is no act's day."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from communique.lang import table

from .calendar import nearest_weekday
from .mentions import DateMention
from .rules import _alt, _norm, _rules


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
        candidate = nearest_weekday(day, weekday, reach)
        if candidate is not None and (best is None or abs(candidate - day) < best[0]):
            best = (abs(candidate - day), candidate.isoformat())
    return best[1] if best else None


@lru_cache(maxsize=None)
def _word_before(lang: str, kind: str) -> re.Pattern | None:
    """A word of the dates table's `kind` ending right before a date, one short lower-case word
    ("on", "the", "le") allowed between: "by the 15th", "avant le 20 octobre", "depuis le début";
    not a phrase of its own ("held by Sri Lanka since June", "sell-in by brands in August")."""
    words = [r["text"] for r in table(lang, "dates") if r["kind"] == kind]
    if not words:
        return None
    return re.compile(_alt(words) + r"\s+(?:(?-i:[a-zà-ÿ])[\w'’]{0,2}\s+)?$", re.I)


def is_deadline(text: str, mention: DateMention, lang: str) -> bool:
    """Whether `mention` is a time limit: a deadline word of the table stands right before it, or
    one short word ahead ("ordered to leave before midnight on Sunday", "to
    conclude an agreement by 15 January", "sommés de quitter le pays avant le 20 octobre", "d'ici
    le 31 octobre"). It says by when something is to be done, not the day of an act."""
    pattern = _word_before(lang, "deadline")
    return bool(pattern and pattern.search(text, max(0, mention.start - 60), mention.start))


def opens_since(text: str, mention: DateMention, lang: str) -> bool:
    """Whether a word of the table's `since` kind stands right before `mention` ("Since June",
    "depuis juin", "depuis le mois de mars" not): a span reaching up to the news begins then,
    whether or not the date names its year (`DateMention.since` takes only dated starts)."""
    pattern = _word_before(lang, "since")
    return mention.since or bool(pattern and pattern.search(text, max(0, mention.start - 30), mention.start))
