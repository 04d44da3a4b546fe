"""`communique extract PATH...`: code documents into JSON Lines (or a readable view).

A thin layer over the library: inputs are read with `read_inputs`, coded with
`running.parallel.code_documents` (one process, or `--jobs N`) and written with `Record.to_json`;
this module only reports errors and chooses the output.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Iterator

from ..reading import Document, ReadError, read_inputs
from ..running.parallel import code_documents
from .common import PROG, error, language, output_file, positive_int
from .explain import format_explained

#: Longest supporting text shown by --pretty.
PRETTY_TEXT_CHARS = 160


# --------------------------------------------------------------------------- the readable view

def _entities(entities: list[dict]) -> str:
    out = []
    for e in entities:
        code = e["code"] + (f"[{e['org']}]" if e.get("org") else "")
        if e.get("sector") and e["sector"] != "GOV":
            code += f"/{e['sector']}"
        out.append(code)
    return ", ".join(out) or "-"


def _shorten(text: str, limit: int = PRETTY_TEXT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_pretty(record: dict) -> str:
    """Return a record (as `Record.to_dict()` gives it) as plain, readable text."""
    header = " | ".join([record["doc_id"], record.get("lang") or "?", record.get("published") or "no date",
                         record.get("title") or "(no title)"])
    lines = [f"== {header}"]
    if not record["events"]:
        lines.append("   (no events)")
    for e in record["events"]:
        lines.append(f"   EVENT {e['event']}" + (f" {e['mode']}" if e.get("mode") else "")
                     + f"   [{e['id']}, cameo {e.get('cameo') or '-'}, confidence {e['confidence']}]")
        lines.append(f"     {_entities(e['actor'])} -> {_entities(e['recipient'])}")
        date = e.get("date") or "-"
        if e.get("date_source"):
            date += f" ({e['date_source']})"
        lines.append(f"     date: {date}")
        if e.get("event_loc"):
            loc = e["event_loc"]
            lines.append(f"     place: {loc.get('place') or '-'}" + (f", {loc['country']}" if loc.get("country") else ""))
        if e.get("format"):
            lines.append(f"     format: {e['format']}")
        if e.get("series"):
            s = e["series"]
            lines.append(f"     series: {s['name']}" + (f", round {s['ordinal']}" if s.get("ordinal") else ""))
        if e["participants"]:
            lines.append("     participants:")
            for p in e["participants"]:
                who = " — ".join(x for x in (p["name"], p.get("title"), p.get("role")) if x)
                lines.append(f"       {who}" + (f", {p['country']}" if p.get("country") else ""))
        for label, key in (("topics", "topics"), ("organisations", "organizations"), ("context", "context")):
            if e[key]:
                lines.append(f"     {label}: {', '.join(e[key])}")
        if e["documents"]:
            docs = "; ".join(d["kind"] + (f" «{_shorten(d['title'], 80)}»" if d.get("title") else "")
                             for d in e["documents"])
            lines.append(f"     documents: {docs}")
        if e.get("aux"):
            lines.append(f"     aux: {e['aux']}")
        if e.get("event_text"):
            lines.append(f"     text: \"{_shorten(e['event_text'])}\"")
    return "\n".join(lines) + "\n"


def _formatted(record, args: argparse.Namespace) -> str:
    """The record as the output options ask: explained, readable, or one line of JSON."""
    if args.explain and args.format != "jsonl":
        return format_explained(record.to_dict())
    return format_pretty(record.to_dict()) if args.pretty or args.format == "text" else record.to_json() + "\n"


# --------------------------------------------------------------------------- command line

def register(commands) -> None:
    extract = commands.add_parser(
        "extract", help="code documents into JSON Lines records",
        description="Code documents (text, HTML, JSON Lines in the input form, JSON, directories, "
                    "'-' for stdin) and write one JSON record per document, in input order.")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or '-' for stdin")
    extract.add_argument("--pretty", action="store_true", help="write a readable view instead of JSON")
    extract.add_argument("--explain", action="store_true",
                         help="print each event's fields with the words that support them and the rule that "
                              "set them (with --format jsonl: the JSON records, which carry `provenance`)")
    extract.add_argument("--format", choices=("text", "jsonl"),
                         help="readable text (as --pretty) or JSON Lines; the default is JSON Lines, "
                              "and readable text with --explain")
    extract.add_argument("--lang", type=language, help="force the language of every document (fr, en...)")
    extract.add_argument("--output", "-o", metavar="FILE", help="write to FILE (replaced only once complete)")
    extract.add_argument("--jobs", "-j", type=positive_int, default=1, metavar="N",
                         help="code in N worker processes, each loading the models once (default 1); "
                              "records keep the input order")
    # Every record is written and the output closed when `run` returns (cli.main).
    extract.set_defaults(run=run, quick_exit=True)


def run(args: argparse.Namespace) -> int:
    failed = coded = 0
    langs: Counter = Counter()

    def documents() -> Iterator[Document]:
        nonlocal failed
        for item in read_inputs(args.paths):
            if isinstance(item, ReadError):
                failed += 1
                error(str(item))
            else:
                yield item

    def coding_failed(doc: Document, exc: Exception) -> None:
        nonlocal failed
        failed += 1
        where = doc.origin or "<input>"
        error(str(ReadError(where, f"coding failed: {type(exc).__name__}: {exc}", doc.doc_id)))

    records = code_documents(documents(), args.jobs, args.lang, coding_failed)
    with output_file(args.output) as (out, is_file):
        for record in records:
            out.write(_formatted(record, args))
            coded += 1
            langs[record.lang or "?"] += 1
            if not is_file:
                out.flush()  # records appear as they are coded
    print(f"{PROG}: {coded} document{'s' if coded != 1 else ''} coded, {failed} failed", file=sys.stderr)
    if langs:
        from ..language.analysis import coverage  # loaded by the coding already: the CLI starts without spaCy
        from ..language.pipelines import model_name
    for lang, count in sorted(langs.items()):
        if note := coverage(lang, model_name(lang) is not None):
            print(f"{PROG}: {count} in {lang!r}, read with {note}", file=sys.stderr)
    return 1 if failed else 0
