"""Stage 1, with triggers.py: support voiced inside talks. Praise and concern said in a meeting
are part of it, but support given to a state that is not a side of the meeting ("the ministers
reaffirmed support for Ukraine's territorial integrity", said at talks between others) is an act
toward that state, an event of its own.
"""
from __future__ import annotations

from spacy.tokens import Span

from .context import Draft, Sentence


class SupportActs:
    """The trigger stage's predicates of support (a mixin of the coder: `self` is the document's
    `DocumentContext`)."""

    def _supports_a_third_state(self, trigger: Span, sent: Sentence, focus: Draft) -> bool:
        """Is the trigger a support told by a verb (a SUPPORT word of praise or backing, not a signing
        nor a welcome: "reaffirmed support", "praised", "ont salué") by the meeting's sides, whose object names a state that is not one of the
        meeting's, nor a place? Support owed to someone outside the talks is not what was said
        between the sides: it is given to that state."""
        if trigger.label_ != "SUPPORT" or self._cues(trigger) - {"weak", "noun", "verb"} or focus is None or not focus.states:
            return False
        verb = trigger.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or "Inf" in verb.morph.get("VerbForm") or verb.dep_ not in ("ROOT", "root", "conj"):
            return False
        # (What the verb governs, less its subject: the supported state is in its object.)
        below = {t.i for c in verb.children if c.i > verb.i and not c.dep_.startswith("nsubj")
                 and c.dep_ not in ("conj", "cc", "advcl", "parataxis") for t in c.subtree}
        return any(c.root.i in below and c.start >= trigger.start and c.label_ not in focus.states
                   and len(c.label_) == 3 and c.label_ not in ("IGO", "UNO", "EUR")
                   # ("soutien à l'Ukraine": a state the support word governs is its recipient, not a place.)
                   and (not self._is_place(c) or trigger.start <= c.root.head.i < trigger.end) for c in sent.countries)
