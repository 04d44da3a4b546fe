#!/usr/bin/env python3
"""Measure how well the store merges different reports of one real event: pairwise precision and recall.

    python eval/merging.py                    # eval/merging/reports.jsonl against eval/merging/gold.jsonl
    python eval/merging.py --check            # exit 1 when precision or recall is below 0.9
    python eval/merging.py --orders 5         # also re-ingest the coded reports in 5 shuffled orders
    python eval/merging.py --db /tmp/m.db     # keep the store for inspection (`communique` store commands)

The reports are ingested into a fresh store, which codes them and merges their events. A mention
is (doc_id, event type) for each event mention the store holds; two mentions from different
documents are *predicted* merged when the store put them in the same event, and *gold* merged
when the gold lists both documents under one key of that event type. Mentions whose
(doc_id, type) the gold does not list are coder errors, not merging errors: they are counted
and listed apart, like gold mentions the coder did not find.

Exit status: 0; 1 when --check finds precision or recall below the floor; 2 for unreadable
inputs or an inconsistent gold file.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "eval" / "merging"
DEFAULT_REPORTS = HERE / "reports.jsonl"
DEFAULT_GOLD = HERE / "gold.jsonl"
FLOOR = 0.9


class EvalError(Exception):
    """A missing or inconsistent input that stops the measure (exit status 2)."""


@dataclass(frozen=True)
class Mention:
    """One event mention in the store: which document, which type, which stored event."""

    doc_id: str
    event: str
    event_id: int


@dataclass
class Score:
    """Pairwise merging figures and the pairs behind them."""

    true_pairs: int = 0
    wrong: list[tuple[Mention, Mention]] = field(default_factory=list)   # merged, but not the same real event
    missed: list[tuple[Mention, Mention]] = field(default_factory=list)  # the same real event, left apart
    unexpected: list[Mention] = field(default_factory=list)  # (doc, type) the gold does not list
    not_found: list[tuple[str, str, str]] = field(default_factory=list)  # gold (key, doc, type) with no mention
    mentions: int = 0

    @property
    def precision(self) -> float:
        predicted = self.true_pairs + len(self.wrong)
        return self.true_pairs / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_pairs + len(self.missed)
        return self.true_pairs / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------- gold

def load_gold(path: Path, doc_ids: set[str]) -> dict[tuple[str, str], str]:
    """Return {(doc_id, event type): gold key} from the gold file; raise EvalError if it is inconsistent.

    One document may report several real events, but only one of each type: (doc_id, type) is
    what identifies a mention, so a document listed under two keys of one type is refused."""
    if not path.is_file():
        raise EvalError(f"{path}: no such gold file")
    keys: dict[tuple[str, str], str] = {}
    seen_keys = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
            key, event, reports = item["key"], item["event"], item["reports"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvalError(f"{where}: not a gold line {{key, event, countries, date, reports}} ({exc})") from None
        if key in seen_keys:
            raise EvalError(f"{where}: key {key!r} used twice")
        seen_keys.add(key)
        for doc_id in reports:
            if doc_id not in doc_ids:
                raise EvalError(f"{where}: report {doc_id!r} is not in the reports file")
            other = keys.setdefault((doc_id, event), key)
            if other != key:
                raise EvalError(f"{where}: {doc_id} is listed under {other} and {key}, both {event}; "
                                "a document may report only one event of each type")
    return keys


# --------------------------------------------------------------------------- scoring

def score(mentions: list[Mention], gold: dict[tuple[str, str], str]) -> Score:
    """Compare the store's grouping of `mentions` with the gold grouping, pair by pair."""
    result = Score()
    kept = []
    for m in mentions:
        if (m.doc_id, m.event) in gold:
            kept.append(m)
        else:
            result.unexpected.append(m)
    found = {(m.doc_id, m.event) for m in kept}
    result.not_found = sorted((key, doc_id, event) for (doc_id, event), key in gold.items()
                              if (doc_id, event) not in found)
    result.mentions = len(kept)
    for a, b in combinations(kept, 2):
        if a.doc_id == b.doc_id:
            continue  # one document's events are distinct by construction; nothing to merge
        predicted = a.event_id == b.event_id
        same = a.event == b.event and gold[(a.doc_id, a.event)] == gold[(b.doc_id, b.event)]
        if predicted and same:
            result.true_pairs += 1
        elif predicted:
            result.wrong.append((a, b))
        elif same:
            result.missed.append((a, b))
    return result


# --------------------------------------------------------------------------- the store

def read_reports(path: Path) -> list:
    """Return the Documents of the reports file; raise EvalError on any unreadable line."""
    from communique import ReadError, read_inputs

    if not path.is_file():
        raise EvalError(f"{path}: no such reports file")
    documents = []
    for item in read_inputs([str(path)]):
        if isinstance(item, ReadError):
            raise EvalError(f"cannot read the reports: {item}")
        documents.append(item)
    return documents


def store_mentions(store) -> list[Mention]:
    return [Mention(m["doc_id"], m["event"], m["event_id"]) for m in store.mentions()]


def ingest(db_path: Path, items) -> list[Mention]:
    """Ingest `items` (documents or coded records) into a new store at `db_path`; return its mentions."""
    from communique.storing import Store

    with Store.open(db_path) as store:
        report = store.ingest(items)
        if report.failed:
            raise EvalError("the store refused some reports:\n  " + "\n  ".join(report.errors))
        return store_mentions(store)


