"""Embed each distinct token of a batch once, in the models' first layer.

The token-to-vector networks of the spaCy models (the pipeline's shared `tok2vec` and the NER's
own) start with an embedding layer (`MultiHashEmbed`) that maps each token *by itself* to a
vector: hash embeddings of its NORM, PREFIX, SUFFIX, SHAPE... and its static word vector, mixed
by a Maxout layer with layer normalisation. Only the convolution layers after it look at a
token's neighbours. So a word that occurs forty times in a batch had the same vector computed
forty times: this layer was 7.7 of the 16.6 ms per document of fr_core_news_md's `tok2vec`.

`embed_distinct_tokens(nlp)` gives these layers, at prediction only, a forward pass that
computes each distinct row of features once and copies it to every token that has it; training
(never done here) keeps spaCy's. The vectors are bit for bit those of spaCy's pass (tested): each
row is computed by the same operations, only fewer rows go through them.
"""
from __future__ import annotations

from functools import partial

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.vectors import Mode, Vectors
from thinc.api import Model


def embed_distinct_tokens(nlp: Language) -> int:
    """Give every MultiHashEmbed layer of `nlp`'s components the distinct-token forward pass;
    return how many layers it changed."""
    changed = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            parts = _embedding_parts(node)
            if parts is not None and not isinstance(node._func, partial):
                node._func = partial(_forward, spacy_forward=node._func, **parts)
                changed += 1
    return changed


def _embedding_parts(node: Model) -> dict | None:
    """The sub-layers of a MultiHashEmbed layer (as spaCy's `MultiHashEmbed.v2` builds it, with or
    without static vectors), or None when `node` is not one."""
    names = [layer.name for layer in node.layers]
    if names[-1:] != ["ragged2list"]:
        return None
    if len(names) == 3 and names[0].endswith("|static_vectors"):  # concatenate(features, vectors)
        features, vectors = node.layers[0].layers
        mix = node.layers[1]
    elif len(names) == 5 and names[:2] == ["extract_features", "list2ragged"]:
        features, vectors, mix = node, None, node.layers[3]
    else:
        return None
    if [layer.name for layer in features.layers[:2]] != ["extract_features", "list2ragged"]:
        return None
    if not mix.name.startswith("with_array(maxout"):
        return None
    return {"extract": features.layers[0], "embed": features.layers[2], "vectors": vectors, "mix": mix}


def _forward(model: Model, docs: list, is_train: bool, *, spacy_forward, extract: Model, embed: Model,
             vectors: Model | None, mix: Model):
    lengths = [len(doc) for doc in docs]
    table = _vectors_table(docs) if vectors is not None else None
    if is_train or not sum(lengths) or (vectors is not None and table is None):
        return spacy_forward(model, docs, is_train)
    # The features each token is embedded from, then its word (the key of its static vector).
    key = getattr(table, "attr", ORTH)
    columns = extract.attrs["columns"]
    features = numpy.hstack([numpy.concatenate([doc.to_array(columns).reshape(len(doc), len(columns))
                                                for doc in docs]).astype("uint64"),
                             numpy.concatenate([doc.to_array(key) for doc in docs]).astype("uint64")[:, None]])
    distinct, first_of = _distinct_rows(features)
    width = len(columns)
    embedded = embed.predict(model.ops.asarray2i(distinct[:, :width], dtype="uint64"))
    if vectors is not None:
        embedded = model.ops.xp.hstack([embedded, _static_vectors(vectors, table, distinct[:, width])])
    mixed = mix.predict(embedded)[first_of]
    return model.ops.unflatten(mixed, model.ops.asarray1i(lengths)), lambda d_output: []


def _distinct_rows(features: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct rows of `features` and, for each row, the index of its distinct row."""
    # Rows are keyed by their last column (the word), which nearly always decides the others
    # (a tokenizer exception can give a word another NORM); when it does not, by the whole row.
    _, first, inverse = numpy.unique(features[:, -1], return_index=True, return_inverse=True)
    if numpy.array_equal(features[first][inverse], features):
        return features[first], inverse.reshape(-1)
    distinct, inverse = numpy.unique(features, axis=0, return_inverse=True)
    return distinct, inverse.reshape(-1)


def _vectors_table(docs: list) -> Vectors | None:
    """The docs' static vectors table when it is a plain one (else spaCy's forward pass is kept)."""
    table = docs[0].vocab.vectors
    return table if isinstance(table, Vectors) and table.mode == Mode.default else None


def _static_vectors(layer: Model, table: Vectors, keys: numpy.ndarray):
    """spaCy's StaticVectors layer on the word keys `keys`: each word's vector, projected."""
    rows = table.find(keys=keys)
    data = layer.ops.as_contig(layer.ops.asarray(table.data)[rows])
    projected = layer.ops.gemm(data, layer.ops.as_contig(layer.get_param("W")), trans2=True)
    projected[rows < 0] = 0  # words without a vector get zeros, as in spaCy
    return projected
