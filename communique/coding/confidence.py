"""How likely a coded event is right: a logistic model over what the coder knows of the event.

The features are facts of the draft (its type, how many states it has, whether people, a stated
date, a strong trigger, a verb back it); the weights in `data/confidence.tsv` are fitted by
`scripts/fit_confidence.py` on the tuning half of dev2 (events paired with the gold as the scorer
pairs them), so that among events given 0.8, about 8 in 10 are right. `eval/evaluate.py` prints
the reliability table and the expected calibration error that check it.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..lang import neutral_table
from .context import Draft

#: Event types with a weight of their own; the others share "type:other".
TYPED = ("CONSULT", "SUPPORT", "AGREE", "ACCUSE", "AID", "SANCTION", "REQUEST", "COOPERATE")


def features(draft: Draft) -> list[str]:
    """The names of the features that hold for a draft (the bias always does)."""
    n_states = len(draft.states)
    out = ["bias", f"type:{draft.event if draft.event in TYPED else 'other'}",
           f"states:{min(n_states, 3)}"]
    if draft.participants:
        out.append("people")
    if draft.date_source == "text":
        out.append("date:text")
    if "weak" in draft.cues:
        out.append("trigger:weak")
    if draft.trigger is not None and draft.trigger.root.pos_ in ("VERB", "AUX"):
        out.append("trigger:verb")
    if draft.aux:
        out.append("aux")
    if not draft.spans:
        out.append("title_only")
    if "sign" in draft.cues:
        out.append("sign")
    if len(draft.sentences) > 1:
        out.append("told_again")
    if draft.series:
        out.append("series")
    return out


@lru_cache(maxsize=None)
def weights() -> dict[str, float]:
    """The fitted weights, {feature: weight}."""
    return {row["feature"]: float(row["weight"]) for row in neutral_table("confidence")}


def confidence(draft: Draft) -> float:
    """The probability that the event is right, rounded to two decimals."""
    table = weights()
    score = sum(table.get(name, 0.0) for name in features(draft))
    return round(1.0 / (1.0 + math.exp(-score)), 2)
