"""Statistical readings of what a sentence tells: per PLOVER type, how likely it tells an event.

The trigger rules find events worded as the lexicons foresee; the world words them in more ways
than rules can list, and the same words ("agreed", "will", "meeting") also tell views, plans
under way and background. These logistic models read a sentence as a whole: its lemmas (per
language), the tense and mood of its verbs, the trigger and cue kinds the recognisers put on it,
the rules' own reading of each trigger's time, how many states it names, whether its dates lie
ahead, where it stands in the document and the mean of its word vectors. One model per type,
fitted together by `scripts/fit_sentence_models.py` (weights in `data/sentence_models.tsv`) on
sentences we labelled ourselves in corpus documents (`eval/promises/`, `eval/events/`) and on
the gold evidence of dev2's tuning half, dev and the samples; never on dev2-check.

The coder asks them about each sentence's events (`SentenceModels._weigh_events`):
- an event of a type the rules drafted from a sentence its model finds most unlike one (under
  the language's `veto`, fitted on held-out documents) is dropped;
- where the rules drafted no promise, a sentence the AGREE model finds likely enough
  (`threshold`) is drafted as an AGREE with aux `future` from its own trigger (`_draft`, so
  states, people and the plan come as for any promise).
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from ..lang import neutral_table
from .context import Draft, Sentence

#: Parts of speech whose lemmas are features: the words that carry what is done and when.
CONTENT_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV"})
#: Where a sentence stands in its document: (last index of the band, the band's name).
POSITIONS = ((0, "first"), (3, "lead"), (9, "body"), (10 ** 9, "far"))
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
        if not mention.dateline:
            out.add("date:ahead" if mention.past is False or coder._after_publication(mention) else "date:stated")
    # (News tells its events first; what comes far down is more often background.)
    out.add(f"position:{next(name for last, name in POSITIONS if sent.index <= last)}")
    if sent.span.text.rstrip().endswith("?"):
        out.add("question")
    return sorted(out)


class TypeModel(NamedTuple):
    """One type's fitted weights {feature: weight}; the probability from which a sentence whose
    rules drafted none of the type is read as telling one (1.0: never); and, per language, the
    probability under which an event of the type the rules drafted is dropped (none where
    dropping did not pay on held-out documents)."""
    weights: dict[str, float]
    threshold: float
    veto: dict[str, float]


#: The types whose missed events the models may draft: a promise is drafted from any trigger
#: of its sentence (a meeting announced, a visit planned); the other types need their own.
DRAFTED_TYPES = ("AGREE",)
#: What the rules may have drafted from a sentence for the model to draft a promise from it
#: too: nothing, or a meeting (a meeting told may be one planned). Aid, support or a sanction
#: told in the future tense is the act, not a promise of it ("New Zealand will provide aid").
DRAFTED_BESIDE = frozenset({"CONSULT"})


def asked_for_promise(drafted: set[str], has_trigger: bool) -> bool:
    """Whether the AGREE model is asked about a sentence from which the rules drafted these types."""
    return has_trigger and drafted <= DRAFTED_BESIDE


@lru_cache(maxsize=None)
def models() -> dict[str, TypeModel]:
    """The models of `data/sentence_models.tsv`, by PLOVER type."""
    tables: dict[str, tuple[dict, list, dict]] = {}
    for row in neutral_table("sentence_models"):
        weights, threshold, veto = tables.setdefault(row["type"], ({}, [1.0], {}))
        name, value = row["feature"], float(row["weight"])
        if name == "threshold":
            threshold[0] = value
        elif name.startswith("veto:"):
            veto[name.removeprefix("veto:")] = value
        else:
            weights[name] = value
    return {event: TypeModel(weights, threshold[0], veto) for event, (weights, threshold, veto) in tables.items()}


def probability(features: list[str], weights: dict[str, float], vector: dict[str, float] | None = None) -> float:
    """A model's probability for a sentence with these features (and this vector)."""
    z = sum(weights.get(f, 0.0) for f in features) + sum(weights.get(f, 0.0) * v for f, v in (vector or {}).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class SentenceModels:
    """The coder's stage that weighs a sentence's events with the models: it drops those the
    rules drafted from a sentence the type's model finds most unlike one, and drafts the promise
    they missed in a sentence the AGREE model finds most like one."""

    def _weigh_events(self, sent: Sentence, new: list[Draft]) -> list[Draft]:
        """The sentence's drafts, weighed by the models."""
        if len(self.sentences) < 2:
            return new  # a text of one sentence is its news: no background to drop (and none of the labelled texts)
        fitted = models()
        drafted = {d.event for d in new}
        vetoed = {event for event in drafted if fitted.get(event) and fitted[event].veto.get(self.lang, 0.0) > 0.0}
        # (Not of a sentence the rules read as the older act the news was set against: see
        # `_continues_framed_story`.)
        missed = [event for event in DRAFTED_TYPES if event in fitted and fitted[event].threshold < 1.0
                  and asked_for_promise(drafted, bool(sent.triggers))
                  and sent.index not in self.story_sentences]
        if not vetoed and not missed:
            return new
        features, vector = sentence_features(self, sent), sentence_vector(self, sent)
        p = {event: probability(features, fitted[event].weights, vector) for event in vetoed | set(missed)}
        # ("agreed that the situation is grave", "will hold talks" of talks under way: told by a
        # word, not by what the sentence tells.)
        out = [d for d in new if d.event not in vetoed or p[d.event] >= fitted[d.event].veto[self.lang]]
        for event in missed:
            if p[event] >= fitted[event].threshold:
                out += self._drafted_by_model(sent, event)
        return out

    def _drafted_by_model(self, sent: Sentence, event: str) -> list[Draft]:
        """The promise of a sentence the model reads as one, drafted from the sentence's own
        promise word, else a meeting or visit it announces; nothing unless two states take part
        (a promise is made to or with another state: with one, its partner is not known)."""
        trigger = min(sent.triggers, key=lambda t: (t.label_ != event, not {"visit", "meet"} & self._cues(t), t.start))
        draft = self._draft(sent, event, [trigger], True)
        if draft is None or len(draft.states) < 2:
            return []
        draft.note("event", event, sent.span, "model:sentence_models")
        return [draft]
