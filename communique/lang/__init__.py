"""Language data, one folder per language (ISO 639-1 code), read as tab-separated tables.

Every table is UTF-8 TSV: lines starting with '#' are comments, the first other line is
the header, each following line a row. Adding a language means adding a folder; the
loader finds it by its code. Language-neutral tables live in `communique/data/`.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent
DATA_DIR = LANG_DIR.parent / "data"


def languages() -> list[str]:
    """Return the codes of the languages that have a data folder."""
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and len(p.name) == 2)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Return the rows of a TSV table as dicts keyed by its header (empty cells are '')."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


@lru_cache(maxsize=None)
def table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Return the rows of `lang/<lang>/<name>.tsv`, or () when the language lacks that table."""
    path = LANG_DIR / lang / f"{name}.tsv"
    return tuple(read_tsv(path)) if path.exists() else ()


@lru_cache(maxsize=None)
def neutral_table(name: str) -> tuple[dict[str, str], ...]:
    """Return the rows of the language-neutral table `data/<name>.tsv`."""
    return tuple(read_tsv(DATA_DIR / f"{name}.tsv"))
