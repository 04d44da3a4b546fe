"""Lemmas of words written with a typographic apostrophe ("d’", "l’", "qu’").

News sites type the elision with U+2019 ("a décidé d’ouvrir"); the models' lemmatizers know only
the straight spelling ("d'" -> "de") and leave "d’" as its own lemma, so a lexicon pattern that
names the word by its lemma ("décider de", "accepter de") misses the typographic spelling.
`communique_apostrophe_lemmas` runs after the lemmatizer and gives such a token the lemma the
lemmatizer gives its straight spelling. Offsets and texts are untouched.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

#: Typographic apostrophes, each read as the straight one.
TYPOGRAPHIC = ("\u2019", "\u02bc")


@Language.factory("communique_apostrophe_lemmas")
def make_apostrophe_lemmas(nlp: Language, name: str):
    return ApostropheLemmas(nlp)


class ApostropheLemmas:
    """Gives a token spelled with a typographic apostrophe the lemma of its straight spelling."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None or not any(a in doc.text for a in TYPOGRAPHIC):
            return doc
        for tok in doc:
            if any(a in tok.text for a in TYPOGRAPHIC) and tok.lemma_.lower() == tok.text.lower():
                tok.lemma_ = self._lemma(tok.text, tok.pos_)
        return doc

    @lru_cache(maxsize=2_000)
    def _lemma(self, text: str, pos: str) -> str:
        straight = text
        for a in TYPOGRAPHIC:
            straight = straight.replace(a, "'")
        word = Doc(self.nlp.vocab, words=[straight], pos=[pos or "X"])
        lemmas = self.lemmatizer.lemmatize(word[0])
        lemma = lemmas[0] if lemmas else straight
        # (A lemma the table does not change keeps the text's own spelling.)
        return text if lemma.lower() == straight.lower() else lemma
