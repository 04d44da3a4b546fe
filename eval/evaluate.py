#!/usr/bin/env python3
"""Code a gold set's input documents, score them with ../shared/eval/score.py, and guard the floors.

    python eval/evaluate.py                         # the dev set
    python eval/evaluate.py --set samples --check   # fail if a figure fell below eval/baseline.json
    python eval/evaluate.py --set seed --record     # write the current figures as the new floors
    python eval/evaluate.py --set dev2-tune         # French and English documents of dev2's tuning half
    python eval/evaluate.py --set dev2-check --lang other   # its check half, the other languages
    python eval/evaluate.py INPUT.jsonl GOLD.jsonl  # any gold set (its floors are keyed by INPUT's name)

Prints score.py's report, then precision/recall/F1 per PLOVER event type computed from the
events score.py pairs, the main figures per language, and how well confidence is calibrated
(precision per confidence band, expected calibration error). Exit status: 0, 1 when --check
finds a figure below its floor, 2 for missing files or unreadable inputs.

dev2 (../shared/eval/dev2.jsonl, 152 real documents) is split once into a tuning half
(`dev2-tune`, two thirds) and a check half (`dev2-check`, one third): within each language the
documents are ranked by the SHA-256 of their id and every third, from the first, is a check
document. Rules are written from the tuning half's errors only; the check half is looked at
as figures, never as documents or errors, so that its figures say how the coder does on text
it was not tuned on.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The coder measured is this checkout's, even where another one is installed in the environment
# (a second git worktree run with the main checkout's virtualenv).
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "communique" / "samples"
#: --set NAME -> (input documents, gold records), relative to the shared folder or the repository.
SETS = {
    "dev": (lambda shared: shared / "eval" / "dev.jsonl", lambda shared: shared / "eval" / "dev.gold.jsonl"),
    "seed": (lambda shared: shared / "eval" / "seed.jsonl", lambda shared: shared / "eval" / "seed.gold.jsonl"),
    "samples": (lambda shared: SAMPLES / "releases.jsonl", lambda shared: SAMPLES / "releases.gold.jsonl"),
}
for _name in ("dev2", "dev2-tune", "dev2-check"):
    SETS[_name] = (lambda shared: shared / "eval" / "dev2.jsonl", lambda shared: shared / "eval" / "dev2.gold.jsonl")
DEFAULT_BASELINE = ROOT / "eval" / "baseline.json"
#: The languages the coder has full language analysis for; `--lang other` is every other one.
MAIN_LANGUAGES = ("fr", "en")
#: Confidence bands of the reliability table: [0, 0.5), [0.5, 0.6) … [0.9, 1.0].
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


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


def split_half(rows: list[dict]) -> dict[str, str]:
    """Return {document id: "tune" | "check"}: per language, documents ranked by the SHA-256 of
    their id, every third (from the first) in the check half."""
    by_lang: dict[str, list[str]] = {}
    for row in rows:
        by_lang.setdefault(row.get("lang") or "", []).append(str(row["id"]))
    half = {}
    for ids in by_lang.values():
        ranked = sorted(ids, key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
        for rank, doc_id in enumerate(ranked):
            half[doc_id] = "check" if rank % 3 == 0 else "tune"
    return half


def wanted_languages(spec: str | None, set_name: str | None) -> set[str] | None:
    """The languages `--lang` keeps (None: all). dev2's sets default to French and English."""
    if spec is None:
        spec = "fr,en" if set_name and set_name.startswith("dev2") else "all"
    if spec == "all":
        return None
    if spec == "other":
        return {"other"}
    return {code.strip() for code in spec.split(",") if code.strip()}


def language_label(spec: set[str] | None) -> str:
    return "all" if spec is None else "+".join(sorted(spec))


def keeps(lang: str | None, spec: set[str] | None) -> bool:
    if spec is None:
        return True
    if "other" in spec and lang not in MAIN_LANGUAGES:
        return True
    return lang in spec


