"""Recognise the words the coder reasons with: event triggers, topic cues and other cues.

Three components, one lexicon each:
- `communique_triggers` -> `doc.spans["triggers"]`, label = PLOVER type, value = the
  triggers.tsv row (event, mode, cameo, cues);
- `communique_topics` -> `doc.spans["topics"]`, label = topic id, value = the topics.tsv row;
- `communique_cues` -> `doc.spans["cues"]`, label = cue kind (format, document, ordinal,
  series, aux, sides, not_participant, margin, statement), value = its canonical value.
  Numbered ordinals ("5e", "5ème", "5th") are recognised by shape in every language.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang import table
from .base import LexiconComponent, doc_units, make_span, span_of
from .lexicon import LexiconMatcher

#: "5e", "5ème", "5eme", "1er", "1re", "5th", "2nd", "3rd", "21st"; French typography writes the
#: ending raised ("8ᵉ", "1ᵉʳ", "1ʳᵉ").
NUMBERED_ORDINAL = re.compile(r"^(\d{1,3})(?:e|è|ème|eme|ième|er|ère|re|th|st|nd|rd|ᵉ|ᵉʳ|ʳᵉ|ᵉʳᵉ"
                              r"|ª|º|\.ª|\.º|-й|-я|-е|-го|-м|-ю)$", re.IGNORECASE)  # es/pt/it "7ª", ru "7-й"
#: French ordinals in Roman numerals, in capitals: "XVe sommet", "XXIIIᵉ session", "Ier", up to 99
#: ("Le", "Ce" are words, not 50th and 100th).
ROMAN_ORDINAL = re.compile(r"^((?!L(?:e|er)$)[IVXL]{1,7})(?:e|ème|ᵉ|er|ᵉʳ)$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: Where an ordinal may be: a run of digits or of Roman capitals followed by letters or a
#: raised, Cyrillic or dotted ending (each candidate is then checked as a whole token).
ORDINAL_CANDIDATE = re.compile(r"(?<![\w.-])(?:\d{1,3}|[IVXL]{1,7})[^\W\d_]*(?:\.?[ªº]|-[а-яё]{1,2})?")


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral ("XV" -> 15), else None ("IIII", "VX")."""
    total = 0
    for n, letter in enumerate(numeral):
        value = ROMAN_VALUES[letter]
        following = ROMAN_VALUES[numeral[n + 1]] if n + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total and _roman(total) == numeral else None


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                            (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + letters, value - number
    return out


@lru_cache(maxsize=None)
def lexicon_matcher(lang: str, name: str, key_column: str = "pattern") -> LexiconMatcher:
    return LexiconMatcher.from_rows((r[key_column], r) for r in table(lang, name) if r.get(key_column))


class TriggerRecogniser(LexiconComponent):
    key = "triggers"

    def __init__(self, lang: str):
        super().__init__(lexicon_matcher(lang, "triggers"))

    def make_span(self, doc, units, match):
        row = match.entry.value
        if row["event"] == "-":
            return None  # words that hold a trigger word but tell no event ("press release")
        return span_of(doc, units, match, row["event"], row, self.key)


class TopicRecogniser(LexiconComponent):
    """A pattern listed on several rows names several topics ("trade and economic" is trade and
    economy; "cultural and humanitarian" culture and humanitarian): one span per row."""
    key = "topics"

    def __init__(self, lang: str):
        super().__init__(lexicon_matcher(lang, "topics"))
        self.also = also_topics(lang)

    def __call__(self, doc: Doc) -> Doc:
        units = doc_units(doc)
        spans = []
        for match in self.matcher.find(units):
            row = match.entry.value
            for r in (row, *self.also.get(row["pattern"], ())):
                if r["topic"] != "-":  # words that hold a cue but tell no topic ("site internet")
                    span = span_of(doc, units, match, r["topic"], r, self.key)
                    if span is not None and r.get("with") == "people" and not _of_a_state_s_people(doc, span):
                        continue  # "la communauté internationale", "the business community": no state's people
                    spans.append(span)
        doc.spans[self.key] = spans
        return doc


#: Country codes that are no state's people ("la Communauté européenne", "European community").
NOT_A_PEOPLE = frozenset({"UNO", "IGO", "EUR", "NGO", "MNC"})


def _of_a_state_s_people(doc: Doc, span: Span) -> bool:
    """Whether a word for a group of people (a `with` = `people` row: "communauté", "community")
    is told as a state's people by the country word next to it: "la communauté sénégalaise de
    France", "the Nigerian community in Ghana". Not inside an organisation's name ("Communauté
    économique des États de l'Afrique de l'Ouest", "East African Community")."""
    if any(o.start <= span.start < o.end for o in doc.spans.get("organisations", ())):
        return False
    return any(c.label_ not in NOT_A_PEOPLE and (c.start == span.end or c.end == span.start)
               for c in doc.spans.get("countries", ()))


@lru_cache(maxsize=None)
def also_topics(lang: str) -> dict[str, tuple[dict, ...]]:
    """The rows after the first of each pattern listed more than once in topics.tsv (the
    matcher keeps one entry a pattern: the first)."""
    by_pattern: dict[str, list[dict]] = {}
    for row in table(lang, "topics"):
        if row.get("pattern"):
            by_pattern.setdefault(row["pattern"], []).append(row)
    return {p: tuple(rows[1:]) for p, rows in by_pattern.items() if len(rows) > 1}


@lru_cache(maxsize=None)
def cue_matchers(lang: str) -> dict[str, LexiconMatcher]:
    by_kind: dict[str, list] = {}
    for row in table(lang, "cues"):
        by_kind.setdefault(row["cue"], []).append((row["pattern"], row["value"]))
    return {kind: LexiconMatcher.from_rows(rows, with_case=True) for kind, rows in by_kind.items()}


def _verb_form(span: Span) -> bool:
    """A document word is a noun: "According to…", "was accorded a reception", "a traité la
    question" share a lemma with "accord" and "traité" but name no document. (Only the first word
    is asked: in "message écrit" the participle qualifies the noun.) A verb with its document noun is
    the document it makes ("exchanged notes", "ont échangé des notes": an exchange of notes)."""
    return span[0].pos_ in ("VERB", "AUX") and not (len(span) > 1 and span[-1].pos_ == "NOUN")


class CueRecogniser:
    key = "cues"

    def __init__(self, lang: str):
        self.matchers = cue_matchers(lang)

    def __call__(self, doc: Doc) -> Doc:
        units = doc_units(doc)
        spans = []
        for kind, matcher in self.matchers.items():
            for match in matcher.find(units):
                span = span_of(doc, units, match, kind, match.entry.value, self.key)
                if span is not None and not (kind == "document" and _verb_form(span)):
                    spans.append(span)
        # (Found in the text and kept where they are a whole token: cheaper than a look at every token.)
        for found in ORDINAL_CANDIDATE.finditer(doc.text):
            token = doc.char_span(found.start(), found.end())
            if token is None or len(token) != 1:
                continue
            text = token.text
            m = NUMBERED_ORDINAL.match(text)
            value = m.group(1) if m else None
            if m is None and (m := ROMAN_ORDINAL.match(text)) and (number := roman_value(m.group(1))):
                value = str(number)
            if value is not None:
                spans.append(make_span(doc, token.start_char, token.end_char, "ordinal", value, self.key))
        doc.spans[self.key] = sorted(spans, key=lambda s: s.start)
        return doc


@Language.factory("communique_triggers", default_config={"lang": "fr"})
def make_trigger_recogniser(nlp: Language, name: str, lang: str) -> TriggerRecogniser:
    return TriggerRecogniser(lang)


@Language.factory("communique_topics", default_config={"lang": "fr"})
def make_topic_recogniser(nlp: Language, name: str, lang: str) -> TopicRecogniser:
    return TopicRecogniser(lang)


@Language.factory("communique_cues", default_config={"lang": "fr"})
def make_cue_recogniser(nlp: Language, name: str, lang: str) -> CueRecogniser:
    return CueRecogniser(lang)
