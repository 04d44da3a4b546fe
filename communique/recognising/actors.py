"""Recognise actors named by what they are rather than by their state: sector words ("police",
"les rebelles", "lawmakers") and named groups ("Hamas", "the Taliban", "M23").

Writes `doc.spans["actors"]`: label = PLOVER sector code, value = {"sector", "code", "kind"},
where `code` is the group's state or non-state code for a named group ("" for a sector word,
whose state the coder finds next to it or in context) and `kind` is "word" or "group".
Words inside an organisation's name ("the European Union", "Court of Justice") or a title
("Member of Parliament") are not actors of their own.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import neutral_table, table
from .base import covered, doc_units, span_of
from .lexicon import LexiconMatcher


@lru_cache(maxsize=None)
def sector_matcher(lang: str) -> LexiconMatcher:
    """The language's sector words (`lang/<code>/sectors.tsv`)."""
    return LexiconMatcher.from_rows(
        (r["pattern"], {"sector": r["sector"], "code": "", "kind": "word"}) for r in table(lang, "sectors"))


@lru_cache(maxsize=None)
def group_matcher() -> LexiconMatcher:
    """The named groups of `data/named_groups.tsv`, acronyms in upper case only."""
    return LexiconMatcher.from_rows(
        ((r["name"], {"sector": r["sector"], "code": r["code"], "kind": "group"})
         for r in neutral_table("named_groups")), with_case=True)


class ActorRecogniser:
    key = "actors"

    def __init__(self, lang: str):
        self.words = sector_matcher(lang)
        self.groups = group_matcher()

    def __call__(self, doc: Doc) -> Doc:
        units = doc_units(doc)
        # An organisation's name or a person's title ("Member of Parliament") is not an actor word.
        taken = covered(doc.spans.get("organisations", [])) | covered(doc.spans.get("titles", []))
        spans = []
        for match in self.groups.find(units):
            span = span_of(doc, units, match, match.entry.value["sector"], match.entry.value, self.key)
            if span is not None and not taken & set(range(span.start, span.end)):
                spans.append(span)
        taken |= covered(spans)
        for match in self.words.find(units):
            span = span_of(doc, units, match, match.entry.value["sector"], match.entry.value, self.key)
            if span is not None and not taken & set(range(span.start, span.end)):
                spans.append(span)
        doc.spans[self.key] = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory("communique_actors", default_config={"lang": "fr"})
def make_actor_recogniser(nlp: Language, name: str, lang: str) -> ActorRecogniser:
    return ActorRecogniser(lang)
