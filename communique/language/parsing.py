"""Parse only the sentences whose parse the coder reads (the setting
`parse_event_sentences_only`; off by default, see below).

The coder reads the dependency parse around event words (a trigger's head and subject, its
mood and tense auxiliaries, whether a person sits in a relative clause near it); most sentences
of a release are topics and courtesies, and parsing them costs time for nothing. So the
pipeline finds sentence boundaries with the model's small sentence recogniser (`senter`, its
own 16-wide network), runs the recognisers, and only then parses the sentences that hold one
of the recognised spans listed in `keys` (event words, by default).

Each such sentence is parsed as its own Doc holding its words and the shared `tok2vec`
output over them (`doc.tensor`, which is what the parser's listener reads), and its heads and
labels are copied back. Every other sentence gets a flat tree — its first token the root, the others
attached to it with the label `dep` — so that sentence boundaries still come from the tree,
as spaCy derives them, and `doc.has_annotation("DEP")` holds for the whole doc.

Measured on dev2 (README, "Scale"): the sentences holding an event word hold 81% of the words
of French releases and 82% of English ones, and parsing sentence by sentence costs per word what
parsing whole documents does, so the coder is no faster; and sentences cut by `senter` rather
than the parser moved some records (French event F1 on dev2 -0.009). Hence off by default.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

#: Label of the attachments in a sentence that was not parsed.
UNPARSED_DEP = "dep"
#: Span groups whose sentences are parsed.
DEFAULT_KEYS = ("triggers",)


@Language.factory("communique_selective_parser", default_config={"keys": list(DEFAULT_KEYS)})
def make_selective_parser(nlp: Language, name: str, keys: list[str]) -> "SelectiveParser":
    """The model's own parser (disabled in the pipeline) run on the sentences `keys` mark."""
    return SelectiveParser(nlp.get_pipe("parser"), tuple(keys), nlp.vocab.strings.add(UNPARSED_DEP))


class SelectiveParser:
    """Parse the sentences holding a span of `keys`; give the others a flat tree."""

    def __init__(self, parser, keys: tuple[str, ...], unparsed_dep: int):
        self.parser = parser
        self.keys = keys
        self.unparsed_dep = unparsed_dep

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        docs = list(docs)
        chosen = [self.sentences_to_parse(doc) for doc in docs]
        parts = [self._sentence_doc(sent) for sents in chosen for sent in sents]
        parsed = iter(self.parser.pipe(parts, batch_size=max(len(parts), 1)) if parts else ())
        for doc, sents in zip(docs, chosen):
            self._set_trees(doc, sents, [next(parsed) for _ in sents])
            yield doc

    @staticmethod
    def _sentence_doc(sent) -> Doc:
        """A Doc of the sentence's words with the tok2vec output over them: all the parser reads
        (`Span.as_doc` would copy every annotation and span group besides, at twice the cost)."""
        tokens = sent.doc[sent.start:sent.end]
        part = Doc(sent.doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
        part.tensor = sent.doc.tensor[sent.start:sent.end]
        return part

    def sentences_to_parse(self, doc: Doc) -> list:
        """The sentences of `doc` (as the sentence recogniser cut them) holding a span of `keys`."""
        starts = sorted({s.start for key in self.keys for s in doc.spans.get(key, ())})
        if not starts:
            return []
        out, n = [], 0
        for sent in doc.sents:
            while n < len(starts) and starts[n] < sent.start:
                n += 1
            if n < len(starts) and starts[n] < sent.end:
                out.append(sent)
        return out

    def _set_trees(self, doc: Doc, sents: list, parses: list[Doc]) -> None:
        """Write the parses of `sents` into `doc`, and flat trees over its other sentences."""
        if not len(doc):
            return
        heads = numpy.zeros(len(doc), dtype="int64")    # offsets to the head
        deps = numpy.full(len(doc), self.unparsed_dep, dtype="uint64")
        for sent in doc.sents:  # the flat trees: every token on the sentence's first
            heads[sent.start:sent.end] = numpy.arange(0, sent.start - sent.end, -1)
        heads = heads.view("uint64")  # spaCy's arrays hold the offsets as unsigned integers
        for sent, parse in zip(sents, parses):
            tree = parse.to_array([HEAD, DEP])
            heads[sent.start:sent.end] = tree[:, 0]
            deps[sent.start:sent.end] = tree[:, 1]
        array = numpy.stack([heads, deps], axis=1)
        doc.from_array([HEAD, DEP], array)
