"""The record in the field's formats: PLOVER JSON Lines, CSV, a Parquet dataset, a GDELT-style dyadic table.

- PLOVER JSON Lines: one merged event per line with the PLOVER manual's field names (`id`, `date`,
  `event`, `mode`, `context`, `actor`, `recipient`, `event_loc`, `aux`, `event_text`, `source`…)
  and communique's extensions beside them, as in DESIGN.md.
- CSV: one flat row per event (lists joined with ';').
- Parquet: one file per table of the store (documents, events, mentions, actors, people,
  person_names, participants, event_topics, event_organisations, signed_documents, series); the
  events with two derived columns, `day` and `multilateral`, and all of them (filter in the reader).
- GDELT: one row per dyad of an event (actor state, recipient state; every pair of actors when
  the event has no recipient), with GDELT 2.0's column names: SQLDATE, Actor1CountryCode,
  Actor1Type1Code (the actor's PLOVER sector), Actor2CountryCode, Actor2Type1Code, EventCode,
  EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, SOURCEURL.
  An event with no date of its own is dated by its first report (SQLDATE is the report's day;
  DATEADDED is always that day, as in GDELT).

Every export holds the bilateral events by default (`scope="bilateral"`): a summit of twenty
states is not twenty bilateral relations, and in a dyadic table it would outnumber them. With
`scope="all"` the multilateral events are exported too, marked (`multilateral` in PLOVER and
CSV; in GDELT, every pair of their states, as before).
"""
from __future__ import annotations

import csv
import itertools
import json
import os
import shutil
import tempfile
from typing import TextIO

from .queries import _flat, check_scope
from .vocabulary import DAY, multilateral_sql

#: The store's tables, in the order a Parquet export writes them.
TABLES = ("documents", "events", "mentions", "actors", "people", "person_names", "participants", "event_topics",
          "event_organisations", "signed_documents", "series")
FORMATS = ("plover", "csv", "parquet", "gdelt")

GDELT_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1CountryCode",
                 "Actor1Type1Code", "Actor2Code", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                 "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "ActionGeo_FullName",
                 "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL")


def plover_event(event: dict) -> dict:
    """Return a stored event with the PLOVER manual's field names (and communique's extensions)."""
    first = event["mentions"][0] if event["mentions"] else {}
    return {
        "id": event["id"], "date": event["date"], "event": event["event"], "mode": event["mode"],
        "date_reported": event["day"] if event["dated_by"] == "report" else None,
        "multilateral": event["multilateral"], "context": event["context"], "actor": event["actor"],
        "recipient": event["recipient"],
        "actor_sector": event["actor_sector"], "recipient_sector": event["recipient_sector"],
        "event_loc": ({"place": event["place"], "country": event["place_country"]}
                      if event["place"] or event["place_country"] else None),
        "aux": event["aux"], "event_text": first.get("event_text"), "cameo": event["cameo"],
        "quad_code": event["quad_code"], "event_scale": event["event_scale"], "format": event["format"],
        "series": {"name": event["series"]["name"], "ordinal": event["series"]["ordinal"]} if event["series"] else None,
        "participants": [{k: p[k] for k in ("name", "title", "role", "country")} for p in event["participants"]],
        "topics": event["topics"], "organizations": event["organizations"], "documents": event["documents"],
        "source": [{"doc_id": m["doc_id"], "url": m["url"], "source": m["source"], "published": m["published"]}
                   for m in event["mentions"]],
        "confidence": event["confidence"], "corrected": event.get("corrected"),
    }


def exported_events(store, scope: str | None = "bilateral") -> list[dict]:
    """Return the events an export holds: the bilateral ones by default, all with `scope="all"`."""
    return store.events(scope=check_scope(scope, "bilateral"))


