"""When two reports describe one real event, and what the merged event then says.

Two coded events are the same real event when they have the same type and the same states, do
not contradict each other (another round of the series, a call against a meeting in person,
different people speaking for one state) and fall on the same date within a day — or are the
same round of the same series, whatever the dates the reports give. The merged event's
attributes are those best supported across its reports: each is voted on by the mentions,
weighted by their confidence, and keeps the mention that supports it.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterable

#: Formats that report the same remote exchange in different words (a "call" that was a video call).
REMOTE = frozenset({"phone", "virtual"})
#: Days apart two reports' dates may be and still be one event; more when a date is only the
#: publication date (a wire reporting "yesterday's" talks without saying so).
DAYS_APART = {"text": 1, "published": 2}


@dataclass(frozen=True)
class Person:
    """A participant as the merging rules see it: who (as resolved), the keys of the words of
    their name, whether the report named them by one word alone, and their role in the event."""

    id: int
    words: frozenset[str]
    bare: bool
    role: str | None
    script: str = "LATIN"  # the writing system of the name as the report gives it

    def same_as(self, other: "Person") -> bool:
        """True when two reports' participants can be taken for the same person in this event.

        A bare surname is resolved to whoever was known first under it, so it is compared by its
        word; and then one person in two roles is two people ("Ndiaye", minister, is not the
        foreign minister Awa Ndiaye)."""
        if not (self.bare or other.bare):
            return self.id == other.id
        if self.id != other.id and not (self.words & other.words):
            return False
        return not (self.role and other.role and self.role != other.role)


@dataclass
class Facts:
    """What the merging rules compare about an event (a stored one or a new mention)."""

    event: str
    countries: str
    date: str | None
    date_source: str | None
    format: str | None
    series: str | None
    ordinal: int | None
    people: dict[str, list[Person]] = field(default_factory=dict)  # country -> its participants
    documents: set[int] = field(default_factory=set)
    planned: dict | None = None  # a promise's {kind, date, place}, when the record gives it


def different_promises(a: dict | None, b: dict | None) -> bool:
    """Do two promises' `planned` say different things: another kind of event (a visit, a round,
    a signing, a call; a meeting may be any of them), another place (named in one script: "Rabat"
    and "الرباط" cannot be told apart here) or another time, as far as both say? ("to visit Rabat"
    and, the next day, "to hold the joint commission in 2026" are two promises, though made
    between the same states.)"""
    if not a or not b:
        return False
    kinds = {a.get("kind"), b.get("kind")} - {None, "other", "meeting"}
    if len(kinds) == 2:
        return True
    places = {_folded(a.get("place")), _folded(b.get("place"))}
    if None not in places and len(places) == 2 and script_of(a["place"]) == script_of(b["place"]):
        return True
    da, db = a.get("date"), b.get("date")
    return bool(da and db and da[:min(len(da), len(db))] != db[:min(len(da), len(db))])


def _folded(text: str | None) -> str | None:
    if not text:
        return None
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(c) != "Mn")


def script_of(name: str) -> str:
    """The Unicode script of a name's first letter: LATIN, ARABIC, CYRILLIC…"""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "LATIN").split()[0] if letter else "LATIN"


def _day(date: str | None) -> dt.date | None:
    if date and len(date) == 10:
        try:
            return dt.date.fromisoformat(date)
        except ValueError:
            return None
    return None


def match_score(stored: Facts, new: Facts) -> float | None:
    """Return how well `new` fits `stored` as a report of the same real event, or None if it cannot be.

    Higher is better: a shared round of a series, shared people and close dates add up."""
    if stored.event != new.event or stored.countries != new.countries:
        return None
    if stored.documents & new.documents:
        return None  # one document's events are distinct events
    if stored.ordinal is not None and new.ordinal is not None and stored.ordinal != new.ordinal:
        return None
    if stored.format and new.format and stored.format != new.format \
            and not {stored.format, new.format} <= REMOTE:
        return None
    shared_people = 0
    for country in stored.people.keys() & new.people.keys():
        both = sum(any(a.same_as(b) for b in new.people[country]) for a in stored.people[country])
        comparable = {a.script for a in stored.people[country]} & {b.script for b in new.people[country]}
        if stored.people[country] and new.people[country] and not both and comparable:
            # Each names someone else speaking for this state. (Names in two scripts that nothing
            # joins, "Rachid Lahbabi" and "رشيد الحبابي", say nothing either way.)
            return None
        shared_people += both
    same_round = stored.ordinal is not None and stored.ordinal == new.ordinal \
        and stored.series is not None and stored.series == new.series
    if not same_round and different_promises(stored.planned, new.planned):
        return None  # (the same round promised is one promise, however its reports word it)
    score = 3.0 * same_round + 1.0 * shared_people
    day_a, day_b = _day(stored.date), _day(new.date)
    if day_a and day_b:
        apart = abs((day_a - day_b).days)
        allowed = max(DAYS_APART.get(stored.date_source or "text", 1), DAYS_APART.get(new.date_source or "text", 1))
        if apart > allowed and not same_round:
            return None
        return score + (allowed - min(apart, allowed)) / (allowed + 1)
    if stored.date and new.date:
        # One date is only a month or a year: they must agree as far as both go, and something
        # more than the date must tie the reports together.
        common = min(len(stored.date), len(new.date))
        if stored.date[:common] != new.date[:common] and not same_round:
            return None
        return score if (same_round or shared_people) else None
    return score if (same_round or shared_people) else None


