"""Watching on the web: the rules and their latest matches (GET /watch/rules, /watch/matches, the page
/ui/watch) and an Atom feed per rule (/watch/rules/{name}.atom) that any feed reader can follow."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import quote
from xml.sax.saxutils import escape

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from .. import __version__
from ..storing import QueryError
from .answers import ERRORS, NOT_FOUND
from .models import WatchMatch, WatchRule
from .stores import reader

router = APIRouter(responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=500)]


def feed_url(name: str) -> str:
    return f"/watch/rules/{quote(name, safe='')}.atom"


@router.get("/watch/rules", tags=["watch"])
def rules(request: Request) -> list[WatchRule]:
    """The watch rules kept in the store, with their number of matches and the latest."""
    with reader(request) as store:
        return [{**r, "feed": feed_url(r["name"])} for r in store.watch_rules()]


@router.get("/watch/matches", tags=["watch"], responses=NOT_FOUND)
def matches(request: Request, rule: str | None = None, limit: Limit = 50) -> list[WatchMatch]:
    """The latest matches (of one rule when given), newest first."""
    with reader(request) as store:
        try:
            return store.watch_matches(rule=rule, limit=limit)
        except QueryError as exc:
            raise HTTPException(404, str(exc)) from None


@router.get("/watch/rules/{name}.atom", tags=["watch"], response_class=Response, responses={
    **NOT_FOUND, 200: {"content": {"application/atom+xml": {"schema": {"type": "string", "description": "Atom 1.0"}}}}})
def atom(request: Request, name: str, limit: Limit = 50) -> Response:
    """The matches of one rule as an Atom 1.0 feed, newest first."""
    with reader(request) as store:
        try:
            found = store.watch_matches(rule=name, limit=limit)
        except QueryError as exc:
            raise HTTPException(404, str(exc)) from None
    base = str(request.base_url).rstrip("/")
    updated = found[0]["found_at"] if found else "1970-01-01T00:00:00+00:00"
    entries = []
    for m in found:
        event = m["event"]
        first = event["mentions"][0] if event["mentions"] else {}
        link = f"{base}/ui/documents/{quote(first['doc_id'], safe='')}" if first.get("doc_id") else f"{base}/ui/watch"
        states = "+".join(event["actor"]) + (" → " + "+".join(event["recipient"]) if event["recipient"] else "")
        title = f"{event['date'] or '?'} {event['event']} {states}"
        summary = first.get("event_text") or first.get("title") or ""
        entries.append(
            f"<entry><id>{escape(base)}/watch/reports/{m['id']}</id><title>{escape(title)}</title>"
            f"<updated>{escape(m['found_at'])}</updated><link href=\"{escape(link)}\"/>"
            f"<summary>{escape(summary)}</summary></entry>")
    body = (f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<id>{escape(base + feed_url(name))}</id><title>communique watch: {escape(name)}</title>"
            f"<updated>{escape(updated)}</updated><generator version=\"{__version__}\">communique</generator>"
            f"<link rel=\"self\" href=\"{escape(base + feed_url(name))}\"/>{''.join(entries)}</feed>\n")
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/ui/watch", response_class=HTMLResponse, include_in_schema=False)
def watch_page(request: Request, rule: str = ""):
    from .pages import page
    with reader(request) as store:
        found_rules = store.watch_rules()
        latest = store.watch_matches(rule=rule or None, limit=50)
    return page("watch.html", rules=found_rules, latest=latest, rule=rule, feed_url=feed_url)
