"""Why each field of an event holds its value: the words that support it and the rule or lexicon
entry that set it (the record's `provenance`, see `record.model.Provenance`).

The stages note what they decide where they decide it (`Draft.note`: the direction of a visit,
the sentence's date chosen…). A field they leave unnoted is explained here from what the
recognisers marked in the event's own sentences: the trigger row that proposed the event, the
state's name, the topic cue, the format cue and so on, the first such mark in the event's first
sentence winning. Only the event's final values are explained: a value noted and later dropped
(a merge, a split per audience) leaves no trace.

Rule ids are stable: `<lang>/<table>.tsv:<row key>` for a lexicon entry (the trigger's pattern,
the topic's pattern, a cue's kind and value, a state's code), `data/office_holders.tsv:<name>`,
and `rule:<stage>.<name>` for a coding rule (`rule:sides.passive_agent`).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.office_holders import lookup
from .context import Draft

#: Why a trigger row's type became another: the event type the draft has -> the rule.
RETYPED = {"SUPPORT": "rule:triggers.signing_is_support", "AGREE": "rule:triggers.future_is_agree",
           "REQUEST": "rule:triggers.call_on_is_request", "REJECT": "rule:triggers.negation_is_reject",
           "ACCUSE": "rule:triggers.protest_is_complaint"}


class FieldProvenance:
    """Explains every field of the final drafts (`_explain`), for the record's `provenance`."""

    def _explain(self, drafts: list[Draft]) -> None:
        """Fill each draft's `provenance` (plain dicts in the order of the record's fields)."""
        self._countries_at = {s.start_char: s for s in self.doc.spans.get("countries", [])}
        self._explained = drafts
        for draft in drafts:
            if not draft.provenance:  # (events coded from the title were explained by the title's coder)
                draft.provenance = self._provenance(draft)

    def _provenance(self, draft: Draft) -> list[dict]:
        out: list[dict] = []

        def add(field_name, value, start, end, rule):
            words = self.text[start:end] if start is not None and end is not None else None
            out.append({"field": field_name, "value": value, "rule": rule, "text": words,
                        "start": start, "end": end})

        def noted(field_name, value, fallback):
            """Add the note for (field, value), else what `fallback()` finds: (start, end, rule)."""
            start, end, rule = draft.notes.get((field_name, value)) or fallback()
            add(field_name, value, start, end, rule)

        noted("event", None, lambda: self._why_type(draft))
        for side in ("actor", "recipient"):
            for code in getattr(draft, side):
                # (A state the event's words name is explained by them, whatever rule stood in for
                # it in a sentence that did not: a plan told again merges into the one that named it.)
                named = (draft.entity_spans.get(code) or (None, None))[1] is not None
                start, end, rule = (not named and draft.notes.get(("state", code))) or self._why_state(draft, code)
                if start is None:
                    start, end = self._first_named(code)  # (a rule that named no words: where the text names it)
                add(side, code, start, end, rule)
        if not draft.actor and draft.org_actor:
            noted("actor", draft.org_actor, lambda: self._why_organisation_actor(draft))
        if draft.recipient or ("direction", None) in draft.notes:
            noted("direction", None, lambda: (*_offsets(draft.trigger), "rule:sides.subject_acts_on_object"))
        if draft.date:
            noted("date", None, lambda: self._why_date(draft))
        if draft.planned:
            if draft.planned.get("date"):
                noted("planned.date", None, lambda: self._why_planned_date(draft))
            if draft.planned.get("place"):
                noted("planned.place", None, lambda: (*self._place_words(draft), "rule:triggers.planned_place"))
        if draft.format:
            noted("format", None, lambda: self._why_format(draft))
        if draft.place:
            noted("place", None, lambda: (*self._place_words(draft), "rule:sides.place_preposition"))
        if draft.series:
            self._why_series(draft, add)
        for topic in draft.topics:
            noted("topics", topic, lambda: self._why_topic(draft, topic))
        for org in draft.organizations:
            noted("organizations", org, lambda: self._why_organisation(draft, org))
        for document in draft.documents:
            noted("documents", document["kind"], lambda: self._why_document(draft, document))
        for person in draft.participants:
            noted("participants", person.name, lambda: self._why_person(person))
        return out

    # ------------------------------------------------------------------ where to look

    def _own_sentences(self, draft: Draft):
        """The event's sentences, its trigger's first."""
        order = [draft.sentence] + [i for i in draft.sentences if i != draft.sentence]
        return [self.sentences[i] for i in order if 0 <= i < len(self.sentences)]

    def _first_in(self, draft: Draft, group: str, test, anywhere: bool = False) -> Span | None:
        """The first span of a sentence's `group` (triggers, topics, cues…) that passes `test`, in
        the event's sentences, else (with `anywhere`) in the whole document."""
        sentences = self._own_sentences(draft) + (list(self.sentences) if anywhere else [])
        for sent in sentences:
            for span in getattr(sent, group):
                if test(span):
                    return span
        return None

    # ------------------------------------------------------------------ one field each

    def _why_type(self, draft: Draft):
        row = draft.trigger._.value if isinstance(draft.trigger._.value, dict) else None
        if row is None:
            # A meeting told without a meeting word (the talks a signing implies, the next audience).
            return (*_offsets(draft.trigger), "rule:document.talks_without_trigger")
        rule = f"{self.lang}/triggers.tsv:{row.get('pattern')}"
        if row.get("event") != draft.event:
            rule += " > " + RETYPED.get(draft.event, "rule:triggers.retyped")
        return (*_offsets(draft.trigger), rule)

    def _why_state(self, draft: Draft, code: str):
        named = draft.entity_spans.get(code)
        if named is not None and named[1] is not None:
            country = self._countries_at.get(named[1])
            kind = (country._.value or ("", "name"))[1] if country is not None else "name"
            table = "country_names" if kind == "name" else "country_words"
            return named[1], named[2], f"{self.lang}/{table}.tsv:{code}"
        for person in draft.participants:
            if person.country == code and person.mentions:
                where = person.title_span or person.mentions[0]
                return where[0], where[1], "rule:sides.state_of_participant"
        # A state the sentence does not name ("the two sides", "both ministers"): the document's
        # pair or its protagonist, shown where the document first names it.
        start, end = self._first_named(code)
        return start, end, "rule:sides.document_pair" if code in self.pair else "rule:sides.protagonist"

    def _first_named(self, code: str) -> tuple[int | None, int | None]:
        """Offsets of the first words of the text naming a state, or of a person of that state."""
        offsets = [(s.start_char, s.end_char) for s in self.doc.spans.get("countries", [])
                   if s.label_ == code and not self._in_dateline(s)]
        offsets += [m for p in self.people.values() if p.country == code for m in p.mentions[:1]]
        return min(offsets, default=(None, None))

    def _why_organisation_actor(self, draft: Draft):
        for person in draft.participants:
            if person.role == "org_head" and person.mentions:
                return person.mentions[0][0], person.mentions[0][1], "rule:sides.organisation_head"
        return None, None, "rule:sides.organisation_head"

    def _why_date(self, draft: Draft):
        if draft.date_source == "published":
            return None, None, "rule:document.publication_date"
        own = {i for i in draft.sentences}
        mentions = sorted((d for d in self.dates if d.value == draft.date),
                          key=lambda d: not any(self._in_sentence(d, i) for i in own))
        if mentions:
            return mentions[0].start, mentions[0].end, "rule:document.main_event_date"
        return None, None, "rule:document.main_event_date"

    def _in_sentence(self, mention, index: int) -> bool:
        span = self.sentences[index].span
        return span.start_char <= mention.start < span.end_char

    def _why_planned_date(self, draft: Draft):
        value = draft.planned["date"]
        dates = [d for d in self.sentences[draft.sentence].dates if d.value == value] if draft.sentence < len(
            self.sentences) else []
        dates.sort(key=lambda d: abs(d.start - draft.trigger.start_char))
        if dates:
            return dates[0].start, dates[0].end, "rule:triggers.planned_date"
        return None, None, "rule:triggers.planned_date"

    def _place_words(self, draft: Draft) -> tuple[int | None, int | None]:
        text, code = draft.place if draft.place else ((draft.planned or {}).get("place"), None)
        span = self._first_in(draft, "countries", lambda c: c.text == text and (code is None or c.label_ == code))
        return _offsets(span)

    def _why_format(self, draft: Draft):
        cue = self._first_in(draft, "cues", lambda c: c.label_ == "format" and c._.value == draft.format)
        if cue is not None:
            return cue.start_char, cue.end_char, f"{self.lang}/cues.tsv:format:{draft.format}"
        if draft.format in draft.cues:
            return (*_offsets(draft.trigger), self._why_type(draft)[2])
        if draft.format == "written":
            cue = self._first_in(draft, "cues", lambda c: c.label_ == "statement", anywhere=True)
            return (*_offsets(cue), f"{self.lang}/cues.tsv:statement")
        if draft.event == "CONSULT":
            return (*_offsets(draft.trigger), "rule:document.meeting_in_person")
        # A signature or a statement made at a meeting has the meeting's format: its meeting word.
        host = next((d for d in self._explained if d.event == "CONSULT" and d.aux is None and d is not draft
                     and d.format == draft.format and (draft.sentence in d.sentences or "sign" in draft.cues)), None)
        return (*_offsets(host.trigger if host is not None else None), "rule:document.format_of_the_meeting")

    def _why_series(self, draft: Draft, add) -> None:
        name, ordinal = draft.series.get("name"), draft.series.get("ordinal")
        cue = self._first_in(draft, "cues", lambda c: c.label_ == "series" and c._.value == name)
        add("series", name, *_offsets(cue), f"{self.lang}/cues.tsv:series:{name}")
        if ordinal is not None:
            before = cue.start if cue is not None else None
            number = self._first_in(draft, "cues", lambda c: c.label_ == "ordinal" and str(c._.value) == str(ordinal)
                                    and (before is None or 0 <= before - c.end <= 3))
            add("series.ordinal", str(ordinal), *_offsets(number), f"{self.lang}/cues.tsv:ordinal:{ordinal}")

    def _why_topic(self, draft: Draft, topic: str):
        span = self._first_in(draft, "topics", lambda t: t.label_ == topic)
        if span is not None:
            row = span._.value or {}
            return span.start_char, span.end_char, f"{self.lang}/topics.tsv:{row.get('pattern', topic)}"
        if topic == "multilateral" and draft.organizations:
            org = self._first_in(draft, "organisations", lambda o: o.label_ in draft.organizations)
            return (*_offsets(org), "rule:document.organisation_matters")
        return None, None, "rule:document.topics_of_previous_event"

    def _why_organisation(self, draft: Draft, org: str):
        span = self._first_in(draft, "organisations", lambda o: o.label_ == org)
        if span is not None:
            return span.start_char, span.end_char, f"{self.lang}/organisation_names.tsv:{org}"
        span = self._first_in(draft, "organisations", lambda o: o.label_ == org, anywhere=True)
        return (*_offsets(span), "rule:document.margin_framework")

    def _why_document(self, draft: Draft, document: dict):
        title = document.get("title") or ""
        cue = self._first_in(draft, "cues", lambda c: c.label_ == "document" and c._.value == document["kind"]
                             and self.text.startswith(title, c.start_char), anywhere=True)
        rule = f"{self.lang}/cues.tsv:document:{document['kind']}"
        if cue is None:
            return None, None, rule
        return cue.start_char, cue.start_char + max(len(title), len(cue.text)), rule

    def _why_person(self, person):
        start, end = person.mentions[0] if person.mentions else (None, None)
        if person.title_span:
            return start, end, f"rule:people.named_with_title ({self.lang}/titles.tsv:{person.role})"
        year = int(self.published[:4]) if self.published else None
        if lookup(person.name, year) is not None:
            return start, end, f"data/office_holders.tsv:{person.name}"
        return start, end, "rule:people.name"


def _offsets(span) -> tuple[int | None, int | None]:
    if span is None:
        return None, None
    return span.start_char, span.end_char
