#!/usr/bin/env python3
"""Where the coder loses the events of the sentence labels: each miss counted by the stage that lost it.

    python eval/calibration/misses_by_stage.py                     # study half, counts per stage
    python eval/calibration/misses_by_stage.py --list lost_at_strong_triggers   # and each miss lost there
    python eval/calibration/misses_by_stage.py --half check        # counts only: the check half is not read

Every labelled document of the half (`eval/events/`, dealt as `score_corpus.py --labels` deals them) is
coded with the coder's sentence stages watched. A labelled event (label 1) that no output event pairs
(type, and country sets of Jaccard >= 0.5, as `../shared/eval/score.py` pairs them) is put where its
type was lost in its labelled sentence:

- `no_trigger_of_type`: the sentence has no trigger of that type (a wording the lexicons lack, or a
  type settled otherwise); `no_trigger_at_all`: it has no trigger;
- `lost_at_<stage>`: a trigger of the type was there and the stage of `EventProposal._events_of`
  (coding/triggers.py) dropped it: `told_triggers` (a reference back, another sense, an act judged…),
  `news_triggers` (background), `strong_triggers` (a weak word whose sentence does not show the act),
  `background_sentence`, `acts_told` (what is said, asked, supposed…), `event_kinds`, `drafts_by_type`
  (no draft made), `weigh_events` (vetoed by the sentence models);
- `lost_after_drafting`: drafted from the sentence, gone from the document's drafts (elaborated into
  the event in focus, merged, a promise recalled, no one acting…);
- `below_confidence`: drafted and kept to the end, left out of the record by a confidence floor;
- `wrong_states`: an event of the type is first told in that sentence, with states that do not pair;
- `sentence_not_found`: the label's sentence key matches no sentence of the coded text.

Misses are the way to a rule with most reach: a stage that loses many labelled events holds a
mechanism to mend, where one document's error holds a wording. Exit status 0; 2 for missing files.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import evaluate  # noqa: E402
from score_corpus import corpus_rows, half_of  # noqa: E402
from sentence_labels import LabelError, label_lines  # noqa: E402

from communique.coding.coder import Coder  # noqa: E402
from communique.coding.extract import record_of  # noqa: E402
from communique.language.pipelines import get_pipeline  # noqa: E402
from communique.reading import document_from_input  # noqa: E402

#: The stages of `_events_of` watched, in the order a trigger passes them, and what each returns.
STAGES = (("_told_triggers", "spans"), ("_news_triggers", "spans"), ("_strong_triggers", "spans"),
          ("_is_background", "flag"), ("_acts_told", "spans"), ("_event_kinds", "kinds"),
          ("_drafts_by_type", "drafts"), ("_weigh_events", "drafts"))


def sentence_key(text: str) -> str:
    """The key that names a sentence in the label files (eval/events/README.md)."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def stage_lost(seen: dict, event: str, drafted_first: set[str], recorded_first: set[str]) -> str:
    """The stage at which a labelled event of type `event` was lost in its sentence, from what the
    sentence's stages let through (`seen`: {"triggers": types of its triggers, "<stage>": the types
    a stage returned, "_is_background": bool}), the types of the drafts first told in it at the
    end of coding (`drafted_first`) and those of the record's events first told in it."""
    if event in recorded_first:
        return "wrong_states"
    if event in drafted_first:
        return "below_confidence"
    if not seen.get("triggers"):
        return "no_trigger_at_all"
    if event not in seen["triggers"]:
        return "no_trigger_of_type"
    for stage, kind in STAGES:
        if kind == "flag":
            if seen.get(stage):
                return "lost_at_background_sentence"
            continue
        if event not in seen.get(stage, ()):
            return "lost_at" + stage
    return "lost_after_drafting"


class StageWatch:
    """While open (a context manager), wraps the watched stages of the coder's class to record, per
    sentence index, the types each returns; the class is given back its own methods on leaving."""

    def __init__(self, coder_class):
        self.coder_class = coder_class
        self.seen: dict[int, dict] = {}
        self.originals = {stage: coder_class.__dict__.get(stage) for stage, _ in STAGES}

    def __enter__(self):
        for stage, kind in STAGES:
            self._wrap(self.coder_class, stage, kind)
        return self

    def __exit__(self, *exc):
        for stage, original in self.originals.items():
            if original is None:
                delattr(self.coder_class, stage)  # (inherited from a stage's mixin)
            else:
                setattr(self.coder_class, stage, original)
        return False

    def _wrap(self, coder_class, stage: str, kind: str) -> None:
        original = getattr(coder_class, stage)
        seen = self.seen

        def watched(coder, sent, *args, **kwargs):
            out = original(coder, sent, *args, **kwargs)
            record = seen.setdefault(sent.index, {})
            if kind == "spans":
                record[stage] = {t.label_ for t in out}
            elif kind == "flag":
                record[stage] = bool(out)
            elif kind == "kinds":
                record[stage] = set(out[0])
            else:
                record[stage] = {d.event for d in out}
            return out
        setattr(coder_class, stage, watched)