def coded_records(db_path: Path, doc_ids: list[str]) -> list[dict]:
    """Return the coded records the store at `db_path` kept for `doc_ids`, in that order."""
    from communique.storing import Store

    with Store.open(db_path, readonly=True) as store:
        return [store.document(doc_id)["record"] for doc_id in doc_ids]


# --------------------------------------------------------------------------- output

def _pair(a: Mention, b: Mention, gold: dict) -> str:
    return (f"{a.event:8} {a.doc_id} [{gold[(a.doc_id, a.event)]}, event {a.event_id}]  "
            f"~  {b.doc_id} [{gold[(b.doc_id, b.event)]}, event {b.event_id}]")


def report(result: Score, gold: dict, out=sys.stdout) -> None:
    print(f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}", file=out)
    print(f"pairs: {result.true_pairs} right, {len(result.wrong)} wrongly merged, {len(result.missed)} missed; "
          f"{result.mentions} mentions scored", file=out)
    print(f"coder errors (not scored): {len(result.unexpected)} mentions the gold does not list, "
          f"{len(result.not_found)} gold mentions not found", file=out)
    sections = (
        ("wrong merges (one stored event, different real events)", [_pair(a, b, gold) for a, b in result.wrong]),
        ("missed merges (one real event, different stored events)", [_pair(a, b, gold) for a, b in result.missed]),
        ("mentions the gold does not list", [f"{m.event:8} {m.doc_id} [event {m.event_id}]" for m in result.unexpected]),
        ("gold mentions the coder did not find", [f"{event:8} {doc_id} [{key}]" for key, doc_id, event in result.not_found]),
    )
    for title, lines in sections:
        if lines:
            print(f"\n{title}:", file=out)
            for line in lines:
                print("  " + line, file=out)


def figures(result: Score) -> dict:
    return {"precision": round(result.precision, 4), "recall": round(result.recall, 4), "f1": round(result.f1, 4),
            "true_pairs": result.true_pairs, "wrong_pairs": len(result.wrong), "missed_pairs": len(result.missed),
            "mentions": result.mentions, "unexpected_mentions": len(result.unexpected),
            "gold_mentions_not_found": len(result.not_found)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS, help="reports in the input form (JSON Lines)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold events, one a line")
    parser.add_argument("--db", type=Path, help="store to create (must not exist); default: a temporary file")
    parser.add_argument("--orders", type=int, default=0, metavar="N",
                        help="also ingest the coded reports in N shuffled orders and report each")
    parser.add_argument("--seed", type=int, default=1, help="random seed for --orders")
    parser.add_argument("--check", action="store_true", help="exit 1 if precision or recall is below --floor")
    parser.add_argument("--floor", type=float, default=FLOOR, help=f"floor for --check (default {FLOOR})")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object at the end")
    args = parser.parse_args(argv)
    try:
        documents = read_reports(args.reports)
        doc_ids = [d.doc_id for d in documents]
        gold = load_gold(args.gold, set(doc_ids))
        if args.db is not None and args.db.exists():
            raise EvalError(f"{args.db}: already exists; give a new path so that only these reports are in it")
        with tempfile.TemporaryDirectory(prefix="communique-merging-") as tmp:
            db = args.db or Path(tmp) / "merging.db"
            result = score(ingest(db, documents), gold)
            print(f"{args.reports.name}: {len(documents)} reports, {len(set(gold.values()))} gold events "
                  f"(ingested in file order)")
            report(result, gold)
            worst = [result]
            if args.orders > 0:
                records = coded_records(db, doc_ids)
                rng = random.Random(args.seed)
                print(f"\nshuffled orders (seed {args.seed}), the coded records re-ingested into new stores:")
                # Stored event ids differ from store to store: pairs are compared by document and type.
                errors: dict[tuple[str, ...], int] = defaultdict(int)
                for n in range(1, args.orders + 1):
                    order = records[:]
                    rng.shuffle(order)
                    shuffled = score(ingest(Path(tmp) / f"order-{n}.db", order), gold)
                    worst.append(shuffled)
                    print(f"  order {n}: precision {shuffled.precision:.3f}  recall {shuffled.recall:.3f}  "
                          f"({len(shuffled.wrong)} wrong, {len(shuffled.missed)} missed)")
                    for kind, pairs in (("wrong", shuffled.wrong), ("missed", shuffled.missed)):
                        for pair in pairs:
                            a, b = sorted(pair, key=lambda m: m.doc_id)
                            errors[(kind, a.event, a.doc_id, gold[(a.doc_id, a.event)],
                                    b.doc_id, gold[(b.doc_id, b.event)])] += 1
                for (kind, event, first, key_a, second, key_b), count in sorted(errors.items()):
                    print(f"  {kind:6} in {count}/{args.orders} orders: {event:8} {first} [{key_a}] ~ "
                          f"{second} [{key_b}]")
    except EvalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(figures(result)))
    low_p, low_r = min(r.precision for r in worst), min(r.recall for r in worst)
    if args.check and (low_p < args.floor or low_r < args.floor):
        print(f"\nFAIL: lowest precision {low_p:.3f}, lowest recall {low_r:.3f}; the floor is {args.floor}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
