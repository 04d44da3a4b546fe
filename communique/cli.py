"""The command line: `communique extract PATH...` codes documents into JSON Lines (or a readable view).

A thin layer over the library: inputs are read with `read_inputs`, coded with `extract_batch`
and written with `Record.to_json`; this module only reports errors and chooses the output.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import deque
from typing import Callable, Iterable, Iterator, TextIO

from . import __version__
from .coding.extract import extract_batch
from .language.pipelines import ModelError
from .reading import Document, ReadError, read_inputs
from .record import Record
from .settings import SettingsError

PROG = "communique"
#: Longest supporting text shown by --pretty.
PRETTY_TEXT_CHARS = 160


# --------------------------------------------------------------------------- coding with per-document errors

def code_documents(documents: Iterable[Document], lang: str | None,
                   on_error: Callable[[Document, Exception], None]) -> Iterator[Record]:
    """Yield the record of each document in input order; a document whose coding raises is
    passed to `on_error` and skipped.

    The normal path is one `extract_batch` over the whole stream. When a batch raises, the
    documents taken from the stream but not yet returned are coded again one by one, so that
    only the faulty one is lost, and batching resumes on the rest of the stream. Model and
    settings errors concern every document and are raised.
    """
    documents = iter(documents)
    pending: deque[Document] = deque()  # taken by extract_batch, record not yet yielded

    def feed() -> Iterator[Document]:
        for doc in documents:
            pending.append(doc)
            yield doc

    while True:
        try:
            for record in extract_batch(feed(), lang=lang):
                pending.popleft()
                yield record
            return
        except (ModelError, SettingsError):
            raise
        except Exception:  # noqa: BLE001 - one bad document must not stop the others
            retry = list(pending)
            pending.clear()
        for doc in retry:
            try:
                record = next(iter(extract_batch([doc], lang=lang)))
            except (ModelError, SettingsError):
                raise
            except Exception as exc:  # noqa: BLE001
                on_error(doc, exc)
                continue
            yield record


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


# --------------------------------------------------------------------------- command line

def _language(value: str) -> str:
    if not re.fullmatch(r"[a-z]{2}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a two-letter lowercase ISO 639-1 code (e.g. fr, en)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Code diplomatic news and press releases "
                                                            "into PLOVER event records.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="code documents into JSON Lines records",
        description="Code documents (text, HTML, JSON Lines in the input form, JSON, directories, "
                    "'-' for stdin) and write one JSON record per document, in input order.")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or '-' for stdin")
    extract.add_argument("--pretty", action="store_true", help="write a readable view instead of JSON")
    extract.add_argument("--lang", type=_language, help="force the language of every document (fr, en...)")
    extract.add_argument("--output", "-o", metavar="FILE", help="write to FILE (replaced only once complete)")
    return parser


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)


def _utf8(stream: TextIO) -> TextIO:
    """Make sure stdout can take any text (a C locale would refuse the non-ASCII names)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def _extract(args: argparse.Namespace) -> int:
    failed = coded = 0

    def documents() -> Iterator[Document]:
        nonlocal failed
        for item in read_inputs(args.paths):
            if isinstance(item, ReadError):
                failed += 1
                _error(str(item))
            else:
                yield item

    def coding_failed(doc: Document, exc: Exception) -> None:
        nonlocal failed
        failed += 1
        where = doc.origin or "<input>"
        _error(str(ReadError(where, f"coding failed: {type(exc).__name__}: {exc}", doc.doc_id)))

    temp = None
    if args.output:
        directory = os.path.dirname(os.path.abspath(args.output))
        try:
            fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(args.output)}.", suffix=".tmp", dir=directory)
        except OSError as exc:
            _error(f"cannot write {args.output}: {exc.strerror or exc}")
            return 2
        out = open(fd, "w", encoding="utf-8", newline="\n")
    else:
        out = _utf8(sys.stdout)
    try:
        for record in code_documents(documents(), args.lang, coding_failed):
            out.write(format_pretty(record.to_dict()) if args.pretty else record.to_json() + "\n")
            coded += 1
            if temp is None:
                out.flush()  # records appear as they are coded
        if temp is not None:
            out.flush()
            os.fsync(out.fileno())
            out.close()
            os.replace(temp, args.output)
            temp = None
    finally:
        if temp is not None:  # interrupted or failed: never leave a half file
            out.close()
            try:
                os.unlink(temp)
            except OSError:
                pass
    print(f"{PROG}: {coded} document{'s' if coded != 1 else ''} coded, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line with `argv` (sys.argv[1:] when None) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2), --help and --version (0)
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        parser.print_usage(sys.stderr)
        _error("a command is required (extract)")
        return 2
    try:
        return _extract(args)
    except (ModelError, SettingsError) as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`communique extract ... | head`): stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 141


if __name__ == "__main__":
    sys.exit(main())
