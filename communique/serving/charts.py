"""Charts as SVG built on the server: no JavaScript library, nothing fetched, nothing to vendor.

Every chart is a small function from query results (the store's plain dicts) to an inline
`<svg>` element. Elements are built by `_el`, which escapes every attribute and every piece of
text, so that a country, person or title from a document can never become markup. Colours
come from CSS classes in `static/app.css` (`q1`..`q4`: PLOVER quad classes).
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Iterable

from markupsafe import Markup, escape

#: PLOVER types in the order of DESIGN.md (cooperation first, force last): the rows of charts.
PLOVER_ORDER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: PLOVER quad class of each type (1 verbal cooperation, 2 material cooperation, 3 verbal
#: conflict, 4 material conflict): the colour of its marks.
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4,
        "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
FONT = 12


def _el(tag: str, attrs: dict | None = None, *children) -> Markup:
    """Return `<tag attrs>children</tag>`; attribute values and plain-str children are escaped
    (children that are Markup, i.e. built by `_el`, are kept as they are)."""
    parts = [f"<{tag}"]
    for key, value in (attrs or {}).items():
        if value is None:
            continue
        if isinstance(value, float):
            value = f"{value:.1f}"
        parts.append(f' {key.rstrip("_").replace("_", "-")}="{escape(str(value))}"')
    inner = "".join(str(escape(c)) for c in children if c is not None)
    return Markup("".join(parts) + f">{inner}</{tag}>")


def _svg(width: float, height: float, label: str, *children, wide: bool = False) -> Markup:
    """The chart's <svg>; a `wide` one stretches to its container's width (CSS `.wide`)."""
    return _el("svg", {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {width:.0f} {height:.0f}",
                       "width": f"{width:.0f}", "height": f"{height:.0f}", "role": "img",
                       "aria-label": label, "class": "chart wide" if wide else "chart"},
               _el("title", None, label), *children)


def _text(x, y, text, cls=None, anchor="start") -> Markup:
    return _el("text", {"x": x, "y": y, "class": cls, "text-anchor": anchor}, str(text))


def empty(message: str = "nothing to show") -> Markup:
    """Return a one-line placeholder for a chart with no data."""
    return _el("p", {"class": "muted"}, message)


# --------------------------------------------------------------------------- bars

def bars(items: Iterable[tuple[str, float, str | None]], label: str, width: int = 420,
         value_format: str = "{:g}", label_width: int = 130) -> Markup:
    """Horizontal bars: one row per (label, value, link or None), longest bar = the largest value."""
    items = list(items)
    if not items:
        return empty()
    row = 22
    top = max(abs(v) for _, v, _ in items) or 1
    span = width - label_width - 50
    rows = []
    for i, (name, value, href) in enumerate(items):
        y = i * row
        length = max(1.0, span * abs(value) / top)
        bar = _el("rect", {"x": label_width, "y": y + 4, "width": length, "height": row - 8, "class": "bar"},
                  _el("title", None, f"{name}: {value_format.format(value)}"))
        name_el = _text(label_width - 6, y + row / 2 + 4, name, "label", "end")
        if href:
            name_el = _el("a", {"href": href}, name_el)
        rows.append(_el("g", None, name_el, bar,
                        _text(label_width + length + 5, y + row / 2 + 4, value_format.format(value), "value")))
    return _svg(width, row * len(items) + 4, label, *rows)


# --------------------------------------------------------------------------- time axis

def parse_date(value: str | None) -> dt.date | None:
    """Return the date of 'YYYY-MM-DD', the middle of 'YYYY-MM' or of 'YYYY'; None otherwise."""
    if not value:
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 7, 1)
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 15)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class _TimeAxis:
    """Maps dates onto [x0, x1] and draws year (or month) ticks."""

    def __init__(self, dates: list[dt.date], x0: float, x1: float):
        first, last = min(dates), max(dates)
        # A few months around a single date or a short span, so that month ticks frame it.
        pad = max(45, (last - first).days // 20)
        self.first = first - dt.timedelta(days=pad)
        self.last = last + dt.timedelta(days=pad)
        self.x0, self.x1 = x0, x1

    def x(self, day: dt.date) -> float:
        total = (self.last - self.first).days or 1
        return self.x0 + (self.x1 - self.x0) * (day - self.first).days / total

    def ticks(self, y_top: float, y_bottom: float) -> list[Markup]:
        years = self.last.year - self.first.year
        out = []
        if years >= 1:
            step = max(1, math.ceil(years / 8))
            marks = [dt.date(y, 1, 1) for y in range(self.first.year + 1, self.last.year + 1, step)]
            fmt = "%Y"
        else:
            marks, month = [], dt.date(self.first.year, self.first.month, 1)
            while month <= self.last:
                if month >= self.first:
                    marks.append(month)
                month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
            fmt = "%Y-%m"
        for day in marks:
            x = self.x(day)
            out.append(_el("line", {"x1": x, "x2": x, "y1": y_top, "y2": y_bottom, "class": "grid"}))
            out.append(_text(x, y_bottom + 14, day.strftime(fmt), "tick", "middle"))
        return out


# --------------------------------------------------------------------------- event timeline

#: The lane of the events with no date of their own, drawn at their first report's day.
UNDATED_LANE = "no date"


def timeline(events: list[dict], link, width: int = 1000) -> Markup:
    """Events by type over time: one row per PLOVER type, one dot per dated event, coloured by
    its quad class; the events with no date of their own in a last row of their own, as rings
    at the day of their first report (`day`). `link(event)` gives each dot's href (or None)."""
    placed = [(parse_date(e.get("date")), e, False) for e in events]
    placed += [(parse_date(e.get("day")), e, True) for d, e, _ in list(placed) if d is None]
    placed = [(d, e, by_report) for d, e, by_report in placed if d]
    if not placed:
        return empty("no dated events")
    dated = {e["event"] for _, e, by_report in placed if not by_report}
    lanes = [t for t in PLOVER_ORDER if t in dated] + sorted(dated - set(PLOVER_ORDER))
    if any(by_report for *_, by_report in placed):
        lanes.append(UNDATED_LANE)
    left, row, top = 100, 28, 8
    axis = _TimeAxis([d for d, _, _ in placed], left + 10, width - 15)
    bottom = top + row * len(lanes)
    parts = axis.ticks(top, bottom)
    for i, name in enumerate(lanes):
        y = top + i * row + row / 2
        parts.append(_el("line", {"x1": left, "x2": width - 5, "y1": y, "y2": y, "class": "lane"}))
        parts.append(_text(left - 8, y + 4, name, "label", "end"))
    for day, event, by_report in sorted(placed, key=lambda item: item[0]):
        lane = UNDATED_LANE if by_report else event["event"]
        y = top + lanes.index(lane) * row + row / 2
        when = f"no date, reported {event.get('day')}" if by_report else event.get("date")
        tip = " ".join(x for x in (when, event["event"], event.get("mode") or "",
                                   "–".join(event.get("countries") or [])) if x)
        css = f"dot q{QUAD.get(event['event'], 0)}" + (" undated" if by_report else "")
        dot = _el("circle", {"cx": axis.x(day), "cy": y, "r": 6, "class": css}, _el("title", None, tip))
        href = link(event)
        parts.append(_el("a", {"href": href}, dot) if href else dot)
    undated = sum(1 for *_, by_report in placed if by_report)
    if undated:
        parts.append(_text(width - 5, bottom + 34, f"{undated} event{'s' if undated > 1 else ''} with no date of "
                           f"{'their' if undated > 1 else 'its'} own: row '{UNDATED_LANE}', at the day reported",
                           "tick", "end"))
    return _svg(width, bottom + (40 if undated else 22), "Events by type over time", *parts, wide=True)


