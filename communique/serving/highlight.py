"""The text of a document cut into marked segments: what the record extracted, and where.

A document page shows the text with each extracted field highlighted, from the stored record
alone: its events' sentences (`spans`), the actors' words, the participants' names, and each
field's supporting words from the events' `provenance` (the trigger, dates, topics,
organisations, documents, format and series cues). Each provenance mark carries its id
("<event number>.<index in provenance>") so that clicking a field lights its words. A record
coded before provenance was kept has none: for it alone the recognisers are run again on the
text (the same spaCy components the coder read) and `coding.dates.find_dates` gives the dates.
Every mark inside an event's spans, or given by that event, carries the event's number, so that
selecting an event lights its words.

The output is plain data (segments of text with class names); the template escapes the text.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache

from ..coding.dates import find_dates
from ..language.pipelines import get_pipeline

#: Mark kinds, in the order the legend lists them; each is a CSS class `hl-<kind>`.
KINDS = ("event", "trigger", "country", "person", "title", "organisation", "date", "topic", "document", "cue")
#: The mark kind of each provenance field.
FIELD_KINDS = {"event": "trigger", "actor": "country", "recipient": "country", "place": "country",
               "planned.place": "country", "participants": "person", "organizations": "organisation",
               "date": "date", "planned.date": "date", "topics": "topic", "documents": "document",
               "format": "cue", "series": "cue", "series.ordinal": "cue", "direction": "trigger"}
#: doc.spans key of each recogniser whose hits are shown, and the kind they are shown as.
RECOGNISED = {"countries": "country", "people": "person", "titles": "title", "organisations": "organisation"}

# spaCy pipelines are shared by every request thread; one text at a time through them keeps
# the components' per-doc state out of each other's way (the work is CPU-bound anyway).
NLP_LOCK = threading.Lock()


@dataclass(frozen=True)
class Mark:
    """A highlighted range: its kind, a label (the canonical id) and the events it belongs to."""

    start: int
    end: int
    kind: str
    label: str = ""
    events: frozenset[int] = frozenset()
    whys: frozenset[str] = frozenset()  # the provenance entries it shows ("2.5": event 2, entry 5)


@dataclass
class Segment:
    """A run of text under one set of marks."""

    text: str
    kinds: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    whys: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        """Return the segment's class attribute ('' when it is plain text)."""
        return " ".join(f"hl-{k}" for k in self.kinds)

    @property
    def data_events(self) -> str:
        """Return the events the segment belongs to, space-separated (for `data-ev`)."""
        return " ".join(str(n) for n in self.events)

    @property
    def data_whys(self) -> str:
        """Return the provenance entries the segment shows, space-separated (for `data-why`)."""
        return " ".join(self.whys)


@lru_cache(maxsize=64)
def recognised(text: str, lang: str | None, published: str | None) -> tuple[Mark, ...]:
    """Return the recognisers' marks on `text`: countries, people, titles, organisations, dates."""
    marks: list[Mark] = []
    with NLP_LOCK:
        doc = get_pipeline(lang or "xx")(text)
    for key, kind in RECOGNISED.items():
        if key not in doc.spans:
            continue
        for span in doc.spans[key]:
            marks.append(Mark(span.start_char, span.end_char, kind, span.label_))
    if lang:
        for date in find_dates(text, lang, published):
            marks.append(Mark(date.start, date.end, "date", date.value or ""))
    return tuple(marks)


def record_marks(record: dict, text: str) -> list[Mark]:
    """Return the marks a coded record gives: event spans, actor words and participant names,
    each tied to its event's number (1-based, the order of `record["events"]`)."""
    marks: list[Mark] = []
    size = len(text)

    def add(start, end, kind, label, n):
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
            marks.append(Mark(start, end, kind, label, frozenset({n})))

    for n, event in enumerate(record.get("events") or [], 1):
        for span in event.get("spans") or []:
            add(span.get("start"), span.get("end"), "event", event.get("event") or "", n)
        for entity in (event.get("actor") or []) + (event.get("recipient") or []):
            add(entity.get("start"), entity.get("end"), "country", entity.get("code") or "", n)
        for person in event.get("participants") or []:
            add(person.get("start"), person.get("end"), "person", person.get("role") or "", n)
        for i, entry in enumerate(event.get("provenance") or []):
            start, end = entry.get("start"), entry.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
                label = f"{entry.get('field')}: {entry.get('rule')}"
                marks.append(Mark(start, end, FIELD_KINDS.get(entry.get("field"), "cue"), label, frozenset({n}),
                                  frozenset({f"{n}.{i}"})))
    return marks


def has_provenance(record: dict) -> bool:
    """Does the record explain its fields (coded since provenance is kept)?"""
    return any(event.get("provenance") for event in record.get("events") or [])


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut `text` at every mark boundary; each piece lists the kinds, events and labels over it.

    A recognised mark inside an event's sentence belongs to that event too.
    """
    marks = [m for m in (_trimmed(text, m) for m in marks) if m is not None]
    event_ranges = [(m.start, m.end, m.events) for m in marks if m.kind == "event"]
    tied = []
    for m in marks:
        events = set(m.events)
        for start, end, numbers in event_ranges:
            if start <= m.start and m.end <= end:
                events |= numbers
        tied.append(Mark(m.start, m.end, m.kind, m.label, frozenset(events), m.whys))
    cuts = sorted({0, len(text)} | {m.start for m in tied} | {m.end for m in tied})
    starting: dict[int, list[Mark]] = {}
    for m in tied:
        starting.setdefault(m.start, []).append(m)
    active: list[Mark] = []  # marks over the current piece (a sweep: long texts have many marks)
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        over = active
        kinds = [k for k in KINDS if any(m.kind == k for m in over)]
        events = sorted({n for m in over for n in m.events})
        labels = sorted({f"{m.kind}: {m.label}" if not m.whys else m.label for m in over
                         if m.label and m.kind != "event"})
        whys = sorted({w for m in over for w in m.whys})
        if out and not over and not out[-1].kinds:
            out[-1].text += text[start:end]
        else:
            out.append(Segment(text[start:end], kinds, events, labels, whys))
    return out


def _trimmed(text: str, mark: Mark) -> Mark | None:
    """The mark without the white space at its ends (a sentence span often ends in line breaks)."""
    start, end = mark.start, mark.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Mark(start, end, mark.kind, mark.label, mark.events, mark.whys)


def highlighted(record: dict, text: str | None) -> list[Segment]:
    """Return the segments of a document's text with the record's marks (and, for a record with
    no provenance, the recognisers' marks)."""
    if not text:
        return []
    marks = record_marks(record, text)
    if not has_provenance(record):
        marks += list(recognised(text, record.get("lang"), record.get("published")))
    return segments(text, marks)