def select(input_path: Path, set_name: str | None, spec: set[str] | None) -> list[dict]:
    """The input rows of `input_path` in the set's half and languages."""
    rows = []
    with open(input_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalError(f"{input_path}:{n}: not JSON: {exc}") from None
    if set_name in ("dev2-tune", "dev2-check"):
        half = split_half(rows)
        rows = [r for r in rows if half[str(r["id"])] == set_name.removeprefix("dev2-")]
    return [r for r in rows if keeps(r.get("lang"), spec)]


def predict(rows: list[dict], pred_path: Path) -> int:
    """Code the input rows into `pred_path` (JSON Lines); return the number coded."""
    from communique import ReadError, extract_batch
    from communique.reading import document_from_input

    documents = []
    for n, row in enumerate(rows, 1):
        try:
            documents.append(document_from_input(row, f"gold input row {n}"))
        except ReadError as exc:
            raise EvalError(f"cannot read the gold input: {exc}") from None
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


def calibration(scorer, gold: dict, pred: dict) -> tuple[list[dict], float | None]:
    """Return the reliability table (per confidence band: events, mean confidence, share paired
    with a gold event) and the expected calibration error (the bands' |precision - confidence|
    weighted by their share of the predicted events; None when nothing was predicted)."""
    seen = []  # (confidence, paired?)
    for doc_id, record in gold.items():
        p_events = (pred.get(doc_id) or {}).get("events") or []
        paired = {id(p) for _, p in scorer.pair(record.get("events") or [], p_events)}
        seen.extend((float(p.get("confidence") or 0.0), id(p) in paired) for p in p_events)
    rows = []
    for n, low in enumerate(BANDS):
        high = BANDS[n + 1] if n + 1 < len(BANDS) else 1.01
        inside = [(c, ok) for c, ok in seen if low <= c < high]
        if inside:
            rows.append({"band": f"{low:.1f}-{min(high, 1.0):.1f}", "events": len(inside),
                         "confidence": sum(c for c, _ in inside) / len(inside),
                         "precision": sum(ok for _, ok in inside) / len(inside)})
    if not seen:
        return rows, None
    ece = sum(r["events"] / len(seen) * abs(r["precision"] - r["confidence"]) for r in rows)
    return rows, ece


#: The measures printed per language, as (report key, statistic).
LANGUAGE_COLUMNS = (("events", "f1"), ("document_countries", "f1"), ("participants", "f1"), ("topics", "f1"),
                    ("organizations", "f1"), ("documents_signed", "f1"), ("date", "accuracy"),
                    ("direction", "accuracy"))


def per_language(scorer, gold: dict, pred: dict, lang_of: dict[str, str]) -> dict[str, dict]:
    """Return {language: score.py's report on that language's documents}."""
    out = {}
    for lang in sorted(set(lang_of.values())):
        ids = [d for d in gold if lang_of.get(d) == lang]
        out[lang] = scorer.score({d: gold[d] for d in ids}, {d: pred[d] for d in ids if d in pred})
    return out


def print_languages(reports: dict[str, dict]) -> None:
    print()
    print(f"{'language':9} {'docs':>4} " + " ".join(f"{key[:10]:>10}" for key, _ in LANGUAGE_COLUMNS))
    for lang, report in reports.items():
        cells = []
        for key, stat in LANGUAGE_COLUMNS:
            value = report[key].get(stat)
            cells.append(f"{'n/a' if value is None else f'{value:.3f}':>10}")
        print(f"{lang:9} {report['documents']:4} " + " ".join(cells))


def print_calibration(rows: list[dict], ece: float | None) -> None:
    print()
    print(f"{'confidence':10} {'events':>6} {'mean':>6} {'precision':>9}")
    for r in rows:
        print(f"{r['band']:10} {r['events']:6} {r['confidence']:6.3f} {r['precision']:9.3f}")
    print(f"expected calibration error {'n/a' if ece is None else f'{ece:.3f}'}")


def floor2(value: float) -> float:
    """Round down to 2 decimals (0.8799999 -> 0.87, 0.88 -> 0.88)."""
    return math.floor(round(value * 100, 6)) / 100


def lower_is_better(name: str) -> bool:
    """An error figure (calibration error) is guarded by a ceiling, not a floor."""
    return name.endswith(".error")


def ceil2(value: float) -> float:
    """Round up to 2 decimals (0.1201 -> 0.13)."""
    return math.ceil(round(value * 100, 6)) / 100


def check(current: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Return a line for every figure below its floor (or no longer measured)."""
    failures = []
    for name, floor in sorted(floors.items()):
        value = current.get(name)
        if value is None:
            failures.append(f"{name}: not measured any more (floor {floor:.2f})")
        elif lower_is_better(name):
            if round(value, 4) > floor:
                failures.append(f"{name}: {value:.4f} is above its ceiling {floor:.2f}")
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
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list up to N documents whose events differ from the gold (refused on dev2-check)")
    parser.add_argument("--lang", help="languages to keep: codes separated by commas, 'other' (all but fr and en) "
                                       "or 'all' (default: fr,en for the dev2 sets, all for the others)")
    args = parser.parse_args(argv)
    if args.files and args.set:
        parser.error("give either --set or two files, not both")
    if args.files and len(args.files) != 2:
        parser.error("expected two files: GOLD_INPUT.jsonl GOLD.jsonl")

    if args.errors and args.set == "dev2-check":
        parser.error("dev2-check is read as figures only: its errors are not listed (tune on dev2-tune)")
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
        languages = wanted_languages(args.lang, None if args.files else name)
        if languages is not None:
            # Floors are kept per set and languages: "dev2-check/en+fr".
            name = f"{name}/{language_label(languages)}"
        scorer = load_scorer(args.shared)
        rows = select(input_path, args.set, languages)
        if not rows:
            raise EvalError(f"no documents of {input_path} in languages {language_label(languages)}")
        pred_path = args.pred or ROOT / "artifacts" / f"{name.replace('/', '.')}.pred.jsonl"
        n = predict(rows, pred_path)
    except EvalError as exc:
        print(f"evaluate: error: {exc}", file=sys.stderr)
        return 2

    lang_of = {str(r["id"]): r.get("lang") or "?" for r in rows}
    gold = {d: g for d, g in scorer.load(str(gold_path)).items() if d in lang_of}
    pred = scorer.load(str(pred_path))
    report = scorer.score(gold, pred, args.errors)
    types = per_type(scorer, gold, pred)
    current = figures(report, types)
    bands, ece = calibration(scorer, gold, pred)
    if ece is not None:
        current["calibration.error"] = round(ece, 4)
    languages_report = per_language(scorer, gold, pred, lang_of)
    if args.json:
        print(json.dumps({"set": name, "figures": current, "types": types, "calibration": bands,
                          "languages": {k: figures(v, {}) for k, v in languages_report.items()}}, indent=2))
    else:
        print(f"set {name}: {n} documents coded -> {pred_path}")
        print_report(report, types)
        print_languages(languages_report)
        print_calibration(bands, ece)
        if args.errors:
            print()
            for err in report.get("errors", []):
                print(f"  {err['doc_id']}: gold {err['gold']} | predicted {err['predicted']}")

    baselines = json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline.is_file() else {}
    if args.record:
        baselines[name] = {k: ceil2(v) if lower_is_better(k) else floor2(v) for k, v in sorted(current.items())}
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
