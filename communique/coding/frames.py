"""Stage 1, acts told in frames and relative clauses that describe, not tell: "27 countries which
have backed London" names the states by what they have done before the news; it tells no act of
the day. `background.Background._news_triggers` drops the triggers these find. And acts of the
document told before that a frame sets before the sentence's own ("Following the meeting with X,
he met Y", `ActsFramedBefore`): their people are not the new act's, and the new act is no retelling
of them (used by the context's exclusions, merging, retelling and the document pass).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold
from .context import SUBJECT_DEPS, Sentence
from .link_words import LinkWords

#: The English tags of a present perfect: "has"/"have" before a past participle.
PERFECT_AUX_TAGS = frozenset({"VBZ", "VBP"})


def perfect_describing(span: Span) -> set[int]:
    """The words of the English relative clauses in the present perfect of a sentence ("the 27
    countries which have backed London in censuring Moscow", "the third country with which Japan has
    signed such a pact"): such a clause describes its head by an older act, undated, and tells no act
    of the day, nor does what it is about. (The French passé composé has the same form and may tell
    the news, "l'accord qui a été signé hier": the English tags alone ask, a tagger of French gives
    none of them. A negated clause tells no act at all: nothing to drop.)"""
    words: set[int] = set()
    for verb in span:
        if verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.tag_ != "VBN" \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "aux" and c.tag_ in PERFECT_AUX_TAGS for c in verb.children):  # "has", "have"
            words |= {t.i for t in verb.subtree}
    return words


def known_charge(trigger: Span, sent: Sentence, words: LinkWords) -> bool:
    """An accusation noun, definite, that is a clause's subject and names its content by a clause of
    its own, with no author ("les accusations selon lesquelles le Bénin abriterait des bases …
    ajoutent une dimension à la crise", "the allegations that Kenya armed the rebels have strained
    ties"): the charge is known, the sentence tells what it does, not that anyone made it. ("Les
    accusations du Niger …" names its author; "Niger a porté des accusations selon lesquelles …",
    an object, tells the charge made.) `words`: the language's prepositions of an agent, of a
    title's complement and of an origin, which name the author ("by", "of", "from")."""
    noun = trigger.root
    if trigger.label_ != "ACCUSE" or noun.pos_ != "NOUN" or noun.dep_ not in SUBJECT_DEPS:
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in children):
        return False
    if any(c.dep_ in ("poss", "nmod", "nmod:poss") or (c.dep_ == "prep" and fold(c.text) in words.agent | words.of | words.origin)
           for c in children):
        return False  # an author named: "the allegations by Niger", "les accusations du Niger"
    # Its content: a clause its conjunction opens (English "that"), or a relative one whose pronoun
    # a word of source introduces (French "selon lesquelles", a `not_participant` cue "source").
    sources = {t.i for c in sent.cue("not_participant") if c._.value == "source" for t in c}
    return any(c.dep_ in ("acl:relcl", "acl", "ccomp") and c.pos_ in ("VERB", "AUX") and (
        any(g.dep_ == "mark" for g in c.children)
        or any(g.dep_ == "case" and g.i in sources for r in c.children for g in r.children
               if "Rel" in r.morph.get("PronType"))) for c in children)


class ActsFramedBefore:
    """Acts told before that a sentence's frame sets before its own act. Mixed into `coder.Coder`."""

    def _acts_framed_before(self, sent: Sentence) -> list[tuple[Span, set[int]]]:
        """The acts of the document told before that a frame preposition sets before the act the
        sentence tells ("Following the meeting with X, the Prime Minister met Y", "Après son
        entretien avec X, le ministre a reçu Y", "à la suite d'un entretien entre A et B"), each
        with the words of its frame: its noun's and its partner's. (Only with a trigger outside
        the frames, a verb or a verb's object, "held talks with", not "the talks went well":
        alone, the framed act is what is told. Nor a meeting first named in the frame, "After a
        meeting between X and Y, Japan agreed …": it is told there.)"""
        prepositions = sent.cue("frame_preposition")
        if not prepositions:
            return []
        framed = []
        for act in sent.triggers:
            noun = act.root
            # The preposition heads the act's noun ("following the meeting", "à la suite d'un
            # entretien") or marks it ("après son entretien").
            marks = [noun.head] + [c for c in noun.children if c.dep_ in ("case", "mark")]
            if noun.pos_ != "NOUN" or not any(p.start <= m.i < p.end for p in prepositions for m in marks):
                continue
            if not any(d.event == act.label_ and d.sentence < sent.index for d in getattr(self, "drafts_so_far", ())):
                continue
            frame = {t.i for t in noun.subtree}
            # The parser may hang the act's partner on the verb ("Après son entretien avec X, il a
            # reçu Y"): the phrase right after the act's noun, opened by a preposition.
            for phrase in noun.head.children:
                if phrase.left_edge.i == noun.right_edge.i + 1 and phrase.i != noun.head.i and (
                        phrase.dep_ == "prep" or any(c.dep_ == "case" for c in phrase.children)):
                    frame |= {t.i for t in phrase.subtree}
            framed.append((act, frame))
        frames = set().union(*(f for _, f in framed)) if framed else set()
        if not any(t.root.i not in frames and (t.root.pos_ in ("VERB", "AUX") or t.root.dep_ in ("dobj", "obj"))
                   for t in sent.triggers):
            return []
        return framed

    def _in_an_act_before(self, sent: Sentence, span: Span) -> bool:
        """Is a name in the frame of an act told before that the sentence sets before its own
        (`_acts_framed_before`)? Its people are not of the sentence's act."""
        return any(span.root.i in frame for _, frame in self._acts_framed_before(sent))
