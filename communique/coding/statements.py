"""What a statement holds: the acts a request asks for, an accusation charges or a warning
threatens, and the judgements that condemn. What a verb of saying is about is its matter, not an
event of its own; where it is a measure to come, a warning is a threat of it."""
from __future__ import annotations

from spacy.tokens import Span

from .background import MATERIAL_ACTS
from .context import Sentence, is_negation

#: Acts a warning threatens when its words hold one ("warned that it would expel the ambassador",
#: "warned of further sanctions"): measures and force, and reprisals named as such.
THREATENED_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN"})
#: How what a warning says hangs from its verb: a clause ("warned that …", "a averti que …") or
#: a preposition's phrase ("warned of sanctions", "a mis en garde contre des représailles").
WARNED_DEPS = frozenset({"ccomp", "prep", "obl", "obl:arg", "obl:mod"})
#: Acts an accusation's words may hold as its matter: measures, refusals, threats and force.
CHARGED_ACTS = MATERIAL_ACTS | {"SANCTION", "REJECT", "THREATEN"}
#: How what an accusing verb is about hangs from it: its object, a preposition's phrase ("accused
#: of", "protested over", "accusé de"), a clause that says what was done ("blamed X for sending").
ACCUSED_DEPS = frozenset({"dobj", "obj", "prep", "obl", "obl:arg", "obl:mod", "pcomp", "xcomp"})


def _told(verb, to_come: set[int]) -> bool:
    """Is the verb affirmed, neither to come (a word of `to_come`, a future) nor supposed (a conditional)?"""
    return not any(is_negation(c) or c.i in to_come or "Cnd" in c.morph.get("Mood")
                   or "Fut" in c.morph.get("Tense") for c in (verb, *verb.children) if not c.dep_.startswith("nsubj"))


def _subject_tokens(verb) -> set[int]:
    """The tokens of a verb's subjects."""
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for t in c.subtree}


