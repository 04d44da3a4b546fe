"""The language-neutral coder: from recognised mentions in a parsed document to PLOVER events.

It reads only canonical ids that the recognisers put on spans (ISO codes, organisation ids,
roles, PLOVER types, cue kinds) and a few universal part-of-speech and dependency labels; every
word of every language lives in the lexicons under communique/lang/.

The algorithm, sentence by sentence, one module per stage:
1. `triggers`: the triggers of a sentence propose events (type, mode, CAMEO code, cues such as
   host, visit, phone, sign, future), `event_kinds` settling each act's type; a trigger noun
   inside a prepositional frame ("during the consultations") refers to an event already told,
   so it only adds details to it (`references`), and an act the text takes as known, recalled
   or described is background (`background`, with `frames`: relative clauses and frames that
   describe, and acts told before that a frame sets before the sentence's own); `tense` tells
   an act done, recalled or imagined, `future` one to come, `promise_forms` what only looks
   like a promise; `missions` reads embassies opened and envoys recalled, `support` what
   support words tell beyond the support itself;
   `sentence_models`, one model per type fitted on sentences we labelled, drop an event the
   triggers drafted from a sentence the type's model finds most unlike one, and draft the
   promise of a sentence whose triggers drafted none (the rules miss wordings the lexicons do
   not foresee);
2. `sides`: each event takes its states from its participants' titles and from the states named
   in the sentence that are not places or topics, and its direction from the trigger's cues (a
   host receives, a visitor travels) and from the place of the meeting;
3. `details`: sentences without a trigger of their own, and elaborations ("the two sides
   discussed …"), add their topics, organisations and people to the event in focus (what
   each kind of detail is: `participants`, `topics`, `signed_documents`);
4. `retelling`: what only tells more of the event in focus elaborates it; `merging`: events
   of the same type between the same states merge, unless they have different people (an
   envoy's separate audiences); `document` splits audiences told together
   and finishes formats and modes; `event_dates` dates each event, `date_attachment` telling
   the event's dates from those of other things its sentences name.
`context` holds what the stages share.
"""
from __future__ import annotations

from ..recognising.people import Person
from .actors import UNKNOWN_STATE, SectorActors
from .acts import MaterialActs
from .context import Draft, DocumentContext
from .details import Details
from .document import DocumentPass
from .date_attachment import DateAttachment
from .event_dates import EventDates
from .frames import ActsFramedBefore
from .provenance import FieldProvenance
from .merging import EventMerging
from .retelling import Retelling
from .sentence_models import SentenceModels
from .sides import SidesAndDirection
from .tables import QUAD, cameo_for, scale_for
from .commitments import Commitments
from .promise_forms import PromiseForms
from .future import TimeToCome
from .tense import TimeOfTelling
from .statements import Statements
from .triggers import EventProposal
from .missions import MissionsAndEnvoys
from .support import SupportActs, SupportAims
from .event_kinds import EventKinds
from .references import EventReferences
from .referents import Referents
from .background import Background


