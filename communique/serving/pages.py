"""The web app: pages rendered on the server from the same store queries as the JSON API.

Templates are Jinja2 with autoescaping on, so every piece of document text, title or name is
escaped; the only markup inserted as-is is the SVG of `charts.py`, which escapes its own text.
The pages work without JavaScript; `static/app.js` adds event selection on document pages
and the table filter, and touches the page with classes and textContent only.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParameter
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__
from ..lang import neutral_table
from ..lang.labels import DEFAULT_LANG, label
from ..storing import EVENT_TYPES, TOPICS, StoreError, resolve_country
from ..storing.vocabulary import DOCUMENT_KINDS, SCOPES, SORTS, place_of
from ..storing.titles import is_relational
from . import charts
from .api import code_document, parse_extract, ExtractRequest
from .highlight import KINDS, highlighted
from .stores import reader

router = APIRouter(include_in_schema=False)

TEMPLATES = Path(__file__).parent / "templates"
#: Events per page on the events page.
PAGE = 50
#: The last page number the events page takes (its offset must fit SQLite's integers).
MAX_PAGE = 10**9


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {row["iso3"]: row["name_en"] for row in neutral_table("countries")}


def country_name(code: str | None) -> str:
    """Return 'Morocco' for 'MAR'; the code itself for non-state codes (IGO, UNO…)."""
    return _country_names().get(code or "", code or "?")


def doc_url(doc_id: str) -> str:
    return "/ui/documents/" + quote(str(doc_id), safe="")


@lru_cache(maxsize=512)
def is_country(code: str | None) -> bool:
    """True for a code the store's country filters take (not IGO, UNO and other non-state codes)."""
    try:
        return bool(code) and resolve_country(code) == code
    except StoreError:
        return False


def dyad_url(a: str, b: str) -> str | None:
    """The dyad page of two states; None when either is not a state (no page to link to)."""
    if not (is_country(a) and is_country(b)) or a == b:
        return None
    return f"/ui/dyads/{quote(a, safe='')}/{quote(b, safe='')}"


def country_url(code: str) -> str | None:
    """The country page; None for non-state codes."""
    return "/ui/countries/" + quote(code, safe="") if is_country(code) else None


def person_url(person_id) -> str:
    return f"/ui/people/{int(person_id)}"


def topic_label(topic: str | None) -> str:
    """'agriculture_food' -> 'Agriculture and food' (the page's language)."""
    return label("topic", topic, DEFAULT_LANG)


def role_label(role: str | None) -> str:
    return label("role", role, DEFAULT_LANG)


def shown_title(participant: dict) -> str:
    """A participant's title as the text worded it, or their role's label when the text named
    them by relation ('homologue marocain' -> 'Foreign minister')."""
    title = participant.get("title")
    return role_label(participant.get("role")) if not title or is_relational(title) else title


