"""The web app in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The server runs in a thread on a free loopback port over a copy of the dev.jsonl store plus
one hostile document. Every page is opened; any console error, page error, failed request,
HTTP error or request leaving the server fails the test. Screenshots of each page go to
artifacts/screenshots/.
"""
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from communique.reading import Document
from communique.serving import create_app
from communique.settings import Settings
from communique.storing import Store

from test_api import SCRIPT_TEXT, build_dev_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"

if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: scripts/setup installs Debian's chromium (apt-get, as root)")
    pytest.skip(f"{CHROMIUM} is not installed (scripts/setup installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, shared_dir):
    path = tmp_path_factory.mktemp("browser") / "web.db"
    with Store.open(build_dev_store(tmp_path_factory, shared_dir), readonly=True) as src, Store.open(path) as dst:
        src.conn.backup(dst.conn)
        dst.ingest([Document(text=SCRIPT_TEXT, id="hostile", lang="fr", published="2024-05-15",
                             title="<script>window.__pwned = 3</script> hostile title")])
    yield from serve(path)


@pytest.fixture(scope="module")
def demo_url(demo_db):
    """The web app over the database the main job (scripts/demo) builds from the bundled samples."""
    yield from serve(demo_db)


def serve(path):
    """Serve the store at `path` on a free loopback port in a thread; yield its base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(path, Settings()), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records every console error, page error, failed or off-server request."""

    def __init__(self, browser, base_url, **context):
        self.base = base_url
        self.context = browser.new_context(**{"viewport": {"width": 1360, "height": 900}, **context})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} {r.failure}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.on("request", lambda r: r.url.startswith((self.base, "data:"))
                     or self.problems.append(f"left the server: {r.url}"))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))

    def open(self, path: str, shot: str | None = None):
        response = self.page.goto(self.base + path, wait_until="networkidle")
        assert response.status == 200, (path, response.status)
        if shot:
            self.shot(shot)
        return self.page

    def shot(self, name: str, full_page: bool = True) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)

    def check(self) -> None:
        assert self.problems == []
        assert self.page.evaluate("typeof window.__pwned") == "undefined"


@pytest.fixture()
def watched(browser, base_url):
    w = Watched(browser, base_url)
    yield w
    w.context.close()


def test_every_page_opens_cleanly(watched):
    page = watched.open("/", "home")
    assert page.locator(".stat b").first.inner_text().strip() != "0"
    assert page.locator("svg.chart").count() >= 2
    rows = watched.open("/ui/events", "events").locator("table.events tbody tr").count()
    assert rows >= 20
    dyad = watched.open("/ui/dyads/AZE/PRT", "dyad")
    assert dyad.locator("svg.chart circle.dot").count() >= 1
    country = watched.open("/ui/countries/RUS", "country")
    assert country.locator("svg.chart circle.node").count() >= 2
    assert country.locator("#partners tbody tr").count() >= 2
    people = watched.open("/ui/people", "people")
    people.locator("table a[href^='/ui/people/']").first.click()
    people.wait_for_load_state("networkidle")
    assert people.locator("h2", has_text="Titles over time").count() == 1
    watched.shot("person")
    watched.open("/ui/series", "series")
    watched.open("/docs")
    watched.page.wait_for_selector(".opblock", timeout=15000)  # Swagger UI rendered from the package
    assert watched.page.locator(".opblock").count() >= 12
    watched.shot("docs")
    watched.check()


def test_search_from_the_home_page_opens_a_document(watched):
    page = watched.open("/")
    page.fill(".bigsearch input[name=q]", "consultations")
    page.press(".bigsearch input[name=q]", "Enter")
    page.wait_for_selector("#result-count")
    results = page.locator("ol.results li a")
    assert results.count() >= 1
    assert page.locator(".snippet mark").count() >= 1
    watched.shot("search")
    results.first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.startswith(watched.base + "/ui/documents/")
    watched.check()


def test_selecting_an_event_highlights_its_words(watched):
    page = watched.open("/ui/documents/h001")
    assert page.locator("#doctext .active").count() == 0
    cards = page.locator("#events .card")
    assert cards.count() >= 1
    last = cards.count()
    page.locator(f"#ev-{last} button.select").click()
    lit = page.locator("#doctext .active")
    assert lit.count() >= 1
    assert page.locator(f"#ev-{last}").get_attribute("class") == "card active"
    event_text = page.evaluate("fetch('/documents/h001').then(r => r.json())")["record"]["events"][last - 1]["event_text"]
    shown = "".join(lit.all_inner_texts())
    assert event_text.split()[0] in shown and event_text.split()[-1].strip(".") in shown
    watched.shot("document")
    # Clicking a highlighted word selects its event; the legend hides a kind of mark.
    page.locator("#legend input[data-kind=country]").uncheck()
    assert "hide-country" in page.locator("#doctext").get_attribute("class")
    watched.check()


