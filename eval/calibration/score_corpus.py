#!/usr/bin/env python3
"""Score the coder on corpus documents labelled by hand, to fit and check confidence on unseen text.

    python eval/calibration/score_corpus.py                 # eval/calibration/corpus_gold.jsonl
    python eval/calibration/score_corpus.py --errors 20     # also list documents that differ
    python eval/calibration/score_corpus.py --json          # the figures as JSON
    python eval/calibration/score_corpus.py --half check    # the half no rule was written from
    python eval/calibration/score_corpus.py --labels eval/events --half study  # the 700 documents
                                                            # labelled sentence by sentence

The labelled documents are dealt into two halves by a fixed hash of their id (`half_of`):
from the ninth session, rules may be written from the errors of the `study` half; the `check`
half is read only as figures, like dev2-check.

The gold file holds, per corpus document, only the events' types and states
({"id", "lang", "events": [{"type", "states"}]}); the documents are read from
../shared/corpus/real.jsonl by id, coded, and scored with ../shared/eval/score.py the way
eval/evaluate.py does (events paired by type and country set). Prints event P/R/F1, type
F1 per PLOVER type, and the reliability table (precision per confidence band) with the
expected calibration error. Exit status: 0; 2 for missing files or unknown ids.

`--labels DIR` scores against the sentence labels of `eval/events/` instead (README there): each
event first told (label 1) with its type and states, per document read whole. Those 700
documents are dealt into their own halves the same way; rules may be written from the study
half's errors, the check half is read only as figures.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

import evaluate  # noqa: E402  (eval/evaluate.py: load_scorer, predict, per_type, calibration)
from sentence_labels import LabelError, label_lines  # noqa: E402

DEFAULT_GOLD = HERE / "corpus_gold.jsonl"


#: The salt of the hash that deals the labelled documents into their two halves.
HALF_SALT = "c9"


def half_of(doc_ids: list[str]) -> dict[str, str]:
    """{doc_id: "study" | "check"}: ranked by the SHA-1 of the salted id, alternately."""
    ranked = sorted(doc_ids, key=lambda i: hashlib.sha1((HALF_SALT + i).encode()).hexdigest())
    return {i: ("study", "check")[n % 2] for n, i in enumerate(ranked)}


def gold_records(path: Path) -> dict[str, dict]:
    """Turn the labelled file into score.py's gold form: {doc_id: {"doc_id", "events"}}, each
    event's states put in `actor` (pairing looks at the country set only)."""
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        events = [{"event": e["type"], "actor": [{"code": c} for c in e.get("states") or []], "recipient": []}
                  for e in row.get("events") or []]
        out[str(row["id"])] = {"doc_id": str(row["id"]), "lang": row.get("lang"), "events": events}
    return out


def label_records(folder: Path) -> dict[str, dict]:
    """The sentence labels of `folder` (eval/events/) in score.py's gold form: every event first
    told (label 1) of every document read whole (`DOC * done`)."""
    out: dict[str, dict] = {}
    events: dict[str, list[dict]] = {}
    try:
        for path, n, cells, doc in label_lines(folder, 5):
            if cells is None:
                out[doc] = {"doc_id": doc, "lang": None, "events": []}
            elif cells[2].strip() not in ("0", "1", "2"):
                raise evaluate.EvalError(f"{path}:{n}: expected DOC<TAB>KEY<TAB>0|1|2<TAB>TYPE<TAB>STATES[<TAB>NOTE]")
            elif cells[2].strip() == "1":
                states = [c for c in cells[4].strip().split(",") if c and c != "-"]
                events.setdefault(doc, []).append(
                    {"event": cells[3].strip(), "actor": [{"code": c} for c in states], "recipient": []})
    except LabelError as exc:
        raise evaluate.EvalError(str(exc)) from None
    for doc, record in out.items():
        record["events"] = events.get(doc, [])
    return out


def corpus_rows(corpus: Path, ids: set[str]) -> list[dict]:
    """The corpus documents with the given ids, in corpus order."""
    rows = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if str(row.get("id")) in ids:
                rows.append(row)
    missing = ids - {str(r["id"]) for r in rows}
    if missing:
        raise evaluate.EvalError(f"{len(missing)} labelled ids not in {corpus}: {sorted(missing)[:5]}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the labelled file")
    parser.add_argument("--labels", type=Path, metavar="DIR",
                        help="score against the sentence labels of DIR (eval/events) instead of --gold")
    parser.add_argument("--half", choices=["study", "check"], help="score one half of the labelled documents")
    parser.add_argument("--shared", type=Path, default=evaluate.SHARED, help="the shared folder")
    parser.add_argument("--pred", type=Path, default=ROOT / "artifacts" / "corpus_calibration.pred.jsonl",
                        help="where to write the predictions")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N differing documents")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        if args.labels is not None:
            if not args.labels.is_dir():
                raise evaluate.EvalError(f"{args.labels} is not a folder of label files")
            gold = label_records(args.labels)
        elif not args.gold.is_file():
            raise evaluate.EvalError(f"{args.gold} not found")
        else:
            gold = gold_records(args.gold)
        if args.half:
            halves = half_of(list(gold))
            gold = {i: g for i, g in gold.items() if halves[i] == args.half}
        scorer = evaluate.load_scorer(args.shared)
        rows = corpus_rows(args.shared / "corpus" / "real.jsonl", set(gold))
        n = evaluate.predict(rows, args.pred)
    except evaluate.EvalError as exc:
        print(f"score_corpus: error: {exc}", file=sys.stderr)
        return 2
    pred = scorer.load(str(args.pred))
    report = scorer.score(gold, pred, args.errors)
    types = evaluate.per_type(scorer, gold, pred)
    bands, ece = evaluate.calibration(scorer, gold, pred)
    if args.json:
        print(json.dumps({"documents": n, "events": report["events"], "types": types,
                          "calibration": bands, "calibration_error": ece}, indent=2))
        return 0
    ev = report["events"]
    print(f"corpus calibration set: {n} documents coded -> {args.pred}")
    print(f"events  P {ev['precision']:.3f}  R {ev['recall']:.3f}  F1 {ev['f1']:.3f}  "
          f"(tp {ev['tp']}, fp {ev['fp']}, fn {ev['fn']})")
    print()
    print(f"{'event type':12} {'P':>6} {'R':>6} {'F1':>6}   gold  pred  paired")
    for kind, v in types.items():
        print(f"{kind:12} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}   "
              f"{v['gold']:4}  {v['predicted']:4}  {v['paired']:6}")
    evaluate.print_calibration(bands, ece)
    if args.errors:
        print()
        for err in report.get("errors", []):
            print(f"  {err['doc_id']}: gold {err['gold']} | predicted {err['predicted']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
