#!/usr/bin/env python3
"""Score the coder against users' corrections: extra gold from `communique corrections`.

    communique corrections --db communique.db -o corrections.jsonl
    python eval/corrections.py corrections.jsonl --db communique.db     # recode the corrected documents' texts
    python eval/corrections.py corrections.jsonl --records coded.jsonl  # or score records `extract` wrote

Each line of the corrections file names a coded event (doc_id, record_event_id) that a user
found wrong, and either what is right about it (`gold`: type, actor, recipient, date) or that the
document reports no such event (`deleted`). The coder agrees with a correction when its record of
the document has an event of the gold type with the gold actor and recipient states (and the gold
date, when one is given), or, for a deletion, no event of the type and states the user deleted.
The agreement rate says how many of the users' corrections the coder now makes itself.

Exit status: 0; 2 for unreadable inputs.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def read_jsonl(path: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"corrections: error: {path}: {exc}") from None


def _sides(event: dict) -> tuple[list[str], list[str]]:
    codes = lambda side: sorted({e["code"] if isinstance(e, dict) else e for e in event.get(side) or []})  # noqa: E731
    return codes("actor"), codes("recipient")


def agrees(line: dict, record: dict) -> bool:
    """True when the coded record does what the correction says is right."""
    events = record.get("events") or []
    if line.get("deleted"):
        coded = line["coded"]
        return not any(e["event"] == coded["event"] and sorted(set(sum(_sides(e), []))) == coded["countries"]
                       for e in events)
    gold = line["gold"]
    want = (sorted(set(gold["actor"])), sorted(set(gold["recipient"])))
    return any(e["event"] == gold["event"] and _sides(e) == want and (not gold["date"] or e.get("date") == gold["date"])
               for e in events)


def recode(db: str, doc_ids: set[str]) -> dict[str, dict]:
    sys.path.insert(0, str(ROOT))
    from communique import extract_batch
    from communique.reading import Document
    from communique.storing import Store
    with Store.open(db, readonly=True) as store:
        docs = [store.document(d) for d in sorted(doc_ids)]
    missing = [d for d, doc in zip(sorted(doc_ids), docs) if doc is None or not doc.get("text")]
    if missing:
        raise SystemExit(f"corrections: error: {db} has no text for {', '.join(missing)}")
    inputs = [Document(text=d["text"], id=d["doc_id"], title=d["title"], lang=d["lang"], published=d["published"])
              for d in docs]
    return {r.doc_id: r.to_dict() for r in extract_batch(inputs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corrections", help="JSON Lines written by `communique corrections`")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", help="recode the corrected documents' texts from this database")
    source.add_argument("--records", help="coded records (JSON Lines `extract` wrote) to score instead")
    args = parser.parse_args(argv)
    lines = read_jsonl(args.corrections)
    doc_ids = {line["doc_id"] for line in lines}
    if args.db:
        records = recode(args.db, doc_ids)
    else:
        records = {r["doc_id"]: r for r in read_jsonl(args.records) if r.get("doc_id") in doc_ids}
    agreed = 0
    for line in lines:
        record = records.get(line["doc_id"])
        ok = record is not None and agrees(line, record)
        agreed += ok
        what = "delete" if line.get("deleted") else json.dumps(line["gold"], ensure_ascii=False)
        print(f"  {'agrees  ' if ok else 'disagrees'} {line['record_event_id']}: {what}"
              + ("" if record is not None else " (no record of this document)"))
    total = len(lines)
    print(f"corrections {total}, the coder agrees with {agreed}"
          + (f" ({agreed / total:.3f})" if total else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
