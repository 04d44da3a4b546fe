#!/usr/bin/env python3
"""Fit the promise detector's weights (communique/data/promise_model.tsv).

    .venv/bin/python scripts/fit_promises.py            # fit, cross-validate, write the table
    .venv/bin/python scripts/fit_promises.py --dry-run  # print the figures only

The sentences it learns from, each labelled "tells a promise (AGREE)" or not:
- corpus documents we read whole and labelled sentence by sentence ourselves (`eval/promises/`:
  document ids and sentence keys only, the text is read from ../shared/corpus/real.jsonl); none
  of them is among the corpus documents of eval/calibration/, whose check half stays unseen;
- the documents of dev2's tuning half (every language), dev and the bundled samples: a sentence
  is a promise when an AGREE gold event's evidence starts in it. Never dev2-check.

Each document is parsed and read by the coder (with the detector off) for each sentence's
features (`communique.coding.promise_detector.sentence_features`) and for whether the trigger
rules drafted an AGREE from it. An L2-penalised logistic regression is fitted on the features
seen in at least two documents. The threshold is chosen on held-out predictions (the documents
dealt into folds by a hash of their id): among the sentences the rules drafted no AGREE from
and that have a trigger (those the detector is asked about), the one that adds the most right
promises net of wrong ones. So is each language's veto: among the sentences in which a promise
the rules drafted is first told, the probability under which dropping them drops the most wrong
promises net of right ones (none where no veto gains). Deterministic: the same coder and labels
give the same table.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))
from evaluate import SETS, SHARED, select  # noqa: E402

TABLE = ROOT / "communique" / "data" / "promise_model.tsv"
LABELS = ROOT / "eval" / "promises"
#: Sets whose AGREE evidence labels sentences (never dev2-check).
GOLD_SETS = ("dev2-tune", "dev", "samples")
#: A label's reading: a promise told again (2) is left out of the fit, neither a promise worded
#: as one nor a sentence without one ("the accord was reached in Doha" after the promise).
RETOLD = {0: False, 1: True, 2: None}
#: The languages the veto is fitted for (the others have too few labelled promises).
VETO_LANGUAGES = ("fr", "en")
VETOES = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))


class Row(NamedTuple):
    """One sentence: its document, the source set, language, features, label, whether the rules
    drafted an AGREE from its triggers, whether it has a trigger (the detector is asked only
    when it has one and the rules drafted none), whether an AGREE of the output is first told
    in it, and its vector."""
    doc: str
    source: str
    lang: str
    features: list[str]
    promise: bool
    rules: bool
    asked: bool
    told: bool = False
    vector: dict[str, float] = {}


def sentence_key(text: str) -> str:
    """The key that names a sentence in the label files: SHA-1 of its words, 12 hex digits."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def read_labels(folder: Path) -> dict[str, dict[str, int]]:
    """{document id: {sentence key: label}} for the documents a label file marks as read whole
    (`DOC * done`); label 1 a promise, 2 a promise told again, 0 not one."""
    labels: dict[str, dict[str, int]] = {}
    done: set[str] = set()
    for path in sorted(folder.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) >= 3 and cells[1] == "*" and cells[2].strip() == "done":
                done.add(cells[0])
                continue
            if len(cells) < 3 or cells[2].strip() not in ("0", "1", "2"):
                raise SystemExit(f"{path}:{n}: expected DOC<TAB>KEY<TAB>0|1|2[<TAB>STATES<TAB>NOTE], got {line!r}")
            labels.setdefault(cells[0], {})[cells[1]] = int(cells[2])
    return {doc: labels.get(doc, {}) for doc in done}


def folded(text: str) -> str:
    return " ".join(text.replace("«", " ").replace("»", " ").replace('"', " ").replace("“", " ")
                    .replace("”", " ").split()).lower()


def evidence_sentences(text: str, spans: list[tuple[int, int]], evidences: list[str]) -> set[int]:
    """The indexes of the sentences (character spans of `text`) in which each evidence starts."""
    hits = set()
    for evidence in evidences:
        words = folded(evidence).split()[:6]
        if not words:
            continue
        for i, (start, end) in enumerate(spans):
            if " ".join(words) in folded(text[start:end]):
                hits.add(i)
                break
    return hits