def place_text(place: str | None, country: str | None) -> str:
    """'Rabat (MAR)'; a place that is a country's name ('Royaume du Maroc') shows as the country."""
    place, country = place_of(place, country)
    if place:
        return f"{place} ({country})" if country else place
    return f"{country_name(country)} ({country})" if country else ""


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 document', '2 documents'."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def with_query(path: str, **params) -> str:
    """Return `path?params` without the empty ones."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(doc_url=doc_url, dyad_url=dyad_url, country_url=country_url, person_url=person_url,
                       country_name=country_name, with_query=with_query, version=__version__, KINDS=KINDS,
                       place_text=place_text, plural=plural)
    env.filters["cname"] = country_name
    env.filters["topic"] = topic_label
    env.filters["role"] = role_label
    env.filters["shown_title"] = shown_title
    return env


ENV = _environment()


def render(template: str, **context) -> str:
    """Return a page rendered from `templates/<template>`."""
    return ENV.get_template(template).render(**context)


def page(template: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(render(template, **context), status_code=status)


def error_page(request: Request, status: int, detail: str) -> HTMLResponse:
    """An error as a page of the app (unknown country, no such document…)."""
    return page("error.html", status=status, status_code=status, detail=detail)


def first_doc_link(event: dict) -> str | None:
    """The document page of the first report of a store event (for chart dots)."""
    mentions = event.get("mentions") or []
    return doc_url(mentions[0]["doc_id"]) + f"#ev-{mentions[0]['record_event_id'].rsplit(':', 1)[-1]}" \
        if mentions else None


# --------------------------------------------------------------------------- pages

@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    with reader(request) as store:
        counts = store.counts()
        latest = store.latest_events(limit=15)
    by_type = sorted(counts.get("by_type", {}).items(), key=lambda kv: (-kv[1], kv[0]))
    by_country = sorted(counts.get("by_country", {}).items(), key=lambda kv: (-kv[1], kv[0]))[:15]
    return page("home.html", counts=counts, latest=latest,
                type_chart=charts.bars([(t, n, with_query("/ui/events", type=t)) for t, n in by_type],
                                       "Events by type", label_width=100),
                country_chart=charts.bars([(f"{country_name(c)} ({c})", n, country_url(c)) for c, n in by_country],
                                          "Events by country", label_width=170))


@router.get("/ui/search", response_class=HTMLResponse)
def search(request: Request, q: str = ""):
    results = []
    if q.strip():
        with reader(request) as store:
            results = store.search(q, limit=50)
    for r in results:
        r["snippet_parts"] = snippet_parts(r.get("snippet") or "")
    return page("search.html", q=q, results=results)


#: The store's search snippets put the matched words between '[' and ']'.
_MATCH = re.compile(r"\[([^\[\]\n]{1,80})\]")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Cut a search snippet into (text, is_match) pieces; the template escapes each piece."""
    parts, at = [], 0
    for m in _MATCH.finditer(snippet):
        parts += [(snippet[at:m.start()], False), (m.group(1), True)]
        at = m.end()
    return [p for p in parts + [(snippet[at:], False)] if p[0]]


@router.get("/ui/events", response_class=HTMLResponse)
def events(request: Request, country: str = "", counterpart: str = "", type: str = "", since: str = "",
           until: str = "", topic: str = "", organisation: str = "", person: str = "", scope: str = "",
           sort: str = "", page_no: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1):
    filters = dict(country=country, counterpart=counterpart, type=type, since=since, until=until,
                   topic=topic, organisation=organisation, person=person, scope=scope, sort=sort)
    query = {k: (v or None) for k, v in filters.items() if k != "sort"}
    with reader(request) as store:
        total = store.count_events(**query)
        found = store.events(**query, limit=PAGE, offset=(page_no - 1) * PAGE, sort=sort or "newest")
    pages = max(1, math.ceil(total / PAGE))
    older, newer = ("older →", "← newer") if sort != "oldest" else ("later →", "← earlier")
    return page("events.html", filters=filters, choices={"type": EVENT_TYPES, "topic": TOPICS, "scope": SCOPES,
                                                         "sort": SORTS},
                events=found, total=total, page_no=page_no, pages=pages, older=older, newer=newer,
                prev_url=with_query("/ui/events", **filters, page_no=page_no - 1) if page_no > 1 else None,
                next_url=with_query("/ui/events", **filters, page_no=page_no + 1) if page_no < pages else None)


