"""A statistical reading of promises: how likely a sentence tells a new AGREE.

The trigger rules find promises worded as the lexicons foresee ("ont convenu de", "agreed to",
"will visit"); the world words them in more ways than rules can list, and the rules' many
readings of background, views and conditions miss some. This logistic model reads a sentence as
a whole: its lemmas (per language), the tense and mood of its verbs, the trigger and cue kinds
the recognisers put on it, how many states it names and whether its dates lie ahead. Its
weights (`data/promise_model.tsv`) are fitted by `scripts/fit_promises.py` on sentences we
labelled ourselves in corpus documents (`eval/promises/`) and on the AGREE evidence of dev2's
tuning half, dev and the samples; never on dev2-check.

The coder asks it about each sentence's promises. Where the rules drafted none, a sentence the
model finds likely enough (`threshold`) is drafted as an AGREE with aux `future` from its own
trigger (`_draft`, so states, people and the plan come as for any promise). Where they drafted
one from a sentence the model finds most unlike a promise (under the language's `veto`), the
promise is dropped: words such as "agree" and "will" also tell views and a document's terms.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from ..lang import neutral_table
from .context import Draft, Sentence

#: Parts of speech whose lemmas are features: the words that carry what is done and when.
CONTENT_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV"})
#: Morphological facts of verbs worth a feature of their own (future, conditional, infinitive).
VERB_MORPHOLOGY = (("Tense", "Fut"), ("Mood", "Cnd"), ("Tense", "Past"), ("Tense", "Pres"),
                   ("VerbForm", "Inf"), ("VerbForm", "Part"), ("Mood", "Sub"), ("Tense", "Imp"))


def sentence_vector(coder, sent: Sentence) -> dict[str, float]:
    """The sentence's meaning as the language model's word vectors give it: the mean of its
    content words' vectors, scaled to unit length, one feature per dimension ("vector:fr:17").
    Words of like meaning have like vectors, so a promise worded with a verb the labels never
    showed still reads as one. (French: the model's static vectors; English: its contextual
    token vectors, the pipeline having no static ones.)"""
    words = [t for t in sent.span if t.pos_ in CONTENT_POS and t.is_alpha and t.has_vector]
    if not words:
        return {}
    total = sum(t.vector for t in words)
    norm = float((total * total).sum()) ** 0.5
    if norm == 0.0:
        return {}
    return {f"vector:{coder.lang}:{i}": round(float(v) / norm, 4) for i, v in enumerate(total)}


def sentence_features(coder, sent: Sentence) -> list[str]:
    """The names of the features that hold for a sentence of the document `coder` reads."""
    lang = coder.lang
    out = {"bias"}
    for tok in sent.span:
        if tok.pos_ in CONTENT_POS and tok.is_alpha:
            out.add(f"w:{lang}:{tok.lemma_.lower()}")
        if tok.pos_ in ("VERB", "AUX"):
            for name, value in VERB_MORPHOLOGY:
                if value in tok.morph.get(name):
                    out.add(f"verb:{name}={value}")
        if tok.tag_ == "MD":
            out.add("verb:modal")
    root = sent.span.root
    for name, value in VERB_MORPHOLOGY:
        if value in root.morph.get(name):
            out.add(f"root:{name}={value}")
    for trigger in sent.triggers:
        out.add(f"trigger:{trigger.label_}")
        # (The word that governs the trigger says what befalls it: "prévoir", "expect", "convenir".)
        head = trigger.root.head
        if head.i != trigger.root.i and head.is_alpha:
            out.add(f"governs_trigger:{lang}:{head.lemma_.lower()}")
        for cue in coder._cues(trigger):
            out.add(f"trigger_cue:{cue}")
        # (The rules' own reading of time, per trigger: what a lemma alone cannot tell.)
        if coder._is_future(sent, trigger):
            out.add(f"future_trigger:{trigger.label_}")
        if coder._dated_after_publication(sent, trigger):
            out.add("trigger_dated_ahead")
    for cue in sent.cues:
        out.add(f"cue:{cue.label_}")
        if cue.label_ == "aux":
            out.add(f"cue:aux={cue._.value}")
    states = {c.label_ for c in sent.countries if not coder._in_dateline(c)}
    out.add(f"states:{min(len(states), 2)}")
    for mention in sent.dates:
        if mention.dateline:
            continue
        ahead = mention.past is False or (mention.value is not None and coder.published is not None
                                          and mention.value[:len(coder.published)] > coder.published[:len(mention.value)])
        out.add("date:ahead" if ahead else "date:stated")
    if sent.index < 3:
        out.add("lead")
    if sent.span.text.rstrip().endswith("?"):
        out.add("question")
    return sorted(out)


class PromiseModel(NamedTuple):
    """The fitted weights {feature: weight}; the probability from which a sentence whose rules
    drafted no AGREE is read as a promise; and, per language, the probability under which an
    AGREE the rules drafted is dropped (none where dropping did not pay on held-out documents)."""
    weights: dict[str, float]
    threshold: float
    veto: dict[str, float]


@lru_cache(maxsize=None)
def model() -> PromiseModel:
    """The model of `data/promise_model.tsv`."""
    weights, threshold, veto = {}, 1.0, {}
    for row in neutral_table("promise_model"):
        name, value = row["feature"], float(row["weight"])
        if name == "threshold":
            threshold = value
        elif name.startswith("veto:"):
            veto[name.removeprefix("veto:")] = value
        else:
            weights[name] = value
    return PromiseModel(weights, threshold, veto)


def promise_probability(features: list[str], weights: dict[str, float] | None = None,
                        vector: dict[str, float] | None = None) -> float:
    """The model's probability that a sentence with these features (and this vector) tells a promise."""
    weights = model().weights if weights is None else weights
    z = sum(weights.get(f, 0.0) for f in features) + sum(weights.get(f, 0.0) * v for f, v in (vector or {}).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class PromiseDetector:
    """The coder's stage that weighs the promises of a sentence: it drops those the rules drafted
    from a sentence the model finds most unlike a promise, and drafts the one they missed in a
    sentence it finds most like one."""

    def _weigh_promises(self, sent: Sentence, new: list[Draft]) -> list[Draft]:
        """The sentence's drafts, with the promises weighed by the model."""
        fitted = model()
        agreed = any(d.event == "AGREE" for d in new)
        veto = fitted.veto.get(self.lang, 0.0)
        if not (agreed and veto > 0.0) and (agreed or not sent.triggers or fitted.threshold >= 1.0):
            return new
        p = promise_probability(sentence_features(self, sent), fitted.weights, sentence_vector(self, sent))
        if agreed:
            # ("agreed that the situation is grave", "the deal will allow": read as promises by a
            # word, not by what the sentence tells.)
            return new if p >= veto else [d for d in new if d.event != "AGREE"]
        if p < fitted.threshold:
            return new
        # (The sentence's own promise word first, else a meeting or visit it announces.)
        trigger = min(sent.triggers, key=lambda t: (t.label_ != "AGREE", not {"visit", "meet"} & self._cues(t), t.start))
        draft = self._draft(sent, "AGREE", [trigger], True)
        if draft is None or not draft.states:
            return new
        draft.cues.add("detected")
        draft.note("event", "AGREE", sent.span, "model:promise_detector")
        return new + [draft]