# --------------------------------------------------------------------------- cooperation score

def score(periods: list[dict], width: int = 560) -> Markup:
    """Mean Goldstein score per month as bars up (cooperation) or down (conflict) from zero, on
    a time axis (a gap of two years looks like one) and a fixed scale, 0..+10 when nothing is
    negative, -10..+10 otherwise, so that two relationships compare at a glance."""
    placed = [(parse_date(p.get("period")), p) for p in periods if p.get("goldstein") is not None]
    placed = [(d, p) for d, p in placed if d]
    if not placed:
        return empty("no scored events")
    low = -10 if any(float(p["goldstein"]) < 0 for _, p in placed) else 0
    left, top, height = 40, 10, 120 if low == 0 else 160
    per_point = height / (10 - low)
    zero = top + 10 * per_point
    axis = _TimeAxis([d for d, _ in placed], left + 10, width - 15)
    month = axis.x(axis.first + dt.timedelta(days=30)) - axis.x(axis.first)
    bar = max(3.0, min(month * 0.8, 16.0))
    parts = axis.ticks(top, top + height)
    parts.append(_el("line", {"x1": left, "x2": width - 5, "y1": zero, "y2": zero, "class": "axis"}))
    for value in (10, 5, -5, -10):
        if value < low:
            continue
        y = zero - value * per_point
        parts.append(_el("line", {"x1": left, "x2": width - 5, "y1": y, "y2": y, "class": "grid"}))
        parts.append(_text(left - 6, y + 4, f"{value:+d}", "tick", "end"))
    parts.append(_text(left - 6, zero + 4, "0", "tick", "end"))
    for day, p in placed:
        value = float(p["goldstein"])
        n = p.get("events", "?")
        tip = f"{p['period']}: mean {value:+.1f} over {n} event{'' if n == 1 else 's'}"
        parts.append(_el("rect", {"x": axis.x(day) - bar / 2, "y": zero - max(value, 0) * per_point, "width": bar,
                                  "height": max(1.0, abs(value) * per_point),
                                  "class": "bar pos" if value >= 0 else "bar neg"}, _el("title", None, tip)))
    return _svg(width, top + height + 24, "Cooperation (Goldstein) score over time", *parts, wide=True)


