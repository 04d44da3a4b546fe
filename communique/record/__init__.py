"""The record: dataclasses for coded documents and events, converted to JSON in one place."""
from .model import Entity, Event, Location, Participant, Planned, Provenance, Record, SignedDocument, Series, Span

__all__ = ["Entity", "Event", "Location", "Participant", "Planned", "Provenance", "Record", "SignedDocument", "Series", "Span"]
