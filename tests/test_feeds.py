"""RSS and Atom feeds: entries into Documents, HTML into text, files and local URLs, every bad feed a ReadError."""
import codecs
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from communique.reading import Document, ReadError, feeds
from communique.reading.feeds import fetch_url, html_to_text, looks_like_feed, read_feed
from communique.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
RSS = FIXTURES / "ministere.rss"
ATOM = FIXTURES / "mfa.atom"
RDF = FIXTURES / "fil.rdf.xml"

RSS_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Flux de test</title>
<item><title>Entretien</title><guid>t-1</guid><pubDate>Mon, 03 Feb 2025 10:00:00 +0100</pubDate>
<description>Le ministre a reçu l'ambassadeur du Chili.</description></item>
</channel></rss>"""


def read_all(source, **kwargs):
    return list(read_feed(str(source), **kwargs))


def only(results):
    assert len(results) == 1, results
    return results[0]


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def small_limit(monkeypatch, limit):
    monkeypatch.setattr(feeds, "get_settings", lambda: Settings(max_document_bytes=limit))


# --------------------------------------------------------------------------- entries into documents

@pytest.mark.parametrize(
    "lang, path, n, doc_id, title, published, url, source, text",
    [
        # content:encoded wins over the description; the date is the publisher's (UTC would say 03-04)
        ("fr", RSS, 1, "mae-2025-0312", "Consultations politiques entre le Maroc et le Kazakhstan", "2025-03-05",
         "https://diplomatie.example.org/communiques/2025/03/consultations-maroc-kazakhstan",
         "Ministère des Affaires étrangères — Communiqués",
         ("Le ministre des Affaires étrangères a reçu, le 4 mars à Rabat, son homologue kazakh pour la cinquième "
          "session de consultations politiques.\nLes deux ministres ont évoqué la coopération économique et "
          "énergétique.\nCommerce\nÉnergie")),
        # no guid: the link is the id; an escaped HTML description becomes text, one paragraph a line
        ("fr", RSS, 2, "https://diplomatie.example.org/communiques/2025/03/entretien-senegal",
         "Entretien téléphonique avec le ministre sénégalais", "2025-03-06",
         "https://diplomatie.example.org/communiques/2025/03/entretien-senegal",
         "Ministère des Affaires étrangères — Communiqués",
         "Le ministre s’est entretenu par téléphone avec son homologue sénégalais.\nIls ont abordé la situation au Sahel."),
        # Atom xhtml content over the summary; an HTML title loses its tags; the date as written (-05:00)
        ("en", ATOM, 1, "urn:example:mfa:press:2025-118", "Foreign Minister receives the Ambassador of Chile",
         "2025-04-21", "https://mfa.example.org/press/2025-118", "Ministry of Foreign Affairs: press releases",
         "The Foreign Minister received the Ambassador of Chile on 21 April.\nThey discussed trade & investment."),
        # Atom with no <published>: the update date; a plain-text summary keeps its angle brackets
        ("en", ATOM, 2, "urn:example:mfa:press:2025-119", "Statement on the ceasefire", "2025-04-22",
         "https://mfa.example.org/press/2025-119", "Ministry of Foreign Affairs: press releases",
         "The Ministry welcomes the ceasefire agreed yesterday. <not a tag>"),
        # RSS 1.0 (RDF) in ISO-8859-1 with a dc:date
        ("fr", RDF, 1, "https://wire.example.org/d/881", "Visite du président tunisien à Dakar", "2025-02-10",
         "https://wire.example.org/d/881", "Fil diplomatique (fictif)",
         "Le président tunisien est arrivé lundi à Dakar pour une visite officielle de deux jours."),
    ],
)
def test_entries(lang, path, n, doc_id, title, published, url, source, text):
    doc = read_all(path)[n - 1]
    assert isinstance(doc, Document), doc
    assert (doc.id, doc.title, doc.published, doc.url, doc.source) == (doc_id, title, published, url, source)
    assert doc.text == text
    assert doc.origin == f"{path}#{n}"
    assert doc.lang is None  # feeds often declare a default language; the identifier decides


def test_entry_without_text_is_an_error_among_good_entries():
    results = read_all(RSS)
    assert [type(r) for r in results] == [Document, Document, ReadError]
    error = results[2]
    assert error.origin == f"{RSS}#3" and error.doc_id == "mae-2025-0314"
    assert "'Photo du jour'" in error.message and "no text" in error.message


@pytest.mark.parametrize(
    "fragment, expected",
    [
        ("<p>Premier paragraphe.</p><p>Second.</p>", "Premier paragraphe.\nSecond."),
        ("Ligne un<br>ligne deux<br/>ligne trois", "Ligne un\nligne deux\nligne trois"),
        ("<div>A  word\nwrapped\tby   the source</div>", "A word wrapped by the source"),
        ("<p>Caf&eacute; &amp; th&#233;&nbsp;!</p>", "Café & thé !"),
        ("<p>Text</p><script>var a = '<p>no</p>';</script><style>p {}</style><p>More</p>", "Text\nMore"),
        ("<ul><li>trade</li><li>energy</li></ul>", "trade\nenergy"),
        ("<p>The <b>minister</b> <a href='x'>met</a> her counterpart.</p>", "The minister met her counterpart."),
        ("<p> </p><p></p><img src='a.png'>", ""),
    ],
)
def test_html_to_text(fragment, expected):
    assert html_to_text(fragment) == expected


@pytest.mark.parametrize(
    "published, expected",
    [
        ("Tue, 04 Mar 2025 23:30:00 -0500", "2025-03-04"),  # UTC is already 03-05
        ("2025-03-04T01:00:00+03:00", "2025-03-04"),  # UTC is still 03-03
        ("2025-03-04", "2025-03-04"),
        ("04 Mar 2025", "2025-03-04"),
        ("not a date at all", None),
    ],
)
def test_published_as_written(tmp_path, published, expected):
    feed = RSS_ITEM.replace("Mon, 03 Feb 2025 10:00:00 +0100", published)
    doc = only(read_all(write(tmp_path, "f.rss", feed)))
    assert isinstance(doc, Document) and doc.published == expected


def test_empty_feed_yields_nothing(tmp_path):
    path = write(tmp_path, "empty.rss", '<rss version="2.0"><channel><title>Rien</title></channel></rss>')
    assert read_all(path) == []


def test_undeclared_namespace_prefix_is_tolerated(tmp_path):
    # Common in the wild: <media:thumbnail> without xmlns:media. The XML is otherwise well-formed.
    feed = RSS_ITEM.replace("</item>", '<media:thumbnail url="x.jpg"/></item>')
    doc = only(read_all(write(tmp_path, "media.rss", feed)))
    assert isinstance(doc, Document) and doc.id == "t-1"


# --------------------------------------------------------------------------- sniffing

@pytest.mark.parametrize(
    "raw, expected",
    [
        (RSS.read_bytes(), True),
        (ATOM.read_bytes(), True),
        (RDF.read_bytes(), True),
        (RSS_ITEM.encode("utf-16"), True),
        (codecs.BOM_UTF8 + b"\n  <rss version='2.0'><channel/></rss>", True),
        (b"<!DOCTYPE rss [<!ENTITY x 'y'>]>\n<rss version='0.91'></rss>", True),
        (b"<atom:feed xmlns:atom='http://www.w3.org/2005/Atom'></atom:feed>", True),
        (b"<feed xmlns='http://purl.org/atom/ns#' version='0.3'></feed>", True),
        (b"<feed><entry>not Atom: no namespace</entry></feed>", False),
        (b"<?xml version='1.0'?><sitemap xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>", False),
        (b"<!DOCTYPE html><html><body><p>An RSS <rss> tag in a page</p></body></html>", False),
        (b"Le ministre a <rss> dans le texte.", False),
        (b'{"id": "1", "text": "<rss>"}', False),
        (b"", False),
    ],
)
def test_looks_like_feed(raw, expected):
    assert looks_like_feed(raw) is expected


# --------------------------------------------------------------------------- bad feeds

@pytest.mark.parametrize(
    "name, raw, message",
    [
        ("page.xml", "<!DOCTYPE html><html><body><p>Communiqué</p></body></html>", "not an RSS or Atom feed"),
        ("note.rss", "Le ministre a reçu son homologue.", "not an RSS or Atom feed"),
        ("other.xml", "<?xml version='1.0'?><catalogue><livre/></catalogue>", "not an RSS or Atom feed"),
        ("empty.rss", "  \n", "empty file, not a feed"),
        ("broken.rss", RSS_ITEM.replace("</channel></rss>", ""), "malformed XML at line"),
        ("amp.rss", RSS_ITEM.replace("Entretien", "Paix & sécurité"), "malformed XML at line 3"),
    ],
)
def test_bad_feed_files(tmp_path, name, raw, message):
    path = write(tmp_path, name, raw)
    error = only(read_all(path))
    assert isinstance(error, ReadError)
    assert error.origin == str(path) and message in error.message and error.doc_id is None


def test_missing_file_and_unsupported_scheme(tmp_path):
    error = only(read_all(tmp_path / "absent.rss"))
    assert isinstance(error, ReadError) and error.message == "no such file or directory"
    error = only(read_all("ftp://example.org/feed.rss"))
    assert isinstance(error, ReadError) and "unsupported URL scheme" in error.message


def test_feed_file_over_the_limit(tmp_path, monkeypatch):
    path = write(tmp_path, "big.rss", RSS_ITEM)
    small_limit(monkeypatch, 100)
    error = only(read_all(path))
    assert isinstance(error, ReadError) and error.origin == str(path)
    assert error.message.startswith("feed too large") and "the limit is 100 (max_document_bytes)" in error.message


def test_injected_fetch():
    seen = []

    def fetch(url):
        seen.append(url)
        return RSS_ITEM.encode("utf-8")

    doc = only(read_all("https://feeds.example.org/fr.rss", fetch=fetch))
    assert seen == ["https://feeds.example.org/fr.rss"]
    assert doc.origin == "https://feeds.example.org/fr.rss#1" and doc.source == "Flux de test"

    def refuse(url):
        raise ReadError(url, "HTTP error 503 Service Unavailable")

    error = only(read_all("http://feeds.example.org/down.rss", fetch=refuse))
    assert isinstance(error, ReadError) and error.message == "HTTP error 503 Service Unavailable"


# --------------------------------------------------------------------------- URLs, served locally

class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, bytes, bool]]] = {
        "/feed.rss": (200, RSS.read_bytes(), True),
        "/feed.atom": (200, ATOM.read_bytes(), True),
        "/page.html": (200, b"<!DOCTYPE html><html><body><p>Pas un flux.</p></body></html>", True),
        "/unsized.rss": (200, RSS.read_bytes(), False),  # no Content-Length: the read itself must stop
    }

    def do_GET(self):
        if self.path == "/slow.rss":
            time.sleep(1.0)
        status, body, sized = self.routes.get(self.path, (404, b"Not here", True))
        self.send_response(status)
        self.send_header("Content-Type", "application/rss+xml")
        if sized:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path, ids", [
    ("/feed.rss", ["mae-2025-0312", "https://diplomatie.example.org/communiques/2025/03/entretien-senegal", None]),
    ("/feed.atom", ["urn:example:mfa:press:2025-118", "urn:example:mfa:press:2025-119"]),
])
def test_feed_from_url(server, path, ids):
    results = read_all(server + path)
    assert [r.id if isinstance(r, Document) else None for r in results] == ids
    assert all(r.origin == f"{server}{path}#{n}" for n, r in enumerate(results, start=1))


@pytest.mark.parametrize(
    "path, limit, message",
    [
        ("/missing.rss", None, "HTTP error 404 Not Found"),
        ("/page.html", None, "not an RSS or Atom feed"),
        ("/feed.rss", 500, f"feed too large: {len(RSS.read_bytes()):,} bytes"),  # from Content-Length
        ("/unsized.rss", 500, "feed too large: more than 500 bytes"),
    ],
)
def test_bad_url(server, monkeypatch, path, limit, message):
    if limit is not None:
        small_limit(monkeypatch, limit)
    error = only(read_all(server + path))
    assert isinstance(error, ReadError) and error.origin == server + path
    assert message in error.message, error.message


def test_url_timeout(server):
    error = only(read_all(server + "/slow.rss", fetch=lambda url: fetch_url(url, timeout=0.2)))
    assert isinstance(error, ReadError) and error.message == "no answer from the server within 0.2 s"


def test_unreachable_url():
    # A port that was just free: nothing listens there.
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = only(read_all(f"http://127.0.0.1:{port}/feed.rss"))
    assert isinstance(error, ReadError) and error.message.startswith("cannot fetch the feed: ")