def test_document_page_highlights_each_field_from_the_stored_record(watched):
    """Every field an event explains with words is marked in the text (from the stored record's
    provenance); clicking the field in its card shows its words and rule and lights its words."""
    page = watched.open("/ui/documents/h001")
    events = page.evaluate("fetch('/documents/h001').then(r => r.json())")["record"]["events"]
    marked = set(page.evaluate("""Array.from(document.querySelectorAll('#doctext [data-why]'))
        .flatMap(el => el.getAttribute('data-why').split(' '))"""))
    worded = [(n, i, p) for n, e in enumerate(events, 1) for i, p in enumerate(e["provenance"]) if p["start"] is not None]
    assert worded and {f"{n}.{i}" for n, i, _ in worded} == marked
    n, i, entry = next((n, i, p) for n, i, p in worded if p["field"] != "event")
    button = page.locator(f'#ev-{n} button.why[data-why="{n}.{i}"]')
    detail = button.locator("xpath=following-sibling::span[1]")
    assert not detail.is_visible() and page.locator("#doctext .why-lit").count() == 0
    button.click()
    assert button.get_attribute("aria-expanded") == "true" and detail.is_visible()
    assert entry["rule"] in detail.inner_text() and " ".join(entry["text"].split()) in " ".join(detail.inner_text().split())
    lit = page.locator("#doctext .why-lit")
    assert lit.count() >= 1
    assert " ".join("".join(lit.all_text_contents()).split()) == " ".join(entry["text"].split())
    watched.shot("document-why")
    button.click()  # a second click closes it
    assert not detail.is_visible() and page.locator("#doctext .why-lit").count() == 0
    # Clicking the words in the text opens the explanation of the field they support.
    words = page.locator(f'#doctext [data-why~="{n}.{i}"]').first
    event = words.get_attribute("data-ev").split()[0]
    first = next(w for w in words.get_attribute("data-why").split() if w.split(".")[0] == event)
    words.click()
    opened = page.locator(f'button.why[data-why="{first}"]')
    assert opened.get_attribute("aria-expanded") == "true"
    assert opened.locator("xpath=following-sibling::span[1]").is_visible()
    watched.check()


def test_hostile_document_shows_its_text_and_runs_nothing(watched):
    page = watched.open("/ui/documents/hostile", "hostile-document")
    text = page.locator("#doctext").inner_text()
    assert "<script>window.__pwned = 1; alert('pwned')</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert page.locator("#doctext script, #doctext img, h1 script").count() == 0
    assert "<script>" in page.locator("h1").inner_text()
    page.locator("#ev-1 button.select").click()
    watched.check()


def test_agreements_filter_hides_rows(watched):
    page = watched.open("/ui/agreements", "agreements")
    rows = page.locator("#agreements-table tbody tr")
    total = rows.count()
    assert total >= 2
    kind = rows.first.locator("td").nth(1).inner_text()
    page.fill("#table-filter", kind)
    visible = page.locator("#agreements-table tbody tr:not([hidden])").count()
    assert 1 <= visible <= total and page.locator("#shown").inner_text() == str(visible)
    page.fill("#table-filter", "zzzz-no-such-word")
    assert page.locator("#agreements-table tbody tr:not([hidden])").count() == 0
    watched.check()


def test_extract_page_codes_a_pasted_text(watched):
    page = watched.open("/ui/extract")
    page.fill("textarea[name=text]", SCRIPT_TEXT)
    page.fill("input[name=published]", "2024-05-15")
    page.click(".extract button[type=submit]")
    page.wait_for_selector("#events .card", timeout=30000)
    page.locator("#ev-1 button.select").click()
    assert page.locator("#doctext .active").count() >= 1
    assert "<script>" in page.locator("#doctext").inner_text()
    watched.shot("extract")
    watched.check()


def test_dyad_form_goes_to_the_relationship(watched):
    page = watched.open("/")
    page.fill(".dyadform input[name=a]", "Azerbaïdjan")
    page.fill(".dyadform input[name=b]", "Portugal")
    page.click(".dyadform button")
    page.wait_for_load_state("networkidle")
    assert page.url == watched.base + "/ui/dyads/AZE/PRT"
    assert page.locator("h1").inner_text().startswith("Azerbaijan – Portugal")
    watched.check()


# --------------------------------------------------------------------------- the demo database (issue 14)

@pytest.fixture()
def demo(browser, demo_url):
    w = Watched(browser, demo_url)
    yield w
    w.context.close()


def visible_text(page) -> str:
    return page.locator("main").inner_text()


