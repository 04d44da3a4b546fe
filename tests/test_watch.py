"""Watching the news: a local feed server whose content changes between polls, a local webhook that
fails before it answers, and a watcher restarted on the same database: each new event is reported
exactly once. Servers run on 127.0.0.1 in threads; every wait is bounded."""
import json
import threading
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import pytest

from communique.cli import main
from communique.running.watch import (DeliveryError, JsonlSink, StdoutSink, Watcher, WebhookSink, parse_every,
                                      read_rules_file)
from communique.storing import QueryError, Store
from communique.storing.watching import parse_rule

# Fictional items, in the order the feed publishes them. "again" is a second report of "round".
ITEMS = {
    "round": ("2026-03-04", "Kazakhstan and Morocco held the seventh round of political consultations in Rabat "
                            "on 3 March 2026."),
    "signing": ("2026-03-05", "Senegal and Portugal signed an agreement on fisheries in Dakar on 4 March 2026."),
    "again": ("2026-03-05", "The seventh round of political consultations between Morocco and Kazakhstan took "
                            "place in Rabat on 3 March 2026."),
    "call": ("2026-03-07", "Foreign Minister Nurlan Zhaksygeldin of Kazakhstan held a phone call with his Moroccan "
                           "counterpart on 6 March 2026."),
    "protest": ("2026-03-09", "Chile condemned the attack on its embassy in Lima on 8 March 2026 and summoned the "
                              "ambassador of Peru."),
}


def rss(names: list[str]) -> bytes:
    items = []
    for name in names:
        day, text = ITEMS[name]
        date = format_datetime(datetime.fromisoformat(day).replace(tzinfo=timezone.utc))
        items.append(f"<item><guid>urn:test:{name}</guid><title>{name}</title><link>http://example.org/{name}</link>"
                     f"<pubDate>{date}</pubDate><description>{escape(text)}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed</title>'
            f'<link>http://example.org/</link><description>fictional</description>{"".join(items)}'
            f"</channel></rss>").encode("utf-8")


class Server:
    """A local HTTP server in a thread: GET serves `self.feed`, POST records bodies (failing the first
    `self.fail` ones with 503)."""

    def __init__(self):
        self.feed, self.posts, self.fail, self.attempts = rss([]), [], 0, 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = server.feed
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.attempts += 1
                if server.fail > 0:
                    server.fail -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                server.posts.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.timeout = 5
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


def _keys(reports):
    return sorted((r["rule"], r["event"]["event"], tuple(sorted(r["event"]["countries"]))) for r in reports)


def test_each_new_event_reported_once_across_polls_and_a_restart(tmp_path, server):
    db, out = str(tmp_path / "w.db"), tmp_path / "reports.jsonl"
    rules = [parse_rule("dyad=KAZ,MAR"), parse_rule("type=SUPPORT"), parse_rule("type=ACCUSE;country=Chile")]
    sinks = lambda: [JsonlSink(str(out)), WebhookSink(server.url + "/hook", sleep=lambda s: None, timeout=5)]  # noqa: E731
    feed = server.url + "/feed.xml"

    server.feed = rss(["round"])
    watcher = Watcher(db, [feed], rules, sinks())
    first = watcher.poll()
    assert (first.new_events, first.matches, first.delivered) == (1, 1, 1)
    # The feed changes: a new event, and a second report of the round already stored (not news).
    server.feed = rss(["round", "signing", "again"])
    second = watcher.poll()
    assert (second.stored, second.new_events, second.matches, second.delivered) == (2, 1, 1, 1)
    unchanged = watcher.poll()
    assert (unchanged.stored, unchanged.new_events, unchanged.delivered) == (0, 0, 0)

    # A restart: a new watcher on the same database, sources and rules, while the feed moved on.
    server.feed = rss(["round", "signing", "again", "call", "protest"])
    restarted = Watcher(db, [feed], rules, sinks())
    third = restarted.poll()
    assert (third.new_events, third.matches, third.delivered) == (2, 2, 2)
    assert restarted.poll().delivered == 0

    expected = [("dyad=KAZ,MAR", "CONSULT", ("KAZ", "MAR")), ("dyad=KAZ,MAR", "CONSULT", ("KAZ", "MAR")),
                ("type=ACCUSE;country=Chile", "ACCUSE", ("CHL", "PER")), ("type=SUPPORT", "SUPPORT", ("PRT", "SEN"))]
    assert _keys(server.posts) == expected
    assert _keys(json.loads(line) for line in out.read_text().splitlines()) == expected
    assert len({p["id"] for p in server.posts}) == 4  # four reports, each delivered once
    with Store.open(db, readonly=True) as store:
        assert store.watch_matches(rule="dyad=KAZ,MAR")[-1]["event"]["mentions"][0]["doc_id"] == "urn:test:round"
        assert {r["name"]: r["matches"] for r in store.watch_rules()} == {
            "dyad=KAZ,MAR": 2, "type=SUPPORT": 1, "type=ACCUSE;country=Chile": 1}


