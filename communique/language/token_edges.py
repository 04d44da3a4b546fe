"""Tokens of an unparsed Doc given sound tree edges.

spaCy 3.8's rule-based tokenizer, when it meets one of its special cases inside a word's
punctuation ("heute):" -> "heute" + "):", "(z.B." -> "(" + "z.B."), leaves some tokens with left
and right edges that point outside the Doc. A parser sets every edge again, so the French and
English models never show it; a blank pipeline (es, de, pt, it, ru, ar…) keeps them, and reading
such a token's subtree or children reads memory out of range: the process can die (a German
press release with "(aus dem Wortlaut der Pressekonferenz): Bundeskanzlerin…" did). A dash
standing alone ("x — y", a tweet's "— Presidencia México (@PresidenciaMX)") is worse: its edges
both point at the Doc's first token, inside the Doc but on the wrong side of the token, and
reading the children of a sentence's root there killed the coder on a Spanish news item.
`communique_token_edges`, first in every blank pipeline, rebuilds such a Doc from its own arrays
(`Doc.from_docs`, same words, spaces and attributes), which sets every edge to the token itself.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def edges_sound(doc: Doc) -> bool:
    """Return whether every token's left and right edges lie within the Doc, on either side of
    the token (left edge at or before it, right edge at or after it)."""
    try:
        return all(tok.left_edge.i <= tok.i <= tok.right_edge.i for tok in doc)
    except IndexError:  # spaCy bounds-checks the index
        return False


@Language.component("communique_token_edges")
def token_edges(doc: Doc) -> Doc:
    """Return the Doc, rebuilt when a token's edges point outside it (see the module docstring)."""
    if doc.has_annotation("DEP") or edges_sound(doc):
        return doc
    return Doc.from_docs([doc])