def write_plover(store, out: TextIO, scope: str | None = "bilateral") -> int:
    """Write the events as PLOVER JSON Lines; return the number written."""
    n = 0
    for event in exported_events(store, scope):
        out.write(json.dumps(plover_event(event), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(store, out: TextIO, scope: str | None = "bilateral") -> int:
    """Write the events as one CSV row each; return the number written."""
    rows = [_flat(e) for e in exported_events(store, scope)]
    columns = list(rows[0]) if rows else list(flat_columns())
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


def flat_columns() -> tuple[str, ...]:
    """The columns of an event's flat row (CSV exports and downloads), in order."""
    empty = {"id": 0, "date": None, "day": None, "dated_by": None, "multilateral": False, "event": "", "mode": None,
             "actor": [], "recipient": [], "actor_sector": [], "recipient_sector": [], "countries": [],
             "cameo": None, "quad_code": None, "event_scale": None, "format": None, "aux": None, "series": None,
             "place": None, "place_country": None, "topics": [], "organizations": [], "documents": [], "participants": [], "mentions": [],
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


def _compact(day: str | None, length: int) -> str | None:
    """'2024-05-04' -> '20240504' (length 8), '202405' (6) or '2024' (4); None when too imprecise."""
    digits = (day or "").replace("-", "")
    return digits[:length] if len(digits) >= length else None


def gdelt_rows(store, scope: str | None = "bilateral") -> list[dict]:
    """Return the GDELT-style dyadic rows of the events (see the module docstring)."""
    rows = []
    for event in exported_events(store, scope):
        # (code, sector) of each side: GDELT's Actor1Type1Code is the actor's sector (MIL, REB, GOV…).
        actors = list(zip(event["actor"], event["actor_sector"]))
        recipients = list(zip(event["recipient"], event["recipient_sector"]))
        if recipients:
            pairs = [(a, r) for a in actors for r in recipients]
        elif len(actors) > 1:
            pairs = list(itertools.combinations(actors, 2))
        else:
            pairs = [(a, (None, None)) for a in actors]
        day = event["day"]
        reported = min((m["published"] for m in event["mentions"] if m["published"]), default=None)
        sources = {m["source"] or m["doc_id"] for m in event["mentions"]}
        url = next((m["url"] for m in event["mentions"] if m["url"]), None)
        for n, ((a, a_sector), (b, b_sector)) in enumerate(pairs, 1):
            rows.append({
                "GLOBALEVENTID": f"{event['id']}.{n}", "SQLDATE": _compact(day, 8),
                "MonthYear": _compact(day, 6), "Year": _compact(day, 4), "Actor1Code": a, "Actor1CountryCode": a,
                "Actor1Type1Code": a_sector, "Actor2Code": b, "Actor2CountryCode": b, "Actor2Type1Code": b_sector,
                "IsRootEvent": 1, "EventCode": event["cameo"],
                "EventBaseCode": event["cameo"][:3] if event["cameo"] else None, "EventRootCode": _root(event["cameo"]),
                "QuadClass": quad_class(event["cameo"]), "GoldsteinScale": event["event_scale"],
                "NumMentions": len(event["mentions"]), "NumSources": len(sources),
                "NumArticles": len({m["doc_id"] for m in event["mentions"]}), "AvgTone": None,
                "ActionGeo_FullName": event["place"], "ActionGeo_CountryCode": event["place_country"],
                "DATEADDED": _compact(reported, 8), "SOURCEURL": url or (event["mentions"][0]["doc_id"] if event["mentions"] else None),
            })
    return rows


def write_gdelt(store, out: TextIO, scope: str | None = "bilateral") -> int:
    """Write the GDELT-style dyadic table as tab-separated values (GDELT's own layout); return the rows."""
    rows = gdelt_rows(store, scope)
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
                # Events carry what the questions derive: their day and whether they are multilateral.
                sql = (f"SELECT e.*, {DAY} AS day, {multilateral_sql()} AS multilateral FROM events e"
                       if name == "events" else f"SELECT * FROM {name}")
                frame = pd.read_sql_query(sql, store.conn)
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
