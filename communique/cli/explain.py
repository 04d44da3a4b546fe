"""`communique extract --explain`: each field of each event with its words and rule, as text.

Reads the record's `provenance` (see `record.model.Provenance`); nothing is coded again.
"""
from __future__ import annotations

#: Longest supporting words shown on a line.
WORDS_CHARS = 60


def _single_value(event: dict, field: str) -> str:
    """The value of a single-valued field, as the explanation shows it."""
    if field == "event":
        return event["event"] + (f" {event['mode']}" if event.get("mode") else "")
    if field == "date":
        return event.get("date") or "-"
    if field == "format":
        return event.get("format") or "-"
    if field == "place":
        return (event.get("event_loc") or {}).get("place") or "-"
    if field.startswith("planned."):
        return (event.get("planned") or {}).get(field.split(".", 1)[1]) or "-"
    if field == "direction":
        actors = ",".join(e["code"] for e in event.get("actor") or []) or "-"
        recipients = ",".join(e["code"] for e in event.get("recipient") or []) or "-"
        return f"{actors} -> {recipients}"
    return "-"


def _words(entry: dict) -> str:
    text = entry.get("text")
    if not text:
        return "(no words)"
    text = " ".join(text.split())
    if len(text) > WORDS_CHARS:
        text = text[: WORDS_CHARS - 1].rstrip() + "…"
    where = f" @{entry['start']}-{entry['end']}" if entry.get("start") is not None else ""
    return f"«{text}»{where}"


def format_explained(record: dict) -> str:
    """Return a record (as `Record.to_dict()` gives it) with each event's fields, the words that
    support each and the rule that set it, one line per field value."""
    header = " | ".join([record["doc_id"], record.get("lang") or "?", record.get("published") or "no date",
                         record.get("title") or "(no title)"])
    lines = [f"== {header}"]
    if not record["events"]:
        lines.append("   (no events)")
    for event in record["events"]:
        lines.append(f"   EVENT {event['id']}")
        entries = event.get("provenance") or []
        if not entries:
            lines.append("     (no provenance: the record was coded before it was kept)")
        for entry in entries:
            value = entry["value"] if entry.get("value") is not None else _single_value(event, entry["field"])
            lines.append(f"     {entry['field']:<15} {value:<26} {_words(entry)}  [{entry['rule']}]")
    return "\n".join(lines) + "\n"
