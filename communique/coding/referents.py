"""Stage 2, referents: the states of a doer the sentence names only by a word that refers back.

A first-person plural subject ("we", "nous") of a statement is the voice that made the statement
told last, else the publishing state's (`actors.py` finds the other referring words: "the
ministry", "the statement"; `sides.py` the third-person "they" of a gathering).
"""
from __future__ import annotations

from spacy.tokens import Span

from .context import SUBJECT_DEPS, STATEMENT_TYPES, Draft, Sentence


class Referents:
    """Doers the text names by a word that refers back to someone told before or to its publisher."""

    @staticmethod
    def _first_person_plural_subject(trigger: Span):
        """The "we" or "nous" that is the subject of the trigger's verb, or of the verb it is
        coordinated with ("We condemn … and call on …"), else None."""
        verb = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else trigger.root.head
        if verb.dep_ in ("conj", "xcomp") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON"
                     and "1" in c.morph.get("Person") and "Plur" in c.morph.get("Number")), None)

    def _first_person_speaker(self, draft: Draft, sent: Sentence, objects: list[str]) -> list[str]:
        """The state a statement said by "we" or "nous" speaks for, when the sentence names none:
        the one state that made the statement told last ("The U.S. Embassy condemns the violence …
        We call on the organizers to stop": the embassy goes on speaking), else the publisher's
        state (a ministry's communiqué speaks in its own name). None when neither is known, or
        when that state is the one the statement is made to."""
        if draft.event not in STATEMENT_TYPES or self._first_person_plural_subject(draft.trigger) is None:
            return []
        if any(p._.value.country for p in sent.people) or any(t._.value.country for t in sent.titles):
            return []  # ("«Nous condamnons», a déclaré le ministre X": the speaker the sentence names)
        speaker = self._last_speaker() or self.home
        if not speaker or speaker in objects:
            return []
        draft.note("actor", speaker, draft.trigger, "rule:referents.we_the_speaker")
        return [speaker]
