#!/usr/bin/env python3
"""How often the coder gives an actor the right PLOVER sector, on documents whose gold has
actors other than governments.

    python eval/sectors.py [PRED.jsonl] [--gold GOLD.jsonl] [--all]

PRED defaults to artifacts/dev2-tune.en+fr.pred.jsonl (what `eval/evaluate.py --set dev2-tune`
writes), GOLD to ../shared/eval/dev2.gold.jsonl; only the documents of PRED are read, and only
those whose gold has a non-GOV sector (all documents with --all). Events are paired as score.py
pairs them (type and states); inside a pair, the actors of each side are paired by code, and the
figure is the share of paired actors whose sector is the gold's. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from evaluate import SHARED, load_scorer  # noqa: E402


def read(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {str(r["doc_id"]): r for r in rows if "doc_id" in r}


def has_other_sector(record: dict) -> bool:
    return any((e.get("sector") or "GOV") != "GOV"
               for ev in record.get("events") or [] for e in ev.get("actor", []) + ev.get("recipient", []))


def compare(scorer, gold: dict, pred: dict, every: bool) -> tuple[Counter, Counter]:
    """Return (sector pairs (gold, predicted) over paired actors, documents counted)."""
    pairs, docs = Counter(), Counter()
    for doc_id, p in pred.items():
        g = gold.get(doc_id)
        if g is None or not (every or has_other_sector(g)):
            continue
        docs["documents"] += 1
        for ge, pe in scorer.pair(g.get("events") or [], p.get("events") or []):
            for side in ("actor", "recipient"):
                predicted = {e["code"]: e.get("sector") for e in pe.get(side, [])}
                for e in ge.get(side, []):
                    if e["code"] in predicted:
                        pairs[(e.get("sector") or "GOV", predicted[e["code"]] or "GOV")] += 1
    return pairs, docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pred", nargs="?", type=Path, default=ROOT / "artifacts" / "dev2-tune.en+fr.pred.jsonl")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev2.gold.jsonl")
    parser.add_argument("--all", action="store_true", help="every document, not only those with other sectors")
    args = parser.parse_args(argv)
    if "dev2-check" in args.pred.name:
        parser.error("dev2-check is read as figures of evaluate.py only")
    for path in (args.pred, args.gold):
        if not path.is_file():
            print(f"sectors: error: {path} not found", file=sys.stderr)
            return 2
    pairs, docs = compare(load_scorer(SHARED), read(args.gold), read(args.pred), args.all)
    total = sum(pairs.values())
    right = sum(n for (g, p), n in pairs.items() if g == p)
    other = sum(n for (g, _), n in pairs.items() if g != "GOV")
    other_right = sum(n for (g, p), n in pairs.items() if g == p and g != "GOV")
    print(f"documents {docs['documents']}; paired actors {total}; sector right {right} "
          f"({right / total if total else 0:.3f}); gold non-GOV {other}, right {other_right}")
    for (g, p), n in sorted(pairs.items(), key=lambda kv: -kv[1]):
        print(f"  gold {g:4} predicted {p:4} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
