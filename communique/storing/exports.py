"""The record in the field's formats: PLOVER JSON Lines, CSV, a Parquet dataset, a GDELT-style dyadic table.

- PLOVER JSON Lines: one merged event per line with the PLOVER manual's field names (`id`, `date`,
  `event`, `mode`, `context`, `actor`, `recipient`, `event_loc`, `aux`, `event_text`, `source`…)
  and communique's extensions beside them, as in DESIGN.md.
- CSV: one flat row per event (lists joined with ';').
- Parquet: one file per table of the store (documents, events, mentions, actors, people,
  person_names, participants, event_topics, event_organisations, signed_documents, series).
- GDELT: one row per dyad of an event (actor state, recipient state; every pair of actors when
  the event has no recipient), with GDELT 2.0's column names: SQLDATE, Actor1CountryCode,
  Actor2CountryCode, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale,
  NumMentions, NumSources, SOURCEURL.
"""
from __future__ import annotations

import csv
import itertools
import json
import os
import shutil
import tempfile
from typing import TextIO

from .queries import _flat

#: The store's tables, in the order a Parquet export writes them.
TABLES = ("documents", "events", "mentions", "actors", "people", "person_names", "participants", "event_topics",
          "event_organisations", "signed_documents", "series")
FORMATS = ("plover", "csv", "parquet", "gdelt")

GDELT_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1CountryCode", "Actor2Code",
                 "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                 "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "ActionGeo_FullName",
                 "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL")


def plover_event(event: dict) -> dict:
    """Return a stored event with the PLOVER manual's field names (and communique's extensions)."""
    first = event["mentions"][0] if event["mentions"] else {}
    return {
        "id": event["id"], "date": event["date"], "event": event["event"], "mode": event["mode"],
        "context": event["context"], "actor": event["actor"], "recipient": event["recipient"],
        "event_loc": {"place": event["place"], "country": event["place_country"]} if event["place"] else None,
        "aux": event["aux"], "event_text": first.get("event_text"), "cameo": event["cameo"],
        "quad_code": event["quad_code"], "event_scale": event["event_scale"], "format": event["format"],
        "series": {"name": event["series"]["name"], "ordinal": event["series"]["ordinal"]} if event["series"] else None,
        "participants": [{k: p[k] for k in ("name", "title", "role", "country")} for p in event["participants"]],
        "topics": event["topics"], "organizations": event["organizations"], "documents": event["documents"],
        "source": [{"doc_id": m["doc_id"], "url": m["url"], "source": m["source"], "published": m["published"]}
                   for m in event["mentions"]],
        "confidence": event["confidence"], "corrected": event.get("corrected"),
    }


def write_plover(store, out: TextIO) -> int:
    """Write every event as PLOVER JSON Lines; return the number written."""
    n = 0
    for event in store.events():
        out.write(json.dumps(plover_event(event), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(store, out: TextIO) -> int:
    """Write every event as one CSV row; return the number written."""
    rows = [_flat(e) for e in store.events()]
    columns = list(rows[0]) if rows else list(_flat_columns())
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


def _flat_columns() -> tuple[str, ...]:
    empty = {"id": 0, "date": None, "event": "", "mode": None, "actor": [], "recipient": [], "countries": [],
             "cameo": None, "quad_code": None, "event_scale": None, "format": None, "aux": None, "series": None,
             "place": None, "topics": [], "organizations": [], "documents": [], "participants": [], "mentions": [],
             "confidence": None}
    return tuple(_flat(empty))


def _root(code: str | None) -> str | None:
    return code[:2] if code else None


#: GDELT's QuadClass from the CAMEO root code: 1 verbal cooperation, 2 material cooperation,
#: 3 verbal conflict, 4 material conflict.
def quad_class(cameo: str | None) -> int | None:
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def gdelt_rows(store) -> list[dict]:
    """Return the GDELT-style dyadic rows of every event (see the module docstring)."""
    rows = []
    for event in store.events():
        if event["recipient"]:
            pairs = [(a, r) for a in event["actor"] for r in event["recipient"]]
        elif len(event["actor"]) > 1:
            pairs = list(itertools.combinations(event["actor"], 2))
        else:
            pairs = [(a, None) for a in event["actor"]]
        date = event["date"] or ""
        sources = {m["source"] or m["doc_id"] for m in event["mentions"]}
        url = next((m["url"] for m in event["mentions"] if m["url"]), None)
        for n, (a, b) in enumerate(pairs, 1):
            rows.append({
                "GLOBALEVENTID": f"{event['id']}.{n}", "SQLDATE": date.replace("-", "") if len(date) == 10 else None,
                "MonthYear": date[:7].replace("-", "") if len(date) >= 7 else None,
                "Year": date[:4] if date else None, "Actor1Code": a, "Actor1CountryCode": a,
                "Actor2Code": b, "Actor2CountryCode": b, "IsRootEvent": 1, "EventCode": event["cameo"],
                "EventBaseCode": event["cameo"][:3] if event["cameo"] else None, "EventRootCode": _root(event["cameo"]),
                "QuadClass": quad_class(event["cameo"]), "GoldsteinScale": event["event_scale"],
                "NumMentions": len(event["mentions"]), "NumSources": len(sources),
                "NumArticles": len({m["doc_id"] for m in event["mentions"]}), "AvgTone": None,
                "ActionGeo_FullName": event["place"], "ActionGeo_CountryCode": event["place_country"],
                "DATEADDED": None, "SOURCEURL": url or (event["mentions"][0]["doc_id"] if event["mentions"] else None),
            })
    return rows


def write_gdelt(store, out: TextIO) -> int:
    """Write the GDELT-style dyadic table as tab-separated values (GDELT's own layout); return the rows."""
    rows = gdelt_rows(store)
    writer = csv.DictWriter(out, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


def write_parquet(store, directory: str) -> dict[str, int]:
    """Write one Parquet file per table into `directory` (replaced whole once complete); return rows per table."""
    import pandas as pd

    directory = os.path.abspath(directory)
    parent = os.path.dirname(directory)
    os.makedirs(parent, exist_ok=True)
    temp = tempfile.mkdtemp(prefix=f".{os.path.basename(directory)}.", dir=parent)
    counts = {}
    try:
        with store._snapshot():
            for name in TABLES:
                frame = pd.read_sql_query(f"SELECT * FROM {name}", store.conn)
                frame.to_parquet(os.path.join(temp, f"{name}.parquet"), index=False)
                counts[name] = len(frame)
        with open(os.path.join(temp, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump({"format": "communique parquet export", "tables": counts}, f, indent=2)
        if os.path.exists(directory):
            shutil.rmtree(directory)
        os.replace(temp, directory)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return counts