@router.get("/ui/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str):
    with reader(request) as store:
        found = store.document(doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        stored = _stored_events(store, found)
    record = found.get("record") or {}
    return page("document.html", doc=found, record=record, stored=stored,
                segments=highlighted(record, found.get("text")))


def _stored_events(store, doc: dict) -> dict[str, dict]:
    """Map each record event id of `doc` to the store event it was merged into."""
    out = {}
    for event_id in doc.get("events") or []:
        event = store.event(event_id)
        for mention in (event or {}).get("mentions") or []:
            if mention.get("doc_id") == doc["doc_id"]:
                out[mention["record_event_id"]] = event
    return out


def dyad_promises(request: Request, a: str, b: str) -> list[dict]:
    """The promises between two states with their fate (`Store.commitments`), for the dyad page."""
    with reader(request) as store:
        return store.commitments(a, b)


@router.get("/ui/dyad", response_class=HTMLResponse)
def dyad_form(a: str = "", b: str = ""):
    """The home page's relationship form: resolve both names, then go to the dyad page."""
    if not a.strip() or not b.strip():
        raise HTTPException(400, "give two countries, e.g. Kazakhstan and Morocco")
    return RedirectResponse(dyad_url(resolve_country(a), resolve_country(b)), status_code=303)


@router.get("/ui/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: str, b: str, scope: str = "bilateral"):
    code_a, code_b = resolve_country(a), resolve_country(b)
    if (code_a, code_b) != (a, b):
        return RedirectResponse(dyad_url(code_a, code_b), status_code=307)
    with reader(request) as store:
        history = store.timeline(code_a, code_b, scope=scope)
    totals: dict[str, int] = {}
    for by_topic in (history.get("topics") or {}).values():
        for topic, n in by_topic.items():
            totals[topic] = totals.get(topic, 0) + n
    topics = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    reports = {e["id"]: sorted({m["doc_id"] for m in e.get("mentions") or []}) for e in history.get("events") or []}
    return page("dyad.html", a=code_a, b=code_b, history=history, reports=reports, promises=dyad_promises(request, code_a, code_b),
                timeline_chart=charts.timeline(history.get("events") or [], first_doc_link),
                score_chart=charts.score(history.get("score") or []),
                topic_chart=charts.bars([(topic_label(t), n, None) for t, n in topics], "Topics", label_width=200),
                years=sorted(history.get("topics") or {}))


@router.get("/ui/countries/{country}", response_class=HTMLResponse)
def country(request: Request, country: str, scope: str = "bilateral"):
    code = resolve_country(country)
    if code != country:
        return RedirectResponse(country_url(code), status_code=307)
    with reader(request) as store:
        partners = store.partners(code, scope=scope)
        total = store.count_events(country=code)
        latest = store.events(country=code, limit=10, sort="newest")
    return page("country.html", code=code, partners=partners, total=total, latest=latest, scope=scope,
                network=charts.network(code, partners[:24], country_url))


@router.get("/ui/people", response_class=HTMLResponse)
def people(request: Request, name: str = "", country: str = ""):
    with reader(request) as store:
        found = store.people(name=name or None, country=country or None)
    return page("people.html", people=found, name=name, country=country)


@router.get("/ui/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: Annotated[int, PathParameter(ge=1, le=2**62)]):
    with reader(request) as store:
        found = store.person(person_id)
    if found is None:
        raise HTTPException(404, f"no person {person_id}")
    return page("person.html", person=found, titles_chart=charts.periods(found.get("titles") or []))


@router.get("/ui/agreements", response_class=HTMLResponse)
def agreements(request: Request, country: str = "", counterpart: str = "", kind: str = "", since: str = "",
               until: str = ""):
    filters = dict(country=country, counterpart=counterpart, kind=kind, since=since, until=until)
    with reader(request) as store:
        found = store.agreements(**{k: (v or None) for k, v in filters.items()})
    return page("agreements.html", agreements=found, filters=filters, choices={"kind": DOCUMENT_KINDS})


@router.get("/ui/series", response_class=HTMLResponse)
def series(request: Request, country: str = "", counterpart: str = ""):
    with reader(request) as store:
        found = store.series(country=country or None, counterpart=counterpart or None)
    return page("series.html", series=found, country=country, counterpart=counterpart)


@router.get("/ui/extract", response_class=HTMLResponse)
def extract_form():
    return page("extract.html", form={}, record=None, segments=[])


@router.post("/ui/extract", response_class=HTMLResponse)
async def extract_submit(request: Request):
    """Code the pasted text (nothing is stored) and show it like a document page."""
    try:
        fields = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8"), strict_parsing=False).items()}
    except UnicodeDecodeError:
        raise HTTPException(400, "the form is not UTF-8") from None
    form = {k: fields.get(k, "").strip() for k in ("text", "lang", "published", "title")}
    if not form["text"]:
        return page("extract.html", status=400, form=form, record=None, segments=[],
                    problem="paste a text to code")
    try:
        body = ExtractRequest(text=form["text"], lang=form["lang"] or None, published=form["published"] or None,
                              title=form["title"] or None)
    except ValueError:
        return page("extract.html", status=400, form=form, record=None, segments=[],
                    problem="the language must be a two-letter code such as fr or en")
    from starlette.concurrency import run_in_threadpool
    record = await run_in_threadpool(lambda: code_document(parse_extract(request, body), request))
    segments = await run_in_threadpool(highlighted, record, record.get("text"))
    return page("extract.html", form=form, record=record, segments=segments)


__all__ = ["router", "render", "error_page", "StoreError"]
