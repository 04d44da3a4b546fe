"""What support words tell beyond the support itself (mixins of `coder.Coder`).

- `SupportActs` (stage 1, with `triggers`): praise and concern said in a meeting are part of it,
  but support given to a state that is not a side of the meeting ("the ministers reaffirmed
  support for Ukraine's territorial integrity", said at talks between others) is an act toward
  that state, an event of its own.
- `SupportAims` (with `commitments`): a promise to support a partner or the carrying out of what
  is already agreed ("s'engage à soutenir le Togo", "committed to support Ukraine", "se sont
  engagés à soutenir la mise en œuvre de l'accord signé en 2017") names no new act to come
  (DESIGN.md: AGREE is for explicit commitments to specific future actions; general wishes are
  not events). Support of a specific thing ("soutenir la candidature du Maroc", "support the bid")
  stays a commitment.
"""
from __future__ import annotations

from spacy.tokens import Span

from .context import NON_STATE, Draft, Sentence

#: The dependency labels of a verb's direct object (Universal Dependencies, spaCy English).
OBJECT_DEPS = frozenset({"obj", "dobj"})


class SupportActs:
    """The trigger stage's predicates of support (a mixin of the coder: `self` is the document's
    `DocumentContext`)."""

    def _supports_a_third_state(self, trigger: Span, sent: Sentence, focus: Draft) -> bool:
        """Is the trigger a support told by a verb (a SUPPORT word of praise or backing, not a
        signing nor a welcome: "reaffirmed support", "praised", "ont salué") by the meeting's sides,
        whose object names a state that is not one of the meeting's, nor a place? Support owed to someone outside the talks is not what was said
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
                   and len(c.label_) == 3 and c.label_ not in NON_STATE
                   # ("soutien à l'Ukraine": a state the support word governs is its recipient, not a place.)
                   and (not self._is_place(c) or trigger.start <= c.root.head.i < trigger.end) for c in sent.countries)


class SupportAims:
    def _support_aims(self, sent: Sentence) -> list[Span]:
        """The support words ("soutenir", "support") whose object is a state named in the
        sentence ("soutenir le Togo") or the implementation of something ("soutenir la mise en
        œuvre de l'accord"): aims as general as "renforcer la coopération". Not support given
        by a material means, named in the verb's phrase ("support Togo with 10 million dollars in
        aid": the aid is promised)."""
        out = []
        for word in sent.cue("support_aim"):
            if self._material_support(sent, word.root):
                continue
            objects = [c for c in word.root.children if c.dep_ in OBJECT_DEPS]
            if any(self._a_state_named(sent, o) or self._an_implementation(sent, o) for o in objects):
                out.append(word)
        return out

    def _material_support(self, sent: Sentence, verb) -> bool:
        """Does the support verb's phrase, beside its object, name a material means: money or aid
        ("support Togo with 10 million dollars in aid", "avec 20 millions de dollars d'aide")?"""
        words = {tok.i for c in verb.children if c.dep_ not in OBJECT_DEPS for tok in c.subtree}
        return any(m.root.i in words for m in sent.cue("money")) or any(
            t.label_ == "AID" and t.root.i in words for t in sent.triggers)

    @staticmethod
    def _a_state_named(sent: Sentence, token) -> bool:
        return any(c.start <= token.i < c.end for c in sent.countries)

    @staticmethod
    def _an_implementation(sent: Sentence, token) -> bool:
        return any(c.start <= token.i < c.end for c in sent.cue("implementation"))

    def _supported_thing(self, sent: Sentence, span: Span) -> bool:
        """Is the span (a document, a meeting word) inside the object of a support aim ("soutenir
        la mise en œuvre de l'Accord de partenariat"): what is carried out, not what is promised?"""
        for word in self._support_aims(sent):
            for obj in (c for c in word.root.children if c.dep_ in OBJECT_DEPS):
                if any(tok.i == span.root.i for tok in obj.subtree):
                    return True
        return False