def test_country_page_lists_latest_events_newest_first_and_bilateral_partners(demo):
    page = demo.open("/ui/countries/MAR", "demo-country")
    days = [d[:10] for d in page.locator("table.events tbody td:first-child").all_inner_texts()]
    assert len(days) == 10 and days == sorted(days, reverse=True) and days[0] >= "2025"
    partners = page.locator("#partners tbody tr td:nth-child(2) .muted").all_inner_texts()
    assert "KAZ" in partners and not {"TUR", "IDN", "SAU", "GMB"} & set(partners)  # one summit: no partner
    page.locator("a", has_text="count summits too").click()
    page.wait_for_load_state("networkidle")
    assert "TUR" in page.locator("#partners tbody").inner_text()
    demo.check()


def test_dyad_page_shows_undated_events_and_a_time_scaled_score(demo, demo_db):
    from communique.storing import Store

    with Store.open(demo_db) as store:
        timeline = store.timeline("KAZ", "MAR")
        undated = [e for e in store.events(country="KAZ", counterpart="MAR", scope="bilateral") if not e["date"]]
        signed = len(store.agreements(country="KAZ", counterpart="MAR"))
    page = demo.open("/ui/dyads/KAZ/MAR", "demo-dyad")
    text = visible_text(page)
    assert "1 multilateral event left out" in text and timeline
    assert (f"{signed} documents signed" if signed != 1 else "1 document signed") in text
    assert "1 documents" not in text and "agriculture_food" not in text and "Agriculture and food" in text
    assert undated and page.locator("svg.chart circle.dot.undated").count() == len(undated)  # agreements to meet again
    assert page.locator("svg.chart text.label", has_text="no date").count() == 1  # its own row
    assert "not shown" not in page.locator("svg.chart").first.inner_html()
    # Bars stand where their month falls: equal months apart, equal distances apart.
    bars = page.locator("svg.chart rect.bar.pos")
    x = [float(bars.nth(i).get_attribute("x")) for i in range(bars.count())]
    assert x == sorted(x) and len(x) >= 8
    gaps = [b - a for a, b in zip(x, x[1:])]
    assert max(gaps) > 5 * min(gaps)  # 2023-05 to 2023-12 is no wider than 2019-10 to 2020-11 when evenly spaced
    page.locator("a", has_text="include them").click()
    page.wait_for_load_state("networkidle")
    # (Events between governments and events with other actors, a summit's organisation, are two tables.)
    assert "multilateral" in " ".join(page.locator("table.events").all_inner_texts())
    demo.check()


def test_people_pages_show_posts_countries_and_no_none(demo):
    page = demo.open("/ui/people", "demo-people")
    assert "—" not in page.locator("table").inner_text() and "None" not in visible_text(page)
    assert "not stated" in page.locator("table").inner_text() or "(from events)" in page.locator("table").inner_text()
    page.locator("a", has_text="Rachid Lahbabi").click()
    page.wait_for_load_state("networkidle")
    demo.shot("demo-person")
    rows = page.locator("section").first.locator("table tbody tr")
    assert rows.count() == 1  # one post, in English and French
    post = rows.first.inner_text()
    assert "Foreign minister" in post and "ministre des Affaires étrangères" in post
    assert "homologue" not in post and "None" not in visible_text(page)
    demo.check()


def test_events_page_sorts_and_downloads_the_filtered_view_as_csv(demo):
    page = demo.open("/ui/events?country=MAR&sort=oldest", "demo-events")
    days = [d[:10] for d in page.locator("table.events tbody td:first-child").all_inner_texts()]
    assert days == sorted(days)
    with page.expect_download() as download:
        page.locator("a", has_text="CSV").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,date,day,dated_by,multilateral") and len(lines) - 1 == len(days)
    demo.check()


@pytest.mark.parametrize("path, name", [("/", "phone-home"), ("/ui/dyads/KAZ/MAR", "phone-dyad"),
                                        ("/ui/events", "phone-events"), ("/ui/people/5", "phone-person")])
def test_pages_work_at_phone_width(browser, demo_url, path, name):
    w = Watched(browser, demo_url, viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                has_touch=True)
    try:
        page = w.open(path, name)
        w.shot(f"{name}-screen", full_page=False)  # what the phone shows first
        # Nothing wider than the phone: no sideways scrolling of the page, every navigation link on screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        for box in [page.locator("header nav a").nth(i).bounding_box() for i in range(page.locator("header nav a").count())]:
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390
        # Wide charts keep a readable size (they scroll inside their section) instead of shrinking their text.
        for chart in page.locator("svg.chart.wide").all():
            assert chart.bounding_box()["width"] >= 700
        # Tables of events and people are one card per row, each cell labelled.
        for table in page.locator("table.stack").all():
            assert table.locator("thead").is_hidden()
            assert table.locator("tbody tr").first.bounding_box()["width"] <= 390
        w.check()
    finally:
        w.context.close()
