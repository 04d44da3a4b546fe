"""Stage 1, acts told in frames and relative clauses that describe, not tell: "27 countries which
have backed London" names the states by what they have done before the news; it tells no act of
the day. `background.Background._news_triggers` drops the triggers these find.
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
