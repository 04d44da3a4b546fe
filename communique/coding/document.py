"""Stage 4: the document pass. Mentions of one meeting merge into one event, several audiences
split into several; then each event gets its date, format, mode and the missing roles and
states of its people.
"""
from __future__ import annotations

import re

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .dates import anchor_weekday, can_name
from .context import NON_STATE, REMOTE_FORMATS, STATEMENT_TYPES, Draft, Sentence, dedupe
from .details import settle_documents

#: How many sentences after those that tell a meeting what one side says is still said at it
#: (after a call: any number, DESIGN: "what one side said after their call is said on the call").
NEAR_SENTENCES = 2

#: Roles of people who call on another state's officials on behalf of their own.
ENVOY_ROLES = {"ambassador", "envoy"}

#: Dependencies from a praise verb to its object, and from a preposition to its noun.
OBJECT_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "iobj"})
PREP_DEPS = frozenset({"prep"})
PREP_OBJECT_DEPS = frozenset({"pobj"})


class DocumentPass:
    """Merging the drafts of a document and finishing them."""

    def _per_audience(self, draft: Draft) -> list[Draft]:
        """A visit's meetings "with the Prime Minister and the Chief of Army Staff" are one
        meeting per audience (DESIGN: one CONSULT per audience)."""
        if draft.event != "CONSULT" or not draft.directed or draft.aux:
            return [draft]
        hosts = [p for p in draft.participants if p.role and (p.country in draft.recipient or p.country is None)]
        sent = self.sentences[draft.sentence]
        in_sentence = {id(p._.value) for p in sent.people}
        joined = [p for p in hosts if id(p) in in_sentence]
        if len(joined) < 2 or len({p.role for p in joined}) < len(joined) or not self._listed(joined, sent):
            return [draft]
        out = []
        for host in joined:
            host.country = host.country or draft.recipient[0]
            part = draft.copy(participants=[p for p in draft.participants if p not in joined or p is host])
            if host is not joined[0]:
                part.topics, part.organizations = [], []
            out.append(part)
        return out

    def _complete_sides(self, draft: Draft) -> None:
        """The people taking part in a meeting speak for their states: a state known only through
        its minister ("the minister held talks with his Nigerian counterpart") takes part too."""
        if draft.event != "CONSULT" or draft.directed or draft.aux:
            return
        for p in draft.participants:
            if p.country and len(p.country) == 3 and p.country not in NON_STATE and p.country not in draft.states:
                draft.actor.append(p.country)

    def _per_counterpart(self, draft: Draft, drafts: list[Draft] = ()) -> list[Draft]:
        """A leader who receives several ambassadors, or a minister who holds "bilateral talks"
        with several counterparts, meets each of them apart: one CONSULT per counterpart state
        (DESIGN: one CONSULT per audience). A joint audience or a summit stays one event. So
        does a lead that names the counterparts together when the text then tells the meeting
        with one of them alone ("a reçu ses homologues du Sénégal, du Bénin et du Soudan. … s'est
        entretenu avec la ministre sénégalaise …"): the audiences were apart."""
        if draft.event != "CONSULT" or draft.aux or "multilateral" in draft.cues:
            return [draft]
        sents = [self.sentences[i] for i in draft.sentences]
        if draft.directed:
            if len(draft.recipient) != 1 or len(draft.actor) < 2:
                return [draft]
            hub, others = list(draft.recipient), list(draft.actor)
            separate = any(s.cue("separate") for s in sents)
        else:
            states = draft.ordered_states
            if len(states) < 3:
                return [draft]
            hub = [c for c in self._protagonist_states([]) if c in states][:1] or [c for c in self.pair if c in states][:1]
            others = [c for c in states if c not in hub]
            separate = bool(hub) and any(s.cue("separate") for s in sents)
        told_apart = [d for d in drafts if d is not draft and d.event == "CONSULT" and d.aux is None
                      and len(d.states) == 2 and set(hub) < d.states and d.states - set(hub) <= set(others)
                      and (not d.directed or not draft.directed or d.recipient == hub)]  # not a visit the other way
        if not separate and not told_apart:
            return [draft]
        out = []
        for n, state in enumerate(others):
            sides = hub + [state]
            part = draft.copy(actor=[state] if draft.directed else sides,
                              recipient=hub if draft.directed else [],
                              participants=[p for p in draft.participants if p.country in sides or p.country is None],
                              entity_spans={k: v for k, v in draft.entity_spans.items() if k in sides})
            part.lead_of = [d for d in told_apart if state in d.states]  # its meeting told again
            out.append(part)
        return out

    def _audiences_told_apart(self, drafts: list[Draft]) -> list[Draft]:
        """An audience of a lead split per counterpart and told again alone further on is one
        event: the later mention adds its details to the lead's part, which keeps the lead's
        direction (who received whom)."""
        told_again = set()
        for d in drafts:
            for later in getattr(d, "lead_of", ()):
                if id(later) not in told_again:
                    self._absorb(d, later)
                    told_again.add(id(later))
        return [d for d in drafts if id(d) not in told_again]

    def _envoy_visits(self, draft: Draft) -> None:
        """An ambassador or envoy meeting the other side's officials calls on them: the envoy's
        state visits, the other hosts ("talks in Moscow between Morocco's ambassador and the
        deputy foreign minister" is MAR -> RUS)."""
        if draft.event != "CONSULT" or draft.directed or draft.aux or draft.format != "in_person" \
                or len(draft.states) != 2:
            return
        envoys, officials = set(), set()
        for p in draft.participants:
            if p.country in draft.states:
                (envoys if p.role in ENVOY_ROLES else officials).add(p.country)
        for i in draft.sentences:
            for t in self.sentences[i].titles:
                title = t._.value
                if t.label_ in ENVOY_ROLES and title is not None and title.country in draft.states:
                    envoys.add(title.country)
        if len(envoys) == 1 and officials and not officials & envoys and envoys | officials == draft.states:
            draft.actor, draft.recipient, draft.directed = list(envoys), list(officials), True
            draft.note("direction", None, None, "rule:document.envoy_visits")
            draft.mode = draft.mode or "visit"
            if draft.cameo in (None, "040"):
                draft.cameo = "042"

    @staticmethod
    def _meetings_during_visits(drafts: list[Draft]) -> None:
        """Talks between a visitor and the host, told apart from the visit ("the tête-à-tête
        between the two presidents"), are part of it: the visitor still comes to the host."""
        visits = [d for d in drafts if d.event == "CONSULT" and d.directed and d.aux is None
                  and d.mode == "visit" and d.cues & {"visit", "host"} and len(d.actor) == 1 and len(d.recipient) == 1]
        pairs = {frozenset(d.actor + d.recipient): d for d in visits}
        for draft in drafts:
            if draft.event != "CONSULT" or draft.directed or draft.aux or draft.format != "in_person":
                continue
            visit = pairs.get(frozenset(draft.states))
            if visit is not None and len(draft.states) == 2:
                draft.actor, draft.recipient, draft.directed = list(visit.actor), list(visit.recipient), True
                draft.mode = draft.mode or "visit"

    @staticmethod
    def _signatories_attend_the_talks(drafts: list[Draft]) -> None:
        """A meeting and a signing of the same states on the same day are one occasion: who
        signed took part in the talks ("La commission mixte s'est réunie … Le procès-verbal a été
        signé par X et Y"), when the text names no one else for them. (Not the other way: a
        text that names no signatory does not say who signed.)"""
        meetings = [d for d in drafts if d.event == "CONSULT" and d.aux is None and d.format == "in_person"]
        signings = [d for d in drafts if d.event == "SUPPORT" and "sign" in d.cues and d.aux is None]
        for meeting in meetings:
            for signing in signings:
                if set(meeting.states) == set(signing.states) and meeting.date == signing.date \
                        and signing.participants and not meeting.participants:
                    meeting.participants = list(signing.participants)

    def _listed(self, people: list[Person], sent: Sentence) -> bool:
        """Are these people named in one list ("with X and General Y"), with no verb between them?"""
        spans = sorted((p for p in sent.people if p._.value in people), key=lambda s: s.start)
        for a, b in zip(spans, spans[1:]):
            between = self.doc[a.end:b.start]
            if any(t.pos_ in ("VERB", "AUX") for t in between) or not any(
                    t.pos_ == "CCONJ" or t.text == "," for t in between):
                return False
        return True

    def _fill_protagonists(self, drafts: list[Draft]) -> None:
        """A series of meetings told one counterpart at a time ("With the Ethiopian minister, the
        talks covered …") keeps the protagonist on the other side: the document's person of that
        state who takes part in most events."""
        counts: dict[int, int] = {}
        people: dict[int, Person] = {}
        for d in drafts:
            for p in d.participants:
                counts[id(p)] = counts.get(id(p), 0) + 1
                people[id(p)] = p
        for d in drafts:
            if d.event not in ("CONSULT", "AGREE"):
                continue
            covered = {p.country for p in d.participants}
            for state in [c for c in d.ordered_states if c not in covered]:
                candidates = [p for p in drafts[0].participants if p.country == state]
                if candidates and d.participants:
                    d.participants.append(max(candidates, key=lambda p: counts[id(p)]))

    def _title_states(self) -> list[str]:
        if self.title_doc is None:
            return []
        return dedupe(s.label_ for s in self.title_doc.spans.get("countries", [])
                       if not (s.start and fold(self.title_doc[s.start - 1].text) in self.words.place))

    def _implied_talks(self, focus: Draft | None, sent: Sentence) -> Draft | None:
        """"X and Y signed a memorandum. The ministers stressed …": a signing whose sides then
        discuss matters implies their talks, a meeting of its own."""
        if focus is None or focus.event != "SUPPORT" or "sign" not in focus.cues or not focus.participants:
            return None
        if not any(c.start - sent.span.start <= 3 for c in sent.cue("sides")) or not (sent.topics or sent.organisations):
            return None  # "the ministers stressed …" opens the sentence: they act in it
        talks = Draft("CONSULT", None, "040", {"meet"}, sent.index, sent.span)
        talks.actor = list(focus.actor) + [c for c in focus.recipient if c not in focus.actor]
        talks.participants = list(focus.participants)
        talks.entity_spans = dict(focus.entity_spans)
        return talks

    def _next_audience(self, focus: Draft | None, sent: Sentence, drafts: list[Draft]) -> Draft | None:
        """"Enfin, Attaf a exploré avec le ministre du Bénin, X, …": in a round of bilateral meetings,
        a sentence bringing a counterpart of a new state is the next meeting, even with no meeting word."""
        if focus is None or focus.event != "CONSULT" or focus.aux or self._is_multilateral(focus) or len(focus.states) < 2:
            return None
        home = [c for c in focus.ordered_states if any(c in d.states for d in drafts if d is not focus)]
        for p in sent.people:
            person: Person = p._.value
            if not person.role or not person.country or person.country in focus.states or self._person_excluded(sent, p):
                continue
            start = min(p.start, *[t.start for t in sent.titles if t.end <= p.start and p.start - t.end <= 3]) \
                if any(t.end <= p.start and p.start - t.end <= 3 for t in sent.titles) else p.start
            if not any(fold(t.text) in self.words.with_ for t in self._prev_words(self.doc[start:p.end], 4)):
                continue
            talks = Draft("CONSULT", focus.mode, focus.cameo, set(focus.cues), sent.index, sent.span)
            talks.actor = dedupe(home[:1] + [person.country])
            talks.participants = [person]
            talks.format = focus.format
            return talks
        return None

    def _only_elaborates(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"They also discussed …", "il a été question de …": talk about the meeting in focus,
        with no new person, date, medium or round of its own, is not another meeting."""
        if focus is None or focus.event != "CONSULT" or focus.aux or draft.event != "CONSULT" or draft.aux:
            return False
        if self._on_margins(sent) or (self._is_multilateral(focus) and len(draft.states) <= 2
                                      and [p for p in draft.participants if p not in focus.participants]):
            return False  # a bilateral meeting on the margins of a summit is a meeting of its own
        specific = {"phone", "virtual", "visit", "host", "multilateral"}
        # People of the same sides (or of no known side) are still the same meeting's people.
        new_sides = [p for p in draft.participants if p not in focus.participants
                     and p.country and p.country not in focus.states]
        return not new_sides and not sent.dates and not (draft.cues & specific) and draft.series is None

    def _chaired_again(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"The talks were chaired by X", "La réunion a été présidée par X", "The meeting, chaired by
        X, is the first since …": the meeting's noun, definite, said to be chaired, is the meeting
        in focus told again (held, or the one announced), not another; its chair takes part in it."""
        if focus is None or not ((draft.event == "CONSULT" and not draft.aux) or (draft.event == "AGREE" and draft.aux == "future")):
            return False
        if not ((focus.event == "CONSULT" and not focus.aux)
                or (focus.event == "AGREE" and focus.aux == "future" and focus.cues & self.MEETING_CUES)):
            return False
        root = draft.trigger.root
        if root.pos_ != "NOUN":
            return False
        definite = any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
                       for c in root.children)
        # (Or attended: "The virtual meeting was attended by representatives of X, Y and Z".)
        chairing = {tok.i for kind in ("chair", "attendance") for c in sent.cue(kind) for tok in c}
        said_chaired = (root.dep_.split(":")[0] in ("nsubj", "nsubjpass") and root.head.i in chairing) \
            or any(c.i in chairing and c.dep_.split(":")[0] == "acl" for c in root.children)
        # (A round named with its number, "Cette 38e session …, présidée par X, a rassemblé …", merges
        # as the meeting it is, its round with it.)
        return definite and said_chaired and draft.series is None

    def _add_chairs(self, focus: Draft, sent: Sentence) -> None:
        """Add the titled people a sentence names as chairing (the agent of a chairing verb)."""
        chairing = {tok.i for c in sent.cue("chair") for tok in c}
        for p in sent.people:
            person: Person = p._.value
            token = p.root
            for _ in range(4):
                if token.dep_.split(":")[0] in ("conj", "appos", "flat", "compound"):
                    token = token.head
                elif token.dep_ == "pobj" and token.head.dep_ == "agent":
                    token = token.head
                else:
                    break
            if token.head.i in chairing and token.dep_ in ("agent", "obl:agent") and (person.role or person.title) \
                    and not self._person_excluded(sent, p) and person not in focus.participants:
                focus.participants.append(person)

    def _visit_told_again(self, draft: Draft, drafts: list[Draft]) -> bool:
        """"La visite du président français s'inscrit dans une tournée …" after "à l'occasion de la
        visite d'État du président Emmanuel Macron dans la Grande Île": a visit noun with the
        definite article whose own visitor (named after "de"/"of") already visits in an event told
        before names that visit again; it is no new visit."""
        noun = draft.trigger.root
        if draft.event != "CONSULT" or draft.aux or "visit" not in draft.cues or noun.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") and not
                           set(c.morph.get("PronType")) & {"Dem"} and "Yes" not in c.morph.get("Poss")
                           for c in noun.children):
            return False
        own = self._visitors_named_by_the_visit(draft, self.sentences[draft.sentence])
        return bool(own) and any(d.event == "CONSULT" and d.aux is None and d.directed and "visit" in d.cues
                                 and set(own) <= set(d.actor) for d in drafts)

    def _courtesy(self, draft: Draft, focus: Draft | None, sent: Sentence) -> bool:
        """"Il s'est félicité de la visite", "thanked him for his gracious hospitality": praise
        (CAMEO 051) of the visit, the welcome or the invitation, said by the sides of the meeting
        in focus, is part of that meeting. Praise of anything else (aid, a vote, reforms) is not."""
        if focus is None or focus.event != "CONSULT" or focus.aux or draft.event != "SUPPORT" \
                or draft.cameo != "051" or draft.aux or not draft.states <= focus.states:
            return False
        root = draft.trigger.root
        objects = [c for c in root.children if c.dep_ in OBJECT_DEPS]
        objects += [g for c in root.children if c.dep_ in PREP_DEPS for g in c.children if g.dep_ in PREP_OBJECT_DEPS]
        # (The occasion's nouns are the `occasion` cues of each language's cues.tsv.)
        occasion = {tok.i for c in sent.cue("occasion") for tok in c}
        return any(t.pos_ == "NOUN" and t.i in occasion for t in objects)

    def _on_margins(self, sent: Sentence) -> bool:
        """"On the margins of …" in the sentence, or alone in the fragment just before it (the
        parser cuts "En marge des travaux, M. X s'est entretenu …" after the frame)."""
        if sent.cue("margin"):
            return True
        before = self.sentences[sent.index - 1] if sent.index > 0 else None
        return before is not None and bool(before.cue("margin")) and not any(
            t.pos_ in ("VERB", "AUX") for t in before.span)

    def _merge_into(self, drafts: list[Draft], new: Draft) -> Draft | None:
        for old in reversed(drafts):
            if old.event != new.event or old.aux != new.aux:
                continue
            if new.event == "CONSULT" and self._is_multilateral(old) != self._is_multilateral(new):
                continue  # a bilateral meeting on a summit's margins is not the summit
            if new.event == "AGREE" and old.sentence != new.sentence and not (
                    old.series and new.series and old.series == new.series) and not self._same_plan(old, new):
                continue  # (the same round, visit or meeting announced twice is one plan)
            if new.event == "SANCTION" and (old.mode != new.mode or (
                    old.sentence != new.sentence and self._new_measure(new))):
                continue  # "also designated …", "announced new sanctions": another measure
            if new.states and old.states and not (new.states <= old.states or old.states <= new.states):
                continue
            if new.event == "CONSULT" and not self._same_meeting(old, new):
                continue
            if self._organisation_and_state(old, new):
                continue
            self._absorb(old, new)
            return old
        return None

    @staticmethod
    def _organisation_and_state(old: Draft, new: Draft) -> bool:
        """Is one an organisation's own act (its subject is the organisation, no state acts) and
        the other a state's? "Kenya has rejected the ruling … The court rejected an argument by
        Somalia": two acts by two actors, whatever the type; merged, one actor would be lost."""
        def by_organisation(d: Draft) -> bool:
            return bool(d.org_actor) and not d.actor
        return (by_organisation(old) and bool(new.actor)) or (by_organisation(new) and bool(old.actor))

    #: The kinds of plan that one document tells once per pair of sides: a visit, a meeting, a
    #: call, a round, a signing ("will visit Seoul on Sunday … Kishida plans to make a working visit").
    ONE_PLAN_KINDS = frozenset({"visit", "meeting", "call", "round", "signing"})
    MEETING_CUES = frozenset({"visit", "host", "invite", "meet", "multilateral", "phone", "virtual", "sign", "series"})

    def _same_plan(self, old: Draft, new: Draft) -> bool:
        """Are two announced events of other sentences the same plan: both to come, of the same kind
        of meeting, between the same sides in the same direction, on no two different dates?"""
        if old.aux != "future" or new.aux != "future" or not new.states:
            return False
        if (old.actor, old.recipient, old.directed) != (new.actor, new.recipient, new.directed):
            return False
        # Each must name its meeting itself: not a commitment whose sentence only mentions talks
        # ("sont convenus de poursuivre leurs échanges sur la base d'une feuille de route").
        if not all(d.cues & self.MEETING_CUES for d in (old, new)):
            return False
        plans = [self._plan(d, self.sentences[d.sentence]) for d in (old, new)]
        if plans[0]["kind"] != plans[1]["kind"] or plans[0]["kind"] not in self.ONE_PLAN_KINDS:
            return False
        return not (plans[0]["date"] and plans[1]["date"] and plans[0]["date"] != plans[1]["date"])

    def _new_measure(self, draft: Draft) -> bool:
        """A measure told by a verb ("imposed", "designated") or as a verb's object ("announced new
        sanctions") is one more; a noun subject ("The restrictions apply to …") refers back."""
        root = draft.trigger.root
        return root.pos_ in ("VERB", "AUX") or root.dep_ in ("dobj", "obj", "ROOT")

    def _same_meeting(self, old: Draft, new: Draft) -> bool:
        """Two CONSULT mentions are one meeting unless they involve different people on one side.
        (Only people known by an office or a state tell: a bare name may be anyone mentioned.)"""
        old_names = {p.key for p in old.participants if p.role or p.country}
        new_names = {p.key for p in new.participants if p.role or p.country}
        if new_names and old_names and not (new_names & old_names):
            return False
        if new_names - old_names and old_names and new.directed and old.directed:
            # Same visitor, another host (an envoy's second audience).
            hosts_old = {p.key for p in old.participants if p.country in old.recipient}
            hosts_new = {p.key for p in new.participants if p.country in new.recipient}
            if hosts_old and hosts_new and not (hosts_old & hosts_new):
                return False
        return True

    def _visit_of_the_meeting(self, old: Draft, new: Draft) -> bool:
        """Is `new` one visitor's visit to one host, between the very two states of `old`, a
        meeting told with no host, and does its own sentence name both? (Not a visit of others
        whose sides the document pair filled in: "au courant d'une éventuelle visite du Premier
        ministre israélien à Londres". Not a round of a series: held in one side's capital, it
        stays symmetric, DESIGN's coding rules.)"""
        return old.event == new.event == "CONSULT" and not old.directed and new.directed \
            and new.mode == "visit" and bool(new.cues & {"visit", "host"}) \
            and len(new.actor) == 1 and len(new.recipient) == 1 and len(old.states) == 2 \
            and old.states == new.states and not old.series and not new.series \
            and old.format in (None, "in_person") and new.states <= self._states_named(self.sentences[new.sentence])

    @staticmethod
    def _states_named(sent: Sentence) -> set[str]:
        """The states a sentence names: by a country word, a person's or a title's state."""
        named = {c.label_ for c in sent.countries}
        named |= {p._.value.country for p in sent.people if p._.value is not None and p._.value.country}
        named |= {t._.value.country for t in sent.titles if t._.value is not None and t._.value.country}
        return named

    def _absorb(self, old: Draft, new: Draft) -> None:
        if len(old.states) < 2 and len(new.states) > len(old.states):
            # The first mention lacked a side; later mentions only add details.
            old.actor, old.recipient, old.directed = new.actor, new.recipient, new.directed
        elif self._visit_of_the_meeting(old, new):
            # "Les entretiens entre X et Y se sont tenus … la première visite de X en Y", "held
            # talks … Y warmly received X": the meeting told first with no host is the visit or
            # the audience told next; the visitor comes to the host.
            old.actor, old.recipient, old.directed = list(new.actor), list(new.recipient), True
            old.mode = "visit"
            old.notes.pop(("direction", None), None)
        if old.mode is None and new.mode:
            old.mode = new.mode
        old.cues |= new.cues
        for p in new.participants:
            if p not in old.participants:
                old.participants.append(p)
        for t in new.topics:
            if t not in old.topics:
                old.topics.append(t)
        for o in new.organizations:
            if o not in old.organizations:
                old.organizations.append(o)
        old.documents += [d for d in new.documents if d not in old.documents]
        settle_documents(old)
        old.series = old.series or new.series
        old.place = old.place or new.place
        for s in new.sentences:
            if s not in old.sentences:
                old.sentences.append(s)
        for sp in new.spans:
            if sp not in old.spans:
                old.spans.append(sp)
        for k, v in new.entity_spans.items():
            old.entity_spans.setdefault(k, v)
        old.notes = {**new.notes, **old.notes}

    def _finish(self, drafts: list[Draft]) -> None:
        self.first_event = drafts[0] if drafts else None
        statement = self._statement_format()
        main_date = None
        told = {}  # id(draft) -> the words its own sentence dates it by, when they could not be resolved
        self._incident_words = set()  # where dates told as those of what a statement is about begin
        self._statement_days = None  # the day the document's statement was issued (_statement_day)
        self._dated_by = {}  # id(draft) -> where the date words it was dated by begin
        for draft in drafts:
            sents = [self.sentences[i] for i in draft.sentences] if draft.sentences else []
            told[id(draft)] = self._date(draft, sents)
        # The document's main date is its first event's, unless it comes from words that date what
        # a statement condemns or mourns ("condemned the attack that occurred on January 27"): the
        # statement and the acts told with it are not of that day; nor is a day long before the
        # publication ("On this day, April 4, 1949, the Washington Treaty was signed"), which news
        # recalls.
        for draft in drafts:
            if draft.date and draft.date_source == "text" and draft.aux is None and main_date is None \
                    and self._dated_by.get(id(draft)) not in self._incident_words \
                    and not self._long_before(draft.date):
                main_date = draft.date
        # Meetings first: a signature or a statement inside a meeting takes the meeting's format.
        # An organisation named only as the occasion ("on the sidelines of the OSCE Ministerial
        # Council", "en marge du sommet de l'UA") frames the talks; it is not what they were about.
        occasions = self._margin_organisations()
        for draft in drafts:
            if draft.event in ("CONSULT", "AGREE") and not self._is_multilateral(draft) \
                    and any(o not in occasions for o in self._matter_organisations(draft)) \
                    and "multilateral" not in draft.topics:
                draft.topics.append("multilateral")  # talks about an organisation's matters
        frame = self._frame_organisations(drafts)
        for draft in drafts:
            if frame and draft.aux is None and (draft.event == "CONSULT" and not self._is_multilateral(draft)
                                                or "sign" in draft.cues):
                # Meetings and signatures "on the margins of" a summit happen within its framework.
                draft.organizations += [o for o in frame if o not in draft.organizations]
                if draft.event == "CONSULT" and draft.mode is None and draft.format not in REMOTE_FORMATS:
                    draft.mode = "third-party"
        summits = [d for d in drafts if d.event == "CONSULT" and d.aux is None and self._is_multilateral(d)]
        for draft in drafts:
            if summits and draft.event == "CONSULT" and draft.aux is None and not self._is_multilateral(draft) \
                    and any(self._on_margins(self.sentences[i]) for i in draft.sentences):
                # "On the margins of the proceedings": of the summit the document tells.
                draft.organizations += [o for o in summits[0].organizations if o not in draft.organizations]
        previous = None
        for draft in drafts:
            # Condolences after a condemnation are about the same attack; praise said in the
            # sentence of a call or a meeting is about its matters. (Not praise told after the
            # meeting's sentences: "Il a exprimé son entier soutien au programme de réformes"
            # is not about all the talks covered, trade, energy, tourism.)
            if previous is not None and not draft.topics and draft.event in ("SUPPORT", "ACCUSE") \
                    and (previous.event != "CONSULT" or draft.sentence in previous.sentences) \
                    and "sign" not in draft.cues and set(draft.actor) == set(previous.actor):
                draft.topics = list(previous.topics)
            previous = draft
        for draft in sorted(drafts, key=lambda d: d.event != "CONSULT"):
            words = told.get(id(draft))
            if draft.date is None and draft.aux is None and main_date \
                    and (words is None or can_name(words, main_date, self.lang)):
                draft.date, draft.date_source = main_date, "text"
            day = self._statement_day() if draft.date is None and draft.aux is None \
                and draft.event in STATEMENT_TYPES else None
            if day is not None and (words is None or can_name(words, day.value, self.lang)):
                draft.date, draft.date_source = day.value, "text"
                draft.note("date", None, day, "rule:document.statement_date")
            if draft.date is None and draft.aux is None and self.published:
                draft.date, draft.date_source = self.published, "published"
            self._format(draft, drafts, statement)
            self._resolve_people(draft)
            self._envoy_visits(draft)
        self._meetings_during_visits(drafts)
        self._signatories_attend_the_talks(drafts)
        for draft in sorted(drafts, key=lambda d: d.event != "CONSULT"):
            if draft.event == "CONSULT" and draft.mode is None:
                if len(draft.states) >= 3 or ("multilateral" in draft.cues and draft.organizations):
                    draft.mode = "multilateral"
                elif draft.format in REMOTE_FORMATS:
                    draft.mode = "phone"
            if draft.event in ("AGREE", "SUPPORT", "CONCEDE"):
                draft.mode = None  # PLOVER gives these types no modes
            if draft.event == "CONSULT" and draft.mode is None and any(
                    self._on_margins(self.sentences[i]) for i in draft.sentences):
                draft.mode = "third-party"

    def _margin_organisations(self) -> set[str]:
        """Organisations named right after "on the margins of" / "en marge de" somewhere."""
        return {org.label_ for sent in self.sentences for cue in sent.cue("margin")
                for org in sent.organisations if 0 <= org.start - cue.end <= 10}

    def _frame_organisations(self, drafts: list[Draft]) -> list[str]:
        """Organisations named right after "on the margins of" / "en marge de", but in a sentence
        that recalls an earlier meeting ("a follow up to their meeting in September on the margins
        of the UN General Assembly", "avait évoqué … en marge du sommet de l'UA")."""
        out = []
        for sent in self.sentences:
            if self._recalls_earlier(sent, drafts):
                continue
            for cue in sent.cue("margin"):
                for org in sent.organisations:
                    if 0 <= org.start - cue.end <= 10 and org.label_ not in out:
                        out.append(org.label_)
        return out

    def _statement_format(self) -> bool:
        for sent in self.sentences:
            for cue in sent.cue("statement"):
                if not any(c.label_ == "not_participant" and c._.value == "source" and 0 <= cue.start - c.end <= 3
                           for c in sent.cues):
                    return True
        return False

    def _format(self, draft: Draft, drafts: list[Draft], statement: bool) -> None:
        if draft.aux == "future":
            draft.format = None
            return
        cues = set(draft.cues)
        for i in draft.sentences:
            cues |= {c._.value for c in self.sentences[i].cue("format")}
        if "phone" in cues and "virtual" not in cues:
            draft.format = "phone"
        elif "virtual" in cues:
            draft.format = "virtual"
        elif draft.event in ("CONSULT", "COOPERATE") or "in_person" in cues:
            # Meetings, joint exercises and operations, and what is handed over ("remise
            # officielle", "handed over") happen with the sides together.
            draft.format = "in_person"
        else:
            host = self._meeting_said_in(draft, drafts)
            if host is not None:
                draft.format = host.format
                if draft.event in STATEMENT_TYPES and "sign" not in draft.cues:
                    # What was said there is part of the talks: the organisations it names
                    # ("thanked him for Guyana's vote in the OAS", "commended India's G20
                    # presidency") are the meeting's too. (Not a signing's: "signed at the UN
                    # Headquarters" is where, not what the talks were about.)
                    host.organizations += [o for o in draft.organizations if o not in host.organizations]
            elif "sign" in draft.cues:
                draft.format = "in_person"
            elif statement and draft.event in STATEMENT_TYPES:
                draft.format = "written"
        if draft.event == "CONSULT" and draft.format in REMOTE_FORMATS:
            # Calls and video meetings have no host: every side acts (DESIGN's coding rules).
            draft.mode = "phone"
            draft.actor, draft.recipient, draft.directed = dedupe(draft.actor + draft.recipient), [], False
            draft.note("direction", None, None, "rule:document.calls_have_no_host")

    @staticmethod
    def _meeting_said_in(draft: Draft, drafts: list[Draft]) -> Draft | None:
        """The meeting a signing or a statement took place in: one told in the same sentence (any
        meeting, for a signing), or, for a statement, the call or meeting of its sides told just
        before ("Blinken spoke with Lavrov. He called on Russia to …")."""
        host = next((d for d in drafts if d.event == "CONSULT" and d.aux is None and
                     (draft.sentence in d.sentences or "sign" in draft.cues)), None)
        if host is None and draft.event in STATEMENT_TYPES:
            host = next((d for d in drafts if d.event == "CONSULT" and d.aux is None
                         and (d.format in REMOTE_FORMATS or d.format is not None
                              and 0 < draft.sentence - max(d.sentences) <= NEAR_SENTENCES)
                         and d.sentence < draft.sentence
                         and draft.states and draft.states <= set(d.states)), None)
        return host

    def _after_publication(self, date) -> bool:
        return bool(self.published and date.value and date.value[:len(self.published)] > self.published)

    def _long_before_publication(self, date) -> bool:
        """More than a month before a publication dated to the day: news tells what is recent."""
        return self._long_before(date.value)

    def _long_before(self, value: str | None) -> bool:
        if not (self.published and len(self.published) == 10 and value):
            return False
        year, month = int(self.published[:4]), int(self.published[5:7])
        month_before = f"{year - (month == 1):04d}-{12 if month == 1 else month - 1:02d}"
        return value[:7] < month_before

    #: A statement verb's dependents that may tell what it is about: its object, and a
    #: preposition's phrase ("condolences on the loss of lives in the crash of last week",
    #: "ses condoléances pour les victimes des incendies du 4 août").
    ABOUT_DEPS = frozenset({"obj", "dobj", "prep", "obl", "obl:arg", "obl:mod", "nmod"})
    #: Statements named by a noun whose phrase is about another event (condolences, condemnation,
    #: congratulations: "on the loss of lives in the crash last week"); a request's noun phrase
    #: is what is asked, and its date says when it was asked ("sa demande d'adhésion en novembre").
    ABOUT_NOUN_TYPES = frozenset({"SUPPORT", "ACCUSE"})

    def _statement_object(self, draft: Draft, dates=()) -> list:
        """The tokens of what a statement is about (what is condemned, welcomed, asked): its
        verb's object, and the prepositional phrases after its verb, or after its noun for
        `ABOUT_NOUN_TYPES` ("conveyed condolences on the loss of lives in the crash last week",
        "a présenté ses condoléances pour les victimes des inondations de la semaine dernière"),
        unless the phrase is itself a date ("on Tuesday", "le 4 août", whose noun is inside one
        of `dates`): that says when. A phrase before the verb sets the scene ("Dans un
        communiqué daté du 25 avril, … se félicite"): it says when too."""
        if draft.event not in STATEMENT_TYPES:
            return []
        head = draft.trigger.root
        heads = []
        if head.pos_ == "VERB":
            heads.append(head)
        elif head.pos_ == "NOUN" and draft.event in self.ABOUT_NOUN_TYPES:
            heads.append(head)
            if head.dep_ in ("obj", "dobj") and head.head.pos_ == "VERB":
                heads.append(head.head)  # "présenté ses condoléances pour …"
        sent = self.sentences[draft.sentence] if draft.sentence < len(self.sentences) else None
        reporting = {tok.i for cue in sent.cue("reporting") for tok in cue} if sent is not None else set()
        out = []
        for h in heads:
            for c in h.children:
                if c.dep_ not in self.ABOUT_DEPS or c is head:
                    continue
                if c.dep_ in ("obj", "dobj"):
                    if h.pos_ == "NOUN":
                        continue
                elif c.i < h.i:
                    continue
                else:
                    noun = next((t for t in c.children if t.dep_ == "pobj"), None) if c.dep_ == "prep" else c
                    if noun is None or any(d.start <= noun.idx < d.end for d in dates):
                        continue
                out += [t for t in c.subtree if not self._reported_by(t, c, reporting)]
        return out

    @staticmethod
    def _reported_by(token, top, reporting: set[int]) -> bool:
        """Whether `token` hangs, below `top`, from a verb that reports the news ("…, IRNA reported
        on Tuesday", "a indiqué jeudi"): its date says when the news was told, not the date of
        what the statement is about, however the parser attached the verb."""
        while token.i != top.i:
            if token.i in reporting:
                return True
            token = token.head
        return top.i in reporting

    #: What may stand between the word for a statement and its date: up to three words
    #: ("le communiqué publié lundi 27 décembre", "a statement released on Monday", "statement Thursday").
    STATEMENT_DATE_GAP = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){0,3}")

    def _statement_day(self):
        """The day the document's statement was issued, told right after the word for it
        ("indique le communiqué publié lundi 27 décembre", "In a statement Thursday, the ministry
        …"): the date mention, when the document tells one such day only, else None. It dates the
        statements (condemnations, condolences, calls) that their own sentences leave undated."""
        if self._statement_days is None:
            found = []
            for sent in self.sentences:
                for cue in sent.cue("statement"):
                    after = [d for d in sent.dates if d.start >= cue.end_char]
                    if not after:
                        continue
                    d = min(after, key=lambda m: m.start)
                    if d.start - cue.end_char <= 30 and self.STATEMENT_DATE_GAP.fullmatch(self.text, cue.end_char, d.start) \
                            and d.value and d.kind != "year" and d.past is not False \
                            and not self._after_publication(d) and not self._long_before_publication(d):
                        found.append(d)
            self._statement_days = found if len({d.value for d in found}) == 1 else []
        return self._statement_days[0] if self._statement_days else None

    #: How far before a date the words that place the thing a statement is about may stand
    #: ("condamné l'attaque ... survenue le 23 décembre", "the attack that occurred on January 27").
    OCCURRED_REACH = 60

    def _occurred_on(self, draft: Draft, mention) -> bool:
        """Whether `mention`, a date of the draft's sentence, dates the thing its statement is
        about: it follows the trigger and, within `OCCURRED_REACH` characters, a word that places
        that thing in time ("survenue le", "perpétré le", "that occurred on"). Read on the words,
        not the parse, which often takes the participle for the verb of the sentence."""
        if draft.event not in STATEMENT_TYPES or draft.sentence >= len(self.sentences):
            return False
        return any(draft.trigger.end_char <= c.start_char and c.end_char <= mention.start
                   and mention.start - c.end_char <= self.OCCURRED_REACH
                   for c in self.sentences[draft.sentence].cue("occurred"))

    def _other_round(self, draft: Draft, index: int) -> bool:
        """Whether sentence `index`, told with a round of a series, names another round only ("la
        12e session ... du 16 au 20 décembre 2021" beside the 8th, "The first joint commission was
        inaugurated in November 1998" beside the second): its dates are that round's."""
        ordinal = (draft.series or {}).get("ordinal")
        if not ordinal:
            return False
        told = {str(o._.value) for o in self.sentences[index].cue("ordinal")}
        return bool(told) and str(ordinal) not in told

    #: How far from its trigger the words that say when an event happened stand ("held talks on
    #: Friday", "la réunion s'est tenue la semaine dernière"); words further off in a long
    #: sentence date something else ("… à propos de la visite des 25 et 26 août courant").
    WHEN_REACH = 100

    def _near_trigger(self, mention, draft: Draft) -> bool:
        start, end = draft.trigger.start_char, draft.trigger.end_char
        return max(mention.start - end, start - mention.end) <= self.WHEN_REACH

    def _date(self, draft: Draft, sents: list[Sentence]):
        """Date the draft; return the words of its own sentence that say when but could not be
        resolved (a weekday, "hier", "in March" with no publication date), or None."""
        if draft.aux == "future":
            return None
        # The trigger's sentence first (a full date before a weekday or a relative word, then the
        # nearest words); then, for the document's first event, its lead sentence, where news
        # states when; then the other sentences that tell it. Dates to come are not the event's,
        # and in other sentences nor are dates long before the publication (background).
        own = self.sentences[draft.sentence].dates if draft.sentence < len(self.sentences) else []
        # "existe depuis novembre 2001", "in place since May 2020": when a state began, no act's day.
        own = [d for d in own if not d.since]
        # A date inside what a statement is about ("condemned the attacks of 30 September",
        # "solidarity after the explosion of 4 August") dates that, not the statement.
        about = self._statement_object(draft, own)
        theirs = [d for d in own if any(d.start <= t.idx < d.end for t in about) or self._occurred_on(draft, d)]
        self._incident_words.update(d.start for d in theirs)
        own = [d for d in own if d not in theirs]
        own = [d for d in own if not self._after_publication(d)]
        # A full date says when first, unless the words mark it as before the report ("le 11
        # décembre dernier", "el pasado 4 de agosto") beside a date that does not: "après avoir
        # présenté ses lettres le 11 décembre dernier, elle a signé hier" was signed "hier".
        marked = [d for d in own if d.kind == "absolute" and d.past is True]
        plain = any(d.value and d not in marked for d in own)
        own.sort(key=lambda d: (not (d.kind == "absolute" and d.value and len(d.value) == 10)
                                or (plain and d in marked),
                                abs(d.start - draft.trigger.start_char)))
        lead = []
        if draft is self.first_event and self.sentences:
            # (the lead may be the draft's own sentence: what its statement is about stays out)
            lead = [d for d in self.sentences[0].dates if not self._after_publication(d) and d not in theirs
                    and not d.since]
        others = [d for i in draft.sentences if i != draft.sentence and not self._other_round(draft, i)
                  for d in self.sentences[i].dates
                  if not self._after_publication(d) and not self._long_before_publication(d) and not d.since]
        # The sentence says when in words that cannot be resolved ("on Friday", "la semaine
        # dernière", "in March" with no publication date): a date told elsewhere is the event's
        # only when those words can name it (a Friday; a day, not a month, for "last week").
        words = None
        if not any(d.value and d.past is not False and d.kind != "year" for d in own):
            words = next((d for d in own if d.value is None and d.past is not False and d.kind != "year"
                          and self._near_trigger(d, draft)), None)
        if words is not None:
            lead = [d for d in lead if can_name(words, d.value, self.lang)]
            others = [d for d in others if can_name(words, d.value, self.lang)]
        for d in own + lead + others:
            if d.value and d.past is not False and d.kind != "year":
                anchors = [m.value for m in self.dates if m.kind == "absolute" and m.value and len(m.value) == 10]
                draft.date, draft.date_source = anchor_weekday(d, self.lang, anchors) or d.value, "text"
                draft.note("date", None, d, f"rule:dates.{d.kind}")
                self._dated_by[id(draft)] = d.start
                return None
        return words
