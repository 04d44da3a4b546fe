#!/usr/bin/env python3
"""Code a gold set's input documents, score them with ../shared/eval/score.py, and guard the floors.

    python eval/evaluate.py                         # the dev set
    python eval/evaluate.py --set samples --check   # fail if a figure fell below eval/baseline.json
    python eval/evaluate.py --set seed --record     # write the current figures as the new floors
    python eval/evaluate.py INPUT.jsonl GOLD.jsonl  # any gold set (its floors are keyed by INPUT's name)

Prints score.py's report, then precision/recall/F1 per PLOVER event type computed from the
events score.py pairs. Exit status: 0, 1 when --check finds a figure below its floor, 2 for
missing files or unreadable inputs.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "communique" / "samples"
#: --set NAME -> (input documents, gold records), relative to the shared folder or the repository.
SETS = {
    "dev": (lambda shared: shared / "eval" / "dev.jsonl", lambda shared: shared / "eval" / "dev.gold.jsonl"),
    "seed": (lambda shared: shared / "eval" / "seed.jsonl", lambda shared: shared / "eval" / "seed.gold.jsonl"),
    "samples": (lambda shared: SAMPLES / "releases.jsonl", lambda shared: SAMPLES / "releases.gold.jsonl"),
}
DEFAULT_BASELINE = ROOT / "eval" / "baseline.json"


class EvalError(Exception):
    """A missing file or input that stops the evaluation (exit status 2)."""


def load_scorer(shared: Path):
    """Import ../shared/eval/score.py as a module."""
    path = shared / "eval" / "score.py"
    if not path.is_file():
        raise EvalError(f"{path} not found: the scorer lives in the shared folder beside the repository "
                        "(use --shared DIR)")
    spec = importlib.util.spec_from_file_location("communique_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(input_path: Path, pred_path: Path) -> int:
    """Code the documents of `input_path` into `pred_path` (JSON Lines); return the number coded."""
    from communique import ReadError, extract_batch, read_inputs

    documents = []
    for item in read_inputs([str(input_path)]):
        if isinstance(item, ReadError):
            raise EvalError(f"cannot read the gold input: {item}")
        documents.append(item)
    pred_path.parent.mkdir(parents=True, exist_ok=True)
    temp = pred_path.with_name(pred_path.name + ".tmp")
    with open(temp, "w", encoding="utf-8") as out:
        for record in extract_batch(documents):
            out.write(record.to_json() + "\n")
    temp.replace(pred_path)
    return len(documents)


def per_type(scorer, gold: dict, pred: dict) -> dict[str, dict]:
    """Return {event type: {precision, recall, f1, gold, predicted, paired}} over the paired events."""
    paired, n_gold, n_pred = Counter(), Counter(), Counter()
    for doc_id, record in gold.items():
        g_events = record.get("events") or []
        p_events = (pred.get(doc_id) or {}).get("events") or []
        n_gold.update(e.get("event") for e in g_events)
        n_pred.update(e.get("event") for e in p_events)
        paired.update(g.get("event") for g, _ in scorer.pair(g_events, p_events))
    out = {}
    for kind in sorted(set(n_gold) | set(n_pred)):
        tp, gold_n, pred_n = paired[kind], n_gold[kind], n_pred[kind]
        p = tp / pred_n if pred_n else 0.0
        r = tp / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                     "gold": gold_n, "predicted": pred_n, "paired": tp}
    return out


def figures(report: dict, types: dict) -> dict[str, float]:
    """Flatten the report into the figures a baseline can guard: '<metric>.<f1|precision|recall|accuracy>'."""
    out = {}
    for key, value in report.items():
        if not isinstance(value, dict):
            continue
        if "f1" in value:
            for stat in ("precision", "recall", "f1"):
                out[f"{key}.{stat}"] = value[stat]
        elif value.get("accuracy") is not None:
            out[f"{key}.accuracy"] = value["accuracy"]
    for kind, value in types.items():
        if value["gold"]:
            out[f"type.{kind}.f1"] = value["f1"]
    return out


def print_report(report: dict, types: dict) -> None:
    # The same layout as score.py's own report.
    for key, value in report.items():
        if key == "errors":
            continue
        if isinstance(value, dict) and "f1" in value:
            print(f"{key:22} P {value['precision']:.3f}  R {value['recall']:.3f}  F1 {value['f1']:.3f}  "
                  f"(tp {value['tp']}, fp {value['fp']}, fn {value['fn']})")
        elif isinstance(value, dict):
            acc = value["accuracy"]
            print(f"{key:22} accuracy {'n/a' if acc is None else f'{acc:.3f}'}  (n {value['n']})")
        else:
            print(f"{key:22} {value}")
    print()
    print(f"{'event type':12} {'P':>6} {'R':>6} {'F1':>6}   gold  pred  paired")
    for kind, v in types.items():
        print(f"{kind:12} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}   "
              f"{v['gold']:4}  {v['predicted']:4}  {v['paired']:6}")


def floor2(value: float) -> float:
    """Round down to 2 decimals (0.8799999 -> 0.87, 0.88 -> 0.88)."""
    return math.floor(round(value * 100, 6)) / 100


def check(current: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Return a line for every figure below its floor (or no longer measured)."""
    failures = []
    for name, floor in sorted(floors.items()):
        value = current.get(name)
        if value is None:
            failures.append(f"{name}: not measured any more (floor {floor:.2f})")
        elif round(value, 4) < floor:
            failures.append(f"{name}: {value:.4f} is below its floor {floor:.2f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", metavar="FILE", help="GOLD_INPUT.jsonl GOLD.jsonl (default: --set dev)")
    parser.add_argument("--set", choices=sorted(SETS), help="a known gold set")
    parser.add_argument("--shared", type=Path, default=SHARED, help=f"the shared folder (default {SHARED})")
    parser.add_argument("--pred", type=Path, help="where to write the predictions (default artifacts/<set>.pred.jsonl)")
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help="the floors file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a figure is below its floor")
    parser.add_argument("--record", action="store_true", help="record the current figures as the new floors")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of the report")
    args = parser.parse_args(argv)
    if args.files and args.set:
        parser.error("give either --set or two files, not both")
    if args.files and len(args.files) != 2:
        parser.error("expected two files: GOLD_INPUT.jsonl GOLD.jsonl")

    try:
        if args.files:
            input_path, gold_path = map(Path, args.files)
            name = input_path.name.removesuffix(".jsonl")
        else:
            name = args.set or "dev"
            input_path, gold_path = (f(args.shared) for f in SETS[name])
        for path in (input_path, gold_path):
            if not path.is_file():
                raise EvalError(f"{path} not found")
        scorer = load_scorer(args.shared)
        pred_path = args.pred or ROOT / "artifacts" / f"{name}.pred.jsonl"
        n = predict(input_path, pred_path)
    except EvalError as exc:
        print(f"evaluate: error: {exc}", file=sys.stderr)
        return 2

    gold, pred = scorer.load(str(gold_path)), scorer.load(str(pred_path))
    report = scorer.score(gold, pred)
    types = per_type(scorer, gold, pred)
    current = figures(report, types)
    if args.json:
        print(json.dumps({"set": name, "figures": current, "types": types}, indent=2))
    else:
        print(f"set {name}: {n} documents coded -> {pred_path}")
        print_report(report, types)

    baselines = json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline.is_file() else {}
    if args.record:
        baselines[name] = {k: floor2(v) for k, v in sorted(current.items())}
        args.baseline.parent.mkdir(parents=True, exist_ok=True)
        args.baseline.write_text(json.dumps(baselines, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nfloors for {name!r} recorded in {args.baseline}")
    if args.check:
        floors = baselines.get(name)
        if floors is None:
            print(f"\nevaluate: error: no floors for {name!r} in {args.baseline} (run with --record)", file=sys.stderr)
            return 1
        failures = check(current, floors)
        if failures:
            print(f"\n{len(failures)} figure(s) below the floors of {args.baseline.name}[{name!r}]:", file=sys.stderr)
            for line in failures:
                print(f"  {line}", file=sys.stderr)
            return 1
        print(f"\nall {len(floors)} figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
