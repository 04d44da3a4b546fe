"""Stage 3: details. The people who take part, topics, organisations, signed documents and the
round of a series, from the event's own sentence and from the sentences that elaborate on it.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .context import Draft, Sentence


class Details:
    """People, topics, organisations, documents and series for a draft event."""

    def _add_people(self, draft: Draft, sent: Sentence) -> None:
        for p in sent.people:
            if self._person_excluded(sent, p):
                continue
            person: Person = p._.value
            if person not in draft.participants:
                draft.participants.append(person)
        for person in self._titled_references(sent):
            if person not in draft.participants:
                draft.participants.append(person)

    def _titled_references(self, sent: Sentence) -> list[Person]:
        """A title standing alone ("The Secretary-General condemns") names the document's
        person who holds that title, when exactly one does."""
        named = {id(p._.value) for p in sent.people}
        out = []
        for t in sent.titles:
            if any(p.start <= t.end + 2 and p.end >= t.start - 2 for p in sent.people):
                continue
            key = fold(t.text)
            holders = [p for p in self.people.values() if p.title and key and key in fold(p.title)
                       and id(p) not in named]
            if len({id(p) for p in holders}) == 1:
                out.append(holders[0])
        return out

    def _add_details(self, draft: Draft, sent: Sentence, own: bool) -> None:
        names = [(x.start, x.end) for x in sent.titles + sent.organisations]
        for t in sent.topics:
            row = t._.value
            if any(a <= t.start < b for a, b in names):
                continue  # "ministre du Tourisme", "Islamic Organization for Food Security": a name
            if row.get("strength") == "weak" and (draft.event != "CONSULT" or not (
                    own or any(x._.value.get("strength") != "weak" for x in sent.topics))):
                continue  # weak cues ("sécurité", a country's name) only tell what talks were about
            if t.label_ not in draft.topics:
                draft.topics.append(t.label_)
        for o in sent.organisations:
            if draft.org_actor and o.start < draft.trigger.start and self.sent_start[o.start] == self.sent_start[draft.trigger.start]:
                continue
            if o.label_ not in draft.organizations:
                draft.organizations.append(o.label_)
        if draft.event == "SUPPORT" and "sign" in draft.cues and any("sign" in self._cues(t) for t in sent.triggers):
            kinds = set()
            for c in sent.cue("document"):
                if c._.value not in kinds:
                    kinds.add(c._.value)
                    draft.documents.append({"kind": c._.value, "title": self._document_title(c)})
        if sent.index not in draft.sentences:
            draft.sentences.append(sent.index)
            draft.spans.append((sent.span.start_char, sent.span.end_char))

    def _document_title(self, cue: Span) -> str:
        """The document's words: its kind word and what follows up to the clause's end."""
        end = cue.end
        while end < len(self.doc) and self.sent_start[end] == self.sent_start[cue.start] and end - cue.end < 12 and not self.doc[end].is_punct \
                and self.doc[end].pos_ not in ("VERB", "AUX"):
            end += 1
        return self.doc[cue.start:end].text

    def _elaborate(self, focus: Draft, sent: Sentence) -> None:
        """A sentence with no event of its own adds details and people to the event in focus.

        Only talks and signed texts have contents told over several sentences; what follows a
        condemnation or a refusal is commentary."""
        if not (focus.event == "CONSULT" or "sign" in focus.cues):
            if any(t.label_ == focus.event for t in sent.triggers):
                # "… a contribution to the IFRC": the same act told on, its framework named
                focus.organizations += [o.label_ for o in sent.organisations if o.label_ not in focus.organizations]
            return
        self._add_details(focus, sent, own=False)
        if focus.event == "CONSULT":
            self._add_people(focus, sent)  # a signature's signatories are those named signing
        if focus.event == "CONSULT":
            attendance = sent.cue("attendance")
            for c in sent.countries:
                if self._is_place(c) or c.label_ in focus.states:
                    continue
                # States of the people named, or states listed as taking part ("were attended by
                # the ministers of X, Y and Z", "the ambassadors are from X, Y …").
                if any(p._.value.country == c.label_ for p in sent.people) or any(
                        a.start < c.start for a in attendance):
                    focus.actor.append(c.label_)

    def _add_series(self, draft: Draft, sent: Sentence) -> None:
        ordinals = sent.cue("ordinal")
        series = sent.cue("series")
        for o in ordinals:
            following = [s for s in series if 0 <= s.start - o.end <= 3]
            if not following:
                continue
            # The most specific name among the words that follow ("political consultations" over "session").
            names = [s for s in series if s.start >= o.end and s.start - o.end <= 8]
            generic = {"session", "round", "stage", "meeting"}  # canonical series ids from the cues tables
            specific = [s for s in names if s._.value not in generic]
            name = (specific or following)[0]._.value
            try:
                draft.series = {"name": name, "ordinal": int(o._.value)}
            except ValueError:
                continue
            return

    def _resolve_people(self, draft: Draft) -> None:
        """Fill counterpart roles and missing countries from the other side of the event."""
        roles = [p.role for p in draft.participants if p.role and p.role != "counterpart"]
        for p in draft.participants:
            if p.role == "org_head" and p.org and not p.country:
                row = self.orgs.get(p.org)
                p.country = row["actor_code"] if row else "IGO"
        known = {p.country for p in draft.participants if p.country}
        for p in draft.participants:
            if p.role == "counterpart":
                p.role = roles[0] if roles else None
            if not p.country:
                others = [c for c in draft.states if c not in known]
                if len(others) == 1:
                    p.country = others[0]
                    known.add(others[0])
