"""Turn files, directories and stdin into `Document`s, or `ReadError`s for inputs that cannot be read.

Formats: plain text, HTML pages (main text through trafilatura, date through htmldate), JSON Lines
in the batch input form (`{"id", "text"}` required; `title`, `lang`, `published`, `url`, `source`
optional) and `.json` files holding one such object or a list of them. Bad input never raises
from `read_inputs`: it is yielded as a `ReadError` in its place so the caller can report it and
go on with the rest.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator

from communique.settings import get_settings

#: File suffixes read when walking a directory (files named explicitly are read whatever their suffix).
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
DIRECTORY_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES

STDIN = "<stdin>"


@dataclass
class Document:
    """One document to code: its text and what the input said about it."""

    text: str
    id: str | None = None
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""

    @property
    def doc_id(self) -> str:
        """Return the input's id, or 'sha1:' + 16 hex digits of the title and text when there is none."""
        if self.id is not None:
            return self.id
        digest = hashlib.sha1(f"{self.title or ''}\n{self.text}".encode("utf-8")).hexdigest()
        return "sha1:" + digest[:16]


class ReadError(Exception):
    """An input that could not be read; `str(e)` is 'origin: message (id ...)'."""

    def __init__(self, origin: str, message: str, doc_id: str | None = None):
        self.origin = origin
        self.message = message
        self.doc_id = doc_id
        super().__init__(origin, message, doc_id)

    def __str__(self) -> str:
        text = f"{self.origin}: {self.message}"
        return text + f" (id {self.doc_id})" if self.doc_id is not None else text

    def __repr__(self) -> str:
        return f"ReadError({self.origin!r}, {self.message!r}, doc_id={self.doc_id!r})"


# --------------------------------------------------------------------------- dates

# 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', optionally followed by an ISO time and zone:
# '2020-10-05T12:00:00Z', '2020-10-05 12:00', '2020-10-05T12:00:00.123+02:00'.
_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
)


def normalise_published(value) -> str | None:
    """Return `value` as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (None for None or '').

    A datetime keeps the date as written, without converting its time zone
    ('2020-10-05T23:30:00-05:00' -> '2020-10-05'). Raises ValueError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    error = ValueError(f"published: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    if not isinstance(value, str):
        raise error
    text = value.strip()
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if not match:
        raise error
    year, month, day = match["y"], match["m"], match["d"]
    try:
        # date() checks the month and the day of that month (2023-02-29 is refused).
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise error from None
    return "-".join(part for part in (year, month, day) if part)


# --------------------------------------------------------------------------- decoding

# Legacy single-byte encodings accepted when a file is not UTF-8, best first: when several
# decode a text equally well (short French text fits cp1252, cp1250 and cp1257 alike, but 'è'
# is 'č' in cp1250), the earliest one wins.
_LEGACY_ENCODINGS = tuple(
    codecs.lookup(name).name
    for name in (
        "cp1252", "iso8859-15", "latin-1", "cp1251", "koi8-r", "iso8859-5",
        "cp1250", "iso8859-2", "cp1257", "iso8859-13", "cp1253", "iso8859-7",
        "cp1254", "iso8859-9", "mac-roman",
    )
)
#: Highest charset_normalizer "chaos" (mess ratio) accepted for a detected encoding.
_MAX_CHAOS = 0.1
#: Candidates whose coherence is this close to the best are treated as equally likely.
_COHERENCE_MARGIN = 0.1

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that do not occur in text in any encoding we accept (C0 controls other than
# tab, line feed, vertical tab, form feed, carriage return and escape, and DEL).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_BINARY_SAMPLE = 65536
_BINARY_RATIO = 0.1


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _BINARY_RATIO * len(sample)


def _detect_legacy(raw: bytes) -> str | None:
    """Return the accepted legacy encoding charset_normalizer is confident about, or None."""
    from charset_normalizer import from_bytes

    candidates = []  # (chaos, coherence, encoding)
    for match in from_bytes(raw):
        for name in [match.encoding, *match.could_be_from_charset]:
            try:
                encoding = codecs.lookup(name).name
            except LookupError:
                continue
            if encoding in _LEGACY_ENCODINGS:
                candidates.append((match.chaos, match.coherence, encoding))
    if not candidates:
        return None
    least_chaos = min(c[0] for c in candidates)
    if least_chaos > _MAX_CHAOS:
        return None
    clean = [c for c in candidates if c[0] <= least_chaos + 0.01]
    best_coherence = max(c[1] for c in clean)
    likely = {c[2] for c in clean if c[1] >= best_coherence - _COHERENCE_MARGIN}
    return next(e for e in _LEGACY_ENCODINGS if e in likely)


def _clean_text(text: str) -> str:
    """Return `text` with a leading BOM removed, line breaks as '\\n' and NFC composition."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def read_text(raw: bytes, origin: str) -> str:
    """Decode `raw` and return its text, cleaned (see `_clean_text`); raise ReadError if it is not text.

    UTF-8 first, then UTF-16/32 with a byte-order mark, then a legacy European encoding
    (cp1252, latin-1, cp1251...) if charset_normalizer is confident about it.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(origin, f"not valid {encoding.upper().removesuffix('-SIG')} "
                                        "despite its byte-order mark") from None
            break
    else:
        if _looks_binary(raw):
            raise ReadError(origin, "binary file, not text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            encoding = _detect_legacy(raw)
            if encoding is None:
                raise ReadError(origin, "not valid UTF-8 and no reliable encoding detected") from None
            text = raw.decode(encoding)
    text = _clean_text(text)
    if not text.strip():
        raise ReadError(origin, "empty document")
    return text


# --------------------------------------------------------------------------- HTML

# '<!DOCTYPE html>' or '<html ...>' at the start, after blanks and comments.
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})(?![A-Za-z])", re.IGNORECASE)


def _looks_html(text: str) -> bool:
    return _HTML_START.match(text[:4096]) is not None


def _html_document(html: str, origin: str) -> Document:
    """Return the main text of an HTML page with its title, date, language, URL and site name."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    text = trafilatura.extract(html, output_format="txt", include_comments=False)
    if not text or not text.strip():
        raise ReadError(origin, "no main text found in the HTML page")
    try:
        meta = extract_metadata(html)
    except Exception:  # metadata is a bonus: a page whose head confuses trafilatura still has text
        meta = None
    published = _html_date(html, getattr(meta, "date", None))
    lang = _HTML_LANG.search(html[:4096])
    return Document(
        text=_clean_text(text).strip(),
        title=_optional_text(getattr(meta, "title", None)),
        lang=lang.group(1).lower() if lang else None,
        published=published,
        url=_optional_text(getattr(meta, "url", None)),
        source=_optional_text(getattr(meta, "sitename", None)),
        origin=origin,
    )


