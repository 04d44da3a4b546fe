"""Forms of news that name a person without telling him take part: predicates on one name in its
sentence, used by the context's exclusions (context.py, `_person_excluded`)."""

from __future__ import annotations

from spacy.tokens import Span

from ..recognising.lexicon import fold

#: Words that may stand between "under"/"sous" and the name of the ruler of a time, besides the
#: name's own title: articles, "late", "then", "feu" ("under the late King X").
RULER_LINK_POS = frozenset({"DET", "ADJ"})


def ruler_of_a_time(sent, span: Span) -> bool:
    """"22 ans de tensions sous Yahya Jammeh", "sous le président X, le pays a …", "The Philippines
    under President X has filed …": a person governed by "sous"/"under" (a `ruled_under` cue), with
    nothing but his title, an article or an adjective between, names the time of his rule; he is
    named, he does not take part. ("under X's leadership", "Under Secretary X", "sous la présidence
    de X", where X may chair the meeting told, are not this form.)"""
    cues = sent.cue("ruled_under")
    if not cues:
        return False
    doc = span.doc
    person = span._.value
    title = getattr(person, "title_span", None)
    first = sent.span.start
    i = span.start - 1
    while i >= first:
        token = doc[i]
        in_title = bool(title) and title[0] <= token.idx < title[1]
        if not (in_title or token.pos_ in RULER_LINK_POS):
            break
        i -= 1
    if i < first or not any(c.start <= i < c.end for c in cues):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.text in ("-", "‑") or fold(after.text).startswith("secretar")):
        return False  # "Under-Secretary-General X", "Under Secretary X": a title
    if span.end < len(doc) and (doc[span.end].tag_ == "POS" or doc[span.end].text in ("'s", "’s")):
        return False  # "under X's leadership": who leads may be the one told of
    return True