def labelled_events(folder: Path) -> dict[str, list[dict]]:
    """{document read whole: its events first told, {key, event, states, note}}."""
    out: dict[str, list[dict]] = {}
    events: dict[str, list[dict]] = {}
    for _path, _n, cells, doc in label_lines(folder, 5):
        if cells is None:
            out[doc] = []
        elif cells[2].strip() == "1":
            states = [c for c in cells[4].strip().split(",") if c and c != "-"]
            events.setdefault(doc, []).append({"key": cells[1], "event": cells[3].strip(), "states": states,
                                               "note": cells[5].strip() if len(cells) > 5 else ""})
    return {doc: events.get(doc, []) for doc in out}


def misses(rows: list[dict], labels: dict[str, list[dict]], scorer):
    """Yield (document id, language, labelled event, stage) for each labelled event the record misses."""
    with StageWatch(Coder) as watch:
        for row in rows:
            yield from _document_misses(row, labels[str(row["id"])], scorer, watch)


def _document_misses(row: dict, labelled: list[dict], scorer, watch: StageWatch):
    """`misses` for one corpus document and its labelled events."""
    doc = document_from_input(row, f"corpus {row['id']}")
    nlp = get_pipeline(doc.lang)
    body, title = nlp(doc.text), nlp(doc.title or "")
    coder = Coder(body, doc.lang, doc.published, title if doc.title else None, doc.source, doc.url)
    watch.seen.clear()
    drafts = coder.code()
    record = record_of(doc, doc.lang, drafts).to_dict()
    drafted_first: dict[int, set[str]] = {}
    recorded_first: dict[int, set[str]] = {}
    for d in drafts:
        first = min(d.sentences or [d.sentence])
        drafted_first.setdefault(first, set()).add(d.event)
        if record_of(doc, doc.lang, [d]).events:  # (the floors weigh each event alone)
            recorded_first.setdefault(first, set()).add(d.event)
    by_key = {sentence_key(s.span.text): s for s in coder.sentences}
    gold = [{"event": g["event"], "actor": [{"code": c} for c in g["states"]], "recipient": [], "label": g}
            for g in labelled]
    paired = {id(g) for g, _ in scorer.pair(gold, record["events"])}
    for g in gold:
        if id(g) in paired:
            continue
        sent = by_key.get(g["label"]["key"])
        if sent is None:
            stage = "sentence_not_found"
        else:
            seen = dict(watch.seen.get(sent.index, {}), triggers={t.label_ for t in sent.triggers})
            stage = stage_lost(seen, g["event"], drafted_first.get(sent.index, set()),
                               recorded_first.get(sent.index, set()))
        yield str(row["id"]), doc.lang, g["label"], stage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=Path, default=ROOT / "eval" / "events", help="the sentence labels' folder")
    parser.add_argument("--half", choices=["study", "check"], default="study")
    parser.add_argument("--shared", type=Path, default=evaluate.SHARED, help="the shared folder")
    parser.add_argument("--list", metavar="STAGE", help="also list the misses lost at STAGE (study half only)")
    args = parser.parse_args(argv)
    if args.list and args.half != "study":
        print("misses_by_stage: error: --list reads the misses' sentences; only the study half may be read",
              file=sys.stderr)
        return 2
    try:
        if not args.labels.is_dir():
            raise evaluate.EvalError(f"{args.labels} is not a folder of label files")
        labels = labelled_events(args.labels)
        halves = half_of(list(labels))
        labels = {d: e for d, e in labels.items() if halves[d] == args.half}
        scorer = evaluate.load_scorer(args.shared)
        rows = corpus_rows(args.shared / "corpus" / "real.jsonl", set(labels))
    except (evaluate.EvalError, LabelError) as exc:
        print(f"misses_by_stage: error: {exc}", file=sys.stderr)
        return 2
    counts: Counter = Counter()
    by_type: dict[str, Counter] = {}
    listed = []
    for doc, lang, label, stage in misses(rows, labels, scorer):
        counts[stage] += 1
        by_type.setdefault(stage, Counter())[label["event"]] += 1
        if stage == args.list:
            listed.append((doc, lang, label))
    total = sum(len(e) for e in labels.values())
    print(f"{args.half} half: {len(labels)} documents, {total} labelled events, {sum(counts.values())} missed")
    for stage, n in counts.most_common():
        kinds = ", ".join(f"{k} {v}" for k, v in by_type[stage].most_common(4))
        print(f"{n:5}  {stage:30} {kinds}")
    for doc, lang, label in listed:
        print(f"  {doc} {lang} {label['event']} {','.join(label['states']) or '-'}  {label['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