# --------------------------------------------------------------------------- partner network

def network(center: str, partners: list[dict], link, name=lambda c: c, width: int = 560) -> Markup:
    """The country in the middle, its partners around it: the line's width grows with the
    number of events, the node's colour is the mean cooperation score (green +, red -)."""
    if not partners:
        return empty("no partners in the store")
    cx = cy = width / 2
    radius = width / 2 - 70
    most = max(p["events"] for p in partners) or 1
    lines, nodes = [], []
    for i, p in enumerate(partners):
        angle = 2 * math.pi * i / len(partners) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        coop = p.get("cooperation")
        tone = "neutral" if coop is None else "pos" if coop > 1 else "neg" if coop < -1 else "neutral"
        tip = f"{name(p['country'])}: {p['events']} event(s)" + (f", cooperation {coop:+.1f}" if coop is not None else "")
        lines.append(_el("line", {"x1": cx, "y1": cy, "x2": x, "y2": y, "class": "edge",
                                  "stroke-width": 1 + 7 * p["events"] / most}, _el("title", None, tip)))
        anchor = "start" if math.cos(angle) > 0.3 else "end" if math.cos(angle) < -0.3 else "middle"
        dx = 14 if anchor == "start" else -14 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (22 if math.sin(angle) > 0 else -14)
        node = _el("g", None, _el("circle", {"cx": x, "cy": y, "r": 9, "class": f"node {tone}"},
                                  _el("title", None, tip)),
                   _text(x + dx, y + dy, p["country"], "label", anchor))
        href = link(p["country"])
        nodes.append(_el("a", {"href": href}, node) if href else node)
    hub = _el("g", None, _el("circle", {"cx": cx, "cy": cy, "r": 22, "class": "node hub"}),
              _text(cx, cy + 4, center, "hub-label", "middle"))
    return _svg(width, width, f"Partners of {center}", *lines, *nodes, hub)


# --------------------------------------------------------------------------- titles over time

def periods(rows: list[dict], width: int = 1000) -> Markup:
    """One bar per row from its `first` to its `last` date, labelled by `label` (or `title`,
    `role`): a person's posts over time."""
    dated = [(parse_date(r.get("first")), parse_date(r.get("last") or r.get("first")), r) for r in rows]
    dated = [(a, b or a, r) for a, b, r in dated if a]
    if not dated:
        return empty("no dated titles")
    left, row, top = 260, 26, 8
    axis = _TimeAxis([a for a, _, _ in dated] + [b for _, b, _ in dated], left + 10, width - 15)
    bottom = top + row * len(dated)
    parts = axis.ticks(top, bottom)
    for i, (first, last, r) in enumerate(dated):
        y = top + i * row
        label = r.get("label") or r.get("title") or r.get("role") or "?"
        short = label if len(label) <= 40 else label[:39] + "…"
        x0, x1 = axis.x(first), axis.x(last)
        wordings = "; ".join(r.get("variants") or [])
        tip = f"{label}: {r.get('first')} – {r.get('last') or r.get('first')}" + (f" ({wordings})" if wordings else "")
        parts.append(_text(left - 8, y + row / 2 + 4, short, "label", "end"))
        parts.append(_el("rect", {"x": x0 - 4, "y": y + 5, "width": max(8.0, x1 - x0 + 8), "height": row - 10,
                                  "rx": 4, "class": "bar"}, _el("title", None, tip)))
    return _svg(width, bottom + 22, "Titles over time", *parts, wide=True)
