"""The shapes of the API's answers, declared so that /openapi.json (and /docs) describes each one.

They mirror the plain dicts the store's questions return (`storing/queries.py`); fields the
store adds later pass through (`extra="allow"`) rather than failing a response.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Shape(BaseModel):
    model_config = ConfigDict(extra="allow")


class Problem(Shape):
    """Every error: what is wrong, naming the input."""
    detail: str = Field(description="e.g. \"unknown country 'Atlantis'\"")


class Health(Shape):
    status: str
    version: str
    documents: int


class SeriesRef(Shape):
    id: int
    name: str
    ordinal: int | None = None


class SignedDocument(Shape):
    kind: str = Field(description="protocol, memorandum, agreement, treaty, declaration…")
    title: str | None = None


class Participant(Shape):
    person_id: int | None = None
    name: str
    title: str | None = Field(None, description="the words of the text")
    role: str | None = Field(None, description="role id (DESIGN.md): foreign_minister, ambassador…")
    country: str | None = None
    institution: str | None = None


class Span(Shape):
    start: int
    end: int


class Mention(Shape):
    """One report of an event: the document and the words that state it."""
    doc_id: str
    record_event_id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    event_text: str | None = None
    spans: list[Span] = []
    confidence: float | None = None


class Event(Shape):
    """A stored event, merged from its reports."""
    id: int
    event: str = Field(description="PLOVER type")
    mode: str | None = None
    cameo: str | None = None
    quad_code: int | None = None
    event_scale: float | None = None
    date: str | None = Field(None, description="the event's own date (YYYY, YYYY-MM, YYYY-MM-DD) or null")
    date_source: str | None = None
    day: str | None = Field(None, description="the date, else the publication date of its first report")
    dated_by: str | None = Field(None, description="event | report | null")
    multilateral: bool = Field(description="mode multilateral or more than two states")
    between_states: bool = Field(True, description="governments only on both sides (no army, rebels, organisation…)")
    format: str | None = None
    aux: str | None = None
    countries: list[str]
    actor: list[str]
    recipient: list[str]
    place: str | None = None
    place_country: str | None = None
    series: SeriesRef | None = None
    context: list[str] = []
    topics: list[str] = []
    organizations: list[str] = []
    documents: list[SignedDocument] = []
    participants: list[Participant] = []
    mentions: list[Mention] = []
    confidence: float | None = None
    support: dict[str, Any] = Field({}, description="which report supports each voted attribute")


class EventPage(Shape):
    total: int = Field(description="events matching the filters, over all pages")
    limit: int
    offset: int
    events: list[Event]


class StoredDocument(Shape):
    doc_id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    published: str | None = None
    text: str | None = None
    record: dict[str, Any] = Field(description="the coded record, offsets into `text`")
    events: list[int] = Field(description="ids of the stored events it reports")


class Agreement(Shape):
    event_id: int
    date: str | None = None
    day: str | None = None
    dated_by: str | None = None
    kind: str
    title: str | None = None
    countries: list[str]
    event: str | None = None
    doc_ids: list[str]


class ScorePoint(Shape):
    period: str = Field(description="YYYY-MM")
    events: int
    goldstein: float


class Round(Shape):
    ordinal: int | None = None
    date: str | None = None
    format: str | None = None
    event_id: int
    event: str
    place: str | None = Field(None, description="a city or site; null when the text named only the country")
    place_country: str | None = None


class Series(Shape):
    id: int
    name: str
    countries: list[str]
    rounds: list[Round]


class TimelinePerson(Shape):
    person_id: int | None = None
    name: str
    country: str | None = None
    events: int
    titles: list[str] = Field(description="the posts held in these events (role labels)")
    wordings: list[str] = Field([], description="the titles as the texts worded them")


class Timeline(Shape):
    a: str
    b: str
    scope: str = Field(description="bilateral (default), multilateral or all")
    events: list[Event]
    left_out: int = Field(description="events of the pair outside the scope")
    between_states: int = Field(0, description="events with governments only on both sides")
    with_other_actors: int = Field(0, description="events with another actor: army, rebels, police, an organisation…")
    undated: list[Event] = Field(description="the events with no date of their own (dated by their report)")
    agreements: list[Agreement]
    topics: dict[str, dict[str, int]] = Field(description="year -> topic -> events")
    score: list[ScorePoint]
    series: list[Series]
    people: list[TimelinePerson]


class Partner(Shape):
    country: str
    events: int
    cooperation: float | None = Field(None, description="mean Goldstein score")
    between_states: int = Field(0, description="of `events`, those with governments only on both sides")
    with_other_actors: int = Field(0, description="of `events`, those with another actor (army, rebels, an organisation…)")
    last_date: str | None = None
    types: dict[str, int]


class Partners(Shape):
    country: str
    scope: str
    partners: list[Partner]


class Post(Shape):
    """A post held, normalised to its role; the text's wordings are its variants."""
    role: str | None = None
    label: str
    office: str | None = None
    variants: list[str]
    first: str | None = None
    last: str | None = None
    events: int