def test_webhook_retries_and_keeps_what_it_could_not_deliver(tmp_path, server):
    db = str(tmp_path / "w.db")
    pauses = []
    hook = WebhookSink(server.url + "/hook", attempts=3, backoff=0.5, sleep=pauses.append, timeout=5)
    server.feed = rss(["signing"])
    watcher = Watcher(db, [server.url + "/feed.xml"], [parse_rule("type=SUPPORT")], [hook])
    server.fail = 5  # the receiver is down for this poll's three attempts
    down = watcher.poll()
    assert (down.matches, down.delivered, down.failed) == (1, 0, 1) and "HTTP 503 after 3 attempt(s)" in down.errors[0]
    assert pauses == [0.5, 1.0] and server.posts == []
    server.feed = rss(["signing", "call"])  # no new SUPPORT: the undelivered report is tried again
    up = watcher.poll()  # two more failures, then it answers
    assert (up.delivered, up.failed) == (1, 0) and server.attempts == 6
    assert [p["event"]["event"] for p in server.posts] == ["SUPPORT"]
    assert watcher.poll().delivered == 0


def test_webhook_unreachable_is_a_delivery_error(tmp_path):
    hook = WebhookSink("http://127.0.0.1:9/none", attempts=2, sleep=lambda s: None, timeout=2)
    with pytest.raises(DeliveryError, match="after 2 attempt"):
        hook.deliver({"id": 1, "rule": "r", "event": {}})


@pytest.mark.parametrize("text, conditions", [
    ("dyad=Kazakhstan,MA", {"dyad": ["KAZ", "MAR"]}),
    ("person=Lavrov", {"person": "Lavrov"}),
    ("type=sanction", {"type": "SANCTION"}),
    ("topic=energy;country=Maroc", {"topic": "energy", "country": "MAR"}),
    ("organisation=ONU", {"organisation": "UN"}),
])
def test_rules(text, conditions):
    assert parse_rule(text).spec() == conditions


@pytest.mark.parametrize("text, message", [
    ("dyad=KAZ", "a dyad is two states"),
    ("colour=red", "unknown condition 'colour'"),
    ("type=SCOLD", "unknown event type"),
    ("topic=weather", "unknown topic"),
    ("country=Atlantis", "unknown country"),
    ("dyad", "is not key=value"),
])
def test_bad_rules(text, message):
    with pytest.raises(QueryError, match=message):
        parse_rule(text)


