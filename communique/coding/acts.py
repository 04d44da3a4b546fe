"""Acts told in general news: when an ambiguous trigger verb tells an act (an actor does it to
something), and when a commitment is specific because it commits to a material act ("agreed to
lift the ban", "willing to withdraw its troops", "a accepté de libérer les otages").
"""
from __future__ import annotations

from spacy.tokens import Span

from .context import Draft, Sentence

#: Types whose weak triggers an actor and an object confirm. Read on corpus/real.jsonl, the others
#: mostly tell something else: accepting credentials (CONCEDE), recalling a friendship (SANCTION),
#: receiving, proposing, adopting (CONSULT, AGREE, SUPPORT); giving (AID) only when money or aid is given.
CONFIRMABLE = {"REQUEST", "REJECT", "THREATEN", "COERCE", "ASSAULT", "RETREAT", "ACCUSE"}
#: Acts whose promise is a specific commitment (AGREE): material concessions, aid, force moves.
#: Cooperation is left out ("s'engager à renforcer la coopération" is the general wish DESIGN.md
#: does not code), and so are sanctions: "a décidé de rompre ses relations" breaks them.
PROMISED_ACTS = {"RETREAT", "AID", "MOBILIZE", "CONCEDE"}
#: What a negation turns into a refusal (REJECT): concessions, promises and meetings not made.
REFUSABLE = {"RETREAT", "CONCEDE", "AGREE", "CONSULT"}


