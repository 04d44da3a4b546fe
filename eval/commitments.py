#!/usr/bin/env python3
"""Measure how well the store links promises (AGREE future) to the events that kept them.

    python eval/commitments.py                   # eval/commitments/records.jsonl against gold.jsonl
    python eval/commitments.py --check           # exit 1 when precision or recall is below the floor
    python eval/commitments.py --without-planned # drop the records' `planned`: the fallback path alone
    python eval/commitments.py --db /tmp/c.db    # keep the store for inspection (`communique commitments`)

The records are fictional coded documents (no coder involved): promises kept, kept late,
broken, pending, and look-alikes (the visit the other way round, a round of another mechanism,
a meeting elsewhere, a call for a visit). They are ingested into a fresh store, which links
each commitment. A predicted link is right when the event it points to is reported by the gold's
fulfilling record event (`doc_id:n`); precision is right links over predicted links, recall right
links over gold links. Statuses are compared on `--today` (default 2026-06-30, the corpus' day).

Exit status: 0; 1 when --check finds a figure below the floor; 2 for unreadable inputs or a
gold commitment the store does not hold.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "eval" / "commitments"
FLOOR = 0.9
TODAY = "2026-06-30"


class EvalError(Exception):
    """A missing or inconsistent input that stops the measure (exit status 2)."""


def read_jsonl(path: Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: {exc}") from None


def measure(records: list[dict], gold: list[dict], db: str, today: str) -> dict:
    """Ingest the records into a fresh store at `db`; return the figures and the errors behind them."""
    sys.path.insert(0, str(ROOT))
    from communique.storing import Store

    with Store.open(db) as store:
        report = store.ingest(records)
        if report.failed:
            raise EvalError("records failed to store: " + "; ".join(report.errors))
        by_record = {r["record_event_id"]: r["event_id"] for r in store.conn.execute(
            "SELECT record_event_id, event_id FROM mentions")}
        reported_by: dict[int, set[str]] = {}
        for record_event_id, event_id in by_record.items():
            reported_by.setdefault(event_id, set()).add(record_event_id)
        predicted = {c["id"]: c for c in store.commitments(today=today)}
    right = wrong = missed = status_right = 0
    errors: list[str] = []
    seen: dict[int, str] = {}
    for g in gold:
        event_id = by_record.get(g["commitment"])
        if event_id is None or event_id not in predicted:
            raise EvalError(f"gold commitment {g['commitment']} is not a commitment in the store")
        c = predicted[event_id]
        if event_id in seen:  # the store merged two promises into one: it can keep only one of them
            errors.append(f"{g['commitment']}: merged with {seen[event_id]} into one stored promise")
        seen.setdefault(event_id, g["commitment"])
        kept = c["fulfilled_by"]["id"] if c["fulfilled_by"] else None
        ok = g["fulfilled_by"] is not None and kept is not None and g["fulfilled_by"] in reported_by.get(kept, ())
        if ok:
            right += 1
        else:
            if kept is not None:
                wrong += 1
            if g["fulfilled_by"] is not None:
                missed += 1
            if kept is not None or g["fulfilled_by"] is not None:
                errors.append(f"{g['commitment']}: linked to {sorted(reported_by.get(kept, ())) or None}, "
                              f"gold {g['fulfilled_by']} ({g['note']}); matched {c['matched']}")
        if c["status"] == g["status"]:
            status_right += 1
        else:
            errors.append(f"{g['commitment']}: status {c['status']}, gold {g['status']} ({g['note']})")
    for c in (c for event_id, c in predicted.items() if event_id not in seen):
        errors.append(f"commitment {c['doc_id']} ({c['words']!r}) is not in the gold")
    precision = right / (right + wrong) if right + wrong else 1.0
    recall = right / (right + missed) if right + missed else 1.0
    return {"commitments": len(gold), "gold_links": sum(g["fulfilled_by"] is not None for g in gold),
            "predicted_links": right + wrong, "right": right, "precision": precision, "recall": recall,
            "status_accuracy": status_right / len(gold) if gold else 1.0, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=Path, default=HERE / "records.jsonl")
    parser.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    parser.add_argument("--today", default=TODAY, help=f"the day statuses are computed for (default {TODAY})")
    parser.add_argument("--without-planned", action="store_true",
                        help="drop each event's `planned` to measure the fallback on the AGREE's own fields")
    parser.add_argument("--db", help="keep the store in this file (replaced)")
    parser.add_argument("--check", action="store_true", help=f"exit 1 when a figure is below {FLOOR}")
    args = parser.parse_args(argv)
    try:
        records, gold = read_jsonl(args.records), read_jsonl(args.gold)
        if args.without_planned:
            for record in records:
                for event in record["events"]:
                    event["planned"] = None
        with tempfile.TemporaryDirectory() as tmp:
            db = args.db or str(Path(tmp) / "commitments.db")
            if args.db:
                Path(db).unlink(missing_ok=True)
            figures = measure(records, gold, db, args.today)
    except EvalError as exc:
        print(f"commitments: error: {exc}", file=sys.stderr)
        return 2
    for line in figures["errors"]:
        print("  " + line)
    print(f"commitments {figures['commitments']}, gold links {figures['gold_links']}, "
          f"predicted links {figures['predicted_links']}, right {figures['right']}")
    print(f"link precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  "
          f"status accuracy {figures['status_accuracy']:.3f}")
    if args.check and min(figures["precision"], figures["recall"], figures["status_accuracy"]) < FLOOR:
        print(f"commitments: below the floor {FLOOR}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
