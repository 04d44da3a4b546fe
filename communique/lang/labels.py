"""Display labels of the vocabularies' ids (roles, topics) in each language: `lang/<code>/labels.tsv`.

The record and the store hold ids (`foreign_minister`, `agriculture_food`); what a reader sees
is a label in the page's language ("Foreign minister", « Agriculture et alimentation »). An id
with no label in a language falls back to English, then to the id with its underscores as spaces.
"""
from __future__ import annotations

from functools import lru_cache

from . import table

#: The language of the web pages and of the command line's tables.
DEFAULT_LANG = "en"


@lru_cache(maxsize=None)
def _labels(lang: str) -> dict[tuple[str, str], str]:
    return {(row["kind"], row["id"]): row["label"] for row in table(lang, "labels")}


def label(kind: str, value: str | None, lang: str = DEFAULT_LANG) -> str:
    """Return the label of `value`, an id of vocabulary `kind` ('role', 'topic'), in `lang`."""
    if not value:
        return ""
    return (_labels(lang).get((kind, value)) or _labels(DEFAULT_LANG).get((kind, value))
            or value.replace("_", " "))