class MaterialActs:
    """Syntactic confirmations of triggers, read from the parse, for any language."""

    def _acted_by_someone(self, trigger: Span, sent: Sentence) -> bool:
        """A weak trigger that is the main verb of its sentence, with a direct object and a subject
        that names an actor (a state, a person, an organisation, an actor word), tells an act:
        "the army closed the crossings", "the United States returned the statue to Italy" (where
        "closed" or "returned" alone may close a meeting or come back home)."""
        verb = trigger.root
        if self._refuses(trigger):
            # A refusal is told when it is announced ("says it will not accept the refugees").
            zone = self._acting_zone(trigger)
            return zone is not None and any(t.dep_ in ("obj", "dobj") for t in verb.children)
        confirmable = trigger.label_ in CONFIRMABLE or (trigger.label_ == "AID" and self._gives_something(verb, sent)) \
            or (trigger.label_ == "SUPPORT" and self._owned_object(verb, sent))
        # A noun the object of a verb that is no trigger of its own tells the act the verb does
        # with it: "issued a warning to", "launched a probe into", "filed a complaint against".
        # (Not a refusal: "attributed the decline to …" is a fall, and one refuses by a verb.)
        if "noun" in self._cues(trigger) and verb.dep_ == "compound" and verb.head.pos_ == "NOUN":
            verb = verb.head  # "renewed a ceasefire pact": the act's noun is the compound's head
        noun_act = verb.pos_ == "NOUN" and verb.dep_ in ("obj", "dobj") and verb.head.pos_ == "VERB" \
            and verb.head.i not in self.trigger_tokens and trigger.label_ != "REJECT"
        if noun_act:
            # … at someone named: "a warning to the army", not "concern over the situation".
            after = {t.i for t in verb.subtree if t.i > verb.i} | {
                t.i for c in verb.head.children if (c.dep_ in ("prep", "dative", "iobj") or c.dep_.startswith("obl")) and c.i > verb.i
                for t in c.subtree}
            named = sent.countries + sent.people + sent.actors + sent.organisations
            # (A truce is declared to no one: "declared a two-week ceasefire", "announced a truce".)
            declared = trigger.label_ == "RETREAT" and any(c.start <= verb.head.i < c.end for c in sent.cue("declaring"))
            if not declared and not any(n.start in after for n in named):
                return False
            verb = verb.head
        # The sentence's main act, or the act a report tells ("X announced a truce, a statement said").
        reported = verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and any(
            c.start <= verb.head.i < c.end for c in sent.cue("reporting"))
        if verb.pos_ != "VERB" or not confirmable or not (
                verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or reported):
            return False
        children = list(verb.children) + (list(verb.head.children) if verb.dep_ == "conj" else [])
        # (What a warning says may be imagined: "a warning that it would not tolerate a coup".)
        imagined = self._conditional(sent) if not noun_act else any(
            "Cnd" in c.morph.get("Mood") or any(h.start <= c.i < h.end for h in sent.cue("aux") if h._.value == "hypothetical")
            for c in verb.children if c.dep_.startswith("aux"))
        if self._is_future(sent, trigger) or imagined:
            return False  # an act announced or imagined ("will be challenging") is not yet an act
        if not any(c.dep_ in ("obj", "dobj") for c in verb.children) or any(
                c.dep_.startswith("expl") or "Reflex=Yes" in c.morph for c in verb.children):
            return False  # no object, or a reflexive verb ("se rend à Kinshasa": goes, not returns)
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if not subjects:
            return False
        zone = {t.i for s in subjects for t in s.subtree}
        named = sent.countries + sent.people + sent.actors + sent.organisations
        # A proper name as subject names an actor too, known or not ("Immigration and Customs
        # Enforcement returned the paintings").
        return any(n.start in zone for n in named) or any(s.pos_ == "PROPN" for s in subjects)

    def _gives_something(self, verb, sent: Sentence) -> bool:
        """A giving verb's object is aid when it is money ("gave 352 million euros", "€28 million")
        or an aid noun ("provided assistance"), not a report, a deadline or an audience."""
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        zone = {t.i for o in objects for t in o.subtree}
        if any(t.is_currency or t.ent_type_ == "MONEY" for t in (self.doc[i] for i in zone)):
            return True
        # A sum in a currency the language names ("gave 352 million euros", "a versé 10 millions
        # d'euros"); a span of time is not given aid ("gave the ambassador 72 hours").
        if any(c.start in zone for c in sent.cue("money")):
            return True
        return any(t.label_ == "AID" and t.root.pos_ == "NOUN" and t.root.i in zone for t in sent.triggers)

    def _owned_object(self, verb, sent: Sentence) -> bool:
        """Does the verb's object belong to a named actor ("defended Germany's decision", "a
        défendu la politique du Mexique")? Backing what someone did is support to them."""
        named = sent.countries + sent.people + sent.actors + sent.organisations
        for obj in (c for c in verb.children if c.dep_ in ("obj", "dobj")):
            owners = [t for t in obj.children if t.dep_ in ("poss", "nmod", "nmod:poss")]
            if any(n.start <= o.i < n.end or o.i <= n.start < o.i + 1 for o in owners for n in named) or any(
                    n.root.head.i == obj.i and n.root.dep_ in ("poss", "nmod") for n in named):
                return True
        return False

    def _refuses(self, trigger: Span) -> bool:
        """A concession, a promise or a meeting said not to be made ("will not lift the embargo",
        "n'acceptera pas", "will not begin talks") is a refusal: REJECT."""
        verb = trigger.root
        if trigger.label_ not in REFUSABLE or verb.pos_ not in ("VERB", "AUX"):
            return False
        # The negation may sit on the verb that governs it ("ne vont pas mettre fin à la grève").
        governing = list(verb.head.children) if verb.dep_ == "xcomp" else []
        return any(c.dep_ == "neg" or "Polarity=Neg" in c.morph for c in list(verb.children) + governing)

    def _commits_to_act(self, sent: Sentence, triggers: list[Span]) -> bool:
        """Does a commitment ("agreed to", "willing to", "promised") take a material act as its
        complement: a trigger verb it governs ("agreed to lift"), or its object ("agreed to a ceasefire")?"""
        for commit in (t for t in triggers if t.label_ == "AGREE"):
            governed = {tok.i for tok in commit.root.subtree}
            for act in sent.triggers:
                if act.label_ in PROMISED_ACTS and act.start >= commit.end and act.root.i in governed and (
                        act.root.pos_ == "VERB" or act.root.head.i == commit.root.i
                        or act.root.head.head.i == commit.root.i):
                    return True
        return False

    def _promises_act(self, draft: Draft) -> bool:
        """Is the draft an AGREE whose sentence commits to a material act?"""
        if draft.event != "AGREE":
            return False
        if draft.trigger.label_ in PROMISED_ACTS:
            return True  # "la restitution prochaine de trois crânes": the act itself, named as to come
        if draft.trigger.label_ != "AGREE":
            return False
        sent = self.sentences[draft.sentence]
        if self._commits_to_act(sent, [draft.trigger]):
            return True
        # One side may commit alone to an act it names ("agreed to set up a research institute",
        # "has pledged to build"), not to a general aim ("to strengthen cooperation").
        return draft.trigger.root.pos_ == "VERB" and self._act_committed_to(sent, draft.trigger) is not None

    # ------------------------------------------------------------------ a trigger in another sense

    def _in_another_sense(self, trigger: Span, sent: Sentence) -> bool:
        """Is the trigger word used in another sense, told by what it acts on (the word classes
        are cue kinds of the language's cues.tsv)?
        - a verb of arrival whose mover is goods or a craft ("China's aid has arrived in Haiti");
        - a release of something published ("Footage released by the ministry", "released the
          data"), or the noun "release" with nobody released ("the release said": a press release);
        - a deployment of what is no force ("deployed 155 observers");
        - an allegation that its verb denies ("Russia, which denies the allegations");
        - a trip or visit for pleasure ("a hunting trip");
        - a verb in an idiom with its particle ("shot up and said")."""
        root = trigger.root
        if any(c.start <= root.i < c.end for c in sent.cue("idiom")):
            return True
        cues = self._cues(trigger)
        if trigger.label_ == "CONSULT" and "visit" in cues:
            if root.pos_ == "NOUN":
                leisure = sent.cue("leisure")
                return any(c.dep_ in ("compound", "amod") and any(s.start <= c.i < s.end for s in leisure)
                           for c in root.children)
            return root.pos_ == "VERB" and "host" not in cues and self._is_kind(self._subject_of(root), sent, ("cargo",))
        mode = trigger._.value.get("mode")
        if trigger.label_ == "RETREAT" and mode == "release":
            if root.pos_ == "NOUN":
                # ("the release of the hostages", "Davis's release", "their release": someone released.)
                return not any(c.dep_ in ("prep", "nmod", "poss", "nmod:poss") or "Poss=Yes" in c.morph
                               for c in root.children)
            return root.pos_ == "VERB" and self._is_kind(self._moved(root), sent, ("publication", "statement", "document", "reporting"))
        if trigger.label_ == "MOBILIZE" and root.pos_ in ("VERB", "NOUN"):
            moved = self._moved(root) if root.pos_ == "VERB" else next(
                (g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
            return self._is_kind(moved, sent, ("unarmed",))
        if trigger.label_ == "ACCUSE" and root.pos_ == "NOUN" and root.dep_ in ("dobj", "obj"):
            return any(c.start <= root.head.i < c.end for c in sent.cue("denial"))
        return False

    def _is_kind(self, token, sent: Sentence, kinds: tuple[str, ...]) -> bool:
        """Is the token, or what it counts ("the first batch of aid", "a list of diplomats"), a
        word of one of the cue kinds?"""
        if token is None:
            return False
        heads = [token] + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]
        spans = [c for kind in kinds for c in sent.cue(kind)]
        return any(s.start <= h.i < s.end for h in heads for s in spans)

    @staticmethod
    def _subject_of(verb):
        """The verb's subject: its own, or (a relative, a complement, a second verb sharing it)
        the one it takes from the word it hangs on ("the ship, scheduled to arrive")."""
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
            if subject is not None and "PronType=Rel" in subject.morph and verb.dep_ in ("relcl", "acl:relcl"):
                return verb.head  # "the delegations that arrived"
            if subject is not None:
                return subject
            if verb.dep_ in ("acl", "amod"):
                return verb.head  # "observers deployed around the country"
            if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _moved(self, verb):
        """What a verb acts on: its object, or, told in the passive or as a participle, its
        subject or the noun it describes ("Footage released by …", "observers will be deployed")."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        return obj if obj is not None else self._subject_of(verb)
