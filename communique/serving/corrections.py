"""Corrections on the web: POST /events/{id}/corrections (JSON, bearer token), GET /corrections
(and as extra-gold JSON Lines), and the correction form of an event at /ui/events/{id}/correct,
which asks for the same ingest token. Each calls `Store.correct` / `Store.corrections`."""
from __future__ import annotations

import hmac
import json
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..storing import QueryError, Store
from ..storing.corrections import gold_lines
from .api import check_token
from .answers import ERRORS, NOT_FOUND
from .models import Correction, CorrectionResult
from .stores import reader

router = APIRouter(responses=ERRORS)


class CorrectionRequest(BaseModel):
    """What is right about a stored event; fields left out are kept. `delete` alone deletes it."""

    event: str | None = Field(None, description="the right PLOVER type, e.g. ACCUSE")
    actor: list[str] | None = Field(None, description="the right actor states (codes or names)")
    recipient: list[str] | None = Field(None, description="the right recipient states ([] for none)")
    date: str | None = Field(None, description="the right date: YYYY, YYYY-MM or YYYY-MM-DD")
    delete: bool = Field(False, description="the event is not one: delete it")
    note: str | None = Field(None, max_length=2000, description="why")


def _correct(request: Request, event_id: int, changes: dict, note: str | None) -> dict:
    with request.app.state.write_lock, Store.open(request.app.state.db_path) as store:
        correction_id = store.correct(event_id, note=note, **changes)
        return {"correction": correction_id, "event": store.event(event_id)}


@router.post("/events/{event_id}/corrections", tags=["store"], responses={
    **NOT_FOUND, 401: {"description": "no bearer token"}, 403: {"description": "a wrong token, or none configured"}})
async def correct(request: Request, event_id: int, body: CorrectionRequest) -> CorrectionResult:
    """Correct a stored event (type, actor, recipient, date) or delete it; the correction is kept and
    applied again after re-ingest and recoding. Needs `Authorization: Bearer <token>`."""
    check_token(request)
    with reader(request) as store:
        if store.event(event_id) is None:
            raise HTTPException(404, f"no event {event_id}")
    changes = body.model_dump(exclude_unset=True, exclude={"note"})
    if not changes.get("delete"):
        changes.pop("delete", None)
    return await run_in_threadpool(_correct, request, event_id, changes, body.note)


@router.get("/corrections", tags=["store"])
def corrections(request: Request) -> list[Correction]:
    """Every correction, oldest first: the event, its reports, what changed and from what."""
    with reader(request) as store:
        return store.corrections()


@router.get("/corrections.jsonl", tags=["store"], response_class=PlainTextResponse, responses={
    200: {"content": {"application/x-ndjson": {"schema": {"type": "string", "description": "JSON Lines"}}}}})
def corrections_gold(request: Request) -> PlainTextResponse:
    """The corrections as JSON Lines of extra gold: one line per corrected report (doc_id,
    record_event_id) with the right values, or `deleted`."""
    with reader(request) as store:
        found = store.corrections()
    lines = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in gold_lines(found))
    return PlainTextResponse(lines, media_type="application/x-ndjson")


@router.get("/ui/events/{event_id}/correct", response_class=HTMLResponse, include_in_schema=False)
def correct_form(request: Request, event_id: int):
    from .pages import page
    with reader(request) as store:
        event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return page("correct.html", event=event, form=_form_of(event), problem=None, done=None)


@router.post("/ui/events/{event_id}/correct", response_class=HTMLResponse, include_in_schema=False)
async def correct_submit(request: Request, event_id: int):
    """Apply the form's correction when its token is the server's ingest token."""
    from .pages import page
    try:
        fields = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8"),
                                               keep_blank_values=True).items()}
    except UnicodeDecodeError:
        raise HTTPException(400, "the form is not UTF-8") from None
    with reader(request) as store:
        event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    form = {k: fields.get(k, "").strip() for k in ("event", "actor", "recipient", "date", "note")}
    form["delete"] = bool(fields.get("delete"))
    expected = request.app.state.settings.ingest_token
    token = fields.get("token", "").strip()
    if not expected or not token or not hmac.compare_digest(token.encode(), expected.encode()):
        problem = ("corrections are disabled: the server has no ingest_token configured" if not expected
                   else "the token is missing or wrong")
        return page("correct.html", status=403, event=event, form=form, problem=problem, done=None)
    changes = {"delete": True} if form["delete"] else {
        k: v for k, v in (("event", form["event"]), ("actor", _list(form["actor"])),
                          ("recipient", _list(form["recipient"])), ("date", form["date"] or None))
        if v != _form_value(event, k)}
    if not changes:
        return page("correct.html", status=400, event=event, form=form, problem="nothing changed", done=None)
    try:
        result = await run_in_threadpool(_correct, request, event_id, changes, form["note"] or None)
    except QueryError as exc:
        return page("correct.html", status=400, event=event, form=form, problem=str(exc), done=None)
    if result["event"] is None:
        return RedirectResponse("/ui/events", status_code=303)
    return page("correct.html", event=result["event"], form=_form_of(result["event"]), problem=None,
                done=result["correction"])


def _list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _form_value(event: dict, key: str):
    return {"event": event["event"], "actor": event["actor"], "recipient": event["recipient"],
            "date": event["date"]}[key]


def _form_of(event: dict) -> dict:
    return {"event": event["event"], "actor": ", ".join(event["actor"]), "recipient": ", ".join(event["recipient"]),
            "date": event["date"] or "", "note": "", "delete": False}