# --------------------------------------------------------------------------- voting

def vote(values: Iterable[tuple[Hashable, float, int]], prefer: Callable[[Any], Any] | None = None
         ) -> tuple[Any, int | None]:
    """Return the value with the most support and a mention that supports it.

    `values` are (value, weight, mention id); None values do not vote. Ties go to `prefer`'s
    highest key, then to the earliest mention."""
    support: dict[Hashable, float] = defaultdict(float)
    first: dict[Hashable, int] = {}
    for value, weight, mention in values:
        if value is None:
            continue
        support[value] += weight
        first.setdefault(value, mention)
    if not support:
        return None, None
    best = max(support, key=lambda v: (support[v], prefer(v) if prefer else 0, -first[v]))
    return best, first[best]


def union(values: Iterable[tuple[str, int]]) -> list[tuple[str, int, int]]:
    """Return (value, support, first mention) for each distinct value, in order of first appearance."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for value, mention in values:
        counts[value] += 1
        first.setdefault(value, mention)
    return [(value, counts[value], first[value]) for value in first]


def merged_attributes(mentions: list[tuple[int, dict]]) -> dict:
    """Merge the coded events (mention id, record event dict) of one real event into its attributes.

    Scalars are voted on (weight: the mention's confidence); a stated date beats a publication
    date; topics, organisations and contexts are the union with their support; signed
    documents keep, per kind, as many as the fullest report lists."""
    weight = {mid: float(e.get("confidence") or 0.5) for mid, e in mentions}

    def scalar(key: str, prefer=None, source: Callable[[dict], Any] | None = None):
        return vote(((source(e) if source else e.get(key), weight[mid], mid) for mid, e in mentions), prefer)

    stated = [(mid, e) for mid, e in mentions if e.get("date") and e.get("date_source") != "published"]
    dated = stated or mentions
    date, date_mention = vote(((e.get("date"), weight[mid], mid) for mid, e in dated), prefer=len)
    date_source = next((e.get("date_source") for mid, e in mentions if mid == date_mention), None)

    def sides(e: dict) -> tuple:
        return (tuple(a["code"] for a in e.get("actor") or []), tuple(r["code"] for r in e.get("recipient") or []))

    direction, direction_mention = scalar("", source=sides)
    series, series_mention = scalar("", source=lambda e: (e["series"]["name"], e["series"].get("ordinal")) if e.get("series") else None,
                       prefer=lambda s: s[1] is not None)
    place, place_mention = scalar("", source=lambda e: ((e.get("event_loc") or {}).get("place"),
                                            (e.get("event_loc") or {}).get("country"))
                      if (e.get("event_loc") or {}).get("place") else None)
    documents: list[tuple[str, str | None, int]] = []
    for kind in dict.fromkeys(d["kind"] for _, e in mentions for d in e.get("documents") or []):
        per_mention = [(mid, [d for d in e.get("documents") or [] if d["kind"] == kind]) for mid, e in mentions]
        fullest = max(len(docs) for _, docs in per_mention)
        titled = [(d.get("title"), mid) for mid, docs in per_mention for d in docs if d.get("title")]
        titles = list(dict.fromkeys(t for t, _ in titled))
        support_of = {t: mid for t, mid in reversed(titled)}
        anyone = next(mid for mid, docs in per_mention if len(docs) == fullest)
        for n in range(fullest):
            title = titles[n] if n < len(titles) else None
            documents.append((kind, title, support_of.get(title, anyone)))
    entities = {}
    for mid, e in mentions:
        if sides(e) == direction:
            for side in ("actor", "recipient"):
                for entity in e.get(side) or []:
                    entities.setdefault((entity["code"], side), (entity.get("sector"), entity.get("org"), mid))
    (mode, mode_mention), (fmt, format_mention), (aux, aux_mention), (cameo, cameo_mention) = (
        scalar("mode"), scalar("format"), scalar("aux"), scalar("cameo"))
    # Which report each voted attribute was taken from (its words are that mention's spans).
    support = {name: mention for name, mention in (
        ("date", date_mention), ("mode", mode_mention), ("format", format_mention), ("aux", aux_mention),
        ("cameo", cameo_mention), ("direction", direction_mention), ("series", series_mention),
        ("place", place_mention)) if mention is not None}
    return {
        "mode": mode, "cameo": cameo, "quad_code": scalar("quad_code")[0],
        "event_scale": scalar("event_scale")[0], "format": fmt, "aux": aux,
        "date": date, "date_source": date_source, "direction": direction, "support": support,
        "entities": entities, "series": series, "place": place,
        "contexts": [c for c, _, _ in union((c, mid) for mid, e in mentions for c in e.get("context") or [])],
        "topics": union((t, mid) for mid, e in mentions for t in e.get("topics") or []),
        "organizations": union((o, mid) for mid, e in mentions for o in e.get("organizations") or []),
        "documents": documents,
        "confidence": round(min(0.99, max(weight.values()) + 0.05 * (len(mentions) - 1)), 2),
    }
