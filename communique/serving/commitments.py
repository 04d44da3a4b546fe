"""Promises and whether they were kept, on the web: GET /commitments (JSON) and /ui/commitments (the page).

Both call `Store.commitments`, so that the page and its JSON never disagree; the dyad page
shows the same rows through the `promises` macro of `templates/promises.html`."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..storing.commitments import STATUSES
from .answers import ERRORS
from .models import Commitment
from .stores import reader

router = APIRouter(responses=ERRORS)

Country = Annotated[str | None, Query(description="ISO code (MAR, MA) or name (Morocco, Maroc)")]
Status = Annotated[str | None, Query(description="pending, fulfilled or overdue")]
Today = Annotated[str | None, Query(description="YYYY-MM-DD: the day statuses are computed for (default today)")]


@router.get("/commitments", tags=["store"])
def commitments(request: Request, country: Country = None, counterpart: Country = None, status: Status = None,
                today: Today = None) -> list[Commitment]:
    """Promises (AGREE future) with their status, the event that kept each and the fields that matched."""
    with reader(request) as store:
        return store.commitments(country=country, counterpart=counterpart, status=status, today=today)


@router.get("/ui/commitments", response_class=HTMLResponse, include_in_schema=False)
def commitments_page(request: Request, country: str = "", counterpart: str = "", status: str = ""):
    from .pages import page  # the pages module imports this one's router through the app
    filters = {"country": country, "counterpart": counterpart, "status": status}
    with reader(request) as store:
        found = store.commitments(country=country or None, counterpart=counterpart or None, status=status or None)
    return page("commitments.html", commitments=found, filters=filters, statuses=STATUSES)
