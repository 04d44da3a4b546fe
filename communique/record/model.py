"""The output record of DESIGN.md as dataclasses, and their one conversion to JSON."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class Entity:
    """A state or organisation acting in an event, tied to the words that name it."""

    code: str
    sector: str | None = None
    org: str | None = None
    entity_text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Participant:
    """A person taking part in an event, with their title as the text gives it."""

    name: str
    title: str | None = None
    role: str | None = None
    country: str | None = None
    institution: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Series:
    """A round of a recurring mechanism: {"name": "political consultations", "ordinal": 5}."""

    name: str
    ordinal: int | None = None


@dataclass
class SignedDocument:
    """A document signed, adopted or exchanged."""

    kind: str
    title: str | None = None


@dataclass
class Location:
    place: str | None = None
    country: str | None = None


@dataclass
class Planned:
    """What an AGREE with aux `future` promised: the kind of event, for when and where.

    `date` has the forms of an event date ("2025-03-12", "2025-03", "2025") or is None when the
    text gives no time; `kind` is visit, round, meeting, signing, call or other."""

    kind: str | None = None
    date: str | None = None
    place: str | None = None


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Provenance:
    """Why a field of an event holds its value: the words that support it and the rule or
    lexicon entry that set it (communique's extension `provenance`).

    `field` is one of event, actor, recipient, direction, date, planned.date, planned.place,
    format, place, series, series.ordinal, topics, organizations, documents, participants;
    `value` the field's value it explains (a state code, a topic, a person's name…), or None for
    a single-valued field; `text`, `start`, `end` the supporting words and their character
    offsets in the document's text (None when no words support it, e.g. a date that is the
    publication day); `rule` a stable id: `<lang>/<table>.tsv:<row key>` for a lexicon entry,
    `rule:<stage>.<name>` for a coding rule."""

    field: str
    value: str | None
    rule: str
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    """One coded event (PLOVER type and mode plus communique's extensions)."""

    id: str
    event: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_code: int | None = None
    event_scale: float | None = None
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    date: str | None = None
    date_source: str | None = None
    event_loc: Location | None = None
    format: str | None = None
    series: Series | None = None
    participants: list[Participant] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    documents: list[SignedDocument] = field(default_factory=list)
    aux: str | None = None
    planned: Planned | None = None
    event_text: str = ""
    spans: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    provenance: list[Provenance] = field(default_factory=list)


@dataclass
class Record:
    """One coded document."""

    doc_id: str
    lang: str | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    events: list[Event] = field(default_factory=list)
    text: str | None = None

    def to_dict(self, with_text: bool = False) -> dict:
        """Return the record as plain JSON-ready data (the text only when asked for)."""
        data = asdict(self)
        if not with_text:
            data.pop("text", None)
        return data

    def to_json(self, with_text: bool = False) -> str:
        """Return the record as one line of JSON."""
        return json.dumps(self.to_dict(with_text), ensure_ascii=False)