class Person(Shape):
    id: int
    name: str
    country: str | None = None
    country_inferred: bool = False
    names: list[str] = Field(description="every spelling met, the main one first")
    events: int
    titles: list[Post]


class PersonDetail(Person):
    events: list[Event]  # type: ignore[assignment]


class SearchHit(Shape):
    doc_id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    snippet: str | None = Field(None, description="the matched words between [ and ]")


class Counts(Shape):
    documents: int
    events: int
    mentions: int
    people: int
    series: int
    agreements: int
    by_type: dict[str, int]
    by_country: dict[str, int]


class CodedRecord(Shape):
    """A coded document (communique/record/schema.json has every field)."""
    doc_id: str
    lang: str | None = None
    title: str | None = None
    published: str | None = None
    events: list[dict[str, Any]]


class IngestReport(Shape):
    added: int
    replaced: int
    unchanged: int
    failed: int
    errors: list[str]


class Window(Shape):
    start: str = Field(description="YYYY-MM-DD: the first day the promise can be kept")
    end: str = Field(description="YYYY-MM-DD: the last day it is kept in time")


class KeepingEvent(Shape):
    """The stored event that kept a promise."""
    id: int
    event: str
    mode: str | None = None
    date: str | None = None
    place: str | None = None
    ordinal: int | None = None
    series: str | None = None
    doc_id: str | None = None
    event_text: str | None = None


class Commitment(Shape):
    """A promise (AGREE with aux future) and its fate (`Store.commitments`)."""
    id: int = Field(description="the stored AGREE event")
    status: str = Field(description="pending, fulfilled or overdue")
    promised_on: str | None = None
    actor: list[str]
    recipient: list[str]
    kind: str | None = Field(None, description="visit, round, meeting, signing, call or other")
    ordinal: int | None = None
    series: str | None = None
    place: str | None = None
    window: Window
    planned_from: str | None = Field(None, description="record (the record's planned) or fallback (read from the AGREE's words)")
    words: str | None = None
    doc_id: str | None = None
    fulfilled_by: KeepingEvent | None = None
    late: bool = Field(description="kept, but after the window")
    matched: list[str] = Field(description="the fields the keeping event agreed on: states, kind, ordinal, place…")


class Correction(Shape):
    """A user's correction of a stored event, kept as such (`Store.corrections`)."""
    id: int
    event_id: int | None = None
    reports: list[dict[str, Any]] = Field(description="the reports (document, record event) it was made on")
    changes: dict[str, Any] = Field(description="what is right: event, actor, recipient, date, or delete")
    before: dict[str, Any] = Field(description="the event as it was coded")
    note: str | None = None
    created_at: str


class CorrectionResult(Shape):
    correction: int = Field(description="the correction's id")
    event: Event | None = Field(description="the corrected event, or null when it was deleted")


class WatchRule(Shape):
    name: str
    conditions: dict[str, Any] = Field(description="dyad, country, type, topic, person, organisation")
    updated_at: str | None = None
    matches: int
    latest: str | None = None
    feed: str = Field(description="the rule's Atom feed")


class WatchMatch(Shape):
    """A new event a watch rule matched, reported once."""
    id: int
    rule: str
    event_id: int
    found_at: str
    delivered_at: str | None = None
    matched: list[str] = Field(description="the conditions the event met")
    event: dict[str, Any] = Field(description="the stored event as reported")


#: The error answers every endpoint may give, for the OpenAPI document.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "a bad value: unknown country, malformed date…"},
    422: {"model": Problem, "description": "a parameter out of its bounds or of the wrong type"},
}
