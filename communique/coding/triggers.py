"""Stage 1: events from triggers. A sentence's trigger words propose events (type, mode, CAMEO
code, cues such as host, visit, phone, sign, future); a trigger noun that refers back ("during
the consultations") or a trigger inside a claim, a condition or a recalled past proposes nothing.
"""
from __future__ import annotations

from datetime import date as day

from spacy.tokens import Span

from ..recognising.base import make_span
from ..recognising.cues import cue_matchers
from ..recognising.lexicon import fold
from .context import VERBAL_TYPES, Draft, Sentence, dedupe, demonstrative, points_back
from .tables import HOST_CAMEO, QUAD
from .tense import TimeOfTelling


#: Pronouns that name people as a subject: "he came after the talks" tells a journey, not a frame.
PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
#: Words of a compared span of time the parser may tag otherwise ("less than a week", "a" read as a
#: pronoun; "moins d'un mois"): no place.
SPAN_COMPARERS = frozenset({"than", "a", "an", "de", "d'", "d’"})
#: Types whose trigger has an object or a reason; a material-conflict trigger after one is that.
ABOUT_TYPES = VERBAL_TYPES | {"SANCTION"}
#: Acts done, not said: a phrase of cause or time may name one as known (cue `given_act`), a
#: participle may name those who underwent one ("the expelled diplomats", "assets seized from").
MATERIAL_ACTS = frozenset(t for t, quad in QUAD.items() if quad == 4) | {"RETREAT"}
#: How what is discussed hangs from a discussion word: its object, or a preposition's phrase
#: ("discussion on", "discuté de", "discussions sur").
TALKED_ABOUT_DEPS = frozenset({"dobj", "obj", "prep", "obl", "obl:arg", "obl:mod", "nmod"})
#: Prepositions that tell, after a meeting verb, what it was about ("talked … about").
ABOUT_WORDS = frozenset({"about", "regarding", "concerning", "sur", "concernant"})


