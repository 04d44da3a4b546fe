"""CSV downloads of what a page shows: the same filters as its JSON, one flat row per item.

`/events.csv`, `/agreements.csv`, `/people.csv` and `/countries/{A}/partners.csv` take the
query parameters of `/events`, `/agreements`, `/people` and `/countries/{A}/partners`; the
pages link to them with their current filters, so the file holds the filtered view.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ..storing.exports import flat_columns
from ..storing.queries import _flat
from . import models
from .api import MAX_INTEGER, Country, Date, Scope, Sort, event_filters, resolve_country
from .stores import reader

router = APIRouter(tags=["downloads"], responses=models.ERRORS)
CSV_ANSWER = {200: {"content": {"text/csv": {}}, "description": "a CSV file with a header row"}}


def _value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ";".join(str(_value(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_response(rows: list[dict], columns: list[str], name: str) -> Response:
    """Rows as a CSV attachment named `name`.csv (lists joined with ';')."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({c: _value(r.get(c)) for c in columns} for r in rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


EVENT_COLUMNS = list(flat_columns())


@router.get("/events.csv", response_class=Response, responses=CSV_ANSWER)
def events_csv(request: Request, filters: Annotated[dict, Depends(event_filters)], sort: Sort = "newest"):
    """Every event matching the filters of /events, one row each."""
    with reader(request) as store:
        found = store.events(**filters, sort=sort)
    return csv_response([_flat(e) for e in found], EVENT_COLUMNS, "events")


@router.get("/agreements.csv", response_class=Response, responses=CSV_ANSWER)
def agreements_csv(request: Request, country: Country = None, counterpart: Country = None,
                   kind: str | None = None, since: Date = None, until: Date = None):
    """The agreements matching the filters of /agreements."""
    with reader(request) as store:
        found = store.agreements(country=country, counterpart=counterpart, kind=kind, since=since, until=until)
    return csv_response(found, ["event_id", "date", "day", "dated_by", "kind", "title", "countries", "event",
                                "doc_ids"], "agreements")


@router.get("/people.csv", response_class=Response, responses=CSV_ANSWER)
def people_csv(request: Request, name: str | None = None, country: Country = None):
    """The people matching the filters of /people, their posts as 'label first…last' joined with ';'."""
    with reader(request) as store:
        found = store.people(name=name, country=country)
    rows = [{**p, "posts": [f"{t['label']} {t['first'] or ''}…{t['last'] or ''}" for t in p["titles"]],
             "wordings": [v for t in p["titles"] for v in t["variants"]]} for p in found]
    return csv_response(rows, ["id", "name", "country", "events", "posts", "wordings", "names"], "people")


@router.get("/countries/{country}/partners.csv", response_class=Response, responses=CSV_ANSWER)
def partners_csv(request: Request, country: str, scope: Scope = "bilateral",
                 limit: Annotated[int | None, Query(ge=1, le=MAX_INTEGER)] = None):
    """A country's ranked partners, as /countries/{country}/partners."""
    code = resolve_country(country)
    with reader(request) as store:
        found = store.partners(code, limit=limit, scope=scope)
    return csv_response(found, ["country", "events", "between_states", "with_other_actors", "cooperation", "last_date", "types"], f"partners-{code}")
