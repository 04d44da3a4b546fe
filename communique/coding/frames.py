"""Stage 1, acts told in frames and relative clauses that describe, not tell: "27 countries which
have backed London" names the states by what they have done before the news; it tells no act of
the day. `background.Background._news_triggers` drops the triggers these find.
"""
from __future__ import annotations

from spacy.tokens import Span

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
        if any(c.dep_ == "aux" and c.lower_ in ("has", "have") and c.tag_ in PERFECT_AUX_TAGS for c in verb.children):
            words |= {t.i for t in verb.subtree}
    return words


#: A clause's subject, of an active or a passive verb.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def known_charge(trigger: Span) -> bool:
    """An accusation noun, definite, that is a clause's subject and names its content by a clause of
    its own, with no author ("les accusations selon lesquelles le Bénin abriterait des bases …
    ajoutent une dimension à la crise", "the allegations that Kenya armed the rebels have strained
    ties"): the charge is known, the sentence tells what it does, not that anyone made it. ("Les
    accusations du Niger …" names its author; "Niger a porté des accusations selon lesquelles …",
    an object, tells the charge made.)"""
    noun = trigger.root
    if trigger.label_ != "ACCUSE" or noun.pos_ != "NOUN" or noun.dep_ not in SUBJECTS:
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in children):
        return False
    if any(c.dep_ in ("poss", "nmod", "nmod:poss") or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
           for c in children):
        return False  # an author named: "the allegations by Niger", "les accusations du Niger"
    # Its content: a relative clause opened by "selon lequel" (French), or a "that" clause (English).
    return any(c.dep_ in ("acl:relcl", "acl", "ccomp") and c.pos_ in ("VERB", "AUX") and (
        any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        or any(g.dep_ == "case" and g.lower_ == "selon" for r in c.children for g in r.children
               if "Rel" in r.morph.get("PronType"))) for c in children)
