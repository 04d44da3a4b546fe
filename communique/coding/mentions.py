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
    # "A delegation under Vice Minister X", "une délégation, sous le vice-ministre X": who leads those
    # who came (a `visitor` cue) takes part.
    before = i - 1
    while before >= first and (doc[before].is_punct or doc[before].pos_ == "ADJ"):
        before -= 1
    near = {doc[i].head.i, span.root.head.i} | ({before} if before >= first else set())
    if any(c.start <= j < c.end for c in sent.cue("visitor") for j in near):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if (after is not None and after.text in ("-", "‑")) or (i > first and doc[i].text[:1].isupper()):
        return False  # "Under-Secretary-General X", "Under Secretary X": a capital mid-sentence makes a title
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False  # "under X's leadership": who leads may be the one told of
    return True


def office_held_under(sent, span: Span) -> bool:
    """"Il a été ministre de la Défense sous la présidence de X", "he served as defence minister under
    the presidency of X": a ruler whose rule (a `rule_noun` cue) is the time someone held an office
    (the rule hangs on a title, or on a verb whose "as" names one) dates a career; he is named, he does
    not take part. ("La session s'est tenue sous la présidence de X", "held under the presidency of
    X": who chairs a meeting takes part in it.)"""
    token = span.root
    rule = token.head
    if token.dep_ == "pobj" and rule.dep_ == "prep":
        rule = rule.head  # (English hangs the name on "of")
    elif token.dep_.split(":")[0] != "nmod" or rule.i == token.i:
        return False
    if not any(c.start <= rule.i < c.end for c in sent.cue("rule_noun")):
        return False
    under = [c for c in rule.children if c.dep_ == "case"] + ([rule.head] if rule.head.dep_ == "prep" else [])
    if not any(any(c.start <= u.i < c.end for c in sent.cue("ruled_under")) for u in under):
        return False
    holder = rule.head.head if rule.head.dep_ == "prep" and rule.head.i != rule.i else rule.head
    titles = sent.titles

    def titled(t) -> bool:
        return any(s.start <= t.i < s.end for s in titles)

    if titled(holder):
        return True
    # "served as defence minister under …": the verb's word of capacity (a `capacity` cue) names the
    # office held.
    capacities = sent.cue("capacity")
    return holder.pos_ in ("VERB", "AUX") and any(
        any(cap.start <= c.i < cap.end for cap in capacities) and any(titled(g) for g in c.subtree)
        for c in holder.children)


def named_for_a_place(sent, span: Span, of: frozenset[str]) -> bool:
    """"À l'aéroport international du roi X", "at King X International Airport", "l'université
    Cheikh X": a name that completes a noun for a place or a body named after someone (a
    `place_named_for` cue), or a name the recogniser ran on into such a noun, names the place; the
    person is not there. `of`: the words that join a title to what it names ("de", "du", "of")."""
    cues = sent.cue("place_named_for")
    if not cues:
        return False
    if any(c.start < span.end and span.start < c.end for c in cues):
        return True  # "Abdulaziz International Airport" read as one name
    token = span.root
    head = token.head
    if token.dep_.split(":")[0] in ("flat", "appos", "compound") and head.i < span.start and head.i != token.i \
            and any(t.start <= head.i < t.end for t in sent.titles):
        token, head = head, head.head  # "du roi X": the name hangs on its title
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # (English hangs the name on "of")
    elif token.dep_.split(":")[0] not in ("nmod", "compound") or head.i == token.i:
        return False
    if not head.i < token.i and token.dep_ != "compound":
        return False
    between = span.doc[min(head.i, token.i) + 1:max(head.i, token.i)]
    # (Only its adjectives, articles and "de", "of" between: "l'aéroport de Y par son homologue X" names
    # who met there.)
    if len(between) > 4 or any(not (t.pos_ in ("DET", "ADJ") or fold(t.text) in of) for t in between):
        return False
    return any(c.start <= head.i < c.end for c in cues)
