#!/usr/bin/env python3
"""Time the coder against the bare spaCy pass on the same documents, in the same run.

    python bench/benchmark.py                       # ../shared/eval/seed.jsonl, 500 documents
    python bench/benchmark.py --input dev --repeat 20
    python bench/benchmark.py --input my.jsonl --lang fr

(a) bare: the language's spaCy model alone (NER + parser, none of communique's components),
    `get_bare_pipeline(lang).pipe(...)` over the same texts and titles the coder parses;
(b) coder: `extract_batch(documents)`, everything included (recognisers, coding, records).
Documents are grouped by language for the bare pass; documents of a language with no model
(gazetteer-only languages such as ru) are left out of both passes and counted.
Peak RSS is the process's high-water mark after each pass (ru_maxrss), so (b)'s includes (a)'s.
"""
from __future__ import annotations

import argparse
import math
import resource
import sys
import time
from collections import defaultdict, deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
INPUTS = {"seed": SHARED / "eval" / "seed.jsonl", "dev": SHARED / "eval" / "dev.jsonl"}
#: Without --repeat, the input is repeated up to at least this many documents.
DEFAULT_DOCUMENTS = 500
WARM_UP_DOCUMENTS = 3


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", default="seed", help="seed, dev or a file/directory of documents (default seed)")
    parser.add_argument("--repeat", type=int, help=f"times to repeat the input (default: up to {DEFAULT_DOCUMENTS} documents)")
    parser.add_argument("--lang", help="force the language of every document")
    args = parser.parse_args(argv)

    from communique import ReadError, extract_batch, read_inputs
    from communique.language.identify import identify
    from communique.language.pipelines import get_bare_pipeline, get_pipeline
    from communique.settings import get_settings

    path = INPUTS.get(args.input, Path(args.input))
    if not path.exists():
        print(f"benchmark: error: {path} not found", file=sys.stderr)
        return 2
    unique = []
    for item in read_inputs([str(path)]):
        if isinstance(item, ReadError):
            print(f"benchmark: skipped {item}", file=sys.stderr)
        else:
            unique.append(item)
    if not unique:
        print("benchmark: error: no documents", file=sys.stderr)
        return 2

    # Language per document, as extract_batch decides it; only languages with a model are timed.
    by_lang: dict[str, list] = defaultdict(list)
    for doc in unique:
        by_lang[args.lang or doc.lang or identify(doc.text) or "xx"].append(doc)
    skipped = {lang: len(docs) for lang, docs in by_lang.items() if get_bare_pipeline(lang) is None}
    by_lang = {lang: docs for lang, docs in by_lang.items() if lang not in skipped}
    if skipped:
        print(f"left out (no model, gazetteers only): {skipped}")
    if not by_lang:
        print("benchmark: error: no document in a language with a model", file=sys.stderr)
        return 2
    n_unique = sum(len(d) for d in by_lang.values())
    repeat = args.repeat or max(1, math.ceil(DEFAULT_DOCUMENTS / n_unique))

    # Warm-up: load both pipelines of every language and code a few documents.
    started = time.perf_counter()
    for lang, docs in by_lang.items():
        get_pipeline(lang)
        deque(get_bare_pipeline(lang).pipe([d.text for d in docs[:WARM_UP_DOCUMENTS]]), maxlen=0)
        deque(extract_batch(docs[:WARM_UP_DOCUMENTS], lang=lang), maxlen=0)
    print(f"warm-up (pipelines loaded, a few documents coded): {time.perf_counter() - started:.1f} s; peak RSS {peak_rss_mb():.0f} MB")

    # Language groups in a row, each repeated: the same documents for both passes.
    groups = {lang: docs * repeat for lang, docs in by_lang.items()}
    documents = [d for docs in groups.values() for d in docs]
    n_docs = len(documents)
    n_words = sum(len(d.text.split()) + len((d.title or "").split()) for d in documents)
    batch_size = get_settings().batch_size

    rows = []
    started = time.perf_counter()
    for lang, docs in groups.items():
        # The coder parses each text and its title; the bare pass parses the same strings.
        texts = [s for d in docs for s in (d.text, d.title or "")]
        deque(get_bare_pipeline(lang).pipe(texts, batch_size=2 * batch_size), maxlen=0)
    rows.append(("bare spaCy", time.perf_counter() - started, peak_rss_mb()))

    started = time.perf_counter()
    coded = sum(1 for _ in extract_batch(documents, lang=args.lang))
    rows.append(("coder", time.perf_counter() - started, peak_rss_mb()))
    assert coded == n_docs, (coded, n_docs)

    langs = ", ".join(f"{lang} {len(docs)}" for lang, docs in groups.items())
    print(f"input {path} x {repeat}: {n_docs} documents ({langs}), {n_words:,} words")
    print(f"{'pass':12} {'seconds':>8} {'docs/s':>8} {'words/s':>9} {'peak RSS MB':>12}")
    for name, seconds, rss in rows:
        print(f"{name:12} {seconds:8.2f} {n_docs / seconds:8.1f} {n_words / seconds:9.0f} {rss:12.0f}")
    bare, coder = rows[0][1], rows[1][1]
    print(f"coder/bare docs/s ratio: {bare / coder:.2f} (the coder runs at {100 * bare / coder:.0f}% of the bare speed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