class EventProposal:
    """The events a sentence proposes, each drafted with its states, people and details."""

    def _events_of(self, sent: Sentence, focus: Draft | None, drafts: list[Draft]) -> list[Draft]:
        if self._asks(sent):
            return []  # "Les ministres ont-ils conclu un accord ?": a question tells no act
        # ("participera au sommet": a meeting to come is no reference back, despite its "au".)
        # (Nor is "at a joint press conference with Stoltenberg" when no meeting was told before it.)
        # A welcome that greets a person who came ("X welcomed Ghana's president to Abuja"), with
        # no talks told beside it, is the host receiving the visitor (see `_greeting_as_hosting`).
        # (Not a crowd greeted: "welcomed the soldiers at the airport" is a ceremony.)
        greetings = [t for t in sent.triggers if "approve" in self._cues(t)
                     and self._greets_someone(t, sent, kinds=("visitor",))]
        told = [self._greeting_as_hosting(t) if t in greetings else t for t in sent.triggers]
        triggers = [t for t in told if t is not None and (not self._is_reference(t) or (
            not self._possessed(t) and self._is_future(sent, t)) or self._first_meeting_with(t, sent, drafts)
            or self._first_meeting_ended(t, sent, drafts))
            and not self._in_dateline(t)
            and ("verb" not in self._cues(t) or self._used_as_verb(t))
            and ("approve" not in self._cues(t) or not self._greets_someone(t, sent))
            and ("single" not in self._cues(t) or not self._counted(t))
            # "have still not signed a treaty", "does not recognize the findings": support refused, not given.
            and not (("sign" in self._cues(t) or t.label_ == "SUPPORT") and self._negated_verb(t))
            and not (t.label_ == "SUPPORT" and self._refused_act(t, sent))  # "refusing to recognize"
            and ("clause" not in self._cues(t) or self._tells_a_clause(t))
            # ("aid arrives", "a hunting trip"; an opening word that opens no diplomatic mission.)
            and not self._in_another_sense(t, sent)
            and not self._given_act(t, sent)  # "a shift brought on by Russia's invasion of Ukraine"
            and not self._lasting_over(t, sent)  # "after eleven years of rupture", "months of negotiations"
            and not self._judged(t)]  # "the drone strikes were unlawful": an act judged, not told
        # After the news, what had been done before ("Morocco had condemned …", "had promised")
        # is recalled, not told; a text that opens on it tells it (its first sentence, not the
        # first event found further on: "Le poste a rouvert jeudi. … Tunis avait demandé …").
        # (A relative clause so told describes someone even in the opening sentence: "Le président, qui
        # s'était rendu en Tanzanie, a signé …".)
        recalled = {tok.i for t in triggers if t.root.dep_ in ("relcl", "acl:relcl") and self._pluperfect(t)
                    for tok in t.root.subtree}
        triggers = [t for t in triggers if t.root.i not in recalled]
        # A commitment that gives the news its time ("… gained momentum after X and Y agreed to
        # restore ties"), with what it committed to.
        recalled = {tok.i for t in triggers if self._agreed_as_the_news_time(sent, t) for tok in t.root.subtree}
        triggers = [t for t in triggers if t.root.i not in recalled]
        if drafts or sent.index > 0:
            recalled = {tok.i for t in triggers if self._pluperfect(t) or self._recalled_in_clause(t) or self._said_before(t)
                        for tok in t.root.subtree}
            triggers = [t for t in triggers if t.root.i not in recalled]  # with what they were about
            # (So is what an act dated long before was about: "Pour rappel, ils ont convenu en avril
            # 2021 d'inviter … à tenir une réunion": the invitation and the meeting with it.)
            recalled = {tok.i for t in triggers if self._dated_long_before(sent, t) for tok in t.root.subtree}
            triggers = [t for t in triggers if t.root.i not in recalled]
        # What the news is set against ("the visit comes two days after the UK and Kenya signed …",
        # "cette décision fait suite à l'appel de …") was done before it: background.
        # (Its subject, "the visit", "cette décision", is the news, told before when anything was.)
        framed = self._framed_acts(sent, told_before=bool(drafts))
        triggers = [t for t in triggers if t.root.i not in framed]
        # What was going on, or used to be ("les autorités les accusaient", "Ottawa annonçait en
        # février"), is background in the imperfect: a verb so told tells no new event.
        # So is what a compound participle tells as done before ("ayant rompu leurs liens en 2016").
        # (Not the conditional a tagger reads as an imperfect, the future of a past saying: "a
        # ajouté qu'il rencontrerait son homologue le 20 juin".)
        triggers = [t for t in triggers if not (self._imperfect(t) and not self._future_in_the_past(sent, t.root))
                    and not self._anterior(t)
                    and not self._describes_someone(t) and not self._describes_those_affected(t)
                    and not self._called_by_no_one(t)]
        # What is done again and again ("se rendent régulièrement au Liban", "often travel to")
        # is a habit, not an act of the day.
        habitual = {tok.i for c in sent.cue("habitual") for tok in c}
        if habitual:
            # (With what the habit is about: "has repeatedly criticised the drone strikes" tells no strike.)
            # (Not what is coordinated with it: "often criticises Peru, but on Monday it signed …".)
            habits = {tok.i for t in triggers if any(c.i in habitual for c in t.root.children if c.dep_ == "advmod")
                      for tok in self._own_subtree(t.root)}
            triggers = [t for t in triggers if t.root.i not in habits]
        # What a word of statement names as its matter ("conveyed its serious concern regarding drone
        # strikes", "a protest over the incursions") is what it is about, not an act it tells, even
        # where the word (a weak "concern") makes no event of its own.
        matter = {tok.i for c in sent.cue("matter_preposition") for tok in c}
        if matter:
            about = {tok.i for t in triggers if t.label_ in ABOUT_TYPES and t.root.pos_ == "NOUN"
                     for c in t.root.children if c.dep_ == "prep" and c.i in matter for tok in c.subtree}
            triggers = [t for t in triggers if not (t.label_ in MATERIAL_ACTS and t.root.i in about)]
        documents = sent.cue("document")
        strong = [t for t in triggers if ("weak" not in self._cues(t) and "host" not in self._cues(t))
                  or ("sign" in self._cues(t) and any(d.start > t.start for d in documents))
                  or ("host" in self._cues(t) and self._receives_someone(t, sent))
                  or self._gives_aid(t, triggers)
                  or ("ask" in self._cues(t) and self._act_committed_to(sent, t) is not None)
                  or ("weak" in self._cues(t) and self._acted_by_someone(t, sent))
                  or self._opens_a_mission(t, sent)
                  or ("weak" in self._cues(t) and self._talks_with_someone(t, sent))]
        # (One hosts a person: "a decision badly received by Algiers" is no visit.)
        if not strong:
            return []
        if self._is_background(sent, drafts):
            return []
        # What a claim or a report says ("Russia's claim that Ukraine plans to …") is its content.
        strong = [t for t in strong if not self._in_noun_clause(t.root)]
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
        first_verbal = next((t for t in strong if t.label_ in ABOUT_TYPES), None)
        if first_verbal is not None:
            strong = [t for t in strong if t.label_ in ABOUT_TYPES or t.start < first_verbal.start]
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
        strong = [t for t in strong if t.label_ != "CONSULT" or not self._in_document_clause(t, documents)]
        # A meeting only imagined ("could be held", "pourrait réunir") is not a meeting held.
        if self._conditional(sent):
            strong = [t for t in strong if t.label_ != "CONSULT" or self._is_future(sent, t)]
        # A meeting named by a noun alone ("relaunch a dialogue") needs something that shows it
        # happened: people, a date, a round, a medium, a place. (Or, for one to come, a passive in
        # the future that sets it up: "une commission mixte de coopération sera instituée".)
        if strong and all(t.label_ == "CONSULT" for t in strong) and all(self._noun_trigger(t) for t in strong) \
                and not (sent.people or sent.dates or sent.cue("ordinal") or sent.cue("format")
                         or any(self._is_place(c) for c in sent.countries)
                         or any(self._cues(t) & {"visit", "host", "phone", "virtual"} for t in strong)
                         or any(self._subject_of_agentless_passive(t) and self._is_future(sent, t) for t in strong)):
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
            future = self._is_future(sent, t) or (event == "CONSULT" and self._dated_after_publication(sent, t))
            if "sign" in cues:
                event = "SUPPORT"
            if event == "RETREAT" and self._opens_a_mission(t, sent):
                event = "SUPPORT"  # "a rouvert son ambassade": recognition, no access granted
            if future and event == "SUPPORT" and "sign" not in cues:
                continue  # support to come is not yet given, and not a commitment to meet or sign
            if future and event == "CONSULT" and "multilateral" in cues and not self._future_by_verb(sent, t):
                continue  # "the summit scheduled for July" is a setting; "will attend the summit" a plan
            if future and event in ("CONSULT", "SUPPORT"):
                event = "AGREE"
            if QUAD.get(event) == 2 and self._marked_to_come(sent, t):
                # "a annoncé la restitution prochaine de trois crânes", "the planned delivery of
                # wheat": material cooperation named as to come is promised, not done (CAMEO 03,
                # intent to cooperate). (Not "will provide aid": the aid is being given.)
                event, future = "AGREE", True
            if event == "AGREE" and self._would_follow(sent, t, reported=True):
                continue  # "said he would agree to … if the opposition agreed": a condition, not yet agreed
            if event == "AGREE" and self._describes_document(t):
                continue  # "the roadmap agreed in April": a document named, no new commitment
            if "sign" in cues and self._describes_document(t) and not self._told_when_or_by_whom(t):
                continue  # "implementing previously reached agreements", "les accords déjà signés"
            if "sign" in cues and self._apposed_to_document(t) and self._dated_before_the_news(t):
                continue  # "la mise en œuvre de la Déclaration d'Alger, signée le 27 août 2022": its past
            if "ask" in cues and self._act_committed_to(sent, t) is not None:
                event = "REQUEST"  # "appelle le Rwanda à retirer ses troupes": calls on, not calls up
            if "decision" in cues and self._decided_act(sent, t, strong):
                continue  # "decided to expel the ambassador": the expulsion, no promise
            if event == "SANCTION" and self._undone(sent, t):
                event = "RETREAT"  # "ordered the lifting of sanctions against Niger": sanctions eased
            if event == "PROTEST" and self._official_protest(sent, t):
                event = "ACCUSE"  # "Japan protested to …", "filed a diplomatic protest": a complaint
            if ("negation" in cues and event == "CONSULT") or self._refuses(t):
                event = "REJECT"
            if "invite" in cues and self._act_committed_to(sent, t) is not None and not self._invited_to_meet(sent, t):
                event = "REQUEST"  # invited to refrain, to act: a request; invited to visit: a plan
                future = False
            if event == "AGREE" and (future or "future" in cues):
                futures.add(event)
            by_type.setdefault(event, []).append(t)
        # Restrictions named beside sanctions ("sanctions … banning exports") are the sanctions.
        if "SANCTION" in by_type and "COERCE" in by_type:
            by_type["COERCE"] = [t for t in by_type["COERCE"] if t._.value.get("mode") != "restrict"]
            if not by_type["COERCE"]:
                by_type.pop("COERCE")
        # An agreement to meet ("agreed to hold consultations") is one AGREE, not AGREE + CONSULT.
        absorbed: list[Span] = []
        if "AGREE" in by_type and "CONSULT" in by_type and futures and \
                min(t.start for t in by_type["AGREE"]) < min(t.start for t in by_type["CONSULT"]):
            absorbed = by_type.pop("CONSULT")
        # Deciding on a hostile act ("a décidé de rompre ses relations", "decided to expel the
        # envoy") is the act, told by its own trigger, not a promise to cooperate.
        if "AGREE" in by_type:
            by_type["AGREE"] = [t for t in by_type["AGREE"] if not self._commits_to_conflict(sent, t)]
            if not by_type["AGREE"]:
                by_type.pop("AGREE")
                if absorbed:  # no agreement to meet after all: the meeting told beside it stays
                    by_type["CONSULT"], absorbed = absorbed, []
        # AGREE is a commitment to something specific (meet, visit, sign, a named programme), not
        # a general wish to deepen relations.
        if "AGREE" in by_type and not self._specific_commitment(sent, strong, by_type["AGREE"]):
            by_type.pop("AGREE")
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
                if d.event == "AGREE":
                    # What the sentence says was discussed belongs to the meeting, not to the plan.
                    d.topics, d.organizations = [], []
        return out

    @staticmethod
    def _marked_to_come(sent: Sentence, trigger: Span) -> bool:
        """Is the trigger a noun that a future marker of its own describes ("la restitution
        prochaine", "la livraison prévue", "the upcoming handover")?"""
        noun = trigger.root
        if noun.pos_ != "NOUN":
            return False
        marked = {i for c in sent.cue("aux") if c._.value == "future" for i in range(c.start, c.end)}
        return any(c.dep_ in ("acl", "amod") and c.i in marked for c in noun.children)

    def _asked_acts(self, sent: Sentence, triggers: list[Span]) -> set[int]:
        """The tokens of the acts that request verbs ask for: the infinitive clause after "urged X",
        "called on X", "asked X" ("to agree to a ceasefire and hold talks"), or after an invitation
        to act rather than to come ("invited Togo to favour negotiations")."""
        asked: set[int] = set()
        for t in triggers:
            if t.root.pos_ == "VERB" and (t.label_ == "REQUEST" or "invite" in self._cues(t) and
                                          self._complements(t.root) and not self._invited_to_meet(sent, t)):
                for clause in (c for c in t.root.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
                    asked |= {tok.i for tok in clause.subtree}
        return asked

    def _decided_act(self, sent: Sentence, trigger: Span, triggers: list[Span]) -> bool:
        """Is the act a decision names an event of its own, told by another trigger ("decided to
        expel", "decides to downgrade relations"), not a meeting or a signature to come?"""
        act = self._act_committed_to(sent, trigger)
        # (Or the noun a light verb takes: "de procéder à l'expulsion", "to carry out the expulsion".)
        return act is not None and any(
            (t.root.i == act.i or (t.root.head.i == act.i and t.root.pos_ == "NOUN"
                                   and t.root.dep_ in ("obj", "dobj", "obl:arg")))
            and t.label_ not in ("AGREE", "CONSULT", "SUPPORT") for t in triggers)

    def _undone(self, sent: Sentence, trigger: Span) -> bool:
        """Is the measure the object of a word that ends it ("lifted economic sanctions", "the
        lifting of other sanctions against Niger")?"""
        undo = {tok.i for c in sent.cue("undo") for tok in c}
        head = trigger.root.head
        if trigger.root.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "the lifting of sanctions"
        return trigger.root.pos_ == "NOUN" and head.i != trigger.root.i and head.i in undo

    def _greets_someone(self, trigger: Span, sent: Sentence, kinds=("visitor", "crowd")) -> bool:
        """Is what the verb approves a person or a group that came ("welcomed the Ghanaian
        president", "welcomed the delegation"): a greeting, not approval of an act? `kinds`: the
        cue kinds of the groups that count (a delegation that came, a crowd)."""
        # (Told in the passive, whom it greets is its subject: "was welcomed by his counterpart".)
        objects = [c for c in trigger.root.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")]
        if not objects or any(t.label_ == "CONSULT" for t in sent.triggers):
            return False  # (a welcome told with the talks stays with them, as before)
        named = {tok.i for s in sent.people + sent.titles for tok in s}
        named |= {tok.i for kind in kinds for c in sent.cue(kind) for tok in c}
        # (The object's head: "the agreement, including its provision for the people …" and
        # "Aliyev's decision to pardon …" approve an act, whoever is named inside them.)
        return any(o.i in named for o in objects)

    @staticmethod
    def _greeting_as_hosting(trigger: Span) -> Span | None:
        """The welcome of a person who came, read as the host's act of receiving him (CONSULT,
        mode visit, CAMEO 043 "host a visit"): the visitor is whom the welcome greets."""
        row = {**trigger._.value, "event": "CONSULT", "mode": "visit", "cameo": HOST_CAMEO, "cues": "host"}
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
        return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" or "Polarity=Neg" in c.morph
                                                    for c in verb.children)

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

    def _used_as_verb(self, trigger: Span) -> bool:
        """Is the trigger a verb that tells an act, not a noun ("a sign of") nor a participle
        that only qualifies a noun ("the newly signed treaty", "implement signed documents")?"""
        root = trigger.root
        return root.pos_ in ("VERB", "AUX") and root.dep_ != "amod"

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
    def _called_by_no_one(trigger: Span) -> bool:
        """A request participle that describes a noun, with no one named as its author ("deux pays
        appelés à vivre ensemble", "les chefs de mission appelés à présenter leurs lettres"): what
        someone is destined or due to do. (A passive verb stays a request: "seront invités à
        s'exprimer" names who takes part.)"""
        verb = trigger.root
        if trigger.label_ != "REQUEST" or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") \
                or "Past" not in verb.morph.get("Tense") or verb.dep_ not in ("acl", "amod"):
            return False
        # ("sont deux pays appelés à": a copula, the participle describes the countries; but
        # "a, lui, appelé à" is a verb in action the parser took for a participle.)
        return not TimeOfTelling._after_auxiliary(verb, copula=False) and not any(
            c.dep_ in ("obl:agent", "agent") for c in verb.children)

    @staticmethod
    def _describes_someone(trigger: Span) -> bool:
        """An accusation told by a participle that describes a noun, with no one named as its
        author ("un agent accusé de complot", "un festival critiqué pour …", "a man accused of
        fraud"): a charge or a reputation, not an accusation made. ("La décision, condamnée par
        le Maroc" names its author: an event.)"""
        verb = trigger.root
        if trigger.label_ != "ACCUSE" or verb.pos_ != "VERB" or verb.dep_ not in ("acl", "amod") \
                or "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense"):
            return False
        # (The parser also reads a main verb as a participle: "a « fermement » condamné l'attaque",
        # "a en réaction fustigé": an auxiliary just before or an object tells a verb in action.)
        return not TimeOfTelling._after_auxiliary(verb) and not any(
            c.dep_ in ("obj", "dobj", "obl:agent", "agent") for c in verb.children)

    @staticmethod
    def _own_subtree(verb) -> list:
        """The verb's words with its objects and modifiers, not the verbs and clauses coordinated
        with it ("criticises Peru, but … signed …": "signed" hangs on "criticises" as a conjunct)."""
        cut = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        return [t for t in verb.subtree if t.i not in cut]

    @staticmethod
    def _charged_by_no_one(trigger: Span) -> bool:
        """An accusation verb in the passive with no one named as its author ("Davis was accused of
        killing two men", "the regime, which is accused of suppressing dissent", "the crew is alleged
        to have fished illegally"): a charge or a reputation, whose accuser the text does not give,
        not an accusation made. ("Russia was accused by Ukraine of …" names its author: an event.)"""
        verb = trigger.root
        if trigger.label_ != "ACCUSE" or verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm"):
            return False
        # (English parses only: a French one may take "a accusé", a compound past, for a passive.)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        # (The author may hang lower: "condemned in a statement by the Kenyan ministry".)
        return passive and not any(t.dep_ in ("agent", "obl:agent") or (t.dep_ == "prep" and t.lower_ == "by")
                                   for t in verb.subtree)

    @staticmethod
    def _asks(sent: Sentence) -> bool:
        """Is the sentence a question: its last mark, before closing quotes and brackets, a "?"."""
        return sent.span.text.rstrip().rstrip("»\"”’')] \u00a0").endswith("?")

    def _talked_about(self, sent: Sentence, trigger: Span) -> bool:
        """Is a trigger told by a noun or a gerund what talks are about: inside the object of a
        discussion word ("discussed negotiations on the signing", "ont évoqué la signature"), or
        after "about" under a meeting verb ("talked to Sunak about … inking the agreement")? The
        climb stops at another verb: "discussed … and witnessed the signing" saw one."""
        token = trigger.root
        if token.pos_ not in ("NOUN", "VERB") or (token.pos_ == "VERB" and token.tag_ != "VBG"):
            return False
        discussion = {t.i for c in sent.cue("discussed") for t in c}
        talks = {t.root.i for t in sent.triggers if t.label_ == "CONSULT" and t.root.pos_ == "VERB"}
        while token.head.i != token.i:
            head = token.head
            if head.i in discussion and (token.dep_ in TALKED_ABOUT_DEPS or (token.dep_ == "advcl" and token.tag_ == "VBG")):
                return True
            if head.i in talks and token.dep_ in ("prep", "obl", "obl:arg", "obl:mod") \
                    and fold(token.text if token.dep_ == "prep" else next(
                        (c.text for c in token.children if c.dep_ == "case"), "")) in ABOUT_WORDS:
                return True
            if head.pos_ in ("VERB", "AUX") and head.tag_ != "VBG" and "Inf" not in head.morph.get("VerbForm") \
                    and head.i not in discussion:
                return False
            token = head
        return False

    @staticmethod
    def _describes_those_affected(trigger: Span) -> bool:
        """A measure told by a participle that describes those who underwent it, with no one named
        as its author ("the expelled diplomats", "carrying expelled American diplomats", "les
        diplomates expulsés ont quitté Moscou"): the people of a measure told before, not a new
        one. ("Russia expelled ten diplomats", "les diplomates expulsés par Moscou" stay.) So for any
        material act: "assets seized from Japanese companies", "invading aliens", "the freed
        hostages" name things and people by what befell them or what they do."""
        if trigger.label_ not in MATERIAL_ACTS or len(trigger) != 1:
            return False
        word = trigger.root
        if "Part" not in word.morph.get("VerbForm") and word.pos_ != "ADJ":
            return False
        if any(c.dep_ in ("obl:agent", "agent") or c.dep_.startswith("aux") for c in word.children):
            return False
        # (An auxiliary just before, adverbs aside, tells a verb in action: "a expulsé", "has now expelled".)
        j = word.i - 1
        while j > word.sent.start and word.doc[j].pos_ == "ADV":
            j -= 1
        if j >= word.sent.start and word.doc[j].pos_ == "AUX":
            return False
        objects = [c for c in word.children if c.dep_ in ("obj", "dobj")]
        if word.dep_ in ("acl", "amod") and word.head.pos_ == "NOUN":
            return not objects
        # A participle before its noun, with no subject before it ("carrying expelled American
        # diplomats"), which the parser may take for a verb of its own.
        after = word.doc[word.i + 1:word.i + 4]
        noun = next((t for t in after if t.pos_ != "ADJ"), None)
        before = word.doc[word.i - 1] if word.i > word.sent.start else None
        return noun is not None and noun.pos_ == "NOUN" and all(t.pos_ == "ADJ" for t in word.doc[word.i + 1:noun.i]) \
            and before is not None and before.pos_ in ("DET", "VERB", "ADP", "NUM") and all(o.i == noun.i for o in objects)

    @staticmethod
    def _in_document_clause(trigger: Span, documents: list[Span]) -> bool:
        """Is the trigger inside a relative clause whose antecedent is one of the sentence's
        `documents` ("le mémorandum, qui engage les deux pays à tenir des consultations", "a
        protocol which commits them to meet each year")?"""
        tok = trigger.root
        for _ in range(8):
            if tok.dep_ in ("relcl", "acl:relcl") and any(d.start <= tok.head.i < d.end for d in documents):
                return True
            # (After a comma the parser may hang the clause on the verb: "a signé un mémorandum, qui
            # engage …"; its relative subject follows the document.)
            relative = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                             and "PronType=Rel" in str(c.morph)), None)
            if relative is not None:
                j = relative.i - 1
                while j >= 0 and trigger.doc[j].is_punct:
                    j -= 1
                if any(d.start <= j < d.end for d in documents):
                    return True
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _describes_document(self, trigger: Span) -> bool:
        """A participle describing a document ("la feuille de route convenue", "the agreed text",
        "reached agreements": the participle may be the trigger's first word, its root the noun)."""
        documents = self.document_cues
        # (Or the document named right before it, which the parser may not take for its head: "dans
        # le cadre de l'application de la feuille de route convenue en avril".)
        return any(token.dep_ in ("acl", "amod") and "Part" in token.morph.get("VerbForm")
                   and any(d.start <= token.head.i < d.end or d.end == token.i for d in documents)
                   for token in trigger)

    def _framed_acts(self, sent: Sentence, told_before: bool = False) -> set[int]:
        """The words of an older act a frame verb sets the news against: what follows "comes
        (a day) after", "intervient après que", "follows", "fait suite à", when the verb's subject
        is the news (a noun or a pronoun: "the visit", "cette décision", "elle"), not a person
        or a state ("the minister came after the talks", "le Mali fait suite …" tell acts). With
        `told_before`, the subject's words too: it names the news again."""
        framed: set[int] = set()
        named = sent.people + sent.titles + sent.countries + sent.actors + sent.organisations
        prepositions = sent.cue("frame_preposition")
        for cue in sent.cue("frame_verb"):
            verb = cue.root
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            if not subjects and verb.dep_ == "conj":
                # A frame verb coordinated with the one that names the news shares its subject ("The
                # launch marked the first test since May and came a day after …", "this is the third deal and
                # follows …", "cette visite est la première et intervient après …": a copula's predicate).
                subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            zone = {t.i for s in subjects for t in s.subtree}
            # (The subject's head word: "President Ruto's visit to Uganda comes …" is a visit.)
            if not subjects or any(s.pos_ == "PROPN" or s.lower_ in PERSONAL_SUBJECTS
                                   or any(n.start <= s.i < n.end for n in named) for s in subjects):
                continue
            # Only a span of time may stand between ("comes a week after", "intervient juste après"),
            # not a place ("came to Kampala after the talks": a journey). A span of time may be
            # compared ("less than a week after", "little more than six months after", "moins d'un
            # mois après"): its "than", "de" is no place.
            if cue._.value == "after" and not any(
                    p.start >= cue.end and all(t.pos_ in ("ADV", "NUM", "DET", "NOUN", "ADJ") or t.lower_ in SPAN_COMPARERS
                                               for t in self.doc[cue.end:p.start])
                    and p.start - cue.end <= 6 for p in prepositions):
                continue  # "comes into force", "intervient dans le débat": no older act named
            framed |= {t.i for t in verb.subtree if t.i >= cue.end} | (zone if told_before else set())
        return framed

    def _told_when_or_by_whom(self, trigger: Span) -> bool:
        """Does a participle name who did it or when ("l'accord signé lundi par les deux
        ministres", "signed on Monday")? Then it tells the act itself, not a document's past,
        unless the date is long before the news ("un traité signé en 1974")."""
        verb = next((t for t in trigger if "Part" in t.morph.get("VerbForm")), trigger.root)
        below = [t for t in verb.subtree if t.i != verb.i]
        if any(t.dep_ in ("obl:agent", "agent") for t in below):
            return True
        chars = {t.idx for t in below}
        return any(d.start in chars and not self._long_before_publication(d) and not self._before_the_news(d)
                   for d in self.dates)

    def _apposed_to_document(self, trigger: Span) -> bool:
        """A participle set after a document and a comma, with no auxiliary ("la Déclaration d'Alger,
        signée le 27 août"), which the parser may hang on the sentence's verb: it describes the document."""
        verb = trigger.root
        if "Part" not in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children) \
                or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
            return False
        documents = self.document_cues
        return any(d.end < verb.i and verb.i - d.end <= 5 and not any(
            t.pos_ in ("VERB", "AUX") for t in verb.doc[d.end:verb.i]) for d in documents)

    def _dated_before_the_news(self, trigger: Span) -> bool:
        """Is the participle dated, in its own words, more than a week before the news's day?"""
        verb = next((t for t in trigger if "Part" in t.morph.get("VerbForm")), trigger.root)
        chars = {t.idx for t in verb.subtree if t.i != verb.i}
        return any(d.start in chars and self._before_the_news(d) for d in self.dates)

    #: How many days before the day the news first states a date must name an older act.
    OLDER_BY_DAYS = 7

    def _before_the_news(self, date) -> bool:
        """Is a full date more than a week before the first full date the document states before it
        ("Ce vendredi 30 septembre 2022 s'est tenue la 8e session … la Déclaration d'Alger, signée le
        27 août 2022")? With a publication known only to the month, that day is the news's."""
        if not date.value or len(date.value) != 10:
            return False
        news = next((m for m in self.dates if m.start < date.start and m.kind == "absolute"
                     and m.value and len(m.value) == 10), None)
        if news is None:
            return False
        try:
            return (day.fromisoformat(news.value) - day.fromisoformat(date.value)).days > self.OLDER_BY_DAYS
        except ValueError:
            return False

    def _receives_someone(self, trigger: Span, sent: Sentence) -> bool:
        """"reçoit"/"received" is a meeting when a person or a state's envoy is received. A verb
        with an object receives what its object names: a person, a group, a state's envoy, or what
        one receives in an audience ("received the credentials from …", "a courtesy call"); a thing
        ("received a list of its diplomats", "to receive the motion") is no audience."""
        # (Only where the language's cues name what one receives in an audience: without them, a
        # thing cannot be told from "les lettres de créance". Every object: the parser may take a
        # weekday for one, "a reçu lundi … l'ambassadeur".)
        # (Where it names only the things one receives that are no audience, the object is read
        # against them: "a reçu une distinction", "reçoit le serment des ambassadeurs".)
        if trigger.root.pos_ == "VERB":
            things = sent.cue("thing_received")
            if any(c.dep_ in ("dobj", "obj") and any(s.start <= c.i < s.end for s in things)
                   for c in trigger.root.children):
                return False
        objects = [c for c in trigger.root.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")
                   and not any(d.start <= c.idx < d.end for d in sent.dates)] \
            if trigger.root.pos_ == "VERB" and "audience" in cue_matchers(self.lang) else []
        if objects:
            named = sent.people + sent.titles + sent.actors + sent.countries + sent.cue("visitor") + sent.cue("audience")
            return any(any(n.start <= o.i < n.end for n in named) or (
                o.pos_ == "PROPN" and o.ent_type_ in ("PERSON", "PER", "NORP", "")) for o in objects)
        return any(p.start > trigger.start for p in sent.people) or any(
            t.start > trigger.start for t in sent.titles)

    def _trigger_weight(self, trigger: Span) -> int:
        """Specific triggers (a call, a visit, hosting, signing) lead over generic ones ("discuss")."""
        cues = self._cues(trigger)
        weight = 2 * len(cues & {"phone", "virtual", "visit", "host", "sign", "multilateral", "series"})
        main_clause = trigger.root.dep_ == "ROOT" or trigger.root.head.dep_ == "ROOT"
        return weight + (trigger.root.pos_ == "VERB") + 2 * main_clause

    def _given_act(self, trigger: Span, sent: Sentence) -> bool:
        """A material act named by a definite or possessed noun in a phrase that gives the news's
        cause or time ("a shift brought on by Russia's invasion of Ukraine", "divided since the
        Turkish invasion", "sanctioned in response to Russia's invasion"): an act the reader is
        taken to know, background. An indefinite noun may bring a new act in ("after an attack on
        a convoy on Monday"); a phrase that hangs on a trigger is its reason, read there."""
        noun = trigger.root
        if trigger.label_ not in MATERIAL_ACTS or noun.pos_ != "NOUN":
            return False
        if noun.dep_ == "pobj":
            prep = noun.head
        else:
            # (UD hangs the preposition on its noun: "en raison de la répression", "après l'attaque".)
            prep = next((c for c in noun.children if c.dep_ in ("case", "fixed")), None)
            if prep is None:
                return False
        cue = next((c for c in sent.cue("given_act") if c.start <= prep.i < c.end), None)
        if cue is None:
            return False
        head = prep if noun.dep_ == "pobj" else noun.head  # what the phrase hangs on: the first word above it outside the cue
        while cue.start <= head.i < cue.end and head.head.i != head.i:
            head = head.head
        if head.i in self.trigger_tokens:
            return False  # "sanctions over its invasion": the measure's reason (see _events_of)
        return any(c.dep_ == "poss" or (c.dep_ == "det" and points_back(c)) for c in noun.children)

    @staticmethod
    def _judged(trigger: Span) -> bool:
        """A material act named by a noun that is the subject of a judgement ("the drone strikes were
        unlawful", "the annexation is a violation of international law", "les frappes sont
        illégales"): what a statement says of an act the reader knows, not an act it tells. From the
        parse: the noun is the subject of a copula ("be" with an adjective or a noun after it)."""
        noun = trigger.root
        if trigger.label_ not in MATERIAL_ACTS or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubj:pass"):
            return False
        head = noun.head
        if any(c.dep_ == "cop" for c in head.children):
            return head.pos_ in ("ADJ", "NOUN")  # UD: the predicate heads the clause
        return head.pos_ == "AUX" and any(c.dep_ in ("acomp", "attr") for c in head.children)

    def _lasting_over(self, trigger: Span, sent: Sentence) -> bool:
        """An act noun that a span of time is made of ("after eleven years of rupture", "après
        des années d'isolement", "the abduction led to months of negotiations", "deux décennies
        de concertations"): a state or a process that lasted up to the news, not an act of its
        day. (Days are left out: "after two days of talks" may be the meeting itself.)"""
        noun = trigger.root
        if noun.pos_ != "NOUN":
            return False
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
            noun = noun.head  # "une décennie de suspension … et d'isolement"
        spans = {tok.i for c in sent.cue("span_of_time") for tok in c}
        if not spans:
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            of = noun.head
            while of.dep_ == "conj" and of.head.lower_ == "of" and of.head.i != of.i:
                of = of.head  # "two decades of talks and of sanctions"
            return of.head.i in spans
        return noun.dep_ == "nmod" and noun.head.i in spans and any(
            c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in noun.children)

    def _is_reference(self, trigger: Span) -> bool:
        """A trigger noun that refers back: "au cours des consultations", "his visit", "this meeting"."""
        if "noun" not in self._cues(trigger) and trigger.root.pos_ != "NOUN":
            return False
        if trigger.label_ != "CONSULT":
            # "his condolences", "sa condamnation": said now; "this allegation": told before.
            prev = [t for t in self._prev_words(trigger, 2) if t.pos_ != "ADJ"]
            return bool(prev) and demonstrative(prev[-1])
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
                return not self._indefinite_des(tok)
        return False

    def _first_meeting_with(self, trigger: Span, sent: Sentence, drafts: list[Draft]) -> bool:
        """A meeting noun after a preposition that names, with "with", whom it was held with ("at a
        Tuesday meeting in Addis Ababa with the Ethiopian prime minister", "in a joint press
        conference with his Russian counterpart") tells the meeting when none was told before it:
        it can refer back to nothing."""
        root = trigger.root
        if trigger.label_ != "CONSULT" or root.pos_ not in ("NOUN", "PROPN") or any(d.event == "CONSULT" for d in drafts):
            return False
        # Held with a foreign party: a state the phrase names that the sentence has not named before
        # it (not the place an envoy is posted to: "with Kazakhstan's ambassador to Russia").
        before = {c.label_ for c in sent.countries if c.start < trigger.start}
        # (English hangs the noun on "with"; French hangs "avec" on the noun: "lors d'une rencontre
        # avec son homologue", nmod -> case.)
        withs = [c for c in root.children if (c.dep_ == "prep" and c.lower_ == "with") or (
            c.dep_ == "nmod" and any(a.dep_ == "case" and fold(a.text) in self.words.with_ for a in c.children))]
        for prep in withs:
            posted = {g.i for p in prep.subtree if p.dep_ == "prep" and p.lower_ == "to" for g in p.subtree}
            states = {c.label_ for c in sent.countries if c.root.i in {g.i for g in prep.subtree} - posted}
            if states - before:
                return True
        return False

    def _first_meeting_ended(self, trigger: Span, sent: Sentence, drafts: list[Draft]) -> bool:
        """A meeting noun in a phrase that places the news after it and names two states as its
        sides ("after a meeting between X and his Japanese counterpart", "à l'issue des travaux de
        la commission mixte tuniso-égyptienne") tells that meeting, held and ended, when no meeting
        was told before it: it can refer back to nothing. (Not a demonstrative, "à l'issue de cette
        réunion", which points back all the same; nor a meeting of one state's or one body's own,
        "à l'issue d'une réunion du Haut conseil de sécurité", "after their meeting in Japan", whose
        statement the news is.)"""
        root = trigger.root
        if trigger.label_ != "CONSULT" or root.pos_ not in ("NOUN", "PROPN") or root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") \
                or any(d.event == "CONSULT" for d in drafts) or self._cues(trigger) & {"multilateral"}:
            return False
        prev = [t for t in self._prev_words(trigger, 3) if t.pos_ != "ADJ"]
        if prev and demonstrative(prev[-1]):
            return False
        phrase, todo = set(), [root]  # the noun's own phrase, not a clause hanging from it
        while todo:
            tok = todo.pop()
            phrase.add(tok.i)
            todo += [c for c in tok.children if c.pos_ not in ("VERB", "AUX") and not c.is_punct]
        # (The parser may hang "avec son homologue" on the aftermath noun, beside the meeting:
        # "à la suite de sa rencontre mardi à Lima avec son homologue péruvien".)
        withs = [c for c in root.head.children if c.i > root.i and c.dep_ == "nmod" and any(
            a.dep_ == "case" and fold(a.text) in self.words.with_ for a in c.children)] if root.head.i != root.i else []
        phrase |= {g.i for c in withs for g in c.subtree}
        sides = self._states_in(phrase, sent)
        if prev and "Yes" in prev[-1].morph.get("Poss"):
            # "à la suite de sa rencontre avec le ministre français", "after their talks": the
            # possessive's owner is the clause's subject, one side of the meeting (not a body's own
            # meeting, "after their meeting in Japan", where no state stands for the owner).
            sides |= self._subject_states(root, sent)
        if len(sides) < 2:
            return False
        start = self.sent_start[trigger.start]
        for c in sent.cue("aftermath"):
            if start <= c.start and 0 <= trigger.start - c.end <= 10 and not any(
                    t.pos_ in ("VERB", "AUX") or t.is_punct for t in self.doc[c.end:trigger.start]):
                return True
        return False

    def _opens_a_mission(self, trigger: Span, sent: Sentence) -> bool:
        """Does the trigger open a diplomatic mission (see `_finds_a_mission_opened`)? Asked once
        per trigger: the filters, the strength of a weak trigger, its type and its sides ask it."""
        key = (trigger.start, trigger.end, trigger.label_)
        if key not in self.missions_opened:
            self.missions_opened[key] = self._finds_a_mission_opened(trigger, sent)
        return self.missions_opened[key]

    def _finds_a_mission_opened(self, trigger: Span, sent: Sentence) -> bool:
        """Does an opening word (cue `opening`, or an access opened: "ouvrir", "reopen") open a
        diplomatic mission, a word of the cue kind `mission`: the verb's object ("inaugurated its
        embassy", "a rouvert lundi son consulat"), the noun's complement ("l'ouverture du consulat
        général", "the opening of the embassy")? Not a participle that describes the mission ("le
        consulat de Gambie, ouvert le 7 janvier", told as a record), nor an infinitive, which tells
        an aim or a hope ("espère ouvrir un consulat", "arrived to open the embassy"). A noun tells
        the opening done only as the name of its ceremony ("la cérémonie d'inauguration du
        consulat", "the embassy's inauguration ceremony"): elsewhere it is what a text is about,
        a plan or a thing judged ("portent sur la réouverture des consulats", "annoncé la
        réouverture des ambassades dans les deux mois", "called the opening … provocative")."""
        root = trigger.root
        if not ("opening" in self._cues(trigger) or (trigger.label_ == "RETREAT" and trigger._.value.get("mode") == "access")):
            return False
        if root.pos_ == "VERB":
            if root.dep_ in ("acl", "amod", "acl:relcl", "relcl") or "Inf" in root.morph.get("VerbForm"):
                return False
            return any(self._is_kind(o, sent, ("mission",)) for o in self._all_moved(root) if o is not None)
        if root.pos_ != "NOUN":
            return False
        ceremonies = {t.i for c in sent.cue("ceremony") for t in c}
        if root.dep_ == "compound" and root.head.i in ceremonies:
            # "the inauguration ceremony of the consulate": the ceremony holds the complement.
            return self._is_kind(self._complement(root.head), sent, ("mission",))
        return self._is_kind(self._complement(root), sent, ("mission",)) and (root.head.i in ceremonies or any(
            c.dep_ == "compound" and c.i in ceremonies for c in root.children))

    def _mission_sides(self, draft: Draft, sent: Sentence) -> None:
        """A mission opened belongs to the state it names ("le consulat du Pérou", "the Peruvian
        consulate"), which opens it, and stands in its host: the place after it names the state
        recognised ("a inauguré son consulat général à Dakar", "its embassy in Paraguay")."""
        trigger = draft.trigger
        if not draft.actor:
            root = trigger.root
            mission = self._complement(root.head if root.dep_ == "compound" else root) if root.pos_ == "NOUN" else None
            owned = {t.i for t in mission.subtree} if mission is not None else set()
            draft.actor = dedupe(c.label_ for c in sent.countries if c.root.i in owned and not self._is_place(c)
                                 and c.label_ not in draft.recipient)
        if not draft.recipient:
            draft.recipient = [c.label_ for c in sent.countries if c.start > trigger.start
                               and self._is_place(c) and c.label_ not in draft.actor][:1]
        if draft.actor and draft.recipient:
            draft.directed = True

    def _states_in(self, indices: set[int], sent: Sentence) -> set[str]:
        """The states that the countries (not places) and people whose words are at `indices` speak for."""
        states = {c.label_ for c in sent.countries if c.root.i in indices and not self._is_place(c)}
        return states | {p._.value.country for p in sent.people if p.root.i in indices and p._.value.country}

    def _subject_states(self, tok, sent: Sentence) -> set[str]:
        """The states of the subject of the nearest clause above `tok` that has one."""
        head = tok.head
        while head.i != head.head.i or head.pos_ in ("VERB", "AUX"):
            if head.pos_ in ("VERB", "AUX"):
                subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
                if subjects:
                    return self._states_in({g.i for s in subjects for g in s.subtree}, sent)
            if head.i == head.head.i:
                break
            head = head.head
        return set()

    def _indefinite_des(self, tok) -> bool:
        """Is "des" the indefinite article after a verb ("ont tenu lundi des consultations", which
        the parser may read as "de" + "les"), not "of the" after a preposition ("lors des
        consultations")? Only a date or adverbs may come between the verb and it."""
        if fold(tok.text) != "des":
            return False
        j = tok.i - 1
        while j >= self.sent_start[tok.i] and tok.i - j <= 5 and (
                self.doc[j].pos_ in ("ADV", "NUM") or any(d.start <= self.doc[j].idx < d.end for d in self.dates)):
            j -= 1
        return j >= self.sent_start[tok.i] and self.doc[j].pos_ in ("VERB", "AUX")

    def _possessed(self, trigger: Span) -> bool:
        """"his visit", "cette rencontre": a possessive or demonstrative points back."""
        prev = [t for t in self._prev_words(trigger, 3) if t.pos_ != "ADJ"]
        return bool(prev) and prev[-1].pos_ in ("DET", "PRON") and (
            "Yes" in prev[-1].morph.get("Poss") or demonstrative(prev[-1]))

    def _ordinal_before(self, trigger: Span) -> list[Span]:
        sent_start = self.sent_start[trigger.start]
        return [c for c in self.ordinals if sent_start <= c.start < trigger.start and trigger.start - c.end <= 3]

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
        if event == "SUPPORT" and draft.cameo == "054" and self._opens_a_mission(trigger, sent):
            self._mission_sides(draft, sent)  # (lifted too: "lifted the sanctions on Mali")
        act = self._act_committed_to(sent, trigger) if event == "REQUEST" else None
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
        if event == "AGREE" and "invite" in cues:
            self._invitation_sides(draft, sent)
        elif event == "AGREE" and len(draft.states) < 2 and (self._act_committed_to(sent, trigger) is not None
                                                            or QUAD.get(row["event"]) == 2
                                                            or self._promises_a_thing(sent, trigger)):
            # "Russia pledged to deliver wheat to Egypt": the promise goes to whom the act goes.
            draft.recipient = [c.label_ for c in sent.countries if c.start > trigger.start
                               and c.label_ not in draft.actor][:1]
            draft.directed = bool(draft.recipient)
        self._add_people(draft, sent)
        if sent.cue("sides") and not draft.participants and self.focus is not None and event == "AGREE":
            draft.participants = list(self.focus.participants)  # "the two ministers agreed …"
        self._add_pronoun_people(draft, sent)
        self._add_details(draft, sent, own=True)
        # (A round said planned names the plan's round: "la 17e session …, prévue en décembre", by "prévue".)
        if event == "CONSULT" or (event == "AGREE" and ({"visit", "meet", "series", "multilateral"} & cues
                                                        or (row["event"] == "AGREE" and "future" in cues))):
            self._add_series(draft, sent)
        if draft.aux == "future":
            draft.planned = self._plan(draft, sent)
        return draft
