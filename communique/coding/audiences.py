"""Stage 1, with triggers.py: acts told around an audience. A welcome of someone who came is the
host receiving him, and so is a welcome the talks are joined to; a welcome spoken to the listener
(a transcript's "welcome back") is no act; a document signed in the audience is signed by both
sides; talks an agreement came after were held; a verb of receiving takes the one received; a
leader who arrives abroad has come to be received.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.base import make_span
from ..recognising.cues import cue_matchers
from .context import SUBJECT_DEPS, Sentence, is_main_verb, is_negation
from .tables import HOST_CAMEO


class AudienceActs:
    """The trigger stage's predicates of audiences (a mixin of the coder: `self` is the document's
    `DocumentContext`)."""

    def _greets_someone(self, trigger: Span, sent: Sentence, kinds=("visitor", "crowd")) -> bool:
        """Is what the verb approves a person or a group that came ("welcomed the Ghanaian
        president", "welcomed the delegation"): a greeting, not approval of an act? `kinds`: the
        cue kinds of the groups that count (a delegation that came, a crowd)."""
        # (Told in the passive, whom it greets is its subject: "was welcomed by his counterpart".)
        objects = [c for c in trigger.root.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")]
        if not objects or any(t.label_ == "CONSULT" for t in sent.triggers):
            return False  # (a welcome told with the talks stays with them, as before)
        # (A part of a group greets that group: "welcomed some of the passengers", "welcomed several
        # of the freed hostages": the quantity word's noun is whom it greets.)
        objects += [n for o in objects if o.pos_ in ("PRON", "NUM", "DET") for c in o.children
                    for n in ([c] if c.dep_ == "nmod" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
        named = {tok.i for s in sent.people + sent.titles for tok in s}
        named |= {tok.i for kind in kinds for c in sent.cue(kind) for tok in c}
        # (The object's head: "the agreement, including its provision for the people …" and
        # "Aliyev's decision to pardon …" approve an act, whoever is named inside them.)
        return any(o.i in named for o in objects)

    def _after_the_talks(self, trigger: Span, sent: Sentence, told_in_the_past: bool = False) -> bool:
        """Is the trigger a meeting noun that an aftermath preposition governs, close before it with
        no verb or punctuation between ("after four hours of talks", "à l'issue des entretiens")?
        `told_in_the_past`: and the verb the preposition hangs on is past ("agreed … after the
        talks"; not "following her visit to Qatar, she will travel to Iran", a plan in sequence)."""
        if trigger.root.pos_ not in ("NOUN", "PROPN"):
            return False
        for c in sent.cue("aftermath"):
            if not (0 <= trigger.start - c.end <= 10 and not any(
                    t.pos_ in ("VERB", "AUX") or t.is_punct for t in self.doc[c.end:trigger.start])):
                continue
            if not told_in_the_past:
                return True
            verb = c.root
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            while "Inf" in verb.morph.get("VerbForm") and verb.dep_ == "xcomp" and verb.head.i != verb.i:
                verb = verb.head  # "agreed to reopen the border after the talks": the agreeing verb's tense
            if "Past" in verb.morph.get("Tense") and not any(
                    a.dep_ in ("aux", "aux:tense") and "Fut" in a.morph.get("Tense") for a in verb.children):
                return True
        return False

    @staticmethod
    def _signs_a_document(signing: Span, sent: Sentence) -> bool:
        """Is what the signing verb takes a document between states (a memorandum, an agreement, a
        treaty: a `document` cue in its object), not a bill signed into law?"""
        objects = {tok.i for c in signing.root.children if c.dep_ in ("dobj", "obj") for tok in c.subtree}
        return any(c.root.i in objects for c in sent.cue("document"))

    @staticmethod
    def _signed_in_the_audience(signing: Span, talks: Span) -> bool:
        """Is the signing verb joined to the verb of the talks, one subject telling both acts: its
        conjunct ("received … and signed"), its participle or infinitive ("held talks …, signing",
        "avant de signer"), or a gerund after a preposition ("before signing")? The talks' verb is
        the trigger itself, or the verb whose object is the meeting noun ("held talks")."""
        sign, meet = signing.root, talks.root
        if sign.pos_ != "VERB":
            return False
        if meet.pos_ == "NOUN" and meet.dep_ in ("dobj", "obj"):
            meet = meet.head
        if meet.pos_ != "VERB" or meet.i == sign.i:
            return False
        linked = lambda a, b: a.head.i == b.i and (a.dep_ in ("conj", "advcl", "xcomp") or (
            a.dep_ == "pcomp" and a.head.dep_ == "prep"))
        via_prep = sign.dep_ == "pcomp" and sign.head.dep_ == "prep" and sign.head.head.i == meet.i
        return linked(sign, meet) or via_prep

    def _welcome_opens_talks(self, trigger: Span, sent: Sentence) -> bool:
        """Is the trigger a welcome verb whose object is a person who came, coordinated with a verb
        of talks, or with a verb whose object is a meeting noun ("welcomed the minister and held
        talks with him", "a accueilli son homologue avant de s'entretenir avec lui")? A greeting
        so told is the start of the audience the host gives."""
        verb = trigger.root
        if verb.pos_ != "VERB":
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        named = {tok.i for s in sent.people + sent.titles for tok in s}
        named |= {tok.i for c in sent.cue("visitor") for tok in c}
        if not any(o.i in named for o in objects):
            return False
        # Verbs joined to the welcome: its conjuncts ("and held talks"), or an infinitive or
        # participle of what followed ("avant de s'entretenir", "before holding talks").
        joined = {c.i for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp")}
        joined |= {verb.head.i} if verb.dep_ == "conj" else set()
        # (English hangs a gerund on its preposition: "before holding talks".)
        joined |= {g.i for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"}
        for t in sent.triggers:
            if t.label_ != "CONSULT" or t.start == trigger.start or "sign" in self._cues(t):
                continue
            root = t.root
            if root.i in joined or (root.pos_ == "NOUN" and root.dep_ in ("dobj", "obj") and root.head.i in joined):
                return True
        return False

    def _spoken_welcome(self, trigger: Span) -> bool:
        """Is the trigger a welcome addressed in speech: a verb of welcome (cue `approve`) that is its
        sentence's root, in the plain present ("welcome back to …", "welcome to …"), with no subject?
        A welcome reported has its subject ("X welcomed …") or shares one ("Welcoming …, X said").
        The one addressed, set off by a comma before it, is no subject, whatever the parser says:
        a singular name takes "welcomes", so "Pedro Ramos, welcome back" speaks to him."""
        verb = trigger.root
        if "approve" not in self._cues(trigger) or verb.dep_ != "ROOT" or verb.tag_ not in ("VB", "VBP", "UH"):
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        return all(c.tag_ == "NNP" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","
                   and c.i + 2 == verb.i for c in subjects)

    @staticmethod
    def _greeting_as_hosting(trigger: Span) -> Span | None:
        """The welcome of a person who came, read as the host's act of receiving him (CONSULT,
        mode visit, CAMEO 043 "host a visit"): the visitor is whom the welcome greets."""
        row = {**trigger._.value, "event": "CONSULT", "mode": "visit", "cameo": HOST_CAMEO, "cues": "host"}
        return make_span(trigger.doc, trigger.start_char, trigger.end_char, "CONSULT", row, trigger.kb_id_)

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

    def _arrives_abroad(self, trigger: Span, sent: Sentence) -> bool:
        """A weak verb of arrival (cues `visit` and `weak`: "est arrivé") told as done, whose subject
        names a state's person ("le président syrien", "the Malian minister") and whose complement
        names a place of another state: "le président syrien est arrivé jeudi à Djeddah". A state's
        person who arrives abroad starts a visit there. Not one who comes home (the place his own
        state's), nor an arrival with no place ("est arrivé au pouvoir", "arrivé à un accord"), to
        come, denied, or of someone who speaks for no state named."""
        verb = trigger.root
        if trigger.label_ != "CONSULT" or not {"visit", "weak"} <= self._cues(trigger) or verb.pos_ != "VERB" \
                or "Inf" in verb.morph.get("VerbForm") or "noun" in self._cues(trigger):
            return False
        if not is_main_verb(verb):
            return False
        if self._is_future(sent, trigger) or any(is_negation(c) for c in verb.children):
            return False
        subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        titled = any(p.start in subject for p in sent.people + sent.titles)
        own = {c.label_ for c in sent.countries if c.start in subject}
        if not titled or not own:
            return False
        complement = {t.i for c in verb.children if c.dep_ in ("prep", "obl", "obl:mod", "obl:arg") for t in c.subtree}
        return any(c.start in complement and c.label_ not in own and self._is_place(c) for c in sent.countries)

