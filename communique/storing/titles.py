"""A person's titles over time, normalised to their role across languages and wordings.

The coder keeps each title as the words of the text ("vice-ministre des Affaires étrangères de
la République du Kazakhstan", "Deputy Minister of Foreign Affairs of Kazakhstan") with its role
id (`deputy_foreign_minister`). One post held is one row here: the role, the office (the
institution the wordings name most often) and the wordings kept as variants. A wording that
names someone by relation, not by post ("homologue marocain", "his counterpart": the titles
tables' `counterpart` entries, in every language), is no title: its role is kept, its words are not.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..lang import languages, table
from ..lang.labels import label
from ..recognising.lexicon import fold


@lru_cache(maxsize=1)
def _relational_words() -> frozenset[str]:
    return frozenset(fold(row["pattern"]) for lang in languages() for row in table(lang, "titles")
                     if row.get("kind") == "counterpart")


def is_relational(wording: str | None) -> bool:
    """True for a wording that names a relation, not a post ('homologue marocain', 'his counterpart')."""
    return bool(wording) and any(word in _relational_words() for word in fold(wording).replace("'", " ").split())


def titles_over_time(rows: list[dict]) -> list[dict]:
    """Return one entry per post from participant rows ({title, role, institution, date}):
    {role, label, office, variants, first, last, events}, by first date."""
    posts: dict[str, dict] = {}
    offices: dict[str, Counter] = {}
    for r in rows:
        wording = None if is_relational(r.get("title")) else (r.get("title") or None)
        if not r.get("role") and not wording:
            continue
        key = r.get("role") or "title:" + " ".join(fold(wording).split())
        post = posts.setdefault(key, {"role": r.get("role"), "label": label("role", r.get("role")) or wording,
                                      "office": None, "variants": [], "first": None, "last": None, "events": 0})
        post["events"] += 1
        if wording and wording not in post["variants"]:
            post["variants"].append(wording)
        if r.get("institution"):
            offices.setdefault(key, Counter())[r["institution"]] += 1
        if r.get("date"):
            post["first"] = min(filter(None, [post["first"], r["date"]]))
            post["last"] = max(filter(None, [post["last"], r["date"]]))
    for key, counts in offices.items():
        posts[key]["office"] = counts.most_common(1)[0][0]
    return sorted(posts.values(), key=lambda p: (p["first"] is None, p["first"] or "", p["label"]))
