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