@pytest.mark.parametrize("text, seconds", [("90", 90), ("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400)])
def test_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["0", "-5m", "soon", "15x", "nan"])
def test_bad_every(text):
    with pytest.raises(ValueError, match="--every"):
        parse_every(text)


def test_rules_file(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nname = "kaz-mar"\ndyad = ["KAZ", "MAR"]\ntype = "CONSULT"\n\n'
                    '[[rule]]\ntopic = "energy"\n', encoding="utf-8")
    rules = read_rules_file(str(path))
    assert [(r.name, r.spec()) for r in rules] == [("kaz-mar", {"dyad": ["KAZ", "MAR"], "type": "CONSULT"}),
                                                   ("topic=energy", {"topic": "energy"})]
    path.write_text("dyad = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no \\[\\[rule\\]\\] tables"):
        read_rules_file(str(path))
    path.write_text("[[rule]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not TOML"):
        read_rules_file(str(path))


@pytest.mark.parametrize("argv, message", [
    (["missing-dir", "--rule", "type=AID"], "missing-dir: no such file or directory"),
    (["{src}"], "give at least one --rule"),
    (["{src}", "--rule", "dyad=KAZ"], "a dyad is two states"),
    (["{src}", "--rule", "type=AID", "--every", "soon"], "--every 'soon'"),
    (["{src}", "--rule", "type=AID", "--quiet"], "nowhere to report"),
    (["{src}", "--rule", "type=AID", "--webhook", "ftp://x"], "give an http(s) URL"),
])
def test_cli_refuses(tmp_path, capsys, argv, message):
    src = tmp_path / "src"
    src.mkdir()
    args = [a.replace("{src}", str(src)) for a in argv]
    assert main(["watch", *args, "--db", str(tmp_path / "w.db"), "--once"]) == 2
    assert message in capsys.readouterr().err


def test_cli_and_pages(tmp_path, capsys, coded):
    """The CLI on a file of coded records that grows (no coder needed), then the rules, matches and Atom feed."""
    src, db = tmp_path / "coded.jsonl", str(tmp_path / "w.db")
    src.write_text(json.dumps(coded.record("s0", "2026-01-02", coded.event("AID", ["KAZ"], ["AFG"]))) + "\n")
    argv = ["watch", str(src), "--db", db, "--rule", "type=SANCTION", "--once", "--jsonl", str(tmp_path / "r.jsonl")]
    assert main(argv) == 0
    src.write_text(json.dumps(coded.record("s1", "2026-02-02", coded.event(
        "SANCTION", ["MAR"], ["DZA"], date="2026-02-01", mode="expel"))) + "\n", encoding="utf-8")
    assert main(argv) == 0 and main(argv) == 0
    out = capsys.readouterr().out
    assert out.count("[type=SANCTION] 2026-02-01 SANCTION expel MAR -> DZA") == 1
    from fastapi.testclient import TestClient
    from communique.serving import create_app
    client = TestClient(create_app(db))
    assert [r["name"] for r in client.get("/watch/rules").json()] == ["type=SANCTION"]
    assert len(client.get("/watch/matches", params={"rule": "type=SANCTION"}).json()) == 1
    assert client.get("/watch/matches", params={"rule": "nope"}).status_code == 404
    feed = client.get("/watch/rules/type%3DSANCTION.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    import feedparser
    parsed = feedparser.parse(feed.text)
    assert not parsed.bozo and [e.title for e in parsed.entries] == ["2026-02-01 SANCTION MAR → DZA"]
    assert client.get("/watch/rules/nope.atom").status_code == 404
    assert "type=SANCTION" in client.get("/ui/watch").text


def test_stdout_sink_lines(capsys):
    report = {"id": 3, "rule": "r", "event": {"date": None, "event": "AID", "mode": None, "actor": ["KAZ"],
                                               "recipient": ["AFG"], "mentions": [{"doc_id": "d", "title": None}]}}
    StdoutSink().deliver(report)
    StdoutSink(as_json=True).deliver(report)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "[r] ? AID KAZ -> AFG — d" and json.loads(lines[1]) == report


def test_a_web_page_is_watched_as_one_document(tmp_path, server):
    """A URL that is a page, not a feed: one document, its URL its id; a changed page replaces it."""
    page = ("<html><head><title>Release</title></head><body><nav>Home | News</nav><article><h1>Release</h1>"
            "<p>{}</p><p>The two sides reviewed their cooperation in trade and energy.</p></article></body></html>")
    server.feed = page.format(ITEMS["call"][1]).encode("utf-8")
    watcher = Watcher(str(tmp_path / "w.db"), [server.url + "/release.html"], [parse_rule("dyad=KAZ,MAR")],
                      [JsonlSink(str(tmp_path / "r.jsonl"))])
    first = watcher.poll()
    assert (first.stored, first.matches, first.delivered) == (1, 1, 1), first.errors
    assert watcher.poll().stored == 0
    server.feed = page.format(ITEMS["protest"][1]).encode("utf-8")
    changed = watcher.poll()
    assert (changed.stored, changed.matches) == (1, 0)
    with Store.open(str(tmp_path / "w.db"), readonly=True) as store:
        assert [d["doc_id"] for d in store.documents()] == [server.url + "/release.html"]
