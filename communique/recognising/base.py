"""The shared shape of a lexicon recogniser: a spaCy component that matches a language table.

Each recogniser writes its hits to `doc.spans[<key>]`, one span per hit with the canonical
id as its label, and keeps richer values in `span._.value` (registered once here).
"""
from __future__ import annotations

from typing import Any, Iterable

from spacy.tokens import Doc, Span

from .lexicon import LexiconMatcher, Match, Unit, units_of

#: Where a doc keeps its spans' values: `doc.user_data` is spaCy's public storage for user
#: data, and reading it directly costs a dict lookup where `doc._` builds an object each time
#: (the coder reads a value some 200 times a document).
VALUES_KEY = "communique.span_values"
#: Doc-level flag set by a language's word analysis (see communique.language): the lemmas of the
#: doc's capitalised words are names in the nominative, to be stored instead of the inflected text.
NAME_LEMMAS_KEY = "communique.name_lemmas"

if not Doc.has_extension("span_values"):
    Doc.set_extension("span_values", getter=lambda doc: doc.user_data.get(VALUES_KEY))


def _span_value(span: Span) -> Any:
    values = span.doc.user_data.get(VALUES_KEY)
    return None if values is None else values.get((span.kb_id_, span.label, span.start_char, span.end_char))


if not Span.has_extension("value"):
    # The canonical value behind a recognised span: an ISO code, an org id, a role record…
    # Kept per (recogniser, label, offsets) in a doc-level dict: spaCy's own span extensions are
    # keyed by offsets alone, so two spans over the same words (a recogniser's, or one cue of two
    # kinds, "sommet" as a series and as a meeting noun) would share one.
    Span.set_extension("value", getter=_span_value)
if not Doc.has_extension("units"):
    # Matchable units (tokens, hyphen parts), computed once per doc and shared by recognisers.
    Doc.set_extension("units", default=None)


def doc_units(doc: Doc) -> list[Unit]:
    """Return the doc's matchable units, computing them once."""
    if doc._.units is None:
        doc._.units = units_of(doc)
    return doc._.units


def make_span(doc: Doc, start_char: int, end_char: int, label: str, value: Any, group: str) -> Span | None:
    """Return a span over whole tokens carrying `label` and `value`.

    The group's name goes in the span's kb_id, which keys the value (see `_span_value`).
    """
    span = doc.char_span(start_char, end_char, label=label, kb_id=group, alignment_mode="expand")
    if span is not None:
        _values(doc)[(group, span.label, span.start_char, span.end_char)] = value
    return span


def set_value(span: Span, value: Any) -> None:
    """Attach `value` to a span made by `make_span`."""
    _values(span.doc)[(span.kb_id_, span.label, span.start_char, span.end_char)] = value


def _values(doc: Doc) -> dict:
    return doc.user_data.setdefault(VALUES_KEY, {})


def span_of(doc: Doc, units: list[Unit], match: Match, label: str, value: Any, group: str) -> Span | None:
    """Return the span of a lexicon match (see `make_span`)."""
    first, last = units[match.start], units[match.end - 1]
    # The tokens the units belong to: what `make_span`'s expanding char_span finds, without
    # searching the offsets.
    span = Span(doc, first.token, last.token + 1, label=label, kb_id=group)
    _values(doc)[(group, span.label, span.start_char, span.end_char)] = value
    return span


def covered(spans: Iterable[Span]) -> set[int]:
    """Return the token indices covered by `spans`."""
    return {i for s in spans for i in range(s.start, s.end)}


class LexiconComponent:
    """Match a lexicon and store the hits under `doc.spans[key]`."""

    key = ""

    def __init__(self, matcher: LexiconMatcher):
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        units = doc_units(doc)
        spans = []
        for match in self.matcher.find(units):
            span = self.make_span(doc, units, match)
            if span is not None:
                spans.append(span)
        doc.spans[self.key] = spans
        return doc

    def make_span(self, doc: Doc, units: list[Unit], match: Match) -> Span | None:
        value = match.entry.value
        label = value if isinstance(value, str) else str(value[0])
        return span_of(doc, units, match, label, value, self.key)
