"""Stage 1: events from triggers. A sentence's trigger words propose events (type, mode, CAMEO
code, cues such as host, visit, phone, sign, future); a trigger noun that refers back ("during
the consultations") or a trigger inside a claim, a condition or a recalled past proposes nothing.
"""
from __future__ import annotations

from spacy.tokens import Span
from .context import VERBAL_TYPES, Draft, Sentence, dedupe
from .tables import QUAD

#: Punctuation that ends a clause, for markers that reach to their clause's end.
CLAUSE_BREAKS = frozenset({",", ";", ":"})
#: Types whose trigger has an object or a reason; a material-conflict trigger after one is that.
ABOUT_TYPES = VERBAL_TYPES | {"SANCTION"}


class EventProposal:
    """The events a sentence proposes, each drafted with its states, people and details."""

    def _events_of(self, sent: Sentence, focus: Draft | None, drafts: list[Draft]) -> list[Draft]:
        # ("participera au sommet": a meeting to come is no reference back, despite its "au".)
        triggers = [t for t in sent.triggers if (not self._is_reference(t) or (
            not self._possessed(t) and self._is_future(sent, t))) and not self._in_dateline(t)
            and ("verb" not in self._cues(t) or self._used_as_verb(t))
            and ("approve" not in self._cues(t) or not self._greets_someone(t, sent))
            and ("single" not in self._cues(t) or not self._counted(t))
            and not ("sign" in self._cues(t) and self._negated_verb(t))  # "have still not signed a treaty"
            and ("clause" not in self._cues(t) or self._tells_a_clause(t))]
        # After the news, what had been done before ("Morocco had condemned …", "had promised")
        # is recalled, not told; a text that opens on it tells it (its first sentence, not the
        # first event found further on: "Le poste a rouvert jeudi. … Tunis avait demandé …").
        if drafts or sent.index > 0:
            recalled = {tok.i for t in triggers if self._pluperfect(t) for tok in t.root.subtree}
            triggers = [t for t in triggers if t.root.i not in recalled]  # with what they were about
            triggers = [t for t in triggers if not self._dated_long_before(sent, t)]
        # What was going on, or used to be ("les autorités les accusaient", "Ottawa annonçait en
        # février"), is background in the imperfect: a verb so told tells no new event.
        # So is what a compound participle tells as done before ("ayant rompu leurs liens en 2016").
        triggers = [t for t in triggers if not self._imperfect(t) and not self._anterior(t)
                    and not self._describes_someone(t) and not self._called_by_no_one(t)]
        documents = sent.cue("document")
        strong = [t for t in triggers if ("weak" not in self._cues(t) and "host" not in self._cues(t))
                  or ("sign" in self._cues(t) and any(d.start > t.start for d in documents))
                  or ("host" in self._cues(t) and self._receives_someone(t, sent))
                  or self._gives_aid(t, triggers)
                  or ("ask" in self._cues(t) and self._act_committed_to(sent, t) is not None)
                  or ("weak" in self._cues(t) and self._acted_by_someone(t, sent))]
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
        if not strong:
            return []
        # What a diplomatic verb talks about ("condemned the attack", "discussed the
        # sanctions") is its object, not an event of its own.
        # So does a sanction's reason ("sanctions over the invasion", "expelled … after the attack").
        # What a request asks for ("urged Russia to agree to a ceasefire") has not been done.
        asked = self._asked_acts(strong)
        strong = [t for t in strong if t.root.i not in asked]
        first_verbal = next((t for t in strong if t.label_ in ABOUT_TYPES), None)
        if first_verbal is not None:
            strong = [t for t in strong if t.label_ in ABOUT_TYPES or t.start < first_verbal.start]
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
        if strong and all(t.label_ == "CONSULT" for t in strong) and all(self._noun_trigger(t) for t in strong) \
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
            if future and event == "CONSULT" and "multilateral" in cues and not self._future_by_verb(sent, t):
                continue  # "the summit scheduled for July" is a setting; "will attend the summit" a plan
            if future and event in ("CONSULT", "SUPPORT"):
                event = "AGREE"
            if event == "AGREE" and self._describes_document(t):
                continue  # "the roadmap agreed in April": a document named, no new commitment
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

    def _asked_acts(self, triggers: list[Span]) -> set[int]:
        """The tokens of the acts that request verbs ask for: the infinitive clause after "urged X",
        "called on X", "asked X" ("to agree to a ceasefire and hold talks")."""
        asked: set[int] = set()
        for t in triggers:
            if t.label_ == "REQUEST" and t.root.pos_ == "VERB":
                for clause in (c for c in t.root.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
                    asked |= {tok.i for tok in clause.subtree}
        return asked

    def _decided_act(self, sent: Sentence, trigger: Span, triggers: list[Span]) -> bool:
        """Is the act a decision names an event of its own, told by another trigger ("decided to
        expel", "decides to downgrade relations"), not a meeting or a signature to come?"""
        act = self._act_committed_to(sent, trigger)
        return act is not None and any(
            t.root.i == act.i and t.label_ not in ("AGREE", "CONSULT", "SUPPORT") for t in triggers)

    def _undone(self, sent: Sentence, trigger: Span) -> bool:
        """Is the measure the object of a word that ends it ("lifted economic sanctions", "the
        lifting of other sanctions against Niger")?"""
        undo = {tok.i for c in sent.cue("undo") for tok in c}
        head = trigger.root.head
        if trigger.root.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "the lifting of sanctions"
        return trigger.root.pos_ == "NOUN" and head.i != trigger.root.i and head.i in undo

    def _greets_someone(self, trigger: Span, sent: Sentence) -> bool:
        """Is what the verb approves a person or a group that came ("welcomed the Ghanaian
        president", "welcomed the delegation"): a greeting, not approval of an act?"""
        objects = [c for c in trigger.root.children if c.dep_ in ("dobj", "obj")]
        if not objects or any(t.label_ == "CONSULT" for t in sent.triggers):
            return False  # (a welcome told with the talks stays with them, as before)
        named = {tok.i for s in sent.people + sent.titles for tok in s}
        named |= {tok.i for kind in ("visitor", "crowd") for c in sent.cue(kind) for tok in c}
        # (The object's head: "the agreement, including its provision for the people …" and
        # "Aliyev's decision to pardon …" approve an act, whoever is named inside them.)
        return any(o.i in named for o in objects)

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

    def _in_condition(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger inside a clause introduced by a conjunction of condition ("if", "si")?"""
        marks = {tok.i for c in sent.cue("condition") for tok in c}
        token = trigger.root
        while token.head.i != token.i:
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.i in marks for c in token.children):
                return True
            token = token.head
        return False

    def _would_follow(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger the main verb of the sentence, in the conditional ("would lift", "lèverait"),
        with a clause of condition of its own?"""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else self._governing_verb(trigger.root)
        if verb is None or verb.dep_ != "ROOT":
            return False
        marks = {tok.i for c in sent.cue("condition") for tok in c}
        supposing = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.i in marks for m in c.children)
                        for c in verb.children)
        hypothetical = {tok.i for c in sent.cue("aux") if c._.value == "hypothetical" for tok in c}
        return supposing and any("Cnd" in t.morph.get("Mood") or t.i in hypothetical
                                 for t in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]))

    def _conditional(self, sent: Sentence) -> bool:
        """A verb in the conditional mood, or a hypothetical modal ("could", "would")."""
        return any("Cnd" in t.morph.get("Mood") for t in sent.span) or any(
            c._.value == "hypothetical" for c in sent.cue("aux"))

    def _specific_commitment(self, sent: Sentence, triggers: list[Span], agreeing: list[Span]) -> bool:
        """Does the sentence name what is committed to: a meeting, a visit, a signature, a document,
        a round or a specific act (not "this conversation" already told, not "to strengthen ties")?
        `agreeing` are the triggers that made the AGREE; a meeting counts when it is one of them
        or is named after the agreeing word ("the call … they agreed to" names a meeting held)."""
        first = min(t.start for t in agreeing)
        aims = sent.cue("general_aim")
        for t in triggers:
            cues = self._cues(t)
            if any(0 <= t.start - a.end <= 1 for a in aims):
                continue  # "committed to continued discussion", "la poursuite du dialogue": no new meeting
            if (t.label_ == "CONSULT" or cues & {"sign", "visit", "host", "meet", "series", "multilateral"}) and (
                    t in agreeing or t.start > first):
                return True
            if t.label_ == "AGREE" and t.root.dep_ != "advcl" and self._act_committed_to(sent, t) is not None:
                return True  # (not "tout en promettant de défendre …", said by the way)
        markers = sent.cue("ordinal") + [c for c in sent.cue("aux") if c._.value == "future"]
        rounds = [o for o in markers if any(0 <= s.start - o.end <= 3 for s in sent.cue("series"))]
        return bool(sent.cue("document") or rounds or self._commits_to_act(sent, triggers))
        # ("the 5th session", "la prochaine session"; "agreed to lift the ban": see coding/acts.py)

    def _act_committed_to(self, sent: Sentence, trigger: Span):
        """The act a commitment verb names ("agreed to create a committee", "s'est engagée à
        fournir", "convenus d'élever les relations"), unless it is a general aim ("to strengthen
        cooperation", "de renforcer les relations"): the complement verb, or None."""
        aims = sent.cue("general_aim")
        for comp in self._complements(trigger.root):
            # "agreed to maintain exchanges and hold the next round": each act agreed counts.
            for act in (comp, *[c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB"]):
                if not any(a.start <= act.i < a.end for a in aims):
                    return act
        return None

    def _commits_to_conflict(self, sent: Sentence, trigger: Span) -> bool:
        """Is the act a commitment word names a conflict trigger (PLOVER quad 3 or 4: sanctions,
        refusals, threats, coercion, as in "a décidé de suspendre le Gabon", "decided to block")?
        Not a force moved: "s'engage à déployer des policiers" to help a partner is a promise."""
        act = self._act_committed_to(sent, trigger)
        return act is not None and any(QUAD.get(t.label_) in (3, 4) and t.label_ != "MOBILIZE"
                                       and t.start <= act.i < t.end for t in sent.triggers)

    @staticmethod
    def _complements(word) -> list:
        """The verbs that complete a commitment word: a verb's infinitive complement ("agreed to
        create", "a invité X à visiter"); a noun's infinitive ("an invitation to visit", "son
        engagement à fournir"), also through the participle that describes it ("l'invitation
        adressée au ministre à se rendre au Maroc")."""
        if word.pos_ != "NOUN":
            return [c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        out = []
        for c in word.children:
            if c.dep_ == "acl" and c.pos_ == "VERB":
                if "Inf" in c.morph.get("VerbForm"):
                    out.append(c)
                elif "Part" in c.morph.get("VerbForm"):
                    out += [x for x in c.children if x.dep_ == "xcomp" and "Inf" in x.morph.get("VerbForm")]
        return out

    def _invited_to_meet(self, sent: Sentence, trigger: Span) -> bool:
        """Is what an invitation asks for a meeting or a visit ("invited X to visit", "à effectuer une
        visite", "an invitation to attend the summit"), not an act ("invited X to refrain")?"""
        act = self._act_committed_to(sent, trigger)
        if act is None:
            return False
        for t in sent.triggers:
            if t.label_ != "CONSULT" and not self._cues(t) & {"visit", "meet", "host", "multilateral"}:
                continue
            if t.start <= act.i < t.end or t.root.head.i == act.i or t.root.head.head.i == act.i:
                return True
        return False

    def _gives_aid(self, trigger: Span, triggers: list[Span]) -> bool:
        """A giving verb ("handed over", "remis", "provided") whose object is aid ("relief
        material", "des vivres"): together they tell a donation, though each alone is weak."""
        verb = trigger.root
        return trigger.label_ == "AID" and verb.pos_ == "VERB" and any(
            o.label_ == "AID" and o.root.pos_ == "NOUN" and verb in o.root.ancestors for o in triggers)

    def _pluperfect(self, trigger: Span) -> bool:
        """A main verb in the pluperfect ("had promised", "avait condamné"): told as done before."""
        verb = trigger.root
        if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or "Part" not in verb.morph.get("VerbForm"):
            return False
        return any(c.dep_ in ("aux", "aux:tense") and c.morph.get("Tense") and
                   set(c.morph.get("Tense")) <= {"Past", "Imp"} and "Cnd" not in c.morph.get("Mood")
                   for c in verb.children)

    @staticmethod
    def _imperfect(trigger: Span) -> bool:
        """A trigger verb in the imperfect indicative ("accusait", "annonçait", "exigeaient")."""
        verb = trigger.root
        return verb.pos_ == "VERB" and "Imp" in verb.morph.get("Tense") and "Ind" in verb.morph.get("Mood")

    @staticmethod
    def _anterior(trigger: Span) -> bool:
        """A trigger verb in a compound participle ("ayant rompu", "having broken off")."""
        verb = trigger.root
        return verb.pos_ == "VERB" and any(
            c.dep_.startswith("aux") and "Part" in c.morph.get("VerbForm") and "Pres" in c.morph.get("Tense")
            for c in verb.children)

    @staticmethod
    def _after_auxiliary(verb, copula: bool = True) -> bool:
        """Is there an auxiliary among the four words before the participle ("a « fermement »
        condamné", "a en réaction fustigé", which the parser tags a copula unless `copula` is
        False)? The parser may tag it a finite verb when only punctuation, pronouns and adverbs
        stand between ("a, lui, appelé")."""
        before = list(verb.doc[max(verb.sent.start, verb.i - 4):verb.i])
        for n, t in enumerate(before):
            if t.pos_ == "AUX" and (copula or t.dep_ != "cop"):
                return True
            if t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") and all(
                    x.pos_ in ("PUNCT", "PRON", "ADV") for x in before[n + 1:]):
                return True
        return False

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
        return not EventProposal._after_auxiliary(verb, copula=False) and not any(
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
        return not EventProposal._after_auxiliary(verb) and not any(
            c.dep_ in ("obj", "dobj", "obl:agent", "agent") for c in verb.children)

    def _dated_long_before(self, sent: Sentence, trigger: Span) -> bool:
        """Does the trigger's clause carry a word that puts it well before the news ("agreed five
        months ago", "signed last year", "recall that … agreed")?"""
        markers = {tok.i for c in sent.cue("recalled") for tok in c}
        if not markers:
            return False
        clause = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else self._governing_verb(trigger.root)
        if clause is None:
            return False
        if any(tok.i in markers for tok in clause.subtree):
            return True
        return any(tok.i in markers for tok in clause.head.subtree) and clause.dep_ in ("ccomp", "xcomp")

    def _describes_document(self, trigger: Span) -> bool:
        """A participle describing a document ("la feuille de route convenue", "the agreed text")."""
        token = trigger.root
        if token.dep_ not in ("acl", "amod") or "Part" not in token.morph.get("VerbForm"):
            return False
        head = token.head.i
        return any(d.start <= head < d.end for d in self.doc.spans.get("cues", []) if d.label_ == "document")

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
        """The trigger announces what is to come: a future marker just before it, a future verb, or
        a commitment word that governs it ("agreed that the commission would meet", "a décidé que
        les ministres se réuniraient", "a proposal for talks")."""
        if "future" in self._cues(trigger):
            return True
        if self._committed_to(sent, trigger):
            return True
        for cue in sent.cue("aux"):
            if cue._.value == "future" and 0 <= trigger.start - cue.end <= 5:
                return True
            if cue._.value == "future_clause" and cue.end <= trigger.start and not any(
                    t.text in CLAUSE_BREAKS for t in self.doc[cue.end:trigger.start]):
                return True  # "wird am Sonntag … zusammentreffen": up to its clause's end
        if self.words.future_endings and not self.doc.has_annotation("POS"):
            # Untagged text: the trigger verb in the future ("visitará", "se reunirá"), or a noun
            # beside a verb in the future ("realizará una visita", "la riunione avrà luogo").
            window = self.doc[max(sent.span.start, trigger.start - 3):min(sent.span.end, trigger.end + 2)]
            return any(self._future_form(tok) for tok in window)
        if trigger.root.pos_ not in ("VERB", "AUX"):
            # A noun is future by a marker before it ("la prochaine session"), one describing it
            # ("la 5e session, prévue à Alger", "a summit scheduled for July") or by the verb that
            # governs it ("participera au sommet", "will attend the meeting", "la signature aura lieu").
            marked = {i for c in sent.cue("aux") if c._.value == "future" for i in range(c.start, c.end)}
            if any(c.dep_ in ("acl", "amod") and c.i in marked for c in trigger.root.children):
                return True
            return self._future_by_verb(sent, trigger)
        return self._future_verb(sent, trigger.root)

    def _noun_trigger(self, trigger: Span) -> bool:
        """A trigger that is a noun: by its tag, or, in untagged text, by its table row's cue."""
        if self.doc.has_annotation("POS"):
            return trigger.root.pos_ != "VERB"
        return "noun" in self._cues(trigger)

    def _future_form(self, token) -> bool:
        """A lower-case word with an ending of the future tense of the tables ("visitará")."""
        text = token.text
        # (Lower case only: a name may end the same way, "Irán".)
        return len(text) > 3 and text.isalpha() and text == text.lower() and text.endswith(self.words.future_endings)

    def _committed_to(self, sent: Sentence, trigger: Span) -> bool:
        """Is the trigger inside the clause a commitment verb governs ("agreed to hold the next
        round", "decided that the commission would meet", "sont convenus de tenir")? Not what a
        weak word ("assure", "volonté") or a preposition ("committed to continued discussion") governs."""
        for agreeing in sent.triggers:
            verb = agreeing.root
            if agreeing.label_ != "AGREE" or verb.pos_ != "VERB" or "weak" in self._cues(agreeing) \
                    or agreeing.end > trigger.start:
                continue
            token = trigger.root
            while token.head.i != token.i and token.head.i != verb.i:
                token = token.head
            if token.head.i == verb.i and token.i != verb.i and token.dep_ in ("xcomp", "ccomp"):
                return True
        return False

    def _future_by_verb(self, sent: Sentence, trigger: Span) -> bool:
        verb = self._governing_verb(trigger.root)
        return verb is not None and self._future_verb(sent, verb)

    def _future_verb(self, sent: Sentence, verb) -> bool:
        """A verb in the future tense, or marked future ("will", "is expected to"), itself or the
        verb it completes ("is expected to hold")."""
        marked = {i for c in sent.cue("aux") if c._.value == "future" for i in range(c.start, c.end)}
        for _ in range(2):
            for tok in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]):
                if "Fut" in tok.morph.get("Tense") or tok.i in marked:
                    return True
            if verb.dep_ != "xcomp":
                break
            verb = verb.head
        return False

    def _governing_verb(self, token):
        """The verb a noun is the subject, object or complement of, within its clause."""
        for _ in range(3):
            if token.head.i == token.i or token.dep_ in ("conj", "appos", "acl", "relcl", "acl:relcl", "advcl"):
                return None
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token
        return None

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

    def _invitation_sides(self, draft: Draft, sent: Sentence) -> None:
        """An invitation to visit: the invited travel, to the place named ("à se rendre au Maroc")
        or else to the one who invites. With the place named, every other state is a guest, whether
        it invites ("invited X to visit Ghana") or accepts ("accepted an invitation to visit Japan")."""
        # (The visit invited to may lead the draft: the inviting word is where the sides divide.)
        inviting = next((t for t in sent.triggers if "invite" in self._cues(t)), draft.trigger)

        def first_seen(state):
            spans = [c.start for c in sent.countries if c.label_ == state] + [
                p.start for p in sent.people if p._.value.country == state]
            return min(spans, default=inviting.start)
        act = self._act_committed_to(sent, inviting)
        visited = [c.label_ for c in sent.countries if act is not None and c.root.head.i == act.i
                   and c.root.dep_ in ("obj", "dobj")]  # "to visit Japan", "à visiter le Mali"
        destinations = dedupe(self._destinations(sent) + visited)
        inviters = [c for c in draft.ordered_states if first_seen(c) < inviting.start and c not in destinations
                    and not destinations]
        guests = [c for c in draft.ordered_states if c not in inviters and c not in destinations]
        hosts = destinations[:1] or inviters[:1]
        if guests and hosts:
            draft.actor, draft.recipient, draft.directed = guests, hosts, True
            draft.note("direction", None, draft.trigger, "rule:triggers.invited_travel")

    def _sanction_sides(self, draft: Draft, sent: Sentence) -> None:
        """Sanctions "on Venezuela" or "sur la Syrie" fall on that state, though the words read as a
        place; a measure told with no one named ("also announced new sanctions") is taken by the
        state that took the measures told before."""
        if not draft.recipient and draft.actor:
            # "gave the French ambassador 72 hours to leave": the one who must leave is named first.
            draft.recipient = [c.label_ for c in sent.countries if c.start < draft.trigger.start
                               and not self._is_place(c) and c.label_ not in draft.actor
                               and c.start_char >= self.dateline_end][:1]
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
            self._sanction_sides(draft, sent)  # (lifted too: "lifted the sanctions on Mali")
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
        elif event == "AGREE" and len(draft.states) < 2 and self._act_committed_to(sent, trigger) is not None:
            # "Russia pledged to deliver wheat to Egypt": the promise goes to whom the act goes.
            draft.recipient = [c.label_ for c in sent.countries if c.start > trigger.start
                               and c.label_ not in draft.actor][:1]
            draft.directed = bool(draft.recipient)
        self._add_people(draft, sent)
        if sent.cue("sides") and not draft.participants and self.focus is not None and event == "AGREE":
            draft.participants = list(self.focus.participants)  # "the two ministers agreed …"
        self._add_details(draft, sent, own=True)
        if event == "CONSULT" or (event == "AGREE" and {"visit", "meet", "series", "multilateral"} & cues):
            self._add_series(draft, sent)
        if draft.aux == "future":
            draft.planned = self._plan(draft, sent)
        return draft

    def _sides_of_the_talks(self, draft: Draft, sent: Sentence) -> None:
        """A commitment told after talks that names fewer than two states ("les deux parties sont
        convenues de …", "it was agreed to …", "a invité son homologue à …", "they committed to …")
        is made by the sides of the talks."""
        talks = self.focus
        if talks is None or talks.event != "CONSULT" or talks.aux is not None or len(talks.states) < 2:
            return
        if not draft.states <= talks.states:
            return  # a third state speaks of its own plans
        own = draft.ordered_states
        # Only words of agreeing, promising, inviting or signing; "she will meet farmers" is one
        # side's programme. One side named: only with "the two sides" or an invitation to a counterpart.
        if draft.trigger.label_ != "AGREE" and not draft.cues & {"sign", "invite"}:
            return
        if own and not (sent.cue("sides") or "invite" in draft.cues):
            return
        if not own and not (sent.cue("sides") or "invite" in draft.cues or self._no_one_named(draft.trigger)):
            return  # "the summit promises to …", "his plan to …", "he pledged …": one speaker's words
        others = [c for c in talks.ordered_states if c not in own]
        draft.actor, draft.recipient, draft.directed = own + others, [], False

    @staticmethod
    def _no_one_named(trigger: Span) -> bool:
        """Does the trigger's clause leave its doer unnamed or plural: no subject, a passive or
        impersonal one ("it was agreed", "il a été convenu", "accords seront signés"), or a plural
        one ("they agreed", "les délégations ont décidé", "the two have agreed")? A singular subject
        ("the summit promises", "his plan", "he pledged") is one speaker."""
        verb = trigger.root
        while verb.dep_ in ("xcomp", "acl", "amod") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "NOUN"):
            verb = verb.head  # "the decision to hold", "promised to sign": the clause's own verb
        for child in verb.children:
            dep = child.dep_.lower()
            if dep in ("nsubj:pass", "nsubjpass", "expl", "expl:subj", "expl:pass"):
                return True
            if dep.startswith("nsubj") or dep == "poss":
                # "they", "ils", "les délégations", "the two": more than one speaker
                return "Plur" in child.morph.get("Number") or child.pos_ == "NUM"
        return True

    def _asker_in_the_talks(self, draft: Draft) -> None:
        """A request told after talks by someone the sentence does not place ("He called on Russia
        to release …", "Il a appelé le Rwanda à …") is made by the other side of the talks."""
        talks = self.focus
        if talks is None or talks.event != "CONSULT" or talks.aux is not None or len(talks.states) != 2:
            return
        asker = [c for c in talks.ordered_states if c not in draft.recipient]
        if len(asker) == 1 and draft.recipient[0] in talks.states:
            draft.actor, draft.directed = asker, True

    def _plan(self, draft: Draft, sent: Sentence) -> dict:
        """What an AGREE future promises: the kind of event (from the cues of the words that name
        it), when (the sentence's date that is not past, nearest the trigger first: "le 30 juin
        prochain", "in 2025") and where (the place named: "à Paris", "in London")."""
        cues = draft.cues
        if "sign" in cues:
            kind = "signing"
        elif cues & {"phone", "virtual"}:
            kind = "call"
        elif cues & {"visit", "host", "invite"}:
            kind = "visit"
        elif "series" in cues or draft.series:
            kind = "round"
        elif cues & {"meet", "multilateral"} or any(t.label_ == "CONSULT" for t in sent.triggers):
            kind = "meeting"
        else:
            kind = "other"
        if kind in ("meeting", "other") and any(c._.value in ("phone", "virtual") for c in sent.cue("format")
                                                if c.start > draft.trigger.start):
            kind = "call"  # "agreed to hold a call", "will speak by phone"
        date = None
        published = self.published or ""
        for d in sorted(sent.dates, key=lambda d: abs(d.start - draft.trigger.start_char)):
            if d.value and d.past is not True and d.value[:len(published)] >= published[:len(d.value)]:
                date = d.value
                break
        return {"kind": kind, "date": date, "place": draft.place[0] if draft.place else None}
