"""Stage 1, which trigger nouns refer back: a meeting noun after a preposition, a possessive or a
demonstrative ("au cours des consultations", "his visit", "this meeting") names an event already told,
so it proposes none and only adds details to it; one that names with whom it was held, or the
two sides of a meeting the news follows, tells that meeting when none was told before it.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import Draft, Sentence, demonstrative, indefinite


def _noun_phrase(root) -> set[int]:
    """The indices of a noun's own phrase: its dependents down the parse, stopping at verbs (a
    clause hanging from it) and punctuation."""
    phrase, todo = set(), [root]
    while todo:
        tok = todo.pop()
        phrase.add(tok.i)
        todo += [c for c in tok.children if c.pos_ not in ("VERB", "AUX") and not c.is_punct]
    return phrase


class EventReferences:
    """Whether a trigger noun refers back to an event told, or tells a first one."""

    def _is_reference(self, trigger: Span) -> bool:
        """A trigger noun that refers back: "au cours des consultations", "his visit", "this meeting"."""
        if "noun" not in self._cues(trigger) and trigger.root.pos_ != "NOUN":
            return False
        if trigger.label_ != "CONSULT" or "object" in self._cues(trigger):
            # "his condolences", "sa condamnation": said now; "this allegation": told before.
            # (So is what is handed over in an audience: "ses lettres de créance" are his own.)
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

    def _possessed(self, trigger: Span) -> bool:
        """"his visit", "cette rencontre": a possessive or demonstrative points back."""
        prev = [t for t in self._prev_words(trigger, 3) if t.pos_ != "ADJ"]
        return bool(prev) and prev[-1].pos_ in ("DET", "PRON") and (
            "Yes" in prev[-1].morph.get("Poss") or demonstrative(prev[-1]))

    def _ordinal_before(self, trigger: Span) -> list[Span]:
        sent_start = self.sent_start[trigger.start]
        return [c for c in self.ordinals if sent_start <= c.start < trigger.start and trigger.start - c.end <= 3]

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

    def _first_meeting_indefinite(self, trigger: Span, sent: Sentence, drafts: list[Draft]) -> bool:
        """A meeting noun after a preposition whose article is the singular indefinite one ("during a
        meeting held in Washington", "at a joint press conference, with X, Y said") introduces a
        meeting, it does not name one told: when no meeting was told before it and two states take
        part in it (named in its phrase, in its clause's subject, or after "with" in its clause), it
        tells that meeting. (Not a summit or a conference, which a state may only attend, nor a visit
        or a call, whose own rules tell them; nor one state's own meeting, "at an emergency meeting
        the central bank called", "at a meeting with its ambassador to Russia".)"""
        root = trigger.root
        if trigger.label_ != "CONSULT" or root.pos_ != "NOUN" or any(d.event == "CONSULT" for d in drafts):
            return False
        if "meet" not in self._cues(trigger) or self._cues(trigger) & {"multilateral", "visit", "host", "phone", "virtual"}:
            return False
        if "Sing" not in root.morph.get("Number") or not any(c.dep_ == "det" and indefinite(c) for c in root.children):
            return False
        phrase = _noun_phrase(root)  # the noun's own phrase, not a clause hanging from it
        verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            phrase |= {g.i for c in verb.children if c.i not in phrase and c.dep_ in ("prep", "obl")
                       and (fold(c.text) in self.words.with_ or any(
                           a.dep_ == "case" and fold(a.text) in self.words.with_ for a in c.children))
                       for g in c.subtree}
        # (An envoy's post is no side: "with its ambassador to Russia".)
        phrase -= {g.i for p in list(phrase) if self.doc[p].dep_ == "prep" and self.doc[p].lower_ == "to"
                   for g in self.doc[p].subtree}
        return len(self._states_in(phrase, sent) | self._subject_states(root, sent)) >= 2

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
        phrase = _noun_phrase(root)  # the noun's own phrase, not a clause hanging from it
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

    def _attended_meeting(self, trigger: Span, sent: Sentence, drafts: list[Draft]) -> bool:
        """A meeting noun that a verb of attending takes through its preposition ("a participé à la
        réunion du groupe de travail", "a pris part au sommet", "participated in the meeting of the
        council") is what the verb's subject attended, not a frame pointing back: when no meeting was
        told before it, it tells that meeting. (Not "cette réunion", "his meeting": those point back
        all the same; nor a meeting told before, which the attendance only adds to.)"""
        root = trigger.root
        if trigger.label_ != "CONSULT" or root.pos_ not in ("NOUN", "PROPN") or self._possessed(trigger) \
                or any(d.event == "CONSULT" for d in drafts):
            return False
        # (French hangs the noun on the verb, its preposition a `case` child; English hangs the
        # preposition on the verb and the noun on it.)
        verb = root.head.head if root.head.pos_ == "ADP" and root.dep_ == "pobj" else root.head
        if verb.i == root.i or verb.pos_ not in ("VERB", "AUX") or verb.i >= root.i:
            return False
        attending = {tok.i for c in sent.cue("attendance") for tok in c}
        return verb.i in attending

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
