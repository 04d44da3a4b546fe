"""The JSON API: each endpoint calls one store query (or the coder) and returns its result.

The web pages call the same store functions, so a page and its JSON never disagree. Store
errors (an unknown country, a malformed date) become 400 with the store's message; unknown
ids 404; the one write endpoint, POST /ingest, needs the server's bearer token.
"""
from __future__ import annotations

import hmac
import json
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..reading import Document, ReadError, normalise_published
from ..reading import document_from_input
from ..storing import Store, resolve_country
from ..storing.queries import SCOPES, SORTS
from . import models
from .coding_pool import CodingPool, close_all
from .highlight import NLP_LOCK
from .stores import reader

# The coding workers stop with the server (they start with the first request that codes).
router = APIRouter(responses=models.ERRORS, on_shutdown=[close_all])
_pool_lock = threading.Lock()

#: Largest page of events one request returns.
MAX_LIMIT = 1000
#: Largest id or offset a request takes: SQLite's integers are 64-bit, and a larger number must
#: be a 422 that says so, not an overflow inside the query.
MAX_INTEGER = 2**62
NOT_FOUND = {404: {"model": models.Problem, "description": "no such id"}}

Id = Annotated[int, Path(ge=1, le=MAX_INTEGER)]
Offset = Annotated[int, Query(ge=0, le=MAX_INTEGER, description="skip this many first")]
Sort = Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$", description="newest (default) or oldest first")]
Scope = Annotated[str, Query(pattern="^(" + "|".join(SCOPES) + ")$",
                             description="bilateral events, multilateral ones (summits, 3+ states) or all")]

Country = Annotated[str | None, Query(description="ISO code (MAR, MA) or name (Morocco, Maroc)")]
Date = Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD")]


class ExtractRequest(BaseModel):
    """A text to code, with what is known about it."""

    text: str = Field(min_length=1, description="the document's text")
    lang: str | None = Field(None, pattern=r"^[a-z]{2}$", description="ISO 639-1; identified when absent")
    published: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY: anchors relative dates")
    title: str | None = None
    id: str | None = Field(None, description="the document id the record keeps (a content hash when absent)")


def coding_pool(request: Request) -> CodingPool:
    """The app's pool of coding workers (`coding_workers` of them), made on first use."""
    state = request.app.state
    with _pool_lock:
        if getattr(state, "coding_pool", None) is None:
            state.coding_pool = CodingPool(state.settings.coding_workers, lock=NLP_LOCK)
        return state.coding_pool


def code_document(document: Document, request: Request | None = None) -> dict:
    """Return the record of one document as a dict (with its text): coded by the app's pool of
    workers given the `request`, else in this process under the pipeline lock."""
    pool = coding_pool(request) if request is not None else CodingPool(0, lock=NLP_LOCK)
    return pool.code_one(document).to_dict(with_text=True)


def parse_extract(request: Request, body: ExtractRequest) -> Document:
    """Return the Document of an extract request; 413 when the text is over the document limit,
    400 for a publication date that is not one."""
    limit = request.app.state.settings.max_document_bytes
    if len(body.text.encode("utf-8")) > limit:
        raise HTTPException(413, f"document too large: the limit is {limit:,} bytes (max_document_bytes)")
    if not body.text.strip():
        raise HTTPException(400, "empty document")
    try:
        published = normalise_published(body.published or None)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None
    return Document(text=body.text, id=body.id or None, title=body.title or None, lang=body.lang,
                    published=published)


@router.get("/health", tags=["server"], response_model=models.Health)
def health(request: Request) -> dict:
    """The server is up and its store readable: its version and the number of documents."""
    with reader(request) as store:
        documents = store.counts()["documents"]
    return {"status": "ok", "version": __version__, "documents": documents}


@router.post("/extract", tags=["coding"], response_model=models.CodedRecord,
             responses={413: {"model": models.Problem, "description": "a text over max_document_bytes"}})
def extract(request: Request, body: ExtractRequest) -> dict:
    """Code a text and return its record (events with their supporting spans). Nothing is stored."""
    record = code_document(parse_extract(request, body), request)
    record.pop("text", None)
    return record


@router.get("/counts", tags=["store"], response_model=models.Counts)
def counts(request: Request) -> dict:
    """How many documents, events, mentions, people, series and agreements; events by type and country."""
    with reader(request) as store:
        return store.counts()


def event_filters(country: Country = None, counterpart: Country = None,
                  type: Annotated[str | None, Query(description="PLOVER type, e.g. CONSULT")] = None,
                  since: Date = None, until: Date = None, topic: str | None = None, organisation: str | None = None,
                  person: str | None = None, scope: Scope = "all",
                  sector: Annotated[str | None, Query(description="PLOVER sector of an actor, e.g. MIL")] = None) -> dict:
    """The filters of /events (and of its CSV download), as the store's keyword arguments."""
    return dict(country=country, counterpart=counterpart, type=type, since=since, until=until,
                topic=topic, organisation=organisation, person=person, scope=scope, sector=sector)


@router.get("/events", tags=["store"], response_model=models.EventPage)
def events(request: Request, filters: Annotated[dict, Depends(event_filters)],
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50, offset: Offset = 0, sort: Sort = "newest") -> dict:
    """Events matching the filters, newest first (or `sort=oldest`; an event with no date of its
    own goes by its first report's day), one page at a time, with the total count."""
    with reader(request) as store:
        total = store.count_events(**filters)
        page = store.events(**filters, limit=limit, offset=offset, sort=sort)
    return {"total": total, "limit": limit, "offset": offset, "events": page}


