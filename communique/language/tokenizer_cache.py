"""Keep spaCy's tokenizer cache working on text with line breaks.

The tokenizer remembers how it split each whitespace-delimited chunk of text, so that a word
met again costs a lookup. But once a special case has matched in a document, it stops saving
to that cache for the rest of the document (`has_special`, spaCy issue #1250: a chunk split by
a special case must not be cached as plain lexemes). Every spaCy language declares the
whitespace characters themselves ("\\n", "\\t", " ") as special cases, each one token of the
same text, so after a document's first line break none of its later chunks is cached, and
every later word goes through the prefix, suffix, infix and `token_match` searches again
(fr_core_news_md's `token_match` is a 1.4-million-character pattern). A 286-word release with
eight line breaks took 2.9 ms to tokenize instead of 0.06 ms.

Those special cases give exactly the tokens the ordinary rules give (one token of the same
text, no other attribute: checked here before dropping, and the tokens of every text of the
evaluation sets and the corpus were compared), so dropping them changes no token. Special cases
that set another attribute ("\\xa0" sets its NORM) are kept.

The cache also holds at most 10,000 chunks by default, which a stream of news fills within a
few hundred documents; after that every new word is tokenized from scratch. It is raised to
CACHE_CHUNKS: a pipeline is loaded afresh when its vocabulary has grown too much
(`pipelines.renew_if_grown`), which empties the cache too, so it cannot grow without bound.
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language

#: Chunks the tokenizer may cache (spaCy's default is 10,000): some tens of bytes each.
CACHE_CHUNKS = 200_000


def keep_tokenizer_cache(nlp: Language) -> list[str]:
    """Drop `nlp`'s tokenizer special cases that are whitespace kept as one token of itself, and
    raise its cache size; return the special cases dropped."""
    tokenizer = nlp.tokenizer
    rules = dict(tokenizer.rules or {})
    dropped = [text for text, tokens in rules.items() if _whitespace_as_itself(text, tokens)]
    if dropped:
        tokenizer.rules = {text: tokens for text, tokens in rules.items() if text not in dropped}
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, CACHE_CHUNKS)
    return dropped


def _whitespace_as_itself(text: str, tokens: list[dict]) -> bool:
    return (text.isspace() and len(tokens) == 1
            and set(tokens[0]) <= {ORTH, "ORTH"} and tokens[0].get(ORTH, tokens[0].get("ORTH")) == text)
