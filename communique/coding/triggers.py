"""Stage 1: events from triggers. A sentence's trigger words propose events (type, mode, CAMEO
code, cues such as host, visit, phone, sign, future); a trigger noun that refers back ("during
the consultations", `references`) or a trigger inside a claim, a condition or a recalled past
(`background`), or a word in another sense (`acts`), proposes nothing; nor does what a request
asks for, an accusation charges or a warning threatens (`statements`); what a welcome, a
signing or talks told around an audience make is `audiences`'s; which type each act told
makes is `event_kinds`'s.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.base import make_span
from ..recognising.lexicon import fold
from .audiences import AudienceActs
from .background import MATERIAL_ACTS
from .context import ABOUT_TYPES, Draft, Sentence, dedupe, negated
from .tables import QUAD


#: How what is believed hangs from a verb of belief: its clause ("believe that …"), its object or
#: infinitive ("suspected of", "believed to be behind"), a preposition's phrase.
BELIEVED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "prep", "pcomp", "oprd"})
#: How what is discussed hangs from a discussion word: its object, or a preposition's phrase
#: ("discussion on", "discuté de", "discussions sur").
TALKED_ABOUT_DEPS = frozenset({"dobj", "obj", "prep", "obl", "obl:arg", "obl:mod", "nmod"})


class EventProposal(AudienceActs):
    """The events a sentence proposes, each drafted with its states, people and details."""

    def _events_of(self, sent: Sentence, focus: Draft | None, drafts: list[Draft]) -> list[Draft]:
        """The events `sent` tells as news, drafted; stage by stage, the triggers: that tell an act
        (`_told_triggers`), that tell news, not background (`_news_triggers`), strong enough to
        make an event (`_strong_triggers`), told as acts, not as what is said, supposed or
        discussed (`_acts_told`); then each act's type (`_event_kinds`) and its draft
        (`_drafts_by_type`)."""
        if self._asks(sent):
            return []  # "Les ministres ont-ils conclu un accord ?": a question tells no act
        triggers = self._news_triggers(sent, self._told_triggers(sent, drafts), drafts)
        # A warning whose words hold a measure or force to come threatens it: the threat is the
        # event, and the act threatened is not done ("warned Peru that it would expel its ambassador").
        warnings = self._warnings(sent, triggers)
        # (What a warning holds is not done, even where the sentence names no one who warns: "the
        # group urged Russia to …, and warned of further sanctions" imposes none.)
        warned_of = self._warnings(sent, triggers, named_only=False)
        threatened = set().union(*warned_of.values()) if warned_of else set()
        triggers = [t for t in triggers if t.root.i not in threatened]
        strong = self._strong_triggers(sent, triggers, warnings)
        if not strong:
            return []
        if self._is_background(sent, drafts):
            return []
        strong = self._acts_told(sent, strong, warnings, focus, drafts)
        if not strong:
            return []
        by_type, futures, absorbed = self._event_kinds(sent, strong)
        return self._drafts_by_type(sent, by_type, futures, absorbed)

    def _told_triggers(self, sent: Sentence, drafts: list[Draft]) -> list[Span]:
        """The sentence's triggers that tell an act: not a reference back to one told, a word in
        another sense, an act judged, given or thanked for; a welcome to a visitor read as his
        hosting, an envoy's withdrawal as his recall."""
        # ("participera au sommet": a meeting to come is no reference back, despite its "au".)
        # (Nor is "at a joint press conference with Stoltenberg" when no meeting was told before it.)
        # A welcome that greets a person who came ("X welcomed Ghana's president to Abuja"), with
        # no talks told beside it, is the host receiving the visitor (see `_greeting_as_hosting`).
        # (Not a crowd greeted: "welcomed the soldiers at the airport" is a ceremony.)
        # (So is a welcome whose verb the talks are coordinated with: "welcomed the Togolese minister
        # and held talks with him", "a accueilli son homologue et s'est entretenu avec lui": the
        # greeting opens the audience, one meeting the host gives, not an approval of its own.)
        # A welcome spoken to the one greeted ("Minister, welcome back to the programme", "Welcome to
        # Santiago, Minister"), the sentence's own verb in the present with no subject, is a
        # transcript's address, not a welcome reported: no event of its own.
        spoken = [t for t in sent.triggers if self._spoken_welcome(t)]
        greetings = [t for t in sent.triggers if "approve" in self._cues(t) and t not in spoken
                     and (self._greets_someone(t, sent, kinds=("visitor",)) or self._welcome_opens_talks(t, sent))]
        told = [None if t in spoken else self._greeting_as_hosting(t) if t in greetings else t for t in sent.triggers]
        # A withdrawal whose object is one's ambassador ("the withdrawal of its ambassador to France",
        # "withdrew its ambassador") is his recall, a diplomatic sanction, not a retreat of forces.
        told = [self._withdrawal_as_recall(t) if t is not None and self._withdraws_an_envoy(t, sent) else t for t in told]
        # A retreat that is a leaders' gathering ("Pacific leaders wrapped up their retreat in Fiji")
        # is a meeting they held, not a retreat of forces.
        told = [self._retreat_as_meeting(t) if t is not None and self._leaders_retreat(t, sent) else t for t in told]
        return [t for t in told if t is not None and (not self._is_reference(t) or (
            not self._possessed(t) and self._is_future(sent, t)) or self._first_meeting_with(t, sent, drafts)
            or self._first_meeting_indefinite(t, sent, drafts)
            or self._first_meeting_ended(t, sent, drafts) or self._attended_meeting(t, sent, drafts))
            and not self._in_dateline(t)
            and ("verb" not in self._cues(t) or self._used_as_verb(t, sent))
            and ("approve" not in self._cues(t) or not self._greets_someone(t, sent))
            and ("single" not in self._cues(t) or not self._counted(t))
            # "have still not signed a treaty", "does not recognize the findings": support refused, not given.
            and not (("sign" in self._cues(t) or t.label_ == "SUPPORT") and self._negated_verb(t))
            and not (t.label_ == "SUPPORT" and self._refused_act(t, sent))  # "refusing to recognize"
            and ("clause" not in self._cues(t) or self._tells_a_clause(t))
            # ("aid arrives", "a hunting trip"; an opening word that opens no diplomatic mission.)
            and not self._in_another_sense(t, sent)
            and not self._given_act(t, sent)  # "a shift brought on by Russia's invasion of Ukraine"
            and not self._any_such_act(t, sent)  # "not informed of any visa restrictions"
            and not self._thanked_for(t, sent)  # "thanked Putin for attending the summit"
            and ("object" not in self._cues(t) or self._handed_over(t, sent))  # credentials defined, not presented
            and ("envoy" not in self._cues(t) or self._names_an_envoy(t.root, sent))  # "le rappel de son ambassadeur"
            and not self._lasting_over(t, sent)  # "after eleven years of rupture", "months of negotiations"
            and not self._held_for_a_span(t, sent)  # "after being detained in China for nearly three years"
            and not self._judged(t)  # "the drone strikes were unlawful": an act judged, not told
            and not self._acknowledges_worth(t, sent)  # "recognized “the importance of” peace": a view
            and not self._stance_judged(t)  # "their solidarity is important": a view of a stance
            and not ("sign" in self._cues(t) and self._displeases(t, sent))]  # "disappointed by the signing"

    def _strong_triggers(self, sent: Sentence, triggers: list[Span], warnings: dict) -> list[Span]:
        """The triggers that make an event on their own, and the weak ones (a host, an aid word,
        an opening) whose sentence shows the act: someone received, aid given, a mission opened."""
        documents = sent.cue("document")
        # (One hosts a person: "a decision badly received by Algiers" is no visit.)
        return [t for t in triggers if ("weak" not in self._cues(t) and "host" not in self._cues(t))
                  or t.root.i in warnings
                  or ("judgement" in self._cues(t) and self._judgement(t, sent) is not None)
                  or ("sign" in self._cues(t) and any(d.start > t.start for d in documents))
                  or ("host" in self._cues(t) and self._receives_someone(t, sent))
                  or self._gives_aid(t, triggers)
                  or self._opens_a_passage(t, sent)
                  or self._exchanges_detainees(t, sent)
                  or ("ask" in self._cues(t) and self._act_asked(sent, t) is not None)
                  or ("weak" in self._cues(t) and self._acted_by_someone(t, sent))
                  or ("stance" in self._cues(t) and self._takes_a_stance(t, sent))
                  or self._support_restated(t, sent)  # "renewed their commitment to supporting Ukraine"
                  or self._document_issued(t, sent)  # "the leaders issued a joint statement"
                  or self._arrives_abroad(t, sent)  # "le président syrien est arrivé à Djeddah"
                  or self._opens_a_mission(t, sent)
                  or ("weak" in self._cues(t) and self._talks_with_someone(t, sent))
                  or self._proposes_to_come(t, sent)  # "a proposé au président de venir": an invitation
                  or self._offers_a_meeting(sent, t)  # "reaffirmed their readiness to begin negotiations"
                  or (t.label_ == "AGREE" and "weak" in self._cues(t) and self._clauses_to_come(sent, t))]

    def _acts_told(self, sent: Sentence, strong: list[Span], warnings: dict, focus: Draft | None,
                   drafts: list[Draft]) -> list[Span]:
        """`strong` less what the sentence says, supposes or discusses rather than tells as done: a
        claim's content, a belief, a condition, a possibility, what is asked for or charged, a
        diplomatic verb's object, a document's content, a meeting only imagined or named with
        nothing that shows it held, what is said inside the talks in focus."""
        documents = sent.cue("document")
        # What a claim or a report says ("Russia's claim that Ukraine plans to …") is its content.
        # (Not the support a restated commitment names: "we reaffirm our commitment to support Moldova".)
        strong = [t for t in strong if not self._in_noun_clause(t.root) or self._support_restated(t, sent)]
        # What someone believes, suspects or thinks another did ("officials had reason to believe
        # that agents of X were behind the killing", "made an error in thinking they could support
        # murders") is a belief: a material act inside it is alleged, not told as done.
        strong = [t for t in strong if not (t.label_ in MATERIAL_ACTS and self._believed(t, sent))]
        # What a condition supposes ("if Uganda agreed to …", "si le Mali acceptait …") has not happened.
        # and what the sentence says it would bring ("…, Kenya would lift the sanctions") is imagined too
        # (not what someone said or threatened would follow: "warned that it would expel him if …").
        strong = [t for t in strong if not self._in_condition(sent, t) and not self._would_follow(sent, t)]
        # What someone could, may or might do is a possibility, not an act (unless it is what was
        # agreed: "agreed that the MoU could be signed this year").
        strong = [t for t in strong if not self._only_possible(sent, t) or self._committed_to(sent, t)]
        if not strong:
            return []
        # What a diplomatic verb talks about ("condemned the attack", "discussed the
        # sanctions") is its object, not an event of its own.
        # So does a sanction's reason ("sanctions over the invasion", "expelled … after the attack").
        # What a request asks for ("urged Russia to agree to a ceasefire") has not been done.
        asked = self._asked_acts(sent, strong)
        strong = [t for t in strong if t.root.i not in asked]
        # What an accusation charges or a condemnation names ("accused Lukashenko of sending migrants
        # in retaliation for sanctions", "condemned the expulsion of its diplomats") is its matter:
        # a measure inside it was taken before, or is alleged, not told as news of its own.
        charged = self._accused_matter(sent, strong)
        strong = [t for t in strong if t.root.i not in charged]
        first_verbal = next((t for t in strong if t.label_ in ABOUT_TYPES), None)
        if first_verbal is not None:
            strong = [t for t in strong if t.label_ in ABOUT_TYPES or t.start < first_verbal.start or t.root.i in warnings]
            # "ruled out a visit", "called for talks": the meeting noun is the verb's object.
            if first_verbal.label_ in ("REJECT", "REQUEST") and first_verbal.root.pos_ == "VERB":
                strong = [t for t in strong if not (t.label_ == "CONSULT" and t.start > first_verbal.start
                                                    and t.root.pos_ == "NOUN")]
        # A charge whose accuser goes unnamed ("was accused of killing two men") is no accusation
        # made, and what it charges (the killing) was dropped above as its object.
        strong = [t for t in strong if not self._charged_by_no_one(t)]
        # What a meeting verb is about ("discussed Russia's allegations") is its topic.
        talk = next((t for t in strong if t.label_ == "CONSULT" and t.root.pos_ == "VERB" and "meet" in self._cues(t)
                     and not self._cues(t) & {"host", "visit", "phone", "virtual"}), None)
        if talk is not None:
            strong = [t for t in strong if t.label_ == "CONSULT" or t.start < talk.start or t.root.pos_ != "NOUN"
                      or "sign" in self._cues(t)]
        # A signing the talks were about ("discussed the signing of a peace treaty", "talked about
        # inking the agreement") is their topic, not a signature.
        strong = [t for t in strong if not ("sign" in self._cues(t) and self._talked_about(sent, t))]
        # So is an act named by a noun that talks review ("reviewed the security situation,
        # focusing on the AU deployment in Somalia"): a matter of the talks, not a new event.
        strong = [t for t in strong if not (t.label_ not in ("CONSULT", "AGREE") and t.root.pos_ == "NOUN"
                                            and "sign" not in self._cues(t) and self._talked_about(sent, t))]
        # What a document's relative clause says it does ("un mémorandum qui engage les deux pays à
        # tenir des consultations", "an accord that sets up a dialogue") is its content: the
        # signing is the event, not a meeting held.
        # (So is any act it says the parties will do: "an accord to facilitate joint drills" holds no drill;
        # the signing itself is not in the clause.)
        strong = [t for t in strong if "sign" in self._cues(t) or not self._in_document_clause(t, documents)]
        # A meeting only imagined ("could be held", "pourrait réunir") is not a meeting held; a
        # meeting told in another clause than the conditional's is ("spoke with Y, and both would
        # meet on Sunday": the call was made).
        if self._conditional(sent):
            strong = [t for t in strong if t.label_ != "CONSULT" or self._is_future(sent, t) or not self._imagined(sent, t)]
        # A meeting named by a noun alone ("relaunch a dialogue") needs something that shows it
        # happened: people, a date, a round, a medium, a place. (Or, for one to come, a passive in
        # the future that sets it up: "une commission mixte de coopération sera instituée".)
        # (An exchange of prisoners is their release, no meeting: "un échange avec l'Ukraine de 115 prisonniers".)
        if strong and all(t.label_ == "CONSULT" and not self._exchanges_detainees(t, sent)
                          for t in strong) and all(self._noun_trigger(t) for t in strong) \
                and not (sent.people or sent.dates or sent.cue("ordinal") or sent.cue("format")
                         or any(self._is_place(c) for c in sent.countries)
                         or any(self._cues(t) & {"visit", "host", "phone", "virtual"} for t in strong)
                         or any(self._subject_of_agentless_passive(t) and self._is_future(sent, t) for t in strong)
                         # (Or a verb that plans to attend it: "participera au sommet", "will attend the summit".)
                         or any(self._future_by_verb(sent, t) and self._planned_by_someone(t) for t in strong)
                         # (Or a phrase that places the news after it and names its sides: "have issued a
                         # statement following their meeting", said by the ministers of seven named states.)
                         or any(self._first_meeting_ended(t, sent, drafts) for t in strong)):
            return []
        # Inside talks ("during the meeting", "the two sides …"), praise, concern, aid and the
        # like are what was said, part of the meeting; only a signature or a commitment stands apart,
        # and a concession told as done, not said ("the border was reopened after meetings between the
        # two sides"; not what the talks aimed at: "looked for ways to lift trade").
        if focus is not None and focus.event == "CONSULT" and focus.aux is None and (
                sent.cue("sides") or any(self._is_reference(t) for t in sent.triggers)):
            # (Not support given to a state outside the talks: "the ministers reaffirmed support for
            # Ukraine's territorial integrity" at a meeting of others, see `_supports_a_third_state`.)
            strong = [t for t in strong if t.label_ in ("CONSULT", "AGREE") or "sign" in self._cues(t)
                      or self._supports_a_third_state(t, sent, focus)
                      or (t.label_ == "RETREAT" and t.root.pos_ == "VERB" and not self._is_future(sent, t)
                          and "Inf" not in t.root.morph.get("VerbForm") and t.root.dep_ not in ("xcomp", "acl"))]
            if not strong:
                return []
        # An appeal made on the occasion just told ("a saisi cette opportunité pour appeler les
        # États-Unis à …", "took the opportunity to urge …") is made in the talks in focus: part of them.
        if focus is not None and focus.event == "CONSULT" and focus.aux is None and sent.cue("occasion_taken"):
            # ("appeler … à": a calling verb whose infinitive is the act asked for, see below.)
            strong = [t for t in strong if t.label_ != "REQUEST" and not (
                "ask" in self._cues(t) and self._act_asked(sent, t) is not None)]
            if not strong:
                return []
        return strong

    def _drafts_by_type(self, sent: Sentence, by_type: dict[str, list[Span]], futures: set[str],
                        absorbed: list[Span]) -> list[Draft]:
        """One draft per type (per measure for sanctions), its strongest trigger first; what is
        signed in an audience signed by both its sides."""
        out = []
        for event, trigs in by_type.items():
            trigs.sort(key=lambda t: -self._trigger_weight(t))
            if event == "AGREE":
                trigs = trigs + absorbed  # what is agreed (a visit, a round) after the agreeing word
            # Breaking off relations and expelling diplomats are two measures, even in one sentence.
            groups = [trigs] if event != "SANCTION" else [
                [t for t in trigs if t._.value.get("mode") == mode] for mode in dict.fromkeys(
                    t._.value.get("mode") for t in trigs)]
            for group in groups:
                draft = self._draft(sent, event, group, event in futures)
                if draft is not None:
                    out.append(draft)
        meeting = next((d for d in out if d.event == "CONSULT"), None)
        if meeting is not None:
            for d in out:
                if d.event == "SUPPORT" and "sign" in d.cues and len(d.states) == 1 and not d.recipient \
                        and self._signed_in_the_audience(d.trigger, meeting.trigger) \
                        and self._signs_a_document(d.trigger, sent):
                    # "received the Ugandan minister and signed a memorandum", "held talks with X,
                    # signing an accord", "a accueilli son homologue avant de signer avec lui un
                    # mémorandum": one subject does both acts, and what is signed in the audience
                    # is signed by its two sides, the one received and the one who received him.
                    for c in meeting.states:
                        if c not in d.actor:
                            d.actor.append(c)
                            d.note("state", c, meeting.trigger, "rule:triggers.signed_in_the_audience")
            for d in out:
                if d.event == "AGREE":
                    # What the sentence says was discussed belongs to the meeting, not to the plan.
                    d.topics, d.organizations = [], []
        return out

    def _planned_by_someone(self, trigger: Span) -> bool:
        """Whether the verb that governs a meeting noun has a subject of its own, someone who is to
        attend it ("le président participera au sommet"), not the meeting itself ("le sommet se
        tiendra")."""
        if trigger.root.dep_ not in ("obj", "dobj", "obl", "obl:arg", "pobj"):
            return False  # (a noun that only qualifies another: "la voie du dialogue … nous conduira")
        verb = self._governing_verb(trigger.root)
        while verb is not None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head  # "va participer au sommet": the subject of "va"
        return verb is not None and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i not in range(trigger.start, trigger.end)
                                        and c.pos_ in ("NOUN", "PROPN") for c in verb.children)

    @staticmethod
    def _displeases(trigger: Span, sent: Sentence) -> bool:
        """Is the trigger a noun that a word of displeasure takes as its complement, by nouns and
        prepositions alone ("deeply disappointed by the signing of the pact", "préoccupé par la
        signature de l'accord")? What one is displeased by was done by others, or before: a
        signature so named is the matter of a reaction, not one told."""
        displeasure = {tok.i for c in sent.cue("displeasure") for tok in c}
        token = trigger.root
        if token.pos_ != "NOUN" or not displeasure:
            return False
        while token.head.i != token.i and token.pos_ in ("NOUN", "PROPN", "ADP", "DET"):
            token = token.head
            if token.i in displeasure:
                return True
        return False

    @staticmethod
    def _retreat_as_meeting(trigger: Span) -> Span:
        """A leaders' retreat read as the meeting it is (CONSULT, CAMEO 040, a meeting noun)."""
        row = {**trigger._.value, "event": "CONSULT", "mode": "", "cameo": "040", "cues": "noun,meet"}
        return make_span(trigger.doc, trigger.start_char, trigger.end_char, "CONSULT", row, trigger.kb_id_)

    @staticmethod
    def _tells_a_clause(trigger: Span) -> bool:
        """Is the trigger a noun, or a verb with a clause of its own ("claimed that Ukraine
        plans …"), not a verb with a mere object ("claims the islands", "claimed the bronze")?"""
        root = trigger.root
        return root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("ccomp", "xcomp") for c in root.children)

    @staticmethod
    def _negated_verb(trigger: Span) -> bool:
        """Is the trigger a verb with a negation of its own ("have not signed", "n'a pas signé")?"""
        verb = trigger.root
        return verb.pos_ in ("VERB", "AUX") and negated(verb)

    @staticmethod
    def _refused_act(trigger: Span, sent: Sentence) -> bool:
        """Is the trigger verb the act a refusal governs ("refusing to recognize the court")?"""
        verb = trigger.root
        return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and any(
            r.label_ == "REJECT" and r.root.i == verb.head.i for r in sent.triggers)

    @staticmethod
    def _counted(trigger: Span) -> bool:
        """Is the trigger a plural noun ("three visits in each direction", "no such visits")?"""
        root = trigger.root
        return root.pos_ == "NOUN" and "Plur" in root.morph.get("Number")

    def _used_as_verb(self, trigger: Span, sent: Sentence) -> bool:
        """Is the trigger a verb that tells an act, not a noun ("a sign of") nor a participle
        that only qualifies a noun ("the newly signed treaty", "implement signed documents"), before
        it or after it ("ended the defence agreement signed with France", "l'accord signé en 2019")?
        A participle after its noun with a recent day of its own ("l'accord signé lundi") tells it."""
        root = trigger.root
        if root.pos_ not in ("VERB", "AUX") or root.dep_ == "amod":
            return False
        # (A plain form right after "be" is the adjective the tagger took for a verb: "it's also
        # welcome news", "is welcome": English makes "be" + verb a participle, "-ing" or "-ed".)
        before = next((t for t in reversed(root.doc[sent.span.start:root.i]) if t.pos_ != "ADV"), None)
        if root.tag_ in ("VB", "VBP") and before is not None and before.tag_ != "POS" and (
                before.lemma_ == "be" or before.lower_.replace("’", "'") in ("'s", "'re", "'m")):
            return False
        # (A past participle after its noun names the thing by what was done to it, told as known:
        # "the memorandum signed between Tripoli and Ankara", not the news of its signing.)
        if root.dep_ != "acl" or root.head.pos_ != "NOUN" or any(c.dep_.startswith("aux") for c in root.children) \
                or not (root.tag_ == "VBN" or ("Part" in root.morph.get("VerbForm") and "Past" in root.morph.get("Tense"))):
            return True
        words = [t for t in root.subtree if t.i not in {h.i for h in root.head.children if h.i < root.i} | {root.head.i}]
        start, end = min(t.idx for t in words), max(t.idx + len(t) for t in words)
        return any(start <= d.start < end and d.value and not self._long_before(d.value) for d in sent.dates)

    def _official_protest(self, sent: Sentence, trigger: Span) -> bool:
        """Is a protest word (cue `complaint`) a state's official complaint, not a demonstration: a verb whose
        subject names no crowd ("Japan protested to …", not "thousands protested"), or a noun that
        a word of diplomatic practice governs or qualifies ("filed a diplomatic protest")?"""
        root = trigger.root
        if "complaint" not in self._cues(trigger):
            return False
        if root.pos_ == "VERB":
            crowd = {tok.i for c in sent.cue("crowd") for tok in c}
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            return bool(subjects) and not any(tok.i in crowd for s in subjects for tok in s.subtree)
        official = {tok.i for c in sent.cue("official_protest") for tok in c}
        return root.head.i in official or any(c.i in official for c in root.children if c.dep_ in ("amod", "compound"))

    @staticmethod
    def _believed(trigger: Span, sent: Sentence) -> bool:
        """Is the trigger inside what a verb of belief (cue `belief`: "believe", "suspect", "think")
        governs: its clause, its infinitive, the phrase it heads?"""
        believing = {tok.i for c in sent.cue("belief") for tok in c}
        token = trigger.root
        while token.head.i != token.i:
            if token.head.i in believing and token.head.pos_ == "VERB":
                # (Not a verb coordinated with it, or its subject: "believes in dialogue, and on
                # Monday it expelled two diplomats" tells the expulsion.)
                return token.dep_ in BELIEVED_DEPS
            token = token.head
        return False

    def _in_noun_clause(self, token) -> bool:
        """Is the token inside a clause that completes a noun ("the claim that …", "l'idée que …")?"""
        while token.head.i != token.i:
            if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and token.head.i in self.trigger_tokens:
                return True  # the noun is itself an event word: a claim, an allegation, a call
            token = token.head
        return False

        # ("the 5th session", "la prochaine session"; "agreed to lift the ban": see coding/acts.py)

    def _gives_aid(self, trigger: Span, triggers: list[Span]) -> bool:
        """A giving verb ("handed over", "remis", "provided") whose object is aid ("relief
        material", "des vivres"): together they tell a donation, though each alone is weak."""
        verb = trigger.root
        return trigger.label_ == "AID" and verb.pos_ == "VERB" and any(
            o.label_ == "AID" and o.root.pos_ == "NOUN" and verb in o.root.ancestors for o in triggers)

    @staticmethod
    def _opens_a_passage(trigger: Span, sent: Sentence) -> bool:
        """Is the trigger a weak verb of access ("reopen", "rouvrir") whose object, or whose subject in
        the passive, is a passage between states (cue `passage`: a border, a crossing): "the Chaman
        border was reopened on Monday", "le Rwanda a rouvert ses frontières". Reopening a border eases
        a closure, whoever the sentence names as doing it; other things reopen in other senses (a
        school, a debate)."""
        verb = trigger.root
        if trigger.label_ != "RETREAT" or (trigger._.value or {}).get("mode") != "access" or verb.pos_ != "VERB":
            return False
        passages = {tok.i for c in sent.cue("passage") for tok in c}
        return any(c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and c.i in passages for c in verb.children)

    @staticmethod
    def _asks(sent: Sentence) -> bool:
        """Is the sentence a question: its last mark, before closing quotes and brackets, a "?"."""
        return sent.span.text.rstrip().rstrip("»\"”’')] \u00a0").endswith("?")

    def _talked_about(self, sent: Sentence, trigger: Span) -> bool:
        """Is a trigger told by a noun or a gerund what talks are about: inside the object of a
        discussion word ("discussed negotiations on the signing", "ont évoqué la signature") or of a
        noun of worth (cue `valued`: "stressed the importance of cooperation on trade and support for
        Ukraine"), or after "about" under a meeting verb ("talked to Sunak about … inking the
        agreement")? Or an infinitive that completes such a noun ("discussed plans to sign a treaty",
        "ont évoqué le projet de signer un accord"). The climb stops at another verb: "discussed … and
        witnessed the signing" saw one."""
        token = trigger.root
        infinitive = token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm") and self._nominal(token.head)
        if token.pos_ not in ("NOUN", "VERB") or (token.pos_ == "VERB" and token.tag_ != "VBG" and not infinitive
                                                  and not self._nominal(token)):
            return False
        discussion = {t.i for c in sent.cue("discussed") + sent.cue("valued") for t in c}
        talks = {t.root.i for t in sent.triggers if t.label_ == "CONSULT" and t.root.pos_ == "VERB"}
        while token.head.i != token.i:
            head = token.head
            if head.i in discussion and (token.dep_ in TALKED_ABOUT_DEPS or (token.dep_ == "advcl" and token.tag_ == "VBG")):
                return True
            if head.i in talks and token.dep_ in ("prep", "obl", "obl:arg", "obl:mod") \
                    and fold(token.text if token.dep_ == "prep" else next(
                        (c.text for c in token.children if c.dep_ == "case"), "")) in self.words.about:
                return True
            if head.pos_ in ("VERB", "AUX") and head.tag_ != "VBG" and "Inf" not in head.morph.get("VerbForm") \
                    and head.i not in discussion and not self._nominal(head):
                return False
            token = head
        return False

    def _left_open(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger, or a noun it hangs from up to the verb, a word naming a plan as still
        open ("the timing of the next session", "plans to sign", "le projet de signer")?"""
        open_plans = {i for c in sent.cue("open_plan") for i in range(c.start, c.end)}
        token = trigger.root
        while True:
            if token.i in open_plans or any(trigger.start <= i < trigger.end for i in open_plans):
                return True
            if token.head.i == token.i or (token.head.pos_ in ("VERB", "AUX") and not self._nominal(token.head)):
                return False
            token = token.head

    @staticmethod
    def _nominal(token) -> bool:
        """Does the token stand as a noun: a noun, or a word the parser tags a verb but makes a
        verb's object ("discussed plans to sign": "plans" as an object is the noun)."""
        return token.pos_ == "NOUN" or (token.pos_ == "VERB" and token.dep_ in ("dobj", "obj")
                                        and "Inf" not in token.morph.get("VerbForm") and token.tag_ != "VBG")

    def _trigger_weight(self, trigger: Span) -> int:
        """Specific triggers (a call, a visit, hosting, signing) lead over generic ones ("discuss")."""
        cues = self._cues(trigger)
        weight = 2 * len(cues & {"phone", "virtual", "visit", "host", "sign", "multilateral", "series"})
        main_clause = trigger.root.dep_ == "ROOT" or trigger.root.head.dep_ == "ROOT"
        return weight + (trigger.root.pos_ == "VERB") + 2 * main_clause

    def _sanction_sides(self, draft: Draft, sent: Sentence) -> None:
        """Sanctions "on Venezuela" or "sur la Syrie" fall on that state, though the words read as a
        place; a measure told with no one named ("also announced new sanctions") is taken by the
        state that took the measures told before."""
        if not draft.recipient and draft.actor:
            # "gave the French ambassador 72 hours to leave": the one who must leave is named first.
            draft.recipient = [c.label_ for c in sent.countries if c.start < draft.trigger.start
                               and not self._is_place(c) and c.label_ not in draft.actor
                               and not self._in_dateline(c)][:1]
        if not draft.recipient:
            draft.recipient = [c.label_ for c in sent.countries if c.start > draft.trigger.start
                               and self._is_place(c) and c.label_ not in draft.actor][:1]
        if not draft.actor:
            earlier = next((d for d in reversed(self.drafts_so_far) if d.event == "SANCTION" and d.actor), None)
            if earlier is not None:
                draft.actor = [c for c in earlier.actor if c not in draft.recipient]
                draft.directed = True

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
        if event == "SUPPORT" and row["event"] == "RETREAT":
            draft.cameo = "054"  # a mission opened: grant diplomatic recognition
        if event == "RETREAT" and row["event"] != "RETREAT" and "exchange" in cues:
            draft.mode, draft.cameo = "release", "0841"  # an exchange of prisoners releases them
        if event == "RETREAT" and row["event"] == "SANCTION":
            draft.cameo = "085"  # ease economic sanctions, boycott or embargo
        if event == "ACCUSE" and row["event"] == "PROTEST":
            draft.mode, draft.cameo = "disapprove", "114"  # complain officially
        if event == "REQUEST" and row["event"] != "REQUEST":
            draft.cameo = None  # a call or an invitation read as a request: the request's own code
        draft.sentences.append(sent.index)
        draft.spans.append((sent.span.start_char, sent.span.end_char))
        self._assign_states(draft, sent)
        if event == "AGREE" and future and len(draft.states) < 2:
            self._sides_of_the_talks(draft, sent)
        if event == "SANCTION" or row["event"] == "SANCTION":
            self._sanction_sides(draft, sent)
        judgement = self._judgement(trigger, sent) if "judgement" in self._cues(trigger) else None
        if judgement is not None:
            # Who says it condemns; the state named in what is judged is condemned ("said Russia's
            # response was regrettable"), the trigger word having no subject of its own.
            speaker, judged = judgement
            draft.actor = dedupe(c.label_ for c in sent.countries if c.start in speaker) or draft.actor
            draft.recipient = dedupe(c.label_ for c in sent.countries if c.start in judged and c.label_ not in draft.actor)
            draft.directed = bool(draft.actor and draft.recipient)
        if event == "SUPPORT" and draft.cameo == "054" and self._opens_a_mission(trigger, sent):
            self._mission_sides(draft, sent)  # (lifted too: "lifted the sanctions on Mali")
        elif event == "AGREE" and row["event"] != "AGREE" and self._opens_a_mission(trigger, sent):
            # A mission to be opened: the intent to engage in diplomatic cooperation (CAMEO 032),
            # between the state it names and its host, as the opening itself.
            draft.cameo = "032"
            self._mission_sides(draft, sent)
        act = self._act_asked(sent, trigger) if event == "REQUEST" else None
        if act is not None:
            # "calls on Rwanda to withdraw its troops from the DRC": asked is whom the call names,
            # not the states inside the act asked for.
            # ("called on Rwanda": "on" reads as a place preposition, but here it names the addressee.)
            addressed = dedupe(c.label_ for c in sent.countries if trigger.start < c.start < act.i
                               and c.label_ not in draft.actor)
            if addressed:
                draft.recipient, draft.directed = addressed, True
                draft.note("direction", None, trigger, "rule:triggers.addressee_of_call")
        if event == "REQUEST" and not draft.actor and len(draft.recipient) == 1:
            self._asker_in_the_talks(draft)
        proposal = event == "AGREE" and "invite" not in cues and self._proposes_to_come(trigger, sent)
        if proposal:
            draft.cues.add("invite")  # a proposal to come is an invitation (a visit is planned)
        if event == "AGREE" and ("invite" in cues or proposal):
            self._invitation_sides(draft, sent)
        elif event == "AGREE" and len(draft.states) < 2 and (self._act_committed_to(sent, trigger) is not None
                                                            or QUAD.get(row["event"]) == 2
                                                            or self._promises_a_thing(sent, trigger)):
            # "Russia pledged to deliver wheat to Egypt": the promise goes to whom the act goes.
            # (Not a journey made to attend a gathering: "is set to embark on a tour to Uganda to
            # attend the NAM Summit in Kampala"; the venue's state receives no one, DESIGN.md.)
            draft.recipient = [c.label_ for c in sent.countries if c.start > trigger.start
                               and c.label_ not in draft.actor][:1] \
                if not self._trip_to_a_gathering(draft, sent) else []
            draft.directed = bool(draft.recipient)
        self._add_people(draft, sent)
        if sent.cue("sides") and not draft.participants and self.focus is not None and event == "AGREE":
            draft.participants = list(self.focus.participants)  # "the two ministers agreed …"
        if event == "SUPPORT" and self.focus is not None and any(c.start < trigger.start for c in sent.cue("sides")) \
                and self._supports_a_third_state(trigger, sent, self.focus):
            # "the ministers reaffirmed support for Ukraine": the meeting's sides give it together.
            draft.actor = [c for c in self.focus.ordered_states if c not in draft.recipient]
        self._add_pronoun_people(draft, sent)
        self._add_pair_people(draft, sent)
        self._add_details(draft, sent, own=True)
        # (A round said planned names the plan's round: "la 17e session …, prévue en décembre", by "prévue".)
        if event == "CONSULT" or (event == "AGREE" and ({"visit", "meet", "series", "multilateral"} & cues
                                                        or (row["event"] == "AGREE" and "future" in cues))):
            self._add_series(draft, sent)
        if draft.aux == "future":
            draft.planned = self._plan(draft, sent)
        return draft
