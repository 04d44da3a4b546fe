"""Turn an RSS or Atom feed, from a file or an http(s) URL, into one `Document` per entry.

RSS 2.0, RSS 1.0 (RDF) and Atom are parsed by feedparser. Each entry becomes a Document whose
text is the entry's full content (`content:encoded`, Atom `<content>`) or else its summary, with
the HTML turned into plain text, one paragraph a line. Like `read_inputs`, `read_feed` never
raises for bad input: a feed that cannot be fetched or parsed, and an entry with no text, are
yielded as `ReadError`s naming the feed (and the entry).
"""
from __future__ import annotations

import codecs
import email.utils
import http.client
import io
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

from communique.reading.documents import (
    Document,
    ReadError,
    normalise_published,
    read_text,
)
from communique.settings import get_settings

#: Seconds to wait for a feed server to connect or send the next bytes.
FETCH_TIMEOUT = 30.0
#: File suffixes that name feeds (routing by content uses `looks_like_feed`).
FEED_SUFFIXES = (".rss", ".atom", ".xml")

_USER_AGENT = "communique (feed reader; +https://pypi.org/project/communique/)"
_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"


# --------------------------------------------------------------------------- sniffing

# What may precede the root element of an XML document: an XML declaration, processing
# instructions (<?xml-stylesheet ...?>), comments and a DOCTYPE, with blanks between them.
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE)
# The root start tag: its (possibly prefixed) name and its attributes.
_ROOT = re.compile(r"<(?:(?P<prefix>[\w.-]+):)?(?P<name>[\w.-]+)(?P<attributes>[^>]*)>?", re.DOTALL)
# Atom 1.0 and the Atom 0.3 namespace still served by some old sites.
_ATOM_NAMESPACES = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
_SNIFF_BYTES = 8192


def looks_like_feed(raw: bytes) -> bool:
    """Return True when `raw` starts (after the XML prolog) with an RSS, Atom or RSS 1.0 root element.

    `<rss ...>`, `<feed xmlns="http://www.w3.org/2005/Atom">` (or a prefixed `<atom:feed>`
    declaring that namespace) and `<rdf:RDF ...>` count; HTML pages, other XML and text do not.
    Only the first few kilobytes are looked at.
    """
    head = _decode_head(raw[:_SNIFF_BYTES])
    prolog = _PROLOG.match(head)
    root = _ROOT.match(head, prolog.end())
    if root is None:
        return False
    prefix, name, attributes = root["prefix"], root["name"], root["attributes"]
    if prefix is None and name == "rss":
        return True
    if prefix == "rdf" and name == "RDF":
        return True
    # A <feed> is Atom only when its start tag declares the Atom namespace (other XML uses <feed> too).
    return name == "feed" and any(ns in attributes for ns in _ATOM_NAMESPACES)


def _decode_head(head: bytes) -> str:
    """Return the start of a document as text, honouring a UTF-16/32 byte-order mark."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return head.decode(encoding, errors="ignore")
    # Single-byte and UTF-8 encodings agree on the ASCII markup looked at here.
    return head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")


# --------------------------------------------------------------------------- fetching

def is_url(source: str) -> bool:
    """Return True when `source` is an http or https URL rather than a file path."""
    return urllib.parse.urlsplit(source).scheme.lower() in ("http", "https")


def fetch_url(url: str, timeout: float = FETCH_TIMEOUT, limit: int | None = None) -> bytes:
    """Return the body of `url` (at most `limit` bytes, default `max_document_bytes`); raise ReadError.

    Network failures, timeouts, HTTP error statuses and bodies over the limit each raise a
    ReadError whose origin is the URL.
    """
    limit = get_settings().max_document_bytes if limit is None else limit
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > limit:
                # Refused from the header so that a huge body is never downloaded.
                raise ReadError(url, _too_large(int(length), limit))
            body = response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        raise ReadError(url, f"HTTP error {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise ReadError(url, f"no answer from the server within {timeout:g} s") from None
        raise ReadError(url, f"cannot fetch the feed: {_reason(reason)}") from None
    except TimeoutError:
        raise ReadError(url, f"no answer from the server within {timeout:g} s") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise ReadError(url, f"bad answer from the server: {type(exc).__name__} {exc}".rstrip()) from None
    except ValueError as exc:  # urllib's "unknown url type" and malformed URLs
        raise ReadError(url, f"not a valid URL: {exc}") from None
    except OSError as exc:
        raise ReadError(url, f"cannot fetch the feed: {_reason(exc)}") from None
    if len(body) > limit:
        raise ReadError(url, _too_large(limit, limit, at_least=True))
    return body


def _reason(reason) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"feed too large: {more}{size:,} bytes, the limit is {limit:,} (max_document_bytes)"


def _read_file(path: str, limit: int) -> bytes:
    """Return the bytes of the feed file at `path`; raise ReadError if it is missing or too large."""
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise ReadError(path, _too_large(size, limit))
        with open(path, "rb") as stream:
            raw = stream.read(limit + 1)
    except FileNotFoundError:
        raise ReadError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory, not a feed") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from None
    if len(raw) > limit:  # the file grew since os.stat
        raise ReadError(path, _too_large(limit, limit, at_least=True))
    return raw


# --------------------------------------------------------------------------- HTML to text

# Elements that start a new line of text; their content is a paragraph (or list item, cell...).
_BLOCKS = frozenset((
    "address article aside blockquote br caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
).split())
_SKIPPED = frozenset(("script", "style", "template", "noscript"))


class _TextParser(HTMLParser):
    """Collect the text of an HTML fragment, a line break at each block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