class Coder(FieldProvenance, DocumentPass, SentenceModels, Retelling, EventMerging, EventDates, DateAttachment,
            Details, SidesAndDirection, SectorActors, Referents, MaterialActs, EventProposal, MissionsAndEnvoys,
            SupportActs, EventKinds, Statements, EventReferences, Background, Commitments, PromiseForms,
            SupportAims, ActsFramedBefore, TimeOfTelling, TimeToCome, DocumentContext):
    """Codes one parsed document; `code()` returns the drafts of its events in text order."""

    def code(self) -> list[Draft]:
        drafts: list[Draft] = []
        focus: Draft | None = None
        self.focus = None
        self.drafts_so_far = drafts
        self.document_matters: list[int] = []  # sentences telling documents again before their signing
        for sent in self.sentences:
            new = self._events_of(sent, focus, drafts)
            new = self._weigh_events(sent, new)
            if not new:
                talks = self._implied_talks(focus, sent) or self._next_audience(focus, sent, drafts)
                if talks is not None:
                    drafts.append(talks)
                    focus = self.focus = talks
                # (A sentence that tells on the older act the news was set against adds nothing to it.)
                if focus is not None and sent.index not in self.story_sentences:
                    self._elaborate(focus, sent)
                continue
            for draft in new:
                if self._promise_recalled(draft) or self._decision_described(draft) or self._acknowledges(draft) \
                        or self._document_terms(draft) or self._plan_as_it_stood(draft) \
                        or self._under_a_document(draft):
                    continue  # "conformément à la promesse faite …", "qui a décidé de": made before
                if focus is not None and not draft.states and not draft.org_actor and not draft.participants:
                    self._elaborate(focus, sent)  # no one acts here: the sentence tells more of the focus
                    continue
                if self._chaired_again(draft, focus, sent):
                    self._elaborate(focus, sent)
                    self._add_chairs(focus, sent)
                    continue
                if self._only_elaborates(draft, focus, sent) or self._courtesy(draft, focus, sent) \
                        or self._praise_in_talks(draft, focus, sent, drafts) or self._readiness_in_talks(draft, focus, sent) \
                        or self._talks_of_the_meeting_held(draft, focus, sent) \
                        or (focus is not None and (self._visit_told_again(draft, drafts)
                                                   or self._visit_under_way_again(draft, drafts))):
                    self._elaborate(focus, sent)
                    continue
                merged = self._merge_into(drafts, draft)
                if merged is None:
                    drafts.append(draft)
                    merged = draft
                if self._said_in_talks(merged, focus, sent, drafts):
                    self._add_topics(focus, sent, own=False)  # "they underscored the importance of cooperation on …"
                    span = (sent.span.start_char, sent.span.end_char)
                    if span not in focus.spans:
                        # (The words its topics point back to; not one of the talks' sentences, whose
                        # organisations and format the statement's own sentence does not tell.)
                        focus.spans.append(span)
                if merged.event == "CONSULT" and merged.aux is None:
                    focus = merged
                elif focus is None:
                    focus = merged
                self.focus = focus
        self._matters_told_before(drafts)
        drafts = [part for d in drafts for part in self._per_audience(d)]
        for d in drafts:
            self._complete_sides(d)
        drafts = self._audiences_told_apart([part for d in drafts for part in self._per_counterpart(d, drafts)])
        drafts = [part for d in drafts for part in self._per_destination(d)]
        self._signatories_named_after(drafts)
        self._fill_protagonists(drafts)
        # A headline names the dyad ("X's minister talks with his Mauritanian counterpart"):
        # it completes symmetric events that found only one side in the body.
        title_states = self._title_states()
        for d in drafts:
            self._plan_beside_the_talks(d, drafts)
        for d in drafts:
            if len(d.states) == 1 and not d.directed and d.event in ("CONSULT", "SUPPORT", "AGREE"):
                if d.event == "AGREE" and d.organizations and self._attends_a_gathering(self.sentences[d.sentence]):
                    # "X will attend the meeting of the SCO foreign ministers": one state's plan to
                    # attend an organisation's gathering; the headline's other state is no side of it.
                    continue
                if self._organisation_met(d):
                    # "the European Union will be meeting with the President of the United States":
                    # the sentence names the other side, an organisation; the headline's state is not it.
                    continue
                for c in [c for c in title_states if c not in d.states][:1]:
                    d.actor.append(c)
                    d.note("state", c, None, "rule:document.headline_dyad")
        drafts = self._plans_told_again(drafts)
        # A headline tells in the present what is to come ("Minister undertakes working visit to X"
        # above "The Minister is scheduled to visit X on 3-4 May"): a visit in the headline that the
        # body tells only as planned, between the same states, is that plan.
        drafts = [d for d in drafts if not self._headline_of_a_plan(d, drafts)]
        drafts = self._aid_of_funding_signed(drafts)
        # An event needs someone who acts; a meeting needs two sides (or a summit's organisation).
        # (A promise of a material act needs only the side that makes it: "agreed to lift the ban".)
        drafts = [d for d in drafts if (d.actor or d.org_actor) and not (
            d.event in ("CONSULT", "AGREE") and len(d.states) < 2 and not d.organizations
            and not ({"multilateral"} & d.cues) and not self._promises_act(d))]
        # States do not take to the street: a protest whose actors are all governments (no word
        # names the crowd: civilians, students, workers…) is a state's complaint or a crowd the
        # text does not name, not collective action to code. Someone of no known state ("a
        # woman", "the Hirak movement", XXX) does protest.
        drafts = [d for d in drafts if d.event != "PROTEST"
                  or any(d.sectors.get(c, "GOV") not in ("GOV", "UNK") for c in d.actor)
                  or all(c == UNKNOWN_STATE for c in d.actor)]
        if not drafts and self.title_doc is not None:
            # (Not an act the body told in another sense: a manager's praise of his players.)
            drafts = [d for d in self._title_events() if d.event not in self.other_sense_types]
        self._finish(drafts)
        for d in drafts:
            self._settle_acting_organisation(d)
        self._explain(drafts)
        return drafts

    def _headline_of_a_plan(self, draft: Draft, drafts: list[Draft]) -> bool:
        """Is the draft a visit told in the headline, in the present with no time marker of its
        own, when the body tells a visit between the same states only as a plan (AGREE future)
        and tells no meeting of theirs as held?"""
        if draft.event != "CONSULT" or draft.aux or "visit" not in draft.cues or not draft.states \
                or not self._in_headline(draft.trigger):
            return False
        others = [d for d in drafts if d is not draft]
        planned = any(d.event == "AGREE" and d.aux == "future" and "visit" in d.cues and d.states == draft.states
                      for d in others)
        held = any(d.event == "CONSULT" and d.aux is None and d.states & draft.states for d in others)
        return planned and not held

    def _plan_beside_the_talks(self, draft: Draft, drafts: list[Draft]) -> None:
        """A visit promised with one state named, told after talks between that state and one
        other ("Le Premier ministre vietnamien a reçu l'ambassadeur de Russie. Il a salué les
        préparatifs de la prochaine visite du Premier ministre russe"): the other side of the talks
        is the visit's other side, the host of a visitor named, the visitor of a host named. (Not a
        journey to a gathering, which has no host: it names its organisation or is multilateral; nor
        the next leg of the visit under way, made by one who took part in the talks.)"""
        if draft.event != "AGREE" or draft.aux != "future" or len(draft.states) != 1 or "visit" not in draft.cues \
                or draft.organizations or "multilateral" in draft.cues or self._in_headline(draft.trigger):
            return
        talks = [d for d in drafts if d.event == "CONSULT" and d.aux is None and d.sentence < draft.sentence]
        if not talks:
            return
        (state,) = draft.states
        others = [c for c in talks[-1].states if c != state]
        if state not in talks[-1].states or len(others) != 1:
            return
        if any(rule == "rule:sides.pronoun_antecedent" for _, _, rule in draft.notes.values()):
            return  # one told of before travels on ("He will visit Cusco on Tuesday"): the visit under way
        if draft.recipient:
            draft.actor = others
        else:
            draft.recipient = others
        draft.directed = True
        draft.note("state", others[0], None, "rule:coder.plan_beside_the_talks")

    def _organisation_met(self, draft: Draft) -> bool:
        """Does the event's sentence name an organisation of states as a side of the meeting: the
        subject of its word ("the European Union will be meeting with the President of X") or
        whom one meets, right after "with", "avec" ("s'est entretenu avec l'Union africaine")?"""
        sent = self.sentences[draft.sentence]
        links = sent.cue("counterpart_link")
        trigger = {t.i for t in draft.trigger}
        for organisation in sent.organisations:
            if not self._of_states(organisation.label_):
                continue
            root = organisation.root
            if root.dep_.startswith("nsubj") and root.head.i in trigger:
                return True
            words = [t for t in self.doc[max(sent.span.start, organisation.start - 3):organisation.start]
                     if t.pos_ != "DET"]
            if words and any(c.start <= words[-1].i < c.end and c._.value == "with" for c in links):
                return True
        return False

    def _title_events(self) -> list[Draft]:
        """A document whose body tells no event: code its title alone."""
        sub = Coder(self.title_doc, self.lang, self.published, source=self.source, url=self.url)
        drafts = sub.code()
        for d in drafts:
            # Offsets into the title are not offsets into the text: keep the words, drop the places.
            d.spans = []
            d.entity_spans = {}
            d.provenance = [dict(p, start=None, end=None) for p in d.provenance]  # the words stay
            d.participants = [Person(p.name, p.title, p.role, p.country, p.institution, p.org, p.sector,
                                     counterpart=p.counterpart) for p in d.participants]
        return drafts


def quad_and_scale(event: str, cameo: str | None) -> tuple[int | None, float | None]:
    return QUAD.get(event), scale_for(cameo)


__all__ = ["Coder", "Draft", "cameo_for", "quad_and_scale"]
