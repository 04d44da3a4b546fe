"""Commitments and their sides: what an AGREE promises, who promises it to whom.

Whether an agreeing word commits to something specific, the act a commitment or a request
governs, invitations (who travels where), commitments and requests told after talks (made by
the talks' sides), and what is promised (`planned`: kind, date, place). Mixed into `coder.Coder`.
"""
from __future__ import annotations

import datetime

from spacy.tokens import Span

from .context import SUBJECT_DEPS, Draft, Sentence, dedupe
from .tables import QUAD


class Commitments:
    def _specific_commitment(self, sent: Sentence, triggers: list[Span], agreeing: list[Span]) -> bool:
        """Does the sentence name what is committed to: a meeting, a visit, a signature, a document,
        a round or a specific act (not "this conversation" already told, not "to strengthen ties")?
        `agreeing` are the triggers that made the AGREE; a meeting counts when it is one of them
        or is named after the agreeing word ("the call … they agreed to" names a meeting held)."""
        first = min(t.start for t in agreeing)
        aims = sent.cue("general_aim") + self._support_aims(sent)
        for t in triggers:
            cues = self._cues(t)
            if any(self._aimed_at(sent, a, t) for a in aims):
                continue  # "committed to continued discussion", "la poursuite du dialogue": no new meeting
            if self._habitual_meeting(sent, t):
                continue  # "invited the ambassadors to make regular visits": a practice wished, no visit set
            if (t.label_ == "CONSULT" or cues & {"sign", "visit", "host", "meet", "series", "multilateral"}) and (
                    t in agreeing or t.start > first):
                return True
            if t in agreeing and t.label_ != "AGREE":
                return True  # a material act named as to come ("la restitution prochaine"): specific
            if t.label_ == "AGREE" and t.root.dep_ != "advcl" and self._act_committed_to(sent, t, after_aim=True) is not None \
                    and ("ready" not in cues or self._ready_for_an_act(sent, t)):
                return True  # (not "tout en promettant de défendre …", said by the way)
            if "invite" in cues and t in agreeing and self._invited_to_meet(sent, t):
                return True  # "invited Modi to the G7 summit": a meeting the guest is to attend
            if t in agreeing and self._promises_a_thing(sent, t):
                return True  # "a promis au Liban l'envoi de 55 secouristes": a thing to give
        if any(self._settled_by(a, agreeing) for a in sent.cue("arrangement")):
            return True  # "agreed on the structure of a commission": its terms are settled
        future = [c for c in sent.cue("aux") if c._.value == "future"]
        markers = sent.cue("ordinal") + future
        # A round named by its rank before the commitment word, in a sentence that tells nothing as
        # to come, is the meeting under way, not the one agreed on ("began their second summit and
        # decided to promote interests"); a meeting told as to come is the plan itself ("se rendront
        # au 9e Forum").
        committed = all(t.label_ == "AGREE" for t in agreeing)
        rounds = [o for o in markers if any(0 <= s.start - o.end <= 3 and (s.start > first or future or not committed)
                                            for s in sent.cue("series"))]
        # A document named with the agreeing word ("agreed on a roadmap", "la feuille de route
        # convenue"), not one told before in another clause ("ont signé des accords … et ont
        # convenu de forger un partenariat plus solide": the signing is its own event).
        roots = {t.root.i for t in agreeing}
        # (Not one already made: "implement signed documents", "the agreements signed last year".)
        documents = [d for d in sent.cue("document") if (d.start > first or d.root.i in roots
                     or any(tok.head.i == d.root.i for tok in self.doc[first:first + 1])
                     or d.root.head.i in roots) and not self._already_made(sent, d)
                     and not self._supported_thing(sent, d)]
        return bool(documents or rounds or self._commits_to_act(sent, triggers))

    def _already_made(self, sent: Sentence, document: Span) -> bool:
        """Is the document told as made before by a signing participle on it ("signed documents",
        "the agreements signed last year", "les accords signés")?"""
        return any(c.dep_ in ("amod", "acl") and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")
                   and any(t.start <= c.i < t.end and "sign" in self._cues(t) for t in sent.triggers)
                   for c in document.root.children)

    @staticmethod
    def _settled_by(arrangement: Span, agreeing: list[Span]) -> bool:
        """Is the arrangement word ("structure", "modalities") what an agreeing word is on: the
        object of its "on" ("agreed on the structure of the commission", "agreeing on the terms")?"""
        prep = arrangement.root.head
        if arrangement.root.dep_ != "pobj" or prep.lower_ != "on":
            return False
        return any(t.start <= prep.i < t.end or prep.head.i == t.root.i for t in agreeing)

    def _ready_for_an_act(self, sent: Sentence, trigger: Span) -> bool:
        """Does a readiness ("prêt à", "disposé à", "ready to", "willing to") name an act of its
        own: a verb that is a trigger of another type, or one whose object is ("prêt à fournir des
        céréales", "ready to host the conference", "willing to negotiate")? A readiness to a general
        verb ("prêts à assumer les conséquences", "ready to take steps", "willing to cooperate",
        "prêt à s'engager pour …") states a disposition, not a commitment."""
        act = self._act_committed_to(sent, trigger)
        return act is not None and any(
            t.label_ != "AGREE" and (t.start <= act.i < t.end or t.root.head.i == act.i) for t in sent.triggers)

    #: The CAMEO code of proposing words ("propose", "proposal", "proposer").
    PROPOSING_CAMEO = "036"

    def _offers_a_meeting(self, sent: Sentence, trigger: Span) -> bool:
        """Is a weak readiness or proposing word ("readiness", "willingness", "proposed", "a
        proposé", "sa disponibilité") one whose act is a meeting, a visit or a signing told by a
        trigger of its own ("reaffirmed their readiness to begin negotiations", "proposed holding
        talks", "a proposé de tenir des consultations")? Offering to meet commits to a specific act
        to come, as "agreed to hold talks" does; a readiness to a general verb ("ready to take
        steps", "willingness to cooperate") states a disposition and stays weak."""
        cues = self._cues(trigger)
        if trigger.label_ != "AGREE" or "weak" not in cues or not (
                "ready" in cues or trigger._.value.get("cameo") == self.PROPOSING_CAMEO):
            return False
        # Someone's offer: a noun owned by its holder ("their readiness", "sa disponibilité"), a verb
        # with its subject; not a readiness only sought ("talks aimed at gauging willingness to …").
        word = trigger.root
        if word.pos_ == "NOUN" and not any(c.dep_ in ("poss", "nmod:poss") or "Yes" in c.morph.get("Poss")
                                            for c in word.children):
            return False
        if word.pos_ != "NOUN" and not any(c.dep_ in SUBJECT_DEPS for c in word.children):
            return False
        act = self._act_committed_to(sent, trigger)
        if act is None:
            return False
        return any(t.label_ != "AGREE" and (t.label_ == "CONSULT" or self._cues(t) & {"sign", "visit", "meet"})
                   and (t.start <= act.i < t.end or t.root.head.i == act.i) for t in sent.triggers)

    #: How far after a general aim's verb ("renforcer") its object may still list a meeting word.
    AIM_OBJECT_REACH = 8

    def _aimed_at(self, sent: Sentence, aim: Span, trigger: Span) -> bool:
        """Is the trigger what a general aim strengthens, not a meeting to hold: right after the
        aim ("la poursuite du dialogue", "continued discussion") or in the list of nouns that is its
        object, with no verb between ("renforcer les échanges, la concertation et la coordination",
        "to strengthen trade, exchanges and consultations")? A verb between names another act
        ("poursuivre le dialogue et tenir la prochaine session"): that one is committed to.
        Or the subject of the aim in the passive ("le dialogue politique sera renforcé",
        "consultations will be intensified"): what is strengthened, not set up."""
        noun = trigger.root
        if noun.dep_ in ("nsubj:pass", "nsubjpass") and aim.start <= noun.head.i < aim.end:
            return True
        gap = trigger.start - aim.end
        if gap < 0 or gap > self.AIM_OBJECT_REACH:
            return False
        return gap <= 1 or not any(tok.pos_ in ("VERB", "AUX") for tok in self.doc[aim.end:trigger.start])

    def _promise_recalled(self, draft: Draft) -> bool:
        """Is the AGREE told by a commitment noun inside a prepositional frame, a promise or an
        invitation named as the ground of something else ("conformément à la promesse du
        président de fournir …", "la concrétisation de promesses faites en septembre", "in line
        with its pledge", "en visite à Ryad à l'invitation du roi")? It refers to a commitment made
        before, not one made now. Not a noun that a verb takes through its preposition ("a fait
        part de sa disponibilité à", "spoke of his commitment to"): that is said now."""
        trigger = draft.trigger
        cues = self._cues(trigger)
        # (A commitment noun, also one whose word is a verb too, "pledge", "promise"; "la prochaine
        # session", "the next round" name a meeting to come.)
        if draft.event != "AGREE" or trigger.label_ != "AGREE" or trigger.root.pos_ != "NOUN" or not (
                "noun" in cues or (len(trigger) == 1 and not cues & {"series", "invite"})):
            return False
        # (Its holder named before it is no frame: "for Japan's pledge of aid", "with its pledge".)
        owner = {tok.i for c in trigger.root.children if c.dep_ in ("poss", "nmod:poss") for tok in c.subtree}
        before = [tok for tok in self._prev_words(trigger, 6) if tok.pos_ not in ("DET", "ADJ") and tok.i not in owner]
        if not before or before[-1].pos_ != "ADP":
            return False
        governor = before[-2] if len(before) > 1 else None
        if governor is not None and governor.pos_ == "NOUN" and governor.i > 0 and governor.head.i == governor.i - 1 \
                and governor.head.pos_ == "VERB":
            return False  # "fait part de", "fait état de", "took note of": a verb with its noun
        return governor is None or governor.pos_ not in ("VERB", "AUX")

    def _decision_described(self, draft: Draft) -> bool:
        """Is the AGREE told in the past by a relative clause that describes something else ("la
        réunion du conseil, qui a décidé de revoir les relations", "les pays auxquels Moscou a
        décidé de fournir du blé", "the summit, which agreed to …")? The clause says what its noun
        is known for, a commitment made before; the sentence's news is elsewhere. (A plan told by a
        relative clause, "la réunion qui se tiendra", is to come and stays.)"""
        trigger = draft.trigger
        if draft.event != "AGREE" or trigger.label_ != "AGREE" or trigger.root.pos_ != "VERB":
            return False
        verb = trigger.root
        # A relative clause: so labelled, or a verb whose subject is a relative pronoun ("…, qui a
        # décidé", which the parser may join to the main verb as a conjunct).
        if verb.dep_ in ("acl:relcl", "relcl"):
            # (Not on a day: "ont déclaré mercredi qu'ils avaient convenu" is read as a relative
            # clause on "mercredi"; it reports what was said that day.)
            if any(d.start <= verb.head.idx < d.end for d in self.sentences[draft.sentence].dates):
                return False
        elif not any(c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType") for c in verb.children):
            return False
        if "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm"):
            return True  # "which agreed", "qui décida"
        # The compound past: a past participle with a tense auxiliary, not a passive one ("qui a
        # décidé", "which has agreed"; not "which will agree", "qui sera décidé").
        return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and any(
            c.dep_ in ("aux", "aux:tense") and c.pos_ == "AUX" for c in verb.children)

    #: English finite tags of a present or past indicative ("is", "was", "bear"): a clause so told
    #: with no auxiliary states what is or was, not what will be done.
    INDICATIVE_TAGS = frozenset({"VBZ", "VBP", "VBD"})

    def _acknowledges(self, draft: Draft) -> bool:
        """Is the agreeing verb's clause a view shared, not a commitment: "a convenu qu'une
        consultation aurait permis d'éviter la crise", "agreed that talks would have helped" (what
        would have been: a conditional past), or "agreed that a withdrawal is the basis for
        normal ties", "agreed that dialogue was the way forward" (what is or was: a finite present or
        past with no auxiliary, no infinitive after it and no event word as its verb)? A commitment's
        clause tells what will or would be done ("agreed that the talks will resume", "sont convenus
        que la réunion se tiendrait", "agreed that the next round was to be held in Accra").
        An AGREE told by a word inside such a view ("agreed that enhanced dialogue was the pathway
        to …": the dialogue) is its content, no plan either."""
        trigger = draft.trigger
        if draft.event != "AGREE":
            return False
        sent = self.sentences[draft.sentence]
        for agreeing in (t for t in sent.triggers if t.label_ == "AGREE" and t.root.pos_ == "VERB"):
            for clause in self._views_shared(sent, agreeing):
                if trigger == agreeing or trigger.root.i in {tok.i for tok in clause.subtree}:
                    return True
        return False

    def _document_terms(self, draft: Draft) -> bool:
        """Is the commitment word told of a document: its subject ("the memorandum commits both
        sides to …") or the antecedent of its relative clause ("the declaration of 1991 that commits
        both countries to recognise …", "a memorandum that commits them to …")? It says what the
        document binds its parties to, not a promise made now (the signing is its own event)."""
        trigger = draft.trigger
        if draft.event != "AGREE" or trigger.label_ != "AGREE" or trigger.root.pos_ != "VERB":
            return False
        verb = trigger.root
        documents = self.sentences[draft.sentence].cue("document")
        if not documents:
            return False
        def in_document(tok) -> bool:
            return any(d.start <= tok.i < d.end for d in documents)
        if verb.dep_ in ("relcl", "acl:relcl") and in_document(verb.head):
            return True
        return any(c.dep_ in SUBJECT_DEPS and in_document(c) for c in verb.children)

    def _views_shared(self, sent: Sentence, agreeing: Span) -> list:
        """The clauses of an agreeing verb that tell a view, not a plan (see `_acknowledges`)."""
        out = []
        # (The French parser may hang the que-clause as an adverbial one.)
        for clause in (c for c in agreeing.root.children if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                       and c.i > agreeing.root.i):
            auxes = [c for c in clause.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
            if "Part" in clause.morph.get("VerbForm") and "Past" in clause.morph.get("Tense"):
                # A conditional perfect: "aurait permis" (a conditional tense auxiliary), "would have
                # prevented" (a modal with a perfect auxiliary, not "would be held", a passive).
                if any("Cnd" in a.morph.get("Mood") and a.dep_ == "aux:tense" for a in auxes) or (
                        any(a.tag_ == "MD" for a in auxes) and any(a.dep_ == "aux" and a.tag_ != "MD" for a in auxes)):
                    out.append(clause)
                    continue
            # A plain present or past told by an English finite tag ("is the basis", "they bear a
            # responsibility"); the French tagger reads a conditional ("se rencontreraient") as a
            # present, so the French clause is not judged by its tense. An event word as the verb
            # ("agreed that Ghana hosts the next summit") is a plan.
            if clause.tag_ in self.INDICATIVE_TAGS and not auxes and clause.dep_ == "ccomp" \
                    and not any(c.dep_ in ("xcomp", "ccomp") for c in clause.children) \
                    and not any(t.start <= clause.i < t.end for t in sent.triggers):
                out.append(clause)
        return out

    #: Dependencies of a verb's direct object.
    OBJECTS = frozenset({"obj", "dobj"})

    def _promises_a_thing(self, sent: Sentence, trigger: Span) -> bool:
        """Does a promising verb take as its object a thing to give or a material act named by a
        noun: one counted or priced ("a promis au Liban un détachement de 55 secouristes", "pledged
        $500 million", "a promis l'envoi de six tonnes de matériel") or one a trigger of material
        cooperation names ("a promis au Mali la livraison d'armes", "promised humanitarian aid")?
        A promise of a thing is specific, as a promise to do an act is; "a promis son soutien",
        "promised a firm response" name none."""
        verb = trigger.root
        cues = self._cues(trigger)
        if trigger.label_ != "AGREE" or verb.pos_ != "VERB" or cues & {"weak", "ready", "invite"}:
            return False
        material = {i for t in sent.triggers if QUAD.get(t.label_) == 2 for i in range(t.start, t.end)}
        objects = [c for c in verb.children if c.dep_ in self.OBJECTS]
        # (The parser may hang the object on the dative before it: "a promis au Gabon l'envoi de …",
        # "envoi" read as a complement of "Gabon".)
        objects += [n for c in verb.children if c.dep_ in ("obl:arg", "iobj") and c.i > verb.i
                    for n in c.children if n.dep_ == "nmod" and n.i > c.i and not any(a.dep_ == "case" for a in n.children)]
        for obj in (c for c in objects if c.pos_ in ("NOUN", "PROPN", "NUM", "SYM")):
            words = list(obj.subtree)
            if any(t.i in material for t in words):
                return True
            if any(t.like_num or t.pos_ == "NUM" or t.tag_ == "$" or t.text in ("$", "€", "£") for t in words):
                return True
        return False

    def _act_committed_to(self, sent: Sentence, trigger: Span, after_aim: bool = False):
        """The act a commitment verb names ("agreed to create a committee", "s'est engagée à
        fournir", "convenus d'élever les relations"), unless it is a general aim ("to strengthen
        cooperation", "de renforcer les relations"): the complement verb, or None.
        With `after_aim`, a verb listed after a general aim counts only when it names an event of
        its own ("to maintain exchanges and hold the next round"): the verbs of a list of aims are
        aims too ("de renforcer la confiance, de respecter les intérêts", "to deepen relations,
        increase exchanges and implement the documents signed")."""
        aims = self._general_aims(sent)
        means = sent.cue("means")
        clauses = self._clauses_to_come(sent, trigger) if trigger.label_ == "AGREE" else []
        for comp in self._complements(trigger.root) + clauses:
            # A verb of means is transparent: the act is its purpose ("agreed to take steps to
            # increase trade": an aim; "to take steps to open a consulate": the opening).
            mean = next((m for m in means if m.start <= comp.i < m.end), None)
            if mean is not None:
                comp = next((t for t in comp.subtree if t.pos_ == "VERB" and t.i >= mean.end), None)
                if comp is None:
                    continue
            # "agreed to maintain exchanges and hold the next round": each act agreed counts.
            aimed = False
            for act in (comp, *[c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB"]):
                if any(a.start <= act.i < a.end for a in aims):
                    aimed = True
                elif not (after_aim and aimed) or self._names_an_event(sent, act):
                    return act
        return None

    def _clauses_to_come(self, sent: Sentence, trigger: Span) -> list:
        """The acts a commitment verb's that-clause tells as to come, done by someone the clause
        names as its subject ("agreed that they would create a committee", "assured Uganda it will
        send troops", "ont convenu qu'ils créeraient un comité", "assurent qu'ils vont créer un
        comité"): a promise worded as what the promiser will do, the same act as the infinitive's
        ("agreed to create"). The clause's verb, or the infinitive after its verb of the near
        future. Not a clause in a present or a past ("agreed that dialogue is the way"), a
        supposition ("would have helped", see `_views_shared`), nor one with no doer (a passive:
        "assured that the elections will be held")."""
        root = trigger.root
        if root.pos_ != "VERB":
            return []
        later = {tok.i for c in sent.cue("future_in_past") for tok in c}
        out = []
        for clause in (c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > root.i):
            deps = {c.dep_ for c in clause.children}
            if "nsubj" not in deps or deps & {"nsubj:pass", "nsubjpass", "auxpass", "aux:pass"}:
                continue
            act = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                        and self._near_future(sent, c)), clause)
            words = (clause, *[c for c in clause.children if c.dep_.startswith("aux")])
            if act is not clause or self._future_verb(sent, clause) or any(
                    "Cnd" in t.morph.get("Mood") or t.i in later or self._conditional_read_as_imperfect(t) for t in words):
                out.append(act)
        return out

    #: Prepositions that give a general aim's verb a stated figure ("to 10 billion dollars", "by 20%").
    TARGET_PREPOSITIONS = frozenset({"to", "by", "à", "de", "jusqu'à"})

    def _general_aims(self, sent: Sentence) -> list[Span]:
        """The sentence's general aims, less those that state a target: a figure the aim's verb
        reaches through a preposition ("increase this figure to 10 billion dollars", "increase
        their defense spending to 5% of GDP", "augmenter les échanges à 10 milliards") names a
        specific act; so does an outcome bound to a date (`promise_forms`)."""
        return [a for a in sent.cue("general_aim") if not self._states_a_target(a.root)
                and not self._dated_outcome(sent, a)] + self._support_aims(sent)

    def _states_a_target(self, verb) -> bool:
        """Does the verb take a prepositional phrase with a figure: English "to"/"by" as its child
        ("increase trade to $10 billion"), French "à"/"de" as the case marker of its oblique?"""
        for child in verb.children:
            if child.dep_ == "prep":
                word, phrase = child, child
            elif child.dep_.startswith("obl"):
                word = next((c for c in child.children if c.dep_ == "case"), None)
                phrase = child
            else:
                continue
            if word is not None and word.lower_ in self.TARGET_PREPOSITIONS and any(
                    self._a_figure(tok) for tok in phrase.subtree):
                return True
        return False

    @staticmethod
    def _a_figure(tok) -> bool:
        """A number that is an amount, not a date ("by 2035", "à l'horizon 2030": a deadline to a
        general aim, not a target)."""
        return tok.like_num and tok.ent_type_ != "DATE" and not (
            tok.shape_ == "dddd" and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100)

    def _names_an_event(self, sent: Sentence, verb) -> bool:
        """Is the verb, or its object, a trigger ("hold the next round", "sign an agreement"), not a
        commitment noun ("respecter leurs engagements", "honour its commitments": a general aim)?
        Or does it give its act a date or a rank ("hold the next FOC in London in 2024")?
        A weak verb in a list of aims is one more aim unless its object shows the act ("et de
        contribuer à la paix", "and to ensure stability"; but "et de donner dix millions d'euros")."""
        # (Not a trigger word in another sense: "and meet the expectations of both peoples" meets no one.)
        if any((t.start <= verb.i < t.end and not self._weak_aim(t, verb) or t.root.head.i == verb.i)
               and not (t.label_ == "AGREE" and "noun" in self._cues(t)) and not self._other_sense(t, sent)
               for t in sent.triggers):
            return True
        words = [tok.i for tok in verb.subtree]
        first, last = words[0], words[-1]
        begin, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        return any(begin <= d.start < end for d in sent.dates) or any(
            first <= o.start <= last for o in sent.cue("ordinal"))

    def _weak_aim(self, trigger: Span, verb) -> bool:
        """Is the verb a weak trigger with no direct object ("contribuer à la paix", "œuvrer
        pour", "to contribute to stability"): a disposition, not an act that hands or opens
        something ("fournir des équipements", "rouvrir des ambassades")?"""
        return "weak" in self._cues(trigger) and verb.pos_ == "VERB" and trigger.start <= verb.i < trigger.end \
            and not any(c.dep_ in ("obj", "dobj") for c in verb.children)

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
        adressée au ministre à se rendre au Maroc"); a copula that names a role taken ("agreed to be
        the lead partner", not "agreed to be more active", "a reliable partner": a disposition).
        Also the infinitive of the person a verb addresses, marked by its preposition, that the parser
        hangs on that person ("a invité le président à venir", "a proposé au président de venir"):
        what the verb asks of that person (object control)."""
        if word.pos_ != "NOUN":
            out = [c for c in word.children if c.dep_ == "xcomp" and (c.pos_ == "VERB" or (
                c.pos_ == "AUX" and any(a.dep_ == "attr" and a.pos_ in ("NOUN", "PROPN")
                                         and not any(m.dep_ == "amod" for m in a.children) for a in c.children)))]
            if not out:
                out = [x for c in word.children if c.dep_ in ("obj", "obl:arg", "iobj") and c.i > word.i
                       for x in c.children if x.dep_ == "acl" and x.pos_ == "VERB" and "Inf" in x.morph.get("VerbForm")
                       and any(m.dep_ == "mark" and m.i < x.i for m in x.children)]
            return out
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
        visite", "an invitation to attend the summit"), not an act ("invited X to refrain")? Also
        a meeting named after "to" ("invited Modi to the G7 summit", "invité au sommet") and a
        verb of attending ("invité … à participer au sommet", "transmis une invitation … pour qu'il
        assiste au Conseil"): one attends a meeting. And a verb of coming, not before an infinitive
        that names the act ("à venir en France", not "à venir investir"): one comes on a visit."""
        root = trigger.root
        attending = {tok.i for c in sent.cue("attendance") if c.start > trigger.start for tok in c}
        # ("pour qu'il assiste": the clause hangs on the verb whose object the invitation is.)
        holders = {root.i} | ({root.head.i} if root.pos_ == "NOUN" and root.dep_ in ("obj", "dobj") else set())
        if any(tok.i in attending and (tok.head.i in holders or tok.dep_ == "xcomp" and tok.head.i == root.i)
               for tok in root.head.subtree if tok.i > root.i):
            return True
        act = self._act_committed_to(sent, trigger)
        if act is None:
            # "invited Modi to the summit": a meeting word in a phrase on the verb or on its object.
            # (The French parser hangs it on the verb, "invité au sommet", the English on either.)
            objects = {c.i for c in root.children if c.dep_ in ("obj", "dobj")}
            for t in sent.triggers:
                if t.start <= root.i or (t.label_ != "CONSULT" and not self._cues(t) & {"visit", "meet", "multilateral"}):
                    continue
                head = t.root.head
                if head.pos_ == "ADP":
                    head = head.head  # "to the summit": the preposition heads the noun in English
                if t.root.dep_ not in ("nsubj", "nsubjpass", "obj", "dobj") and (head.i == root.i or head.i in objects):
                    return True
            # "a invité son homologue à Kampala", "invited him to Washington": a place to come to.
            return bool(self._places_invited_to(sent, trigger))
        coming = {tok.i for c in sent.cue("coming") for tok in c}
        # ("to come and invest": the verb joined to coming names the act, as the infinitive does.)
        if act.i in coming and not any(c.dep_ == "xcomp" or (c.dep_ == "conj" and c.pos_ == "VERB")
                                       for c in act.children):
            return True  # "a invité son homologue à venir en France": to come is to visit
        for t in sent.triggers:
            if t.label_ != "CONSULT" and not self._cues(t) & {"visit", "meet", "host", "multilateral"}:
                continue
            if self._habitual_meeting(sent, t):
                continue  # "à effectuer des visites régulières": a practice, not a visit to come
            if t.start <= act.i < t.end or t.root.head.i == act.i or t.root.head.head.i == act.i:
                return True
        return False

    def _habitual_meeting(self, sent: Sentence, trigger: Span) -> bool:
        """Is a meeting word told as a practice by a word of habit on it ("des visites régulières",
        "regular visits", "periodic consultations", "to meet regularly")? What is promised then is a
        custom, a wish to deepen relations, not a specific meeting to come."""
        if trigger.label_ != "CONSULT" and not self._cues(trigger) & {"visit", "meet", "host", "multilateral"}:
            return False
        habitual = {tok.i for c in sent.cue("habitual") for tok in c}
        # (On the meeting noun, also as the object of the verb a trigger begins with: "effectuer des visites".)
        words = list(trigger) + [c for c in trigger.root.children if c.dep_ in ("obj", "dobj")]
        return any(c.i in habitual for w in words for c in w.children if c.dep_ in ("amod", "advmod"))

    def _proposes_to_come(self, trigger: Span, sent: Sentence) -> bool:
        """Is a proposing word addressed to someone and what it proposes to him a verb of coming
        ("a proposé au président chinois de venir à son tour en France")? To propose to someone
        that he come is to invite him: a visit to come, the one addressed travelling. (Not a
        coming that names another act, "de venir investir", nor a proposal to no one.)"""
        root = trigger.root
        if trigger.label_ != "AGREE" or "weak" not in self._cues(trigger) or root.pos_ != "VERB":
            return False
        if not any(c.dep_ in ("obl:arg", "iobj", "dative") and c.i > root.i for c in root.children):
            return False
        act = self._act_committed_to(sent, trigger)
        coming = {tok.i for c in sent.cue("coming") for tok in c}
        return act is not None and act.i in coming and not any(
            c.dep_ == "xcomp" or (c.dep_ == "conj" and c.pos_ == "VERB") for c in act.children)

    def _places_invited_to(self, sent: Sentence, trigger: Span) -> list[str]:
        """The states of the places an inviting verb names as where to come ("a invité son homologue
        à Kampala", "invited him to Washington", "a été invité à Washington")."""
        root = trigger.root
        objects = {c.i for c in root.children if c.dep_ in ("obj", "dobj")}
        destinations = {tok.i for c in sent.cue("destination_preposition") for tok in c}
        out = []
        for c in sent.countries:
            head = c.root.head if c.root.head.pos_ != "ADP" else c.root.head.head
            # (On the object only as its nmod, as the French parser hangs it; the English one
            # hangs "to Kampala" on the verb, and "the ambassadors in Nairobi" are where they are.)
            on_object = head.i in objects and c.root.dep_ == "nmod"
            if c.start > root.i and (head.i == root.i or on_object) and self._is_place(c) and (
                    any(x.i in destinations for x in c.root.children) or c.root.head.i in destinations
                    or c.start - 1 in destinations):
                out.append(c.label_)
        return dedupe(out)

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
        # (And the place the inviting verb names: "a été invité à Washington", its state hosts.)
        destinations = dedupe(self._destinations(sent) + visited
                              + (self._places_invited_to(sent, inviting) if act is None else []))
        # Who invites is named before the word, or after it as the agent of a passive ("a été
        # invité par le roi d'Arabie saoudite", "was invited by Japan").
        def named_in(deps):
            zone = {tok.i for c in inviting.root.children if c.dep_ in deps for tok in c.subtree}
            return {c.label_ for c in sent.countries if c.start in zone} | {
                p._.value.country for p in sent.people if p.start in zone and p._.value.country}
        passive = any(c.dep_ in ("nsubjpass", "nsubj:pass") for c in inviting.root.children)
        by_agent = named_in(("obl:agent", "agent"))
        if passive and not by_agent:
            # "a été invité à Rabat par le roi du Maroc": the French parser hangs the agent on the
            # place before it; any "par"/"by" phrase inside the passive verb's phrase is the agent.
            clause = {tok.i for tok in inviting.root.subtree}
            zone = {tok.i for p in sent.cue("agent_preposition") if p.start > inviting.start
                    and p.root.head.i in clause for tok in p.root.head.subtree}
            by_agent = {c.label_ for c in sent.countries if c.start in zone} | {
                x._.value.country for x in sent.people if x.start in zone and x._.value.country}
        invited = named_in(("obj", "dobj")) - by_agent  # "invited India to the summit"
        # In the passive the one named first is the guest; the sides leave out a state named after
        # the agreeing word, so the agent is brought back.
        inviters = [c for c in dedupe(draft.ordered_states + sorted(by_agent, key=first_seen))
                    if (c in by_agent or (first_seen(c) < inviting.start and not passive))
                    and c not in destinations and not destinations]
        guests = [c for c in dedupe(draft.ordered_states + sorted(invited, key=first_seen))
                  if c not in inviters and c not in destinations]
        hosts = destinations[:1] or inviters[:1]
        if guests and hosts:
            draft.actor, draft.recipient, draft.directed = guests, hosts, True
            draft.note("direction", None, draft.trigger, "rule:triggers.invited_travel")

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
        if own and not (sent.cue("sides") or "invite" in draft.cues or self._hosts_the_next_round(draft, sent, own)):
            return
        if not own and not (sent.cue("sides") or "invite" in draft.cues or self._no_one_named(draft.trigger)):
            return  # "the summit promises to …", "his plan to …", "he pledged …": one speaker's words
        others = [c for c in talks.ordered_states if c not in own]
        draft.actor, draft.recipient, draft.directed = own + others, [], False

    def _hosts_the_next_round(self, draft: Draft, sent: Sentence, own: list[str]) -> bool:
        """Does one side of the talks offer to host their next round ("Le Mali accueillera la
        prochaine session de la commission mixte", "Nouakchott abritera la prochaine réunion",
        "Kenya will host the next round")? Hosting a round of a mechanism the two hold together is
        a promise to the other side, which is to come: the round is the two sides'."""
        if len(own) != 1 or "multilateral" in draft.cues or draft.organizations \
                or any("multilateral" in self._cues(t) for t in sent.triggers):
            return False  # (a summit it hosts is no round of the two: "accueillera le sommet de la CEDEAO")
        # (The hosting verb is a weak word of its own, not among the draft's triggers: it governs
        # the round's noun, "accueillera la prochaine session".)
        return any("host" in self._cues(t) and t.root.pos_ == "VERB" and t.start < draft.trigger.start
                   and draft.trigger.root.head.i == t.root.i for t in sent.triggers)

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
            if d.kind == "weekday" and self._made_on(d, sent):
                continue  # the day the promise was made ("agreed on Monday to meet in June"), not its own
            value = self._weekday_ahead(d, draft.trigger, sent) or d.value
            if value and d.past is not True and (value[:len(published)] >= published[:len(value)]
                                                 or self._written_before_publication(d, draft.trigger, sent)):
                date = value
                break
        return {"kind": kind, "date": date, "place": draft.place[0] if draft.place else None}

    #: How many days before its publication a release may have been written: a day it names in
    #: full for an act to come ("sera reçu le jeudi 26 juillet", published on Friday the 27th) is
    #: still the day promised.
    WRITTEN_BEFORE_PUBLICATION = 7

    def _written_before_publication(self, mention, trigger: Span, sent: Sentence) -> bool:
        """Whether `mention` names a full day in the calendar (not a weekday or a word counted
        from the publication) within `WRITTEN_BEFORE_PUBLICATION` days before the publication,
        told after the verb of the act to come (its trigger or its future marker): "sera reçu …
        le jeudi 26 juillet". Not a day told before it ("The Office on May 2 said … to invite
        him": the day of the telling)."""
        published = self.published or ""
        if mention.kind != "absolute" or not mention.value or len(mention.value) != 10 or len(published) != 10:
            return False
        markers = [trigger.start_char] + [c.start_char for c in sent.cue("aux") if c._.value == "future"]
        if not any(m <= mention.start for m in markers):
            return False
        gap = datetime.date.fromisoformat(published) - datetime.date.fromisoformat(mention.value)
        return datetime.timedelta(0) < gap <= datetime.timedelta(days=self.WRITTEN_BEFORE_PUBLICATION)

    def _weekday_ahead(self, mention, trigger: Span, sent: Sentence) -> str | None:
        """A bare weekday told after the verb of an act to come (its trigger or its future marker)
        is the next such day ("will meet the Indian prime minister on Friday", "est attendu à Dakar
        jeudi", "will be in Ghana on Wednesday for a state visit", told on a Monday: that week's
        Friday, Thursday, Wednesday), not the last one, which the date reader takes by default. The
        publication's own weekday is that day. None for any other mention, or one told before the
        verb ("On Monday, the ministry said he will travel …": the day of the telling)."""
        if mention.kind != "weekday" or mention.past is not None or not mention.value or len(mention.value) != 10 \
                or len(self.published or "") < 10:
            return None
        markers = [trigger.start_char] + [c.start_char for c in sent.cue("aux") if c._.value == "future"]
        if not any(m <= mention.start for m in markers):
            return None
        if mention.value >= self.published:
            return mention.value
        return (datetime.date.fromisoformat(mention.value) + datetime.timedelta(days=7)).isoformat()