def documents(shared: Path, labels: dict[str, dict[str, int]]):
    """(source, input row, labeller) for every labelled document; the labeller maps a sentence's
    (index, text, all sentence spans, document text) to True, False or None (left out)."""
    wanted = set(labels)
    with open(shared / "corpus" / "real.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if str(row["id"]) in wanted:
                own = labels[str(row["id"])]
                yield "corpus", row, (lambda i, text, spans, doc_text, own=own: RETOLD.get(own.get(sentence_key(text), 0)))
    for name in GOLD_SETS:
        input_of, gold_of = SETS[name]
        gold = {}
        with open(gold_of(shared), encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                gold[str(record["doc_id"])] = [e.get("evidence") or "" for e in record.get("events") or []
                                               if e.get("event") == "AGREE"]
        for row in select(input_of(shared), name, None):
            evidences = gold.get(str(row["id"]), [])

            def labeller(i, text, spans, doc_text, evidences=evidences, memo={}):
                key = id(spans)
                if key not in memo:
                    memo.clear()
                    memo[key] = evidence_sentences(doc_text, spans, evidences)
                return i in memo[key]
            yield name, row, labeller


def sentence_rows(shared: Path, labels: dict[str, dict[str, int]]) -> list[Row]:
    """Parse and code every labelled document (detector off) into one Row per sentence."""
    from communique.coding import promise_detector
    from communique.coding.coder import Coder
    from communique.language.pipelines import get_pipeline
    from communique.reading import document_from_input

    asked_about: dict[int, bool] = {}

    def rules_alone(coder, sent, new):
        # The rules alone: record whether they drafted an AGREE from the sentence's own triggers.
        asked_about[sent.index] = any(d.event == "AGREE" for d in new)
        return new
    Coder._weigh_promises = rules_alone
    rows = []
    for source, row, labeller in documents(shared, labels):
        doc = document_from_input(row, f"{source} {row['id']}")
        nlp = get_pipeline(doc.lang)
        body, title = nlp(doc.text), nlp(doc.title or "")
        coder = Coder(body, doc.lang, doc.published, title if doc.title else None, doc.source, doc.url)
        asked_about.clear()
        drafts = coder.code()
        told = {d.sentence for d in drafts if d.event == "AGREE"}
        spans = [(s.span.start_char, s.span.end_char) for s in coder.sentences]
        for sent in coder.sentences:
            promise = labeller(sent.index, sent.span.text.strip(), spans, doc.text)
            if promise is not None:
                rows.append(Row(doc.doc_id, source, doc.lang, promise_detector.sentence_features(coder, sent),
                                promise, asked_about.get(sent.index, False), bool(sent.triggers), sent.index in told,
                                promise_detector.sentence_vector(coder, sent)))
    return rows


def vocabulary(rows: list[Row], min_docs: int) -> list[str]:
    seen: dict[str, set[str]] = {}
    for row in rows:
        for f in row.features:
            seen.setdefault(f, set()).add(row.doc)
    return sorted(f for f, docs in seen.items() if len(docs) >= min_docs or f == "bias")


def fit(rows: list[Row], penalty: float, min_docs: int, steps: int = 600, vectors: bool = True) -> dict[str, float]:
    """L2-penalised logistic regression by full-batch Adam (the bias not penalised)."""
    names = vocabulary(rows, min_docs)
    index = {f: i for i, f in enumerate(names)}
    dense = sorted({f for row in rows for f in row.vector}) if vectors else []
    names += dense
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for f in row.features:
            if f in index:
                x[r, index[f]] = 1.0
        for f, value in (row.vector.items() if vectors else ()):
            x[r, index[f]] = value
    y = np.array([row.promise for row in rows], dtype=float)
    w = np.zeros(len(names))
    shrink = np.full(len(names), penalty)
    shrink[index["bias"]] = 0.0
    m, v = np.zeros_like(w), np.zeros_like(w)
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) / len(rows) + shrink * w / len(rows)
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        w -= rate * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + 1e-8)
    return {f: float(round(w[i], 4)) for i, f in enumerate(names) if abs(w[i]) >= 1e-4 or f == "bias"}


def probability(weights: dict[str, float], features: list[str], vector: dict[str, float] | None = None) -> float:
    from communique.coding.promise_detector import promise_probability
    return promise_probability(features, weights, vector)


def fold_of(doc: str, folds: int, salt: int) -> int:
    return int(hashlib.sha1(f"{salt}:{doc}".encode()).hexdigest(), 16) % folds


def held_out(rows: list[Row], penalty: float, min_docs: int, folds: int, salt: int) -> list[float]:
    """Each row's probability from the model fitted on the other folds' documents."""
    out = [0.0] * len(rows)
    for k in range(folds):
        train = [r for r in rows if fold_of(r.doc, folds, salt) != k]
        weights = fit(train, penalty, min_docs)
        for i, r in enumerate(rows):
            if fold_of(r.doc, folds, salt) == k:
                out[i] = probability(weights, r.features, r.vector)
    return out


