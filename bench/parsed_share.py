#!/usr/bin/env python3
"""What share of sentences and words `parse_event_sentences_only` would parse.

    python bench/parsed_share.py ../shared/eval/dev2.jsonl ../shared/corpus/real.jsonl --limit 300
    python bench/parsed_share.py corpus.jsonl --keys triggers,cues

Loads each language's pipeline with `parse_event_sentences_only` on, runs it without the parser
over the first `--limit` documents of each input (French and English ones), and prints, per
input and language, the sentences (as the sentence recogniser cuts them) that hold a span of
`--keys` and the words in them, against all.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="JSONL", help="documents in the input form")
    parser.add_argument("--limit", type=int, default=None, help="documents read from each input (all)")
    parser.add_argument("--keys", default="triggers", help="span groups that mark a sentence (default triggers)")
    args = parser.parse_args()
    os.environ["COMMUNIQUE_PARSE_EVENT_SENTENCES_ONLY"] = "1"  # read once, by get_settings, below

    from communique.language.identify import identify
    from communique.language.pipelines import get_pipeline

    for path in args.inputs:
        texts: dict[str, list[str]] = {"fr": [], "en": []}
        with open(path, encoding="utf-8") as lines:
            for line in itertools.islice(lines, args.limit):
                doc = json.loads(line)
                lang = doc.get("lang") or identify(doc["text"])
                if lang in texts:
                    texts[lang].append(doc["text"])
        for lang, batch in texts.items():
            nlp = get_pipeline(lang)
            if "communique_selective_parser" not in nlp.pipe_names:
                print(f"{path} {lang}: the model has no sentence recogniser", file=sys.stderr)
                continue
            chooser = nlp.get_pipe("communique_selective_parser")
            chooser.keys = tuple(args.keys.split(","))
            sentences = chosen = words = chosen_words = 0
            with nlp.select_pipes(disable=["communique_selective_parser"]):
                for doc in nlp.pipe(batch, batch_size=32):
                    picked = chooser.sentences_to_parse(doc)
                    sentences += sum(1 for _ in doc.sents)
                    chosen += len(picked)
                    words += len(doc)
                    chosen_words += sum(len(s) for s in picked)
            print(f"{path} {lang} ({len(batch)} documents, keys {args.keys}): sentences {chosen}/{sentences} = "
                  f"{chosen / max(sentences, 1):.2f}, words {chosen_words}/{words} = {chosen_words / max(words, 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
