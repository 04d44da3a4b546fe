"""Recognise states: names, official names, adjectives, capitals, aliases and compound prefixes.

Writes `doc.spans["countries"]`: label = ISO 3166-1 alpha-3 code (KOS for Kosovo), value =
(code, kind) where kind is name | adjective | capital | alias | prefix | form. A bare form of
state ("du Royaume", "the Kingdom") is resolved to the one state of the document whose
official name begins with it.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import table
from .base import LexiconComponent, covered, doc_units, make_span, span_of
from .lexicon import LexiconMatcher, fold, units_of

#: The kind of a match that names a place holding a state's word, not the state.
LOOKALIKE = "lookalike"


@lru_cache(maxsize=None)
def country_matcher(lang: str) -> LexiconMatcher:
    """Return the matcher over a language's country names and country words."""
    words = table(lang, "country_words")
    # A name the language mostly uses as a common word ("Reunión", a meeting) is left out.
    common = {r["text"] for r in words if r["kind"] == "common_word"}
    rows = [(r["text"], (r["iso3"], "name")) for r in table(lang, "country_names") if r["text"] not in common]
    rows += [(r["text"], (r["iso3"], r["kind"])) for r in words if r["kind"] != "common_word"]
    # Places whose name holds a state's word ("the South China Sea") are matched as the longer
    # name, then dropped: the sea is not the state.
    rows += [(r["text"], (r["iso3"], LOOKALIKE)) for r in table(lang, "country_lookalikes")]
    return LexiconMatcher.from_rows(rows, with_case=True)


@lru_cache(maxsize=None)
def state_forms(lang: str) -> dict[str, dict[str, str]]:
    """Return {folded form word: {iso3: official name}} from the names that start with it."""
    forms = {fold(r["text"]) for r in table(lang, "state_forms")}
    out: dict[str, dict[str, str]] = {f: {} for f in forms}
    for row in table(lang, "country_names"):
        first = fold(row["text"]).split(" ")[0]
        if first in out and " " in row["text"]:
            out[first].setdefault(row["iso3"], row["text"])
    return out


@lru_cache(maxsize=None)
def _tokenizer(lang: str):
    import spacy

    try:
        return spacy.blank(lang).tokenizer
    except ImportError:  # a language spaCy has no rules for: words split on spaces and punctuation
        return spacy.blank("xx").tokenizer


def states_named_in(text: str, lang: str) -> list[tuple[str, str, int]]:
    """The states a short plain string names, as (iso3, kind, start offset), in text order:
    for strings that are not parsed, such as a document's source ("Agence marocaine de presse")."""
    if not text:
        return []
    tokens = _tokenizer(lang)(text)
    units = units_of(tokens, use_lemma=False)
    return [(m.entry.value[0], m.entry.value[1], units[m.start].start_char)
            for m in country_matcher(lang).find(units) if m.entry.value[1] != LOOKALIKE]


@lru_cache(maxsize=None)
def shared_names(lang: str) -> dict[str, tuple[str, ...]]:
    """Return {folded country word: the states it may name, the usual one first}."""
    return {fold(r["text"]): tuple(r["states"].split()) for r in table(lang, "shared_names")}


class CountryRecogniser(LexiconComponent):
    key = "countries"

    def __init__(self, lang: str):
        super().__init__(country_matcher(lang))
        self.forms = state_forms(lang)
        self.shared = shared_names(lang)

    def __call__(self, doc: Doc) -> Doc:
        taken = covered(doc.spans.get("organisations", []))
        people = [e for e in doc.ents if e.label_ in ("PER", "PERSON")]
        units = doc_units(doc)
        text = None  # `doc.text` is rebuilt from the tokens on every access: read it once, if needed
        spans = []
        matches = list(self.matcher.find(units))
        # A combining form names a state only joined to another state's word: "Sino-Russian",
        # "Indo-US", but not "Indo-Pacific" or "Anglo-Saxon".
        starts = {units[m.start].start_char for m in matches}
        for match in matches:
            first = units[match.start]
            if first.token in taken:
                continue
            iso3, kind = match.entry.value
            if kind == LOOKALIKE:
                continue
            last = units[match.end - 1]
            if kind == "prefix":
                text = doc.text if text is None else text
                if text[last.end_char:last.end_char + 1] != "-" or last.end_char + 1 not in starts:
                    continue
            if kind in ("name", "capital") and first.token == last.token and any(
                    p.start == first.token and len(p) > 1 and doc[p.start + 1].pos_ == "PROPN"
                    and not self._before_a_name(doc, p) for p in people):
                continue  # "Jordan Peterson", "Paris Hilton": the first name of a person
            if kind in ("name", "alias", "capital") and first.token == last.token and any(
                    p.start < first.token == p.end - 1 and doc[first.token - 1].pos_ == "PROPN"
                    and doc[first.token - 1].text[:1].isupper() for p in people):
                continue  # "François Hollande", "Jacques Paris": a surname after a first name
            span = span_of(doc, units, match, iso3, (iso3, kind), self.key)
            if span is not None:
                spans.append(span)
        spans += self._bare_forms(doc, spans, taken)
        if self.shared:
            spans = self._resolve_shared(doc, spans)
        doc.spans[self.key] = sorted(spans, key=lambda s: s.start)
        return doc

    @staticmethod
    def _before_a_name(doc: Doc, person) -> bool:
        """A state the named-entity model ran into the name that follows it, after a preposition
        ("Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov"): the title's state, then
        a first name and a surname, not a first name ("a speech by Jordan Peterson")."""
        return person.start > 0 and doc[person.start - 1].pos_ == "ADP" and len(person) >= 3 \
            and all(t.pos_ == "PROPN" for t in person[1:])

    def _resolve_shared(self, doc: Doc, spans):
        """A word two states share names the one the document otherwise names without doubt."""
        shared = [s for s in spans if fold(s.text) in self.shared]
        if not shared:
            return spans
        sure = {s.label_ for s in spans if fold(s.text) not in self.shared}
        out = []
        for span in spans:
            states = self.shared.get(fold(span.text))
            named = [c for c in states or () if c in sure]
            if states and len(named) == 1 and named[0] != span.label_:
                kind = span._.value[1]
                span = make_span(doc, span.start_char, span.end_char, named[0], (named[0], kind), self.key) or span
            out.append(span)
        return out

    def _bare_forms(self, doc: Doc, spans, taken):
        """'du Royaume' -> the one state named in the doc whose official name starts 'Royaume'."""
        if not self.forms:
            return []
        in_doc = {s.label_ for s in spans}
        used = covered(spans)
        out = []
        for tok in doc:
            if not tok.text[:1].isupper():
                continue  # (checked first: most words are not capitalised, and folding costs)
            key = fold(tok.text)
            if key not in self.forms or tok.i in used or tok.i in taken:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.text[:1].isupper() or fold(nxt.text) in ("du", "de", "d'", "des", "of")):
                continue  # a full name follows, or an unknown one: not a bare form
            candidates = [c for c in self.forms[key] if c in in_doc]
            if len(candidates) == 1:
                out.append(make_span(doc, tok.idx, tok.idx + len(tok.text), candidates[0],
                                     (candidates[0], "form"), self.key))
        return out


@Language.factory("communique_countries", default_config={"lang": "fr"})
def make_country_recogniser(nlp: Language, name: str, lang: str) -> CountryRecogniser:
    return CountryRecogniser(lang)