_BLANKS = re.compile(r"[^\S\n]+")


def html_to_text(fragment: str) -> str:
    """Return the plain text of an HTML fragment: entities decoded, one paragraph a line, blanks collapsed."""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    # In HTML a line break in the source is just a blank; only block elements break lines.
    text = "".join(part if part == "\n" else part.replace("\n", " ") for part in parser.parts)
    return _tidy(text)


def _tidy(text: str) -> str:
    lines = (_BLANKS.sub(" ", line).strip() for line in text.replace("\u00a0", " ").split("\n"))
    return "\n".join(line for line in lines if line)


def _detail_text(value: str | None, kind: str | None) -> str:
    """Return the plain text of a feed text construct of MIME type `kind` (HTML unless it says plain)."""
    if not value:
        return ""
    if kind and "html" not in kind:
        return _tidy(value)
    return html_to_text(value)


# --------------------------------------------------------------------------- entries

def _entry_text(entry) -> str:
    """Return the entry's full content as text, or its summary when it has no content."""
    contents = [_detail_text(c.get("value"), c.get("type")) for c in entry.get("content") or []]
    contents = [c for c in contents if c]
    if contents:
        # Some feeds carry both a teaser and the full text as contents: keep the fullest.
        return max(contents, key=len)
    detail = entry.get("summary_detail") or {}
    return _detail_text(entry.get("summary"), detail.get("type"))


def _entry_title(entry) -> str | None:
    detail = entry.get("title_detail") or {}
    return _detail_text(entry.get("title"), detail.get("type")).replace("\n", " ") or None


def _entry_published(entry) -> str | None:
    """Return the entry's publication date (else its update date) as written, 'YYYY-MM-DD', or None."""
    for key in ("published", "updated", "created"):
        # dict.get, not feedparser's: its get maps a missing 'updated' to 'published' (with a warning).
        value = dict.get(entry, key)
        if not value:
            continue
        try:
            return normalise_published(value)  # ISO 8601 (Atom, dc:date)
        except ValueError:
            pass
        try:
            # RFC 822 (RSS pubDate), read with its own offset: the date is the one the publisher wrote,
            # where feedparser's *_parsed fields are in UTC and can move it to the day before.
            return normalise_published(email.utils.parsedate_to_datetime(value))
        except (TypeError, ValueError, IndexError):
            pass
        parsed = dict.get(entry, key + "_parsed")  # the many other formats feedparser knows
        if parsed:
            return normalise_published(f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}")
    return None


def _optional(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _entry_document(entry, number: int, feed_origin: str, feed_title: str | None) -> Document:
    """Return the Document for the `number`th entry (1-based) of a feed; raise ReadError if it has no text."""
    origin = f"{feed_origin}#{number}"
    link = _optional(entry.get("link"))
    doc_id = _optional(entry.get("id")) or link
    title = _entry_title(entry)
    text = _entry_text(entry)
    if not text:
        named = f" {title!r}" if title else ""
        raise ReadError(origin, f"entry {number}{named} of the feed has no text "
                                "(its content and summary are empty or missing)", doc_id)
    return Document(
        # Through read_text's cleaning for the same line breaks and NFC composition as other inputs.
        text=read_text(text.encode("utf-8"), origin).strip(),
        id=doc_id,
        title=title,
        published=_entry_published(entry),
        url=link,
        source=feed_title,
        origin=origin,
    )


# --------------------------------------------------------------------------- feeds

# Expat's complaint about a prefix with no namespace declaration (<media:content> without
# xmlns:media). The XML is otherwise well-formed and such feeds are common, so it is tolerated.
_UNBOUND_PREFIX = "unbound prefix"


def parse_feed(raw: bytes, origin: str) -> Iterator[Document | ReadError]:
    """Yield a Document or ReadError for each entry of the feed in `raw`; raise ReadError for a bad feed."""
    import xml.sax

    import feedparser

    if not raw.strip():
        raise ReadError(origin, "empty file, not a feed")
    if not looks_like_feed(raw):
        raise ReadError(origin, "not an RSS or Atom feed (no <rss>, Atom <feed> or <rdf:RDF> root element)")
    # A stream, not bytes or str: feedparser would try a str as a URL or a file name.
    parsed = feedparser.parse(io.BytesIO(raw), sanitize_html=True, resolve_relative_uris=False)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException) and _UNBOUND_PREFIX not in problem.getMessage():
        raise ReadError(origin, f"malformed XML at line {problem.getLineNumber()}, column "
                                f"{problem.getColumnNumber() + 1}: {problem.getMessage()}")
    if not parsed.get("version"):
        raise ReadError(origin, "not an RSS or Atom feed (feedparser does not recognise it)")
    feed_title = _entry_title(parsed.feed)
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_document(entry, number, origin, feed_title)
        except ReadError as error:
            yield error


def read_feed(source: str, fetch: Callable[[str], bytes] = fetch_url) -> Iterator[Document | ReadError]:
    """Yield, in feed order, a Document for each entry of the feed at `source` and a ReadError for each bad one.

    `source` is a file path or an http(s) URL, fetched with `fetch` (bytes of the body, or a
    ReadError raised). A feed that cannot be read yields a single ReadError; an empty feed yields
    nothing. Never raises for bad input.
    """
    source = os.fspath(source)
    try:
        if is_url(source):
            raw = fetch(source)
        elif "://" in source:
            raise ReadError(source, "unsupported URL scheme (feeds are read from files or http(s) URLs)")
        else:
            raw = _read_file(source, get_settings().max_document_bytes)
        yield from parse_feed(raw, source)
    except ReadError as error:
        yield error
