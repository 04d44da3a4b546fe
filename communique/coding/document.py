"""Stage 4: the document pass. Several audiences told together split into one event each, and
each event gets its format, mode and the missing roles and states of its people. One event told
over several sentences is `retelling.py`'s and `merging.py`'s; the date of each event is `event_dates.py`'s.
"""
from __future__ import annotations

from ..recognising.lexicon import fold
from ..recognising.people import Person
from .dates import can_name
from .context import ENVOY_ROLES, NON_STATE, REMOTE_FORMATS, STATEMENT_TYPES, Draft, Sentence, dedupe, points_back

#: How many sentences after those that tell a meeting what one side says is still said at it
#: (after a call: any number, DESIGN: "what one side said after their call is said on the call").
NEAR_SENTENCES = 2

#: "En marge de ce Conseil", "on the sidelines of the meeting": how many words after the margin's
#: words the gathering's noun stands, and how many sentences back it may have been named.
MARGIN_ANAPHOR_REACH = 4
MARGIN_ANAPHOR_SENTENCES = 3


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
            if p.role == "org_head":
                continue  # the head of an organisation speaks for it, not for the state of his birth
            if p.country and len(p.country) == 3 and p.country not in NON_STATE and p.country not in draft.states:
                draft.actor.append(p.country)

    def _per_counterpart(self, draft: Draft, drafts: list[Draft] = ()) -> list[Draft]:
        """A leader who receives several ambassadors, or a minister who holds "bilateral talks"
        with several counterparts, meets each of them apart: one CONSULT per counterpart state
        (DESIGN: one CONSULT per audience). A joint audience or a summit stays one event. So
        does a lead that names the counterparts together when the text then tells the meeting
        with one of them alone ("a reçu ses homologues du Sénégal, du Bénin et du Soudan. … s'est
        entretenu avec la ministre sénégalaise …"): the audiences were apart; a summit told on its
        own with the host and one guest is no such meeting."""
        if self._audiences_to_come(draft, drafts):
            # "l'ambassadeur du Vietnam et celui de l'Espagne vont être reçus ce jour par le
            # Président", after their audiences with the minister told one by one: guests received
            # apart before are received apart again, one promised audience each.
            draft.note("direction", None, draft.trigger, "rule:document.per_audience_to_come")
            return [draft.copy(actor=[state],
                               participants=[p for p in draft.participants if p.country in (state, *draft.recipient, None)],
                               entity_spans={k: v for k, v in draft.entity_spans.items() if k in (state, *draft.recipient)})
                    for state in draft.actor]
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
        # (A summit told apart, "le sommet de Pékin" with the host and one guest named, is the
        # gathering the guests came to, not one of them received alone: the welcome stays one.)
        told_apart = [d for d in drafts if d is not draft and d.event == "CONSULT" and d.aux is None
                      and len(d.states) == 2 and set(hub) < d.states and d.states - set(hub) <= set(others)
                      and d.mode != "multilateral" and "multilateral" not in d.cues
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

    def _audiences_to_come(self, draft: Draft, drafts: list[Draft]) -> bool:
        """Is the draft a promised reception (AGREE future, a host receives) of several guests'
        states by one host's, when the text has told those guests' audiences with that host's
        state one by one (a CONSULT between the same states that splits per counterpart)?"""
        if draft.event != "AGREE" or draft.aux != "future" or "host" not in draft.cues or not draft.directed \
                or len(draft.recipient) != 1 or len(draft.actor) < 2:
            return False
        return any(d.event == "CONSULT" and d.aux is None and d.sentence < draft.sentence and d.directed
                   and d.recipient == draft.recipient and set(d.actor) == set(draft.actor)
                   and len(self._per_counterpart(d, drafts)) > 1 for d in drafts)

    def _per_destination(self, draft: Draft) -> list[Draft]:
        """A visit promised to several states one after another ("compte se rendre au Niger et en
        Côte d'Ivoire", "will visit Kenya and Tanzania") is one promised visit per host (DESIGN:
        one visit per audience): each destination receives its own AGREE, and an invitation to
        several guests is one AGREE per guest. A tour ("une tournée devant le conduire en Côte
        d'Ivoire, au Niger et au Tchad", "a tour of …") is one journey, which `sides` gives all
        its destinations."""
        if draft.event != "AGREE" or draft.aux != "future" or not draft.directed or len(draft.recipient) != 1:
            return [draft]
        sent = self.sentences[draft.sentence]
        if "invite" in draft.cues and len(draft.actor) > 1 and not self._invited_to_talks(draft, sent):
            # Several invited ("a été invité à Washington, de même que X et Y", "invited the Greek
            # and the Austrian leaders to visit"): each guest's visit is promised apart. (Not
            # guests invited to talks together: "invited Egypt and Sudan for a round of tripartite
            # talks" is one meeting of the three.)
            draft.note("direction", None, draft.trigger, "rule:document.per_guest")
            return [draft.copy(actor=[state],
                               participants=[p for p in draft.participants if p.country in (state, *draft.recipient, None)],
                               entity_spans={k: v for k, v in draft.entity_spans.items() if k in (state, *draft.recipient)})
                    for state in draft.actor]
        if "visit" not in draft.cues:
            return [draft]
        destinations = [c for c in self._destinations(sent) if c not in draft.actor]
        if len(destinations) < 2 or draft.recipient[0] != destinations[0]:
            return [draft]
        if any("tour" in self._cues(t) for t in sent.triggers):
            return [draft]  # one journey: `sides` gave it all its hosts
        names = {c.label_: c.text for c in sent.countries}
        first = names.get(destinations[0])
        draft.note("direction", None, draft.trigger, "rule:document.per_destination")
        out = []
        for state in destinations:
            part = draft.copy(recipient=[state],
                              entity_spans={k: v for k, v in draft.entity_spans.items() if k in draft.actor or k == state})
            if draft.planned and draft.planned.get("place") == first:
                part.planned = dict(draft.planned, place=names.get(state))  # the place promised is each host
            out.append(part)
        return out

    def _invited_to_talks(self, draft: Draft, sent: Sentence) -> bool:
        """Does the invitation's sentence name a meeting after the inviting word (talks, a round, a
        summit: a CONSULT word that is no visit), which the guests are to hold together?"""
        inviting = min((t.start for t in sent.triggers if "invite" in self._cues(t)), default=draft.trigger.start)
        return "series" in draft.cues or "multilateral" in draft.cues or any(
            t.label_ == "CONSULT" and t.start > inviting and not self._cues(t) & {"visit", "host"} for t in sent.triggers)

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
        signé par X et Y"), for each state the text names no one else for in the talks (the host's
        official may be named there, the visitor's only at the signing). (Not the other way: a
        text that names no signatory does not say who signed.)"""
        meetings = [d for d in drafts if d.event == "CONSULT" and d.aux is None and d.format == "in_person"]
        signings = [d for d in drafts if d.event == "SUPPORT" and "sign" in d.cues and d.aux is None]
        for meeting in meetings:
            for signing in signings:
                if set(meeting.states) == set(signing.states) and meeting.date == signing.date \
                        and signing.participants:
                    covered = {p.country for p in meeting.participants}
                    meeting.participants += [p for p in signing.participants if p.country
                                             and p.country not in covered and p not in meeting.participants]

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
        state who takes part in most events; so does a commitment the sides make together in those
        talks ("les deux pays sont convenus de …", no recipient). (Not one side's commitment or
        invitation to the other, "X s'est engagé à soutenir la candidature de l'Angola", "Lavrov sera
        reçu par le président": the act of those its sentence names.)"""
        counts: dict[int, int] = {}
        people: dict[int, Person] = {}
        for d in drafts:
            for p in d.participants:
                counts[id(p)] = counts.get(id(p), 0) + 1
                people[id(p)] = p
        for d in drafts:
            if not (d.event == "CONSULT" or (d.event == "AGREE" and not d.recipient)):
                continue
            if d.event == "CONSULT" and self._attends_a_gathering(self.sentences[d.sentence]):
                continue  # "Le Souverain, qui a pris part au sommet de …": a gathering's, not the talks' protagonist
            covered = {p.country for p in d.participants}
            for state in [c for c in d.ordered_states if c not in covered]:
                # (Not one the draft's sentence names as of a meeting told before: "Following the
                # meeting with Modi, the British Prime Minister held a meeting with the Foreign Minister".)
                sent = self.sentences[d.sentence]
                before = {p._.value.key for p in sent.people if self._in_an_act_before(sent, p)}
                candidates = [p for p in drafts[0].participants if p.country == state and p.key not in before]
                if candidates and d.participants:
                    d.participants.append(max(candidates, key=lambda p: counts[id(p)]))

    def _title_states(self) -> list[str]:
        if self.title_doc is None:
            return []
        return dedupe(s.label_ for s in self.title_doc.spans.get("countries", [])
                       if not (s.start and fold(self.title_doc[s.start - 1].text) in self.words.place))

    def _finish(self, drafts: list[Draft]) -> None:
        self.first_events = drafts
        statement = self._statement_format()
        main_date = None
        told = {}  # id(draft) -> the words its own sentence dates it by, when they could not be resolved
        self._start_dating()
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
                    and not self._long_before(draft.date) and self._dates_the_story(draft, told):
                main_date = draft.date
        # Meetings first: a signature or a statement inside a meeting takes the meeting's format.
        # An organisation named only as the occasion ("on the sidelines of the OSCE Ministerial
        # Council", "en marge du sommet de l'UA") frames the talks; it is not what they were about.
        # Only an organisation of states makes talks about its matters multilateral (DESIGN: cooperation
        # within international organisations): a non-governmental one ("Reporters Without Borders",
        # "the World Economic Forum in Davos", "la FIFA") is a body of people, not a framework of states.
        occasions = self._margin_organisations()
        for draft in drafts:
            if draft.event in ("CONSULT", "AGREE") and not self._is_multilateral(draft) \
                    and any(o not in occasions and self._of_states(o)
                            and not (draft.event == "CONSULT" and o in self._gathering_places(draft))
                            for o in self._matter_organisations(draft)) \
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
        for draft in drafts:
            # A terrorist attack condemned with no state to blame is a matter of terrorism alone: the
            # words of whom it hit and where ("un bus transportant des touristes", "des volontaires de
            # défense pour la patrie", "les populations du Sahel") are its circumstances.
            if draft.event == "ACCUSE" and "terrorism_extremism" in draft.topics \
                    and not any(c not in NON_STATE for c in draft.recipient):
                draft.topics = ["terrorism_extremism"]
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
        # A dispatch's dateline ("New Delhi, September 25" above a story published the next day)
        # is the day it was written: what it tells with no date of its own happened by then, not
        # on the later publication day (`find_dates` marks it only when it comes before that).
        dateline = next((m for m in self.dates if m.dateline and m.value and len(m.value) == 10), None)
        for draft in sorted(drafts, key=lambda d: d.event != "CONSULT"):
            words = told.get(id(draft))
            if draft.date is None and draft.aux is None and main_date \
                    and (words is None or can_name(words, main_date, self.lang)):
                draft.date, draft.date_source = main_date, "text"
            if draft.date is None and draft.aux == "future" and main_date and self._told_as_made(draft):
                # A promise told as made, with no day of its own: made on the day of the story.
                draft.date, draft.date_source = main_date, "text"
            day = self._statement_day() if draft.date is None and draft.aux is None \
                and draft.event in STATEMENT_TYPES else None
            if day is not None and (words is None or can_name(words, day.value, self.lang)):
                draft.date, draft.date_source = day.value, "text"
                draft.note("date", None, day, "rule:document.statement_date")
            if draft.date is None and draft.aux is None and dateline is not None \
                    and (words is None or can_name(words, dateline.value, self.lang)):
                draft.date, draft.date_source = dateline.value, "text"
                draft.note("date", None, dateline, "rule:document.dateline_date")
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
                    self._convener_not_a_side(draft)
                elif draft.format in REMOTE_FORMATS:
                    draft.mode = "phone"
            if draft.event in ("AGREE", "SUPPORT", "CONCEDE"):
                draft.mode = None  # PLOVER gives these types no modes
            if draft.event == "CONSULT" and draft.mode is None and any(
                    self._on_margins(self.sentences[i]) for i in draft.sentences):
                draft.mode = "third-party"

    @staticmethod
    def _convener_not_a_side(draft: Draft) -> None:
        """"The informal meeting on Cyprus in an enlarged format, convened by UN Secretary-General
        X, was attended by …": in talks of several states, the organisation whose head convenes
        or chairs them is the meeting's organisation (`organizations`), not one more side
        (DESIGN.md: a summit's states in `actor`, the organisation's id in `organizations`)."""
        heads = {p.country for p in draft.participants if p.role == "org_head" and p.country in NON_STATE}
        if not heads or not draft.organizations or sum(c not in NON_STATE for c in draft.actor + draft.recipient) < 2:
            return
        draft.actor = [c for c in draft.actor if c not in heads]
        draft.recipient = [c for c in draft.recipient if c not in heads]

    def _gathering_places(self, draft: Draft) -> set[str]:
        """Organisations that the sentences of a meeting name only as the gathering where or while it was held ("met
        at the G20 summit", "after his meetings at the AU summit", "au sommet de la CEDEAO"): a place
        and a time, not what the two sides discussed (not "discussed the preparations for the AU summit", whose phrase
        is no place; nor a body whose name is a gathering's word, written with a capital: "discussions at the Security
        Council")."""
        places = set()
        for i in draft.sentences:
            sent = self.sentences[i]
            for gathering in sent.cue("gathering"):
                if not gathering.text[:1].islower():
                    continue  # "the Security Council", "l'Assemblée générale", "au Conseil de sécurité": a body's name
                for org in sent.organisations:
                    if org.start <= gathering.start < org.end or 0 <= gathering.start - org.end <= 1:
                        first = org.start  # "the G20 summit", "the AU Summit"
                    elif 0 <= org.start - gathering.end <= 2:
                        first = gathering.start  # "sommet de l'UA", "summit of the AU"
                    else:
                        continue
                    words = [t for t in self.doc[max(first - 3, self.sent_start[first]):first] if t.pos_ != "DET"]
                    if words and fold(words[-1].text) in self.words.place:
                        places.add(org.label_)
        return places

    def _margin_organisations(self) -> set[str]:
        """Organisations named right after "on the margins of" / "en marge de" somewhere."""
        return {org.label_ for sent in self.sentences for cue in sent.cue("margin")
                for org in sent.organisations if 0 <= org.start - cue.end <= 10}

    def _frame_organisations(self, drafts: list[Draft]) -> list[str]:
        """Organisations named right after "on the margins of" / "en marge de", but not in a sentence
        that recalls an earlier meeting ("a follow up to their meeting in September on the margins
        of the UN General Assembly", "avait évoqué … en marge du sommet de l'UA") nor in one that
        tells only plans ("il s'entretiendra avec le président chinois en marge du sommet de
        l'APEC": the gathering of the meeting to come, which that promise takes from its own
        sentence, not of the talks held)."""
        out = []
        for sent in self.sentences:
            if self._recalls_earlier(sent, drafts):
                continue
            own = [d for d in drafts if d.sentence == sent.index]
            if own and all(d.aux == "future" for d in own):
                continue
            for cue in sent.cue("margin"):
                named = [org.label_ for org in sent.organisations if 0 <= org.start - cue.end <= 10]
                if not named and self._names_gathering_again(sent, cue):
                    named = self._gathering_named_before(sent, cue, drafts)
                out += [o for o in named if o not in out]
        return out

    def _names_gathering_again(self, sent: Sentence, cue) -> bool:
        """"En marge de ce Conseil", "en marge de la rencontre", "on the sidelines of the meeting":
        the margins of a gathering named by an article that points back, one told before (not
        "on the sidelines of a ministerial conference", a gathering first named there)."""
        words = self.doc[cue.end:cue.end + MARGIN_ANAPHOR_REACH]
        gathering = next((g for g in sent.cue("gathering") if cue.end <= g.start < cue.end + MARGIN_ANAPHOR_REACH), None)
        if cue._.value != "margin" or gathering is None:
            return False
        articles = [w for w in words if w.i < gathering.start and w.pos_ == "DET"]
        return bool(articles) and all(points_back(a) for a in articles)

    def _gathering_named_before(self, sent: Sentence, cue, drafts: list[Draft]) -> list[str]:
        """The organisations of the gathering an anaphoric margin takes up: named before it in its
        own sentence, or in the nearest of the sentences just before that names one."""
        before = [o.label_ for o in sent.organisations if o.end <= cue.start]
        if before:
            return before
        for i in range(sent.index - 1, max(sent.index - MARGIN_ANAPHOR_SENTENCES, 0) - 1, -1):
            earlier = self.sentences[i]
            if earlier.organisations:
                return [] if self._recalls_earlier(earlier, drafts) else [o.label_ for o in earlier.organisations]
        return []

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
