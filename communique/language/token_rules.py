"""A model's attribute ruler matched with arrays, when each of its rules reads one token.

fr_core_news_md's `attribute_ruler` holds 23 rules, each a pattern of one token: "a token whose
POS is NOUN gets the TAG NOUN", and three for whitespace tokens. spaCy runs them through its
`Matcher`, which tries every rule on every token and makes a Python tuple, a `Span` and a `Token`
per match (one per token here): 1.2 ms of matching and 0.35 ms of setting per seed-sized
document, more than the lemmatizer and the morphologizer together.

`match_by_arrays(nlp)` keeps the component, its rules and its name, and gives it a `match` that
reads the attributes the rules test as one array per document and tests each rule on a whole
column at once, returning the same matches in the same order as spaCy's (tested); and a
`set_annotations` that writes the tags of the rules that set only a tag as one array, and sets
the other rules' attributes through spaCy's own `set_token_attrs`, in rule order. A ruler with a
rule it cannot read this way (several tokens, regular expressions, operators, several patterns
for one rule) is left as spaCy made it.
"""
from __future__ import annotations

import numpy
from spacy.attrs import ENT_IOB, IDS, MORPH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

RULER = "attribute_ruler"
#: Attributes the matcher reads in its own way (MORPH by features, ENT_IOB by its letters).
_SPECIAL = {MORPH, ENT_IOB}


def match_by_arrays(nlp: Language) -> bool:
    """Give the model's attribute ruler array matching when every rule allows it; return whether
    it did."""
    if RULER not in nlp.component_names:
        return False
    ruler = nlp.get_pipe(RULER)
    if not isinstance(ruler, AttributeRuler):
        return False
    rules = ArrayRules.of(ruler)
    if rules is None:
        return False
    # Instance attributes: AttributeRuler.__call__ looks both up on the instance.
    ruler.match = rules.match
    ruler.set_annotations = rules.set_annotations
    return True


class ArrayRules:
    """An attribute ruler's single-token rules: for each, its key (as spaCy's matches carry it)
    and its conditions on columns of `Doc.to_array(columns)`."""

    def __init__(self, ruler: AttributeRuler, columns: list[int], rules: list[tuple]):
        self.ruler = ruler
        self.columns = columns
        # (attr_id, match_id, [(column, op, values)], token attrs, index)
        self.rules = rules
        self.tag_only = [set(attrs) == {TAG} for _, _, _, attrs, _ in rules]

    @classmethod
    def of(cls, ruler: AttributeRuler) -> "ArrayRules | None":
        """The ruler's rules read as array conditions, or None when one of them cannot be."""
        columns: list[int] = []
        rules = []
        strings = ruler.vocab.strings
        for attr_id, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
            match_id = strings.add(str(attr_id))
            entry = ruler.matcher.get(match_id)
            patterns = entry[1] if entry else None
            if not patterns or len(patterns) != 1 or len(patterns[0]) != 1 or index not in (0, -1):
                return None
            if "_" in attrs:
                return None
            conditions = []
            for key, value in patterns[0][0].items():
                attr = IDS.get(key.upper()) if isinstance(key, str) else None
                if attr is None or attr in _SPECIAL:
                    return None
                condition = _condition(value)
                if condition is None:
                    return None
                if attr not in columns:
                    columns.append(attr)
                conditions.append((columns.index(attr), *condition))
            rules.append((attr_id, match_id, conditions, attrs, index))
        return cls(ruler, columns, rules)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """AttributeRuler.match: (attr_id, match_id, start, end) of every rule's tokens, sorted."""
        if not len(doc) or not self.columns:
            return []
        values = doc.to_array(self.columns).reshape(len(doc), len(self.columns))
        matches = []
        for attr_id, match_id, conditions, _, _ in self.rules:
            hit = numpy.ones(len(doc), dtype=bool)
            for column, op, wanted in conditions:
                # one value: a comparison, a tenth of numpy.isin's time on a document's column
                found = values[:, column] == wanted[0] if len(wanted) == 1 else numpy.isin(values[:, column], wanted)
                hit &= ~found if op == "NOT_IN" else found
            matches.extend((attr_id, match_id, i, i + 1) for i in numpy.flatnonzero(hit).tolist())
        return matches

    def set_annotations(self, doc: Doc, matches) -> None:
        """AttributeRuler.set_annotations: each match's attributes, later rules over earlier ones."""
        if not matches:
            return
        tags = doc.to_array([TAG]).reshape(len(doc))
        for attr_id, _, start, _ in matches:
            attrs = self.ruler.attrs[attr_id]
            if self.tag_only[attr_id]:
                tags[start] = attrs[TAG]
                continue
            set_token_attrs(doc[start], attrs)  # one token: index 0 and -1 are the same
            if TAG in attrs:
                tags[start] = attrs[TAG]
        doc.from_array([TAG], tags.reshape(len(doc), 1))


def _condition(value) -> tuple[str, numpy.ndarray] | None:
    """("IN" | "NOT_IN", the values as the matcher compares them) for a pattern's value, or None
    for what is not plain equality or set membership (REGEX, comparisons, FUZZY...)."""
    if isinstance(value, dict):
        if len(value) != 1:
            return None
        (op, options), = value.items()
        if op not in ("IN", "NOT_IN") or not isinstance(options, (list, tuple)):
            return None
        if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in options):
            return None
        return op, numpy.array([get_string_id(v) for v in options], dtype=numpy.uint64)
    if isinstance(value, bool):
        return "IN", numpy.array([int(value)], dtype=numpy.uint64)
    if isinstance(value, (str, int)):
        return "IN", numpy.array([get_string_id(value)], dtype=numpy.uint64)
    return None