def report(rows: list[Row], probs: list[float]) -> tuple[str, float]:
    """The table of the detector's effect per threshold and the threshold with the best net gain."""
    lines = ["threshold  | asked: right / wrong (net)  | fr right/wrong | en right/wrong | all sentences P / R",
             "-----------|------------------------------|----------------|----------------|--------------------"]
    best, best_net = 1.0, 0
    positives = sum(r.promise for r in rows)
    for t in THRESHOLDS:
        asked = [(r, p) for r, p in zip(rows, probs) if r.asked and not r.rules and p >= t]
        right = sum(r.promise for r, _ in asked)
        wrong = len(asked) - right
        per = {lang: (sum(r.promise for r, _ in asked if r.lang == lang),
                      sum(not r.promise for r, _ in asked if r.lang == lang)) for lang in ("fr", "en")}
        flagged = [r for r, p in zip(rows, probs) if p >= t]
        precision = sum(r.promise for r in flagged) / len(flagged) if flagged else 0.0
        recall = sum(r.promise for r in flagged) / positives if positives else 0.0
        lines.append(f"{t:10.2f} | {right:5d} / {wrong:5d} ({right - wrong:+4d})      | {per['fr'][0]:5d} / {per['fr'][1]:<5d}  "
                     f"| {per['en'][0]:5d} / {per['en'][1]:<5d}  | {precision:.3f} / {recall:.3f}")
        if right - wrong > best_net:
            best, best_net = t, right - wrong
    return "\n".join(lines), best


def veto_report(rows: list[Row], probs: list[float]) -> tuple[str, dict[str, float]]:
    """Per language, what dropping the rules' promises first told in sentences under each
    probability would do, and the veto with the best net gain (none where no veto gains)."""
    lines = ["veto | " + " | ".join(f"{lang}: right dropped / wrong dropped (net)" for lang in VETO_LANGUAGES)]
    best = {lang: (0, 0.0) for lang in VETO_LANGUAGES}
    for t in VETOES:
        cells = []
        for lang in VETO_LANGUAGES:
            dropped = [r for r, p in zip(rows, probs) if r.told and r.lang == lang and p < t]
            right = sum(r.promise for r in dropped)
            wrong = len(dropped) - right
            cells.append(f"{right:4d} / {wrong:4d} ({wrong - right:+4d})")
            if wrong - right > best[lang][0]:
                best[lang] = (wrong - right, t)
        lines.append(f"{t:4.2f} | " + " | ".join(cells))
    return "\n".join(lines), {lang: t for lang, (_, t) in best.items() if t > 0.0}


def write_table(weights: dict[str, float], threshold: float, veto: dict[str, float], rows: list[Row]) -> None:
    sources = {}
    for r in rows:
        sources.setdefault(r.source, [0, 0])
        sources[r.source][0] += 1
        sources[r.source][1] += r.promise
    told = ", ".join(f"{s}: {n} sentences, {p} promises" for s, (n, p) in sorted(sources.items()))
    lines = ["# Weights of the promise detector (communique/coding/promise_detector.py). Generated by",
             f"# scripts/fit_promises.py on {len(rows)} labelled sentences ({told});",
             "# do not edit by hand: refit after changing the labels, the features or the recognisers.",
             "feature\tweight", f"threshold\t{threshold}"] + [f"veto:{lang}\t{t}" for lang, t in sorted(veto.items())]
    lines += [f"{f}\t{w}" for f, w in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--labels", type=Path, default=LABELS, help="the folder of sentence label files")
    parser.add_argument("--penalty", type=float, default=4.0, help="L2 penalty on the weights (default 4)")
    parser.add_argument("--min-docs", type=int, default=2, help="keep features seen in this many documents (default 2)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--salts", type=int, default=2, help="dealings of the cross-validation (default 2)")
    parser.add_argument("--rows", type=Path, help="cache of the coded sentences (JSON Lines): read if it exists, else written")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if args.rows is not None and args.rows.exists():
        rows = [Row(**json.loads(line)) for line in args.rows.read_text(encoding="utf-8").splitlines()]
    else:
        rows = sentence_rows(args.shared, read_labels(args.labels))
        if args.rows is not None:
            args.rows.write_text("".join(json.dumps(r._asdict()) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} sentences, {sum(r.promise for r in rows)} promises, "
          f"{sum(r.promise and r.rules for r in rows)} of them drafted by the rules; "
          f"{sum(r.promise and r.asked and not r.rules for r in rows)} missed by the rules with a trigger, "
          f"{sum(r.promise and not r.asked and not r.rules for r in rows)} without one")
    threshold_votes, veto_votes = [], []
    for salt in range(args.salts):
        held = held_out(rows, args.penalty, args.min_docs, args.folds, salt)
        table, best = report(rows, held)
        vetoes, veto = veto_report(rows, held)
        print(f"\nheld-out (folds {args.folds}, dealing {salt}):\n{table}\nbest threshold: {best}\n\n{vetoes}\nbest veto: {veto}")
        threshold_votes.append(best)
        veto_votes.append(veto)
    # The stricter of the dealings' choices: the higher threshold, the lower veto (none unless all veto).
    threshold = max(threshold_votes)
    veto = {lang: min(v[lang] for v in veto_votes) for lang in VETO_LANGUAGES if all(lang in v for v in veto_votes)}
    weights = fit(rows, args.penalty, args.min_docs)
    print(f"\nthreshold {threshold}; veto {veto}; {len(weights)} weights; strongest:")
    for f, w in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:25]:
        print(f"  {w:+.3f}  {f}")
    if not args.dry_run:
        write_table(weights, threshold, veto, rows)
        print(f"written: {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
