"""A model's lemmatizer with its lookup tables read in one pass, instead of a word at a time.

fr_core_news_md's rule lemmatizer reads four tables, one of them 216,849 words long
(`lemma_lookup`), and spaCy's `Table` inserts them a key at a time through Python code and a
Bloom filter: with the decoding of the file, a third of the model's load once the tokenizer's
pattern is cached (`compiled_patterns`). The file already stores every key hashed as the
vocabulary hashes strings, so `HashedTable` keeps the decoded dict as it is and hashes only the
keys it is asked about, which is all the lemmatizer does with a table (`get` and `in`).

`load_model` loads a model without its lemmatizer, then adds the same component with the
same settings and gives it these tables: same lemmas (tests compare them with the model
loaded by spaCy).
"""
from __future__ import annotations

from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.strings import get_string_id

LEMMATIZER = "lemmatizer"


class HashedTable(dict):
    """A lookup table keyed by string hashes, read like spaCy's `Table` (by string or hash)."""

    def __init__(self, name: str, data: dict):
        if not all(type(key) is int for key in data):  # the model files hash every key already
            data = {get_string_id(key): value for key, value in data.items()}
        super().__init__(data)
        self.name = name

    def get(self, key, default=None):
        return dict.get(self, get_string_id(key), default)

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, get_string_id(key))

    def __getitem__(self, key):
        return dict.__getitem__(self, get_string_id(key))


def load_model(name: str, directory: Path | None, exclude: list[str]) -> Language:
    """`spacy.load(name, exclude=exclude)`, with the lemmatizer's tables read as `HashedTable`s
    when the model in `directory` has a lookup lemmatizer (else spaCy's own load)."""
    lookups_file = directory / LEMMATIZER / "lookups" / "lookups.bin" if directory else None
    if LEMMATIZER in exclude or lookups_file is None or not lookups_file.is_file():
        return spacy.load(name, exclude=exclude)
    config = spacy.util.load_config(directory / "config.cfg")
    settings = dict(config["components"].get(LEMMATIZER, {}))
    if settings.pop("factory", None) != LEMMATIZER:
        return spacy.load(name, exclude=exclude)
    nlp = spacy.load(name, exclude=[*exclude, LEMMATIZER])
    order = list(config["nlp"]["pipeline"])
    before = [pipe for pipe in order[:order.index(LEMMATIZER)] if pipe in nlp.component_names]
    place = {"after": before[-1]} if before else {"first": True}
    lemmatizer = nlp.add_pipe(LEMMATIZER, config=settings, **place)
    lookups = Lookups()
    for table, data in srsly.msgpack_loads(lookups_file.read_bytes()).items():
        lookups.set_table(table, HashedTable(table, data))
    lemmatizer.lookups = lookups
    return nlp
