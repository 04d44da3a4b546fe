#!/usr/bin/env python3
"""Time the coder against the bare spaCy pass on the same documents: `communique bench`.

    python bench/benchmark.py                              # the seed release, 500 documents
    python bench/benchmark.py dev --repeat 20
    python bench/benchmark.py generated --documents 2000 --size mixed --identify
    python bench/benchmark.py --help

Every option is `communique bench`'s (communique/cli/batch.py, communique/running/benchmark.py).
"""
import sys

from communique.cli import main

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))