@router.get("/events/{event_id}", tags=["store"], response_model=models.Event, responses=NOT_FOUND)
def event(request: Request, event_id: Id) -> dict:
    """One event with its participants and the documents that report it."""
    with reader(request) as store:
        found = store.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    return found


@router.get("/documents/{doc_id:path}", tags=["store"], response_model=models.StoredDocument, responses=NOT_FOUND)
def document(request: Request, doc_id: str) -> dict:
    """A stored document: its metadata, text and coded record (offsets into the text)."""
    with reader(request) as store:
        found = store.document(doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return found


@router.get("/dyads/{a}/{b}/timeline", tags=["store"], response_model=models.Timeline)
def timeline(request: Request, a: str, b: str, scope: Scope = "bilateral") -> dict:
    """The history of a relationship: events by date, agreements, topics by year, the
    cooperation score by month, series rounds and the people involved. Bilateral events by
    default (`left_out` says how many multilateral ones `scope=all` would add)."""
    with reader(request) as store:
        return store.timeline(a, b, scope=scope)


@router.get("/countries/{country}/partners", tags=["store"], response_model=models.Partners)
def partners(request: Request, country: str, limit: Annotated[int | None, Query(ge=1, le=MAX_INTEGER)] = None,
             scope: Scope = "bilateral") -> dict:
    """A country's partners ranked by number of events, with the mean cooperation score; from
    bilateral events by default (one summit attended makes no partner)."""
    code = resolve_country(country)
    with reader(request) as store:
        return {"country": code, "scope": scope, "partners": store.partners(code, limit=limit, scope=scope)}


@router.get("/people", tags=["store"], response_model=list[models.Person])
def people(request: Request, name: str | None = None, country: Country = None) -> list[dict]:
    """People who took part in events, with their titles over time."""
    with reader(request) as store:
        return store.people(name=name, country=country)


@router.get("/people/{person_id}", tags=["store"], response_model=models.PersonDetail, responses=NOT_FOUND)
def person(request: Request, person_id: Id) -> dict:
    """One person, their titles and their events."""
    with reader(request) as store:
        found = store.person(person_id)
    if found is None:
        raise HTTPException(404, f"no person {person_id}")
    return found


@router.get("/agreements", tags=["store"], response_model=list[models.Agreement])
def agreements(request: Request, country: Country = None, counterpart: Country = None,
               kind: Annotated[str | None, Query(description="protocol, memorandum, agreement…")] = None,
               since: Date = None, until: Date = None) -> list[dict]:
    """Documents signed, adopted or exchanged, with their date and parties."""
    with reader(request) as store:
        return store.agreements(country=country, counterpart=counterpart, kind=kind, since=since, until=until)


@router.get("/series", tags=["store"], response_model=list[models.Series])
def series(request: Request, country: Country = None, counterpart: Country = None) -> list[dict]:
    """Recurring mechanisms (political consultations, joint commissions) and their rounds."""
    with reader(request) as store:
        return store.series(country=country, counterpart=counterpart)


@router.get("/search", tags=["store"], response_model=list[models.SearchHit])
def search(request: Request, q: Annotated[str, Query(min_length=1, description="words to find")],
           limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict]:
    """Full-text search over the documents (accents ignored)."""
    if not q.strip():
        raise HTTPException(400, "empty search")
    with reader(request) as store:
        return store.search(q, limit=limit)


# --------------------------------------------------------------------------- writing

def check_token(request: Request) -> None:
    """401 without a bearer token, 403 with a wrong one or when the server has none configured."""
    expected = request.app.state.settings.ingest_token
    if not expected:
        raise HTTPException(403, "ingest is disabled: the server has no ingest_token configured")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "missing 'Authorization: Bearer <token>' header",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise HTTPException(403, "invalid token")


@router.post("/ingest", tags=["store"], response_model=models.IngestReport, responses={
    401: {"model": models.Problem, "description": "no bearer token"},
    403: {"model": models.Problem, "description": "a wrong token, or ingest disabled"},
    413: {"model": models.Problem, "description": "a body over max_request_bytes"}}, openapi_extra={"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"description": "a document in the input form, a list of them, "
                                                    "or {\"documents\": [...]}",
                                    "example": [{"id": "a1", "text": "…", "lang": "fr", "published": "2024-05-12"}]}}}}})
async def ingest(request: Request) -> dict:
    """Code documents in the input form ({"id", "text", "title"?, "lang"?, "published"?, "url"?,
    "source"?}) and store them. Needs `Authorization: Bearer <token>`."""
    check_token(request)  # before the body is even read
    try:
        data: Any = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"the body is not JSON: {exc}") from None
    if isinstance(data, dict) and "documents" in data:
        data = data["documents"]
    items = data if isinstance(data, list) else [data]
    if not items:
        raise HTTPException(400, "no documents in the body")
    documents, errors = [], []
    for i, item in enumerate(items):
        try:
            documents.append(document_from_input(item, f"documents[{i}]"))
        except ReadError as exc:
            errors.append(str(exc))
    if not documents:
        raise HTTPException(400, "; ".join(errors))
    return await run_in_threadpool(_ingest, request, documents, errors)


def _ingest(request: Request, documents: list[Document], errors: list[str]) -> dict:
    # The documents are coded by the pool's workers, /extract requests alongside; writers are
    # serialised by the write lock.
    total = {"added": 0, "replaced": 0, "unchanged": 0, "failed": len(errors), "errors": list(errors)}
    with request.app.state.write_lock, Store.open(request.app.state.db_path) as store:
        report = store.ingest(documents, code=coding_pool(request).code)
    for key in ("added", "replaced", "unchanged", "failed"):
        total[key] += getattr(report, key)
    total["errors"] += report.errors
    return total