def _html_date(html: str, fallback: str | None) -> str | None:
    """Return the page's original publication date, from htmldate or else trafilatura's metadata."""
    from htmldate import find_date

    candidates = []
    try:
        candidates.append(find_date(html, original_date=True))
    except Exception:  # htmldate raises on some malformed pages; the date is optional
        pass
    candidates.append(fallback)
    for value in candidates:
        try:
            published = normalise_published(value)
        except ValueError:
            continue
        if published:
            return published
    return None


def _optional_text(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = _clean_text(value).strip()
    return value or None


# --------------------------------------------------------------------------- JSON input form

_LANG = re.compile(r"[a-z]{2}")
_STRING_FIELDS = ("title", "url", "source")


def document_from_input(record, origin: str) -> Document:
    """Return the Document for one object in the batch input form; raise ReadError if it is bad."""
    if not isinstance(record, dict):
        raise ReadError(origin, f"not a JSON object but {_json_type(record)}")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) and doc_id is not None:
        raise ReadError(origin, f"'id' must be a string or an integer, not {_json_type(doc_id)}")
    doc_id = None if doc_id is None else str(doc_id).strip() or None
    if doc_id is None:
        raise ReadError(origin, "missing 'id'")
    if "text" not in record or record["text"] is None:
        raise ReadError(origin, "missing 'text'", doc_id)
    text = record["text"]
    if not isinstance(text, str):
        raise ReadError(origin, f"'text' must be a string, not {_json_type(text)}", doc_id)
    text = _clean_text(text).strip()
    if not text:
        raise ReadError(origin, "empty document", doc_id)
    fields = {}
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ReadError(origin, f"'{name}' must be a string, not {_json_type(value)}", doc_id)
        fields[name] = _optional_text(value)
    lang = record.get("lang")
    if lang in (None, ""):
        lang = None
    elif not isinstance(lang, str) or not _LANG.fullmatch(lang):
        raise ReadError(origin, f"lang: {lang!r} is not a two-letter lowercase ISO 639-1 code", doc_id)
    try:
        published = normalise_published(record.get("published"))
    except ValueError as exc:
        raise ReadError(origin, str(exc), doc_id) from None
    return Document(text=text, id=doc_id, lang=lang, published=published, origin=origin, **fields)


def _json_type(value) -> str:
    kinds = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def _read_jsonl(stream, origin: str, limit: int) -> Iterator[Document | ReadError]:
    """Yield a Document or ReadError for each non-blank line of `stream`, origin 'origin:LINE'."""
    for number, line, size in _lines(stream, limit):
        where = f"{origin}:{number}"
        if line is None:
            yield ReadError(where, _too_large(size, limit))
            continue
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            yield ReadError(where, "not valid UTF-8 (JSON Lines must be UTF-8)")
            continue
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield document_from_input(record, where)
        except ReadError as error:
            yield error


