"""Stage 1: events from triggers. A sentence's trigger words propose events (type, mode, CAMEO
code, cues such as host, visit, phone, sign, future); a trigger noun that refers back ("during
the consultations") or a trigger inside a claim, a condition or a recalled past proposes nothing.
"""
from __future__ import annotations

from spacy.tokens import Span
from .context import VERBAL_TYPES, Draft, Sentence


class EventProposal:
    """The events a sentence proposes, each drafted with its states, people and details."""

    def _events_of(self, sent: Sentence, focus: Draft | None, drafts: list[Draft]) -> list[Draft]:
        triggers = [t for t in sent.triggers if not self._is_reference(t) and not self._in_dateline(t)]
        documents = sent.cue("document")
        strong = [t for t in triggers if ("weak" not in self._cues(t) and "host" not in self._cues(t))
                  or ("sign" in self._cues(t) and any(d.start > t.start for d in documents))
                  or ("host" in self._cues(t) and self._receives_someone(t, sent))
                  or ("weak" in self._cues(t) and self._acted_by_someone(t, sent))]
        # (One hosts a person: "a decision badly received by Algiers" is no visit.)
        if not strong:
            return []
        if self._is_background(sent, drafts):
            return []
        # What a claim or a report says ("Russia's claim that Ukraine plans to …") is its content.
        strong = [t for t in strong if not self._in_noun_clause(t.root)]
        if not strong:
            return []
        # What a diplomatic verb talks about ("condemned the attack", "discussed the
        # sanctions") is its object, not an event of its own.
        first_verbal = next((t for t in strong if t.label_ in VERBAL_TYPES), None)
        if first_verbal is not None:
            strong = [t for t in strong if t.label_ in VERBAL_TYPES or t.start < first_verbal.start]
            # "ruled out a visit", "called for talks": the meeting noun is the verb's object.
            if first_verbal.label_ in ("REJECT", "REQUEST") and first_verbal.root.pos_ == "VERB":
                strong = [t for t in strong if not (t.label_ == "CONSULT" and t.start > first_verbal.start
                                                    and t.root.pos_ == "NOUN")]
        # What a meeting verb is about ("discussed Russia's allegations") is its topic.
        talk = next((t for t in strong if t.label_ == "CONSULT" and t.root.pos_ == "VERB" and "meet" in self._cues(t)
                     and not self._cues(t) & {"host", "visit", "phone", "virtual"}), None)
        if talk is not None:
            strong = [t for t in strong if t.label_ == "CONSULT" or t.start < talk.start or t.root.pos_ != "NOUN"
                      or "sign" in self._cues(t)]
        # A meeting only imagined ("could be held", "pourrait réunir") is not a meeting held.
        if self._conditional(sent):
            strong = [t for t in strong if t.label_ != "CONSULT" or self._is_future(sent, t)]
        # A meeting named by a noun alone ("relaunch a dialogue") needs something that shows it
        # happened: people, a date, a round, a medium, a place.
        if strong and all(t.label_ == "CONSULT" for t in strong) and all(t.root.pos_ != "VERB" for t in strong) \
                and not (sent.people or sent.dates or sent.cue("ordinal") or sent.cue("format")
                         or any(self._is_place(c) for c in sent.countries)
                         or any(self._cues(t) & {"visit", "host", "phone", "virtual"} for t in strong)):
            return []
        # Inside talks ("during the meeting", "the two sides …"), praise, concern, aid and the
        # like are what was said, part of the meeting; only a signature or a commitment stands apart.
        if focus is not None and focus.event == "CONSULT" and focus.aux is None and (
                sent.cue("sides") or any(self._is_reference(t) for t in sent.triggers)):
            strong = [t for t in strong if t.label_ in ("CONSULT", "AGREE") or "sign" in self._cues(t)]
            if not strong:
                return []
        by_type: dict[str, list[Span]] = {}
        futures = set()
        for t in strong:
            row = t._.value
            event = row["event"]
            cues = self._cues(t)
            future = self._is_future(sent, t)
            if "sign" in cues:
                event = "SUPPORT"
            if future and event == "SUPPORT" and "sign" not in cues:
                continue  # support to come is not yet given, and not a commitment to meet or sign
            if future and event in ("CONSULT", "SUPPORT"):
                event = "AGREE"
            if ("negation" in cues and event == "CONSULT") or self._refuses(t):
                event = "REJECT"
            if event == "AGREE" and (future or "future" in cues):
                futures.add(event)
            by_type.setdefault(event, []).append(t)
        # An agreement to meet ("agreed to hold consultations") is one AGREE, not AGREE + CONSULT.
        if "AGREE" in by_type and "CONSULT" in by_type and futures and \
                min(t.start for t in by_type["AGREE"]) < min(t.start for t in by_type["CONSULT"]):
            by_type.pop("CONSULT")
        # AGREE is a commitment to something specific (meet, visit, sign, a named programme), not
        # a general wish to deepen relations.
        if "AGREE" in by_type and not self._specific_commitment(sent, strong):
            by_type.pop("AGREE")
        out = []
        for event, trigs in by_type.items():
            trigs.sort(key=lambda t: -self._trigger_weight(t))
            draft = self._draft(sent, event, trigs, event in futures)
            if draft is not None:
                out.append(draft)
        meeting = next((d for d in out if d.event == "CONSULT"), None)
        if meeting is not None:
            for d in out:
                if d.event == "AGREE":
                    # What the sentence says was discussed belongs to the meeting, not to the plan.
                    d.topics, d.organizations = [], []
        return out

    def _in_noun_clause(self, token) -> bool:
        """Is the token inside a clause that completes a noun ("the claim that …", "l'idée que …")?"""
        while token.head.i != token.i:
            if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.i in self.trigger_tokens:
                return True  # the noun is itself an event word: a claim, an allegation, a call
            token = token.head
        return False

    def _conditional(self, sent: Sentence) -> bool:
        """A verb in the conditional mood, or a hypothetical modal ("could", "would")."""
        return any("Cnd" in t.morph.get("Mood") for t in sent.span) or any(
            c._.value == "hypothetical" for c in sent.cue("aux"))

    def _specific_commitment(self, sent: Sentence, triggers: list[Span]) -> bool:
        """Does the sentence name what is committed to: a meeting, a visit, a signature, a document
        or a round (not "this conversation" already told)?"""
        for t in triggers:
            cues = self._cues(t)
            if t.label_ == "CONSULT" or cues & {"sign", "visit", "host", "meet", "series", "multilateral"}:
                return True
        markers = sent.cue("ordinal") + [c for c in sent.cue("aux") if c._.value == "future"]
        rounds = [o for o in markers if any(0 <= s.start - o.end <= 3 for s in sent.cue("series"))]
        return bool(sent.cue("document") or rounds or self._commits_to_act(sent, triggers))
        # ("the 5th session", "la prochaine session"; "agreed to lift the ban": see coding/acts.py)

    def _receives_someone(self, trigger: Span, sent: Sentence) -> bool:
        """"reçoit"/"received" is a meeting when a person or a state's envoy is received."""
        return any(p.start > trigger.start for p in sent.people) or any(
            t.start > trigger.start for t in sent.titles)

    def _trigger_weight(self, trigger: Span) -> int:
        """Specific triggers (a call, a visit, hosting, signing) lead over generic ones ("discuss")."""
        cues = self._cues(trigger)
        weight = 2 * len(cues & {"phone", "virtual", "visit", "host", "sign", "multilateral", "series"})
        main_clause = trigger.root.dep_ == "ROOT" or trigger.root.head.dep_ == "ROOT"
        return weight + (trigger.root.pos_ == "VERB") + 2 * main_clause

    def _is_reference(self, trigger: Span) -> bool:
        """A trigger noun that refers back: "au cours des consultations", "his visit", "this meeting"."""
        if "noun" not in self._cues(trigger) and trigger.root.pos_ != "NOUN":
            return False
        if trigger.label_ != "CONSULT":
            # "his condolences", "sa condamnation": said now; "this allegation": told before.
            prev = [t for t in self._prev_words(trigger, 2) if t.pos_ != "ADJ"]
            return bool(prev) and "PronType=Dem" in str(prev[-1].morph)
        if "visit" in self._cues(trigger) and not self._possessed(trigger):
            return False  # "en visite au Maroc", "on an official visit to": a visit, not a reference
        if self._ordinal_before(trigger):
            return False
        prev = self._prev_words(trigger, 5)
        if self._possessed(trigger):
            return True
        if any(0 <= trigger.start - c.end <= 6 and c.start >= self.sent_start[trigger.start] for c in self.margins):
            return True
        for tok in reversed(prev):
            if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
                return False
            if tok.pos_ == "ADP":
                return True
        return False

    def _possessed(self, trigger: Span) -> bool:
        """"his visit", "cette rencontre": a possessive or demonstrative points back."""
        prev = [t for t in self._prev_words(trigger, 3) if t.pos_ != "ADJ"]
        return bool(prev) and prev[-1].pos_ in ("DET", "PRON") and (
            "Poss=Yes" in str(prev[-1].morph) or "PronType=Dem" in str(prev[-1].morph))

    def _ordinal_before(self, trigger: Span) -> list[Span]:
        sent_start = self.sent_start[trigger.start]
        return [c for c in self.ordinals if sent_start <= c.start < trigger.start and trigger.start - c.end <= 3]

    def _is_future(self, sent: Sentence, trigger: Span) -> bool:
        """The trigger announces what is to come: a future marker just before it, or a future verb."""
        if "future" in self._cues(trigger):
            return True
        for cue in sent.cue("aux"):
            if cue._.value == "future" and 0 <= trigger.start - cue.end <= 5:
                return True
        if trigger.root.pos_ not in ("VERB", "AUX"):
            return False  # a noun is future only by a marker before it ("la prochaine session")
        verb = trigger.root
        for tok in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]):
            if "Fut" in tok.morph.get("Tense"):
                return True
        return False

    def _is_background(self, sent: Sentence, drafts: list[Draft]) -> bool:
        """A sentence that recalls an earlier event ("the first round was held in 2018")."""
        if not drafts or not self.published:
            return False
        year = int(self.published[:4])
        for d in sent.dates:
            if d.kind == "year" and d.value and int(d.value[:4]) < year:
                return True
            if d.value and len(d.value) >= 7 and d.value[:7] < self.published[:7] and d.kind == "absolute":
                main = next((x.date for x in drafts if x.date), None)
                if main and d.value < main[: len(d.value)]:
                    return True
        return False

    def _draft(self, sent: Sentence, event: str, trigs: list[Span], future: bool) -> Draft | None:
        trigger = trigs[0]
        row = trigger._.value
        cues = set()
        for t in trigs:
            cues |= self._cues(t)
        mode = row.get("mode") or None
        if event != row["event"]:
            mode = None
        draft = Draft(event, mode, row.get("cameo") or None, cues, sent.index, trigger)
        if event == "AGREE" and future:
            draft.aux = "future"
        if event == "SUPPORT" and "sign" in cues:
            draft.cameo = "057"
        draft.sentences.append(sent.index)
        draft.spans.append((sent.span.start_char, sent.span.end_char))
        self._assign_states(draft, sent)
        self._add_people(draft, sent)
        if sent.cue("sides") and not draft.participants and self.focus is not None and event == "AGREE":
            draft.participants = list(self.focus.participants)  # "the two ministers agreed …"
        self._add_details(draft, sent, own=True)
        if event == "CONSULT" or (event == "AGREE" and {"visit", "meet", "series", "multilateral"} & cues):
            self._add_series(draft, sent)
        return draft