class Statements:
    """The matter of requests, accusations, warnings and judgements (mixin of the coder)."""

    def _asked_acts(self, sent: Sentence, triggers: list[Span]) -> set[int]:
        """The tokens of the acts that request verbs ask for: the infinitive clause after "urged X",
        "called on X", "asked X" ("to agree to a ceasefire and hold talks"), or after an invitation
        to act rather than to come ("invited Togo to favour negotiations")."""
        asked: set[int] = set()
        # (A diplomat's expulsion a state demands is the expulsion: "a exigé le départ / l'expulsion
        # de l'ambassadeur" is the host's measure, as the tests of details have it.)
        expulsions = {t.root.i for t in triggers if t.label_ == "SANCTION" and t._.value.get("mode") == "expel"}
        for t in triggers:
            if t.root.pos_ == "VERB" and (t.label_ == "REQUEST" or "invite" in self._cues(t) and
                                          self._complements(t.root) and not self._invited_to_meet(sent, t)):
                for clause in (c for c in t.root.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
                    asked |= {tok.i for tok in clause.subtree}
                # (Not an order, which does what it orders: "ordered the expulsion of 59 diplomats".)
                if t.label_ == "REQUEST" and "decision" not in self._cues(t):
                    asked |= {tok.i for part in self._asked_things(t.root) for tok in part.subtree} - expulsions
        return asked

    def _act_asked(self, sent: Sentence, trigger: Span):
        """The act a call asks of the one it names: the act committed to (`_act_committed_to`), or
        else, when the verb names whom it asks, a state or a person ("called on Togo to", "a appelé
        le Mali à"), its infinitive even where that is a general aim ("to favour dialogue", "à
        renforcer la coopération"). A commitment to a general aim commits to nothing specific, but
        a call on a state to pursue one is still an appeal made to that state. (An invitation to a
        general aim stays a courtesy, no event: "a invité le Congo à renforcer la coopération".)
        None when it asks nothing."""
        act = self._act_committed_to(sent, trigger)
        if act is not None or not self._names_whom_it_asks(sent, trigger.root):
            return act
        return next(iter(self._complements(trigger.root)), None)

    @staticmethod
    def _names_whom_it_asks(sent: Sentence, verb) -> bool:
        """Does a calling verb name whom it asks: its object, or the object of its "on"/"upon"
        ("called on Togo"), a state or a person? (Not a pronoun: "félicite la classe politique
        ivoirienne et l'invite à …" leaves the parse no one to hang the sides on.)"""
        appeal = {tok.i for c in sent.cue("appeal_preposition") for tok in c}
        addressees = [c for c in verb.children if c.dep_ in ("obj", "dobj", "iobj", "dative")]
        addressees += [g for c in verb.children if c.dep_ == "prep" and c.i in appeal
                       for g in c.children if g.dep_ == "pobj"]
        named = {s.root.i for s in sent.countries + sent.people}
        return any(any(t.i in named for t in a.subtree) for a in addressees)

    @staticmethod
    def _asked_things(verb) -> list:
        """What a request verb asks for besides its infinitive complement: an act named as its
        object ("a réclamé l'expulsion de l'ambassadeur", "demanded the signing of the treaty"),
        and the infinitive the parser hangs on the one asked ("a demandé à l'ambassadeur
        d'accélérer la signature": "accélérer" a clause of "ambassadeur")."""
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"]
        addressees = [c for c in verb.children if c.dep_ in ("obj", "dobj", "iobj", "dative", "obl:arg", "obl")]
        return objects + [c for a in addressees for c in a.children
                          if c.dep_ == "acl" and c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")]

    @staticmethod
    def _actors_named(sent: Sentence) -> list[Span]:
        """Whoever the sentence names that can act: states, people, actor words, organisations."""
        return sent.countries + sent.people + sent.actors + sent.organisations

    @staticmethod
    def _to_come_words(sent: Sentence) -> set[int]:
        """The tokens of the sentence's markers of what is to come or supposed ("would", "could")."""
        return {tok.i for c in sent.cue("aux") if c._.value in ("future", "hypothetical") for tok in c}

    def _accused_matter(self, sent: Sentence, triggers: list[Span]) -> set[int]:
        """The tokens of the measures and acts an accusing verb is about: inside its object or its
        complements ("accused Minsk of sending migrants in retaliation for sanctions", "condemned
        the expulsion of its diplomats") or in what a word of condemnation judges ("deemed illegal the
        accord signed by …"), and the signings it is about ("condemned the accord signed
        by Peru"), not inside what is coordinated with it ("condemned the raid and expelled the
        ambassador")."""
        # (Not when what is judged is a decision: "regrette la décision du Rwanda de rompre ses
        # relations" tells the rupture, the news the regret answers, however the parser hangs it.)
        decided = {tok.i for c in sent.cue("decided_noun") for tok in c}
        matter: set[int] = set()
        for t in triggers:
            # (A state's official protest accuses as a condemnation does: "protested the ramming and the
            # use of water cannons by Chinese vessels" names the acts it is about, done by the other side.)
            accusing = t.label_ == "ACCUSE" or (t.label_ == "PROTEST" and self._official_protest(sent, t))
            if accusing and t.root.pos_ == "VERB" and not any(
                    c.i in decided for c in t.root.children if c.dep_ in ("obj", "dobj")):
                for part in (c for c in t.root.children if c.dep_ in ACCUSED_DEPS):
                    matter |= {tok.i for tok in part.subtree}
                # In the passive, what is condemned is the subject ("le bombardement russe a été
                # condamné par l'ONU").
                if any(c.dep_ in ("aux:pass", "auxpass") for c in t.root.children):
                    for part in (c for c in t.root.children if c.dep_ in ("nsubj:pass", "nsubjpass")):
                        matter |= {tok.i for tok in part.subtree}
            elif t.label_ == "ACCUSE" and "judgement" in self._cues(t):
                judgement = self._judgement(t, sent)  # what is judged ("deemed illegal the accord signed …")
                matter |= judgement[1] if judgement is not None else set()
        # (A signing so named is what is condemned, done by others: "condemned the memorandum signed
        # between Libya and Turkey" makes its critics no party to it.)
        return {t.root.i for t in triggers if (t.label_ in CHARGED_ACTS or "sign" in self._cues(t))
                and t.root.i in matter}

    def _warnings(self, sent: Sentence, triggers: list[Span], named_only: bool = True) -> dict[int, set[int]]:
        """The warnings that threaten, {the warning verb's token: the tokens of the acts it threatens}:
        a warning verb (cue `warning`) told as done by a subject that names an actor (with
        `named_only` False, by any subject: "the group warned of further sanctions" imposes none,
        though it names no one who threatens), whose clause or
        preposition's phrase holds a measure or force (`THREATENED_ACTS`, a trigger of full strength
        or a reprisal) to come: "warned Peru that it would expel its ambassador", "warned of further
        sanctions", "a averti qu'il riposterait". A warning of a danger that no one is said to
        bring about ("warned that the fighting could spread"), or of an act already done, threatens
        nothing."""
        out: dict[int, set[int]] = {}
        named, to_come = self._actors_named(sent), self._to_come_words(sent)
        reprisals = {tok.i for c in sent.cue("reprisal") for tok in c}
        for t in triggers:
            verb = t.root
            if "warning" not in self._cues(t) or verb.pos_ != "VERB" or "Inf" in verb.morph.get("VerbForm") \
                    or verb.dep_ in ("acl", "amod", "relcl", "acl:relcl") or self._is_future(sent, t):
                continue
            # (A warning coordinated with an act shares its subject: "expelled the envoy and warned …";
            # so does a participle that follows the act with no subject of its own: "called on Seoul
            # to halt the sale, warning of further sanctions".)
            participle = verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm") and not any(
                c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in verb.children)
            sharing = (verb, verb.head) if verb.dep_ == "conj" or participle else (verb,)
            subjects = [c for v in sharing for c in v.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            zone = {tok.i for s in subjects for tok in s.subtree}
            if named_only and not (any(n.start in zone for n in named) or any(s.pos_ == "PROPN" for s in subjects)):
                continue
            warners = {n.label_ for n in named if n.start in zone}
            acts: set[int] = set()
            for part in (c for c in verb.children if c.dep_ in WARNED_DEPS):
                words = {tok.i for tok in part.subtree}
                if part.dep_ == "ccomp" and not any(
                        c.i in to_come or {"Fut", "Cnd"} & set(c.morph.get("Tense") + c.morph.get("Mood"))
                        for c in (part, *part.children)):
                    continue  # "warned that the attacks had killed …": told, not threatened
                # A reprisal named as such in what is warned of ("warned that Russia's use of
                # chemical weapons would have dire consequences", "warned Kenya of serious
                # repercussions") is what the warner will do in answer to the other's act: a threat,
                # though the other is the clause's subject. (Not consequences for someone or
                # something, a danger: "would have dire consequences for the region".)
                reprisal = self._reprisal_warned(sent, part, words, reprisals, named, warners)
                if reprisal:
                    # (With the act it answers, only supposed: "any attack would have consequences".)
                    acts |= reprisal | {tok.i for act in triggers if act.root.i in words
                                        and act.label_ in THREATENED_ACTS for tok in act.root.subtree}
                    continue
                # What another is said to be about to do is a danger warned of, not a threat:
                # "warned that North Korea could carry out more missile tests".
                doers = {tok.i for c in part.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                         for tok in c.subtree} if part.dep_ == "ccomp" else set()
                if any(n.start in doers and n.label_ not in warners for n in named):
                    continue
                for act in triggers:
                    if act.root.i in words and act.label_ in THREATENED_ACTS and (
                            "weak" not in self._cues(act) or act.label_ == "THREATEN"):
                        acts |= {tok.i for tok in act.root.subtree}
            if acts:
                out[verb.i] = acts
        return out

    def _reprisal_warned(self, sent: Sentence, part, words: set[int], reprisals: set[int], named: list[Span],
                         warners: set[str]) -> set[int]:
        """The tokens of a reprisal noun (cue `reprisal`: "consequences", "repercussions",
        "représailles") in what a warning says, when it is the warner's answer to someone's act:
        the clause's subject names that act's doer or is any act at all ("Russia's use of nuclear
        weapons would have dire consequences", "any attack would have consequences"), or the
        warning's phrase names it ("warned of serious consequences"). Nothing when the noun says
        for whom or for what it bodes ill (cue `bearer_preposition`: "dire consequences for the
        economy"): a danger. "Any" is the cue `free_choice`."""
        nouns = [self.doc[i] for i in words if i in reprisals and self.doc[i].pos_ == "NOUN"]
        bearers = {tok.i for c in sent.cue("bearer_preposition") for tok in c}
        if not nouns or any(c.dep_ in ("prep", "nmod") and c.i in bearers
                            or any(g.dep_ == "case" and g.i in bearers for g in c.children)
                            for n in nouns for c in n.children):
            return set()
        if part.dep_ == "ccomp":
            subject = {tok.i for c in part.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                       for tok in c.subtree}
            if not (any(n.start in subject and n.label_ not in warners for n in named)
                    or subject & {tok.i for c in sent.cue("free_choice") for tok in c}):
                return set()
        return {tok.i for n in nouns for tok in n.subtree}

    def _judgement(self, trigger: Span, sent: Sentence) -> tuple[set[int], set[int]] | None:
        """A word of condemnation (cue `judgement`: "illegal", "unacceptable", "regrettable") that a
        named actor says of what a state did, as (the tokens of who says it, the tokens of what is
        judged): the predicate of a verb of judging whose subject names an actor ("Greece deemed
        the memorandum between Libya and Turkey illegal", "described the Peruvian raids as
        unlawful"), or of a copula in a clause that a named actor says ("the Foreign Office said
        Russia's response was regrettable", "la France estime que la décision du Mali est
        inacceptable"). None for a word that only qualifies a noun ("illegal immigration"), a
        judgement denied, to come or supposed ("is not illegal", "would be illegal"), or one of
        something no state is named in ("said the delays were regrettable")."""
        word = trigger.root
        if word.pos_ != "ADJ":
            return None
        if self._predicate_before_object(word):
            verb = word.head.head  # "deemed 'illegal' the memorandum signed between …": the object judged
            return self._judged_by_subject(verb, sent)
        if word.dep_ in ("amod", "nmod", "conj") and word.head.pos_ in ("NOUN", "PROPN"):
            return None
        # English hangs the adjective on its verb ("was regrettable", "deemed illegal", "described …
        # as unlawful"); UD makes it the head of its clause, with the copula a child ("est inacceptable").
        verb = word.head if word.dep_ in ("acomp", "oprd", "xcomp", "attr", "ccomp", "dobj", "obj") else word
        if any(c.dep_ == "cop" for c in word.children):
            verb = word
        elif word.head.pos_ == "ADP" and word.head.dep_ == "prep":
            verb = word.head.head  # "described the raids as unlawful"
        to_come = self._to_come_words(sent)
        if not _told(verb, to_come) or (verb.i != word.i and not _told(word, to_come)):
            return None
        if verb.i != word.i and verb.pos_ == "VERB" and not any(c.dep_ == "cop" for c in verb.children):
            return self._judged_by_subject(verb, sent)  # a verb of judging
        judged = _subject_tokens(verb)
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "said X was regrettable and Y was in breach"
        if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB" or not _told(verb.head, to_come):
            return None
        return self._speaker_and_judged(_subject_tokens(verb.head), judged, sent)

    def _judged_by_subject(self, verb, sent: Sentence) -> tuple[set[int], set[int]] | None:
        """For a verb of judging told as done: (the tokens of its subject, who judges; the tokens of
        its object, what is judged), when the subject names an actor and the object a state."""
        if not _told(verb, self._to_come_words(sent)):
            return None
        judged = {t.i for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        return self._speaker_and_judged(_subject_tokens(verb), judged, sent)

    def _speaker_and_judged(self, speaker: set[int], judged: set[int], sent: Sentence) -> tuple[set[int], set[int]] | None:
        """(speaker, judged) when the speaker's tokens name an actor and the judged ones a state."""
        speaks = any(n.start in speaker for n in self._actors_named(sent)) or any(
            self.doc[i].pos_ == "PROPN" for i in speaker)
        if not speaks or not any(c.start in judged for c in sent.countries):
            return None
        return speaker, judged

    @staticmethod
    def _acknowledges_worth(trigger: Span, sent: Sentence) -> bool:
        """Is the trigger a verb whose direct object is a noun of a matter's worth (cue `valued`:
        "recognized the importance of peace", "recognised “the significance of” the talks")? It
        acknowledges that something counts, a view, not an act done to anyone: no recognition, no
        support. (However the object is set off: quotation marks do not change the words.)"""
        if trigger.root.pos_ != "VERB":
            return False
        worth = {tok.i for c in sent.cue("valued") for tok in c}
        return any(c.dep_ in ("dobj", "obj") and c.i in worth for c in trigger.root.children)

    def _stance_judged(self, trigger: Span) -> bool:
        """Is the trigger a noun of support or solidarity (SUPPORT, not a signing) that is the subject
        of a copula with an adjective ("their solidarity is important", "Chile's support for Peru
        remains strong", "la solidarité entre nos pays est essentielle")? What is said of a stance is
        a view of the relationship, not support given."""
        noun = trigger.root
        if trigger.label_ != "SUPPORT" or "sign" in self._cues(trigger) or noun.pos_ != "NOUN" \
                or noun.dep_ not in ("nsubj", "nsubj:pass"):
            return False
        head = noun.head
        if any(c.dep_ == "cop" for c in head.children):
            return head.pos_ == "ADJ"  # UD: the adjective heads the clause
        return head.lemma_ in ("be", "remain", "stay") and any(
            c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children)

    @staticmethod
    def _predicate_before_object(word) -> bool:
        """A judging adjective put before a long object ("deemed illegal the memorandum signed
        between Libya and Turkey", "declared 'null and void' the accords"): the parser hangs it on
        the object as a modifier, but it stands before the object's determiner, where no modifier
        stands ("the illegal memorandum"), so it is the verb's predicate."""
        noun = word.head
        if word.dep_ != "amod" or noun.dep_ not in ("dobj", "obj") or noun.head.pos_ != "VERB" or noun.head.i > word.i:
            return False
        return any(c.dep_ == "det" and c.i > word.i for c in noun.children)