def _lines(stream, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, line, size) for each line of a binary stream; line is None past `limit`.

    An over-long line is skipped in chunks rather than held in memory.
    """
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield number, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield number, None, size


def _read_json(raw: bytes, origin: str) -> Iterator[Document | ReadError]:
    """Yield the Documents of a .json file holding one input-form object or a list of them."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield ReadError(origin, "not valid UTF-8 (JSON must be UTF-8)")
        return
    except json.JSONDecodeError as exc:
        yield ReadError(origin, f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    if isinstance(data, dict):
        records = [(origin, data)]
    elif isinstance(data, list):
        if not data:
            yield ReadError(origin, "empty list, no documents")
            return
        records = [(f"{origin}[{i}]", item) for i, item in enumerate(data)]
    else:
        yield ReadError(origin, f"expected an object or a list of objects, not {_json_type(data)}")
        return
    for where, record in records:
        try:
            yield document_from_input(record, where)
        except ReadError as error:
            yield error


# --------------------------------------------------------------------------- files, directories, stdin

def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"document too large: {more}{size:,} bytes, the limit is {limit:,} (max_document_bytes)"


def _text_or_html(raw: bytes, origin: str, html: bool = False) -> Document:
    text = read_text(raw, origin)
    if html or _looks_html(text):
        return _html_document(text, origin)
    return Document(text=text.strip(), origin=origin)


def _os_error(path: str, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        return ReadError(path, "no such file or directory")
    if isinstance(exc, PermissionError):
        return ReadError(path, "permission denied")
    return ReadError(path, exc.strerror or str(exc))


def _read_file(path: str, limit: int) -> Iterator[Document | ReadError]:
    suffix = os.path.splitext(path)[1].lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as stream:
                yield from _read_jsonl(stream, path, limit)
            return
        size = os.stat(path).st_size
        if size > limit:
            # Checked before reading so that a huge file costs nothing.
            what = "JSON file (use JSON Lines for large batches)" if suffix in JSON_SUFFIXES else "document"
            yield ReadError(path, _too_large(size, limit).replace("document", what, 1))
            return
        with open(path, "rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as exc:
        yield _os_error(path, exc)
        return
    if len(raw) > limit:  # the file grew since os.stat
        yield ReadError(path, _too_large(limit, limit, at_least=True))
        return
    if suffix in JSON_SUFFIXES:
        yield from _read_json(raw, path)
        return
    try:
        yield _text_or_html(raw, path, html=suffix in HTML_SUFFIXES)
    except ReadError as error:
        yield error


def _directory_files(root: str) -> list[str]:
    """Return the readable files under `root`, recursively, hidden ones skipped, sorted by path."""
    found = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in DIRECTORY_SUFFIXES:
                path = os.path.join(directory, name)
                found.append((os.path.relpath(path, root).split(os.sep), path))
    return [path for _, path in sorted(found)]


def _read_stdin(stdin: BinaryIO, limit: int) -> Iterator[Document | ReadError]:
    head = b""
    while True:  # find the first non-blank byte to tell JSON Lines from text
        chunk = stdin.read(8192)
        head += chunk
        if not chunk or head.lstrip().removeprefix(codecs.BOM_UTF8).lstrip():
            break
    if head.lstrip().removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        yield from _read_jsonl(_Prefixed(head, stdin), STDIN, limit)
        return
    raw = head + stdin.read(max(0, limit + 1 - len(head)))
    if len(raw) > limit:
        yield ReadError(STDIN, _too_large(limit, limit, at_least=True))
        return
    try:
        yield _text_or_html(raw, STDIN)
    except ReadError as error:
        yield error


class _Prefixed:
    """A binary stream with bytes already read from it put back in front (for `readline`)."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self.head = head
        self.stream = stream

    def readline(self, size: int = -1) -> bytes:
        if not self.head:
            return self.stream.readline(size)
        end = self.head.find(b"\n") + 1 or len(self.head)
        if size >= 0:
            end = min(end, size)
        line, self.head = self.head[:end], self.head[end:]
        if not line.endswith(b"\n") and not self.head and (size < 0 or len(line) < size):
            line += self.stream.readline(-1 if size < 0 else size - len(line))
        return line


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Document | ReadError]:
    """Yield, in input order, a Document for each good document and a ReadError for each bad one.

    A path is a file (text, HTML, JSON Lines or JSON), a directory (read recursively, files in
    path order) or '-' for `stdin` (sys.stdin.buffer when None). Never raises for bad input.
    """
    limit = get_settings().max_document_bytes
    if isinstance(paths, (str, os.PathLike)):  # one path, not an iterable of characters
        paths = [paths]
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, limit)
        elif os.path.isdir(path):
            files = _directory_files(path)
            if not files:
                yield ReadError(path, "no readable files in the directory (looked for "
                                      + ", ".join(DIRECTORY_SUFFIXES) + ")")
            for file in files:
                yield from _read_file(file, limit)
        else:
            yield from _read_file(path, limit)
