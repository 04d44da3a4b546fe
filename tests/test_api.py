"""The REST API and the pages, in process, against a real store built from ../shared/eval/dev.jsonl.

The store is built once per session (coding the 26 documents takes ~15 s) and only read here;
tests that write use their own copy.
"""
import json
import re
import shutil
from html import unescape
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from communique.reading import Document, read_inputs
from communique.serving import create_app
from communique.settings import Settings
from communique.storing import Store

TOKEN = "test-token-123"
#: Actor codes that are not states: partners may hold them, the country filters refuse them.
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "MNC"}
SCRIPT_TEXT = ("Le ministre marocain des Affaires étrangères Nasser Bourita a reçu lundi à Rabat son homologue "
               "kazakh <script>window.__pwned = 1; alert('pwned')</script> pour des consultations politiques. "
               "<img src=x onerror=\"window.__pwned = 2\"> Ils ont signé un mémorandum d'entente.")


def build_dev_store(tmp_path_factory, shared_dir):
    """Return the path of the session's store of dev.jsonl (built by the first caller)."""
    path = tmp_path_factory.getbasetemp() / "serving-dev.db"
    if not path.exists():
        building = path.with_suffix(".building")
        with Store.open(building) as store:
            report = store.ingest(read_inputs([str(shared_dir / "eval" / "dev.jsonl")]))
        assert report.failed == 0, report.errors
        for suffix in ("", "-wal", "-shm"):
            if (src := building.with_name(building.name + suffix)).exists():
                shutil.move(src, path.with_name(path.name + suffix))
    return path


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory, shared_dir):
    return build_dev_store(tmp_path_factory, shared_dir)


@pytest.fixture(scope="module")
def client(dev_db):
    with TestClient(create_app(dev_db, Settings())) as c:
        yield c


@pytest.fixture(scope="module")
def store(dev_db):
    with Store.open(dev_db, readonly=True) as s:
        yield s


@pytest.fixture()
def writable(dev_db, tmp_path):
    """A copy of the dev store and a client with an ingest token and a small request limit."""
    path = tmp_path / "copy.db"
    with Store.open(dev_db, readonly=True) as src, Store.open(path) as dst:
        src.conn.backup(dst.conn)
    settings = replace(Settings(), ingest_token=TOKEN, max_request_bytes=200_000)
    with TestClient(create_app(path, settings)) as c:
        yield c, path


# --------------------------------------------------------------------------- reading

def test_health(client, store):
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == store.counts()["documents"] == 26


def test_events_total_and_pages_cover_every_event_once(client, store):
    total = store.count_events()
    first = client.get("/events", params={"limit": 10}).json()
    assert first["total"] == total and first["limit"] == 10 and len(first["events"]) == 10
    seen = []
    for offset in range(0, total, 10):
        page = client.get("/events", params={"limit": 10, "offset": offset}).json()
        seen += [e["id"] for e in page["events"]]
    assert sorted(seen) == sorted(e["id"] for e in store.events()) and len(set(seen)) == total


@pytest.mark.parametrize("params", [
    {"country": "MAR"}, {"country": "Maroc", "type": "SUPPORT"}, {"type": "CONSULT", "since": "2020"},
    {"until": "2021-06"}, {"topic": "trade"}, {"organisation": "UN"}, {"country": "RUS", "counterpart": "FRA"},
    {"country": "MAR", "sort": "oldest"}, {"scope": "multilateral"}, {"scope": "bilateral", "sort": "newest"},
])
def test_event_filters_are_the_stores(client, store, params):
    body = client.get("/events", params=params).json()
    query = {k: v for k, v in params.items() if k != "sort"}
    expected = store.events(**query, limit=50, sort=params.get("sort", "newest"))  # the API: newest first by default
    assert [e["id"] for e in body["events"]] == [e["id"] for e in expected]
    assert body["total"] == store.count_events(**query)
    days = [e["day"] for e in body["events"] if e["day"]]
    assert days == sorted(days, reverse=params.get("sort") != "oldest")
    for e in body["events"]:
        if "type" in params:
            assert e["event"] == params["type"]
        if "since" in params:
            assert e["day"] >= params["since"]
        if "scope" in params:
            assert e["multilateral"] == (params["scope"] == "multilateral")


def test_event_filter_by_person(client, store):
    person = store.people()[0]
    body = client.get("/events", params={"person": person["id"]}).json()
    assert body["total"] == person["events"] >= 1
    assert all(any(p["person_id"] == person["id"] for p in e["participants"]) for e in body["events"])


@pytest.mark.parametrize("path, params, status, message", [
    ("/events", {"country": "Xyz"}, 400, "unknown country 'Xyz'"),
    ("/events", {"since": "2020-13-45"}, 400, "since"),
    ("/events", {"since": "yesterday"}, 400, "since"),
    ("/events", {"type": "PARTY"}, 400, "PARTY"),
    ("/events", {"limit": 0}, 422, "limit"),
    ("/events", {"limit": 100000}, 422, "limit"),
    ("/events", {"offset": -1}, 422, "offset"),
    ("/dyads/KAZ/Atlantis/timeline", {}, 400, "unknown country 'Atlantis'"),
    ("/countries/Narnia/partners", {}, 400, "unknown country 'Narnia'"),
    ("/agreements", {"kind": "napkin"}, 400, "napkin"),
    ("/search", {"q": ""}, 422, "q"),
    ("/search", {"q": "!!!"}, 400, "search"),
    ("/documents/no-such-doc", {}, 404, "no-such-doc"),
    ("/people/999999", {}, 404, "999999"),
    ("/people/abc", {}, 422, "person_id"),
    ("/events/999999", {}, 404, "999999"),
    ("/no/such/path", {}, 404, "Not Found"),
    # Numbers beyond SQLite's 64-bit integers are refused by name, never an overflow inside a query.
    ("/events", {"offset": 10**20}, 422, "query.offset"),
    ("/events", {"offset": "99999999999999999999"}, 422, "query.offset"),
    ("/events/99999999999999999999", {}, 422, "path.event_id"),
    ("/events/0", {}, 422, "path.event_id"),
    ("/people/99999999999999999999", {}, 422, "path.person_id"),
    ("/countries/RUS/partners", {"limit": 10**20}, 422, "query.limit"),
    ("/events", {"sort": "sideways"}, 422, "query.sort"),
    ("/events", {"scope": "trilateral"}, 422, "query.scope"),
    ("/dyads/KAZ/MAR/timeline", {"scope": "x"}, 422, "query.scope"),
    ("/events.csv", {"offset": 10**20, "country": "Xyz"}, 400, "unknown country 'Xyz'"),
    ("/people.csv", {"country": "Xyz"}, 400, "unknown country 'Xyz'"),
])
def test_bad_requests_get_a_clear_4xx(client, path, params, status, message):
    response = client.get(path, params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert message in response.json()["detail"]
    assert message in response.json()["detail"]
    assert "Traceback" not in response.text


def test_document_has_text_and_record_with_offsets_into_it(client):
    doc = client.get("/documents/h001").json()
    assert doc["doc_id"] == "h001" and doc["text"] and doc["record"]["events"]
    for event in doc["record"]["events"]:
        for span in event["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(doc["text"])
        assert event["event_text"] and event["event_text"] in doc["text"]
        for entity in event["actor"] + event["recipient"]:
            if entity["start"] is not None:
                assert doc["text"][entity["start"]:entity["end"]] == entity["entity_text"]
    assert doc["events"]  # the store events merged from it


def test_dyad_timeline_holds_only_the_dyad(client, store):
    a, b = store.events(type="CONSULT")[0]["countries"][:2]
    body = client.get(f"/dyads/{a}/{b}/timeline").json()
    assert body["a"] == a and body["b"] == b and body["events"]
    assert all({a, b} <= set(e["countries"]) for e in body["events"])
    assert sum(p["events"] for p in body["score"]) == sum(1 for e in body["events"] if e["date"])
    same = client.get(f"/dyads/{a.lower()}/{b}/timeline").json()
    assert [e["id"] for e in same["events"]] == [e["id"] for e in body["events"]]


def test_partners_are_ranked_and_counted(client, store):
    body = client.get("/countries/Russia/partners").json()
    assert body["country"] == "RUS"
    partners = body["partners"]
    assert partners and [p["events"] for p in partners] == sorted((p["events"] for p in partners), reverse=True)
    states = [p for p in partners if len(p["country"]) == 3 and p["country"] not in NON_STATE]
    assert states
    for p in states:
        assert p["events"] == store.count_events(country="RUS", counterpart=p["country"], scope="bilateral")
    assert len(client.get("/countries/RUS/partners", params={"limit": 2}).json()["partners"]) == min(2, len(partners))


def test_people_and_person(client):
    people = client.get("/people").json()
    assert people and all(p["name"] for p in people)
    one = client.get(f"/people/{people[0]['id']}").json()
    assert one["name"] == people[0]["name"] and len(one["events"]) == people[0]["events"]
    russians = client.get("/people", params={"country": "Russia"}).json()
    assert russians and all(p["country"] == "RUS" for p in russians)


def test_agreements_and_series(client):
    agreements = client.get("/agreements").json()
    assert agreements and all(a["kind"] and a["countries"] for a in agreements)
    kind = agreements[0]["kind"]
    assert all(a["kind"] == kind for a in client.get("/agreements", params={"kind": kind}).json())
    series = client.get("/series").json()
    assert series and all(s["name"] and s["rounds"] for s in series)


def test_search_finds_a_document_by_words_of_its_title(client, store):
    title = client.get("/documents/h004").json()["title"]
    word = max(re.findall(r"\w+", title), key=len)
    results = client.get("/search", params={"q": word}).json()
    assert "h004" in [r["doc_id"] for r in results]


def test_counts_are_the_stores(client, store):
    assert client.get("/counts").json() == store.counts()


# --------------------------------------------------------------------------- coding without storing

def test_extract_codes_a_text_and_stores_nothing(client, store):
    before = store.counts()
    text = ("Le ministre des Affaires étrangères du Maroc, Nasser Bourita, s'est entretenu lundi à Rabat "
            "avec son homologue du Kazakhstan, Mourat Nourtleou.")
    record = client.post("/extract", json={"text": text, "published": "2024-05-15", "lang": "fr"}).json()
    assert record["lang"] == "fr" and record["published"] == "2024-05-15" and "text" not in record
    consult = [e for e in record["events"] if e["event"] == "CONSULT"]
    assert consult and {"MAR", "KAZ"} <= {x["code"] for x in consult[0]["actor"] + consult[0]["recipient"]}
    assert all(text[s["start"]:s["end"]] for e in record["events"] for s in e["spans"])
    assert store.counts() == before


@pytest.mark.parametrize("body, status, message", [
    ({}, 422, "text"),
    ({"text": ""}, 422, "text"),
    ({"text": "   "}, 400, "empty"),
    ({"text": "Bonjour", "lang": "french"}, 422, "lang"),
    ({"text": "Bonjour", "published": "last week"}, 400, "published"),
    ({"text": 42}, 422, "text"),
])
def test_extract_refuses_bad_input(client, body, status, message):
    response = client.post("/extract", json=body)
    assert response.status_code == status and message in response.json()["detail"]


def test_extract_refuses_a_body_that_is_not_json(client):
    response = client.post("/extract", content=b"\xff\xfe not json", headers={"content-type": "application/json"})
    assert response.status_code == 400 and "parsing the body" in response.json()["detail"]
    form = client.post("/extract", content=b"text=abc", headers={"content-type": "application/x-www-form-urlencoded"})
    assert form.status_code == 422 and "body" in form.json()["detail"]


# --------------------------------------------------------------------------- size limit, token, CORS

def test_oversize_request_gets_413_before_it_is_read(writable):
    client, _ = writable
    big = {"text": "Le Maroc et le Kazakhstan. " * 10_000}  # ~270 kB, over the 200 kB limit
    response = client.post("/extract", json=big)
    assert response.status_code == 413 and "max_request_bytes" in response.json()["detail"]


def test_oversize_chunked_request_gets_413(writable):
    client, _ = writable

    def chunks():  # no Content-Length: the limit must count what streams in
        for _ in range(30):
            yield b"x" * 10_000

    response = client.post("/ingest", content=chunks(), headers={"authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413


def test_document_over_the_document_limit_gets_413(dev_db):
    settings = replace(Settings(), max_document_bytes=1000)
    with TestClient(create_app(dev_db, settings)) as client:
        response = client.post("/extract", json={"text": "Le Maroc. " * 200})
    assert response.status_code == 413 and "max_document_bytes" in response.json()["detail"]


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"authorization": "Basic dXNlcjpwYXNz"}, 401),
    ({"authorization": "Bearer "}, 401),
    ({"authorization": "Bearer wrong-token"}, 403),
    ({"authorization": f"Bearer {TOKEN}x"}, 403),
])
def test_ingest_without_the_right_token_is_refused(writable, headers, status):
    client, path = writable
    response = client.post("/ingest", json=[{"id": "x1", "text": "Le Maroc et la France."}], headers=headers)
    assert response.status_code == status and response.json()["detail"]
    with Store.open(path, readonly=True) as store:
        assert store.document("x1") is None


def test_ingest_is_disabled_without_a_configured_token(client):
    response = client.post("/ingest", json=[{"id": "x1", "text": "Le Maroc."}],
                           headers={"authorization": "Bearer anything"})
    assert response.status_code == 403 and "disabled" in response.json()["detail"]


def test_ingest_with_the_token_stores_and_reports(writable):
    client, path = writable
    auth = {"authorization": f"Bearer {TOKEN}"}
    docs = [{"id": "s1", "text": SCRIPT_TEXT, "lang": "fr", "published": "2024-05-15", "title": "<b>Title</b>"},
            {"id": "bad", "text": ""}]
    report = client.post("/ingest", json={"documents": docs}, headers=auth).json()
    assert report["added"] == 1 and report["failed"] == 1 and "empty document" in report["errors"][0]
    again = client.post("/ingest", json=docs[:1], headers=auth).json()
    assert again["unchanged"] == 1 and again["added"] == 0
    stored = client.get("/documents/s1").json()
    assert stored["text"] == SCRIPT_TEXT and stored["record"]["events"]
    with Store.open(path, readonly=True) as store:
        assert store.document("s1")["title"] == "<b>Title</b>"


@pytest.mark.parametrize("body, message", [
    (b"{not json", "not JSON"),
    (b"[]", "no documents"),
    (b'[{"text": "no id"}]', "missing 'id'"),
    (b'[{"id": "a", "text": "x", "published": "soon"}]', "published"),
])
def test_ingest_refuses_bad_bodies(writable, body, message):
    client, _ = writable
    response = client.post("/ingest", content=body, headers={"authorization": f"Bearer {TOKEN}",
                                                             "content-type": "application/json"})
    assert response.status_code == 400 and message in response.json()["detail"]


def test_script_in_a_document_is_escaped_on_its_page(writable):
    client, _ = writable
    client.post("/ingest", json=[{"id": "s1", "text": SCRIPT_TEXT, "title": "<script>alert(1)</script>"}],
                headers={"authorization": f"Bearer {TOKEN}"})
    html = client.get("/ui/documents/s1").text
    assert "<script>window.__pwned" not in html and "<script>alert(1)" not in html and "<img src=x" not in html
    # The text is there, whole, as text: only the highlight spans are markup inside it.
    inner = re.search(r'<div class="doctext" id="doctext">(.*?)</div>', html, re.S).group(1)
    assert set(re.findall(r"<(\w+)", inner)) == {"span"}
    assert unescape(re.sub(r"</?span[^>]*>", "", inner)) == SCRIPT_TEXT
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the title
    # Every script on the page is the app's own file; the CSP forbids any other.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert "script-src 'self'" in client.get("/ui/documents/s1").headers["content-security-policy"]
    search = client.get("/ui/search", params={"q": "pwned"}).text
    assert "<script>window" not in search and "s1" in search


def test_cors_is_off_unless_configured(dev_db, client):
    origin = {"origin": "https://example.org"}
    assert "access-control-allow-origin" not in client.get("/health", headers=origin).headers
    settings = replace(Settings(), cors_origins=("https://example.org",))
    with TestClient(create_app(dev_db, settings)) as allowed:
        assert allowed.get("/health", headers=origin).headers["access-control-allow-origin"] == "https://example.org"
        other = allowed.get("/health", headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("path", ["/", "/ui/events", "/ui/countries/RUS", "/ui/people/1", "/events", "/health",
                                  "/events.csv", "/static/app.css", "/docs", "/openapi.json"])
def test_head_answers_as_get_without_a_body(client, path):
    head, get = client.head(path), client.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
    assert int(head.headers["content-length"]) == len(get.content)


@pytest.mark.parametrize("path, api_path, params, key", [
    ("/events.csv", "/events", {"country": "RUS", "sort": "oldest", "limit": 1000}, "id"),
    ("/events.csv", "/events", {"type": "CONSULT", "since": "2020", "scope": "bilateral", "limit": 1000}, "id"),
    ("/agreements.csv", "/agreements", {"country": "RUS"}, "event_id"),
    ("/people.csv", "/people", {"country": "RUS"}, "id"),
    ("/countries/RUS/partners.csv", "/countries/RUS/partners", {"scope": "all"}, "country"),
])
def test_csv_downloads_hold_the_filtered_view(client, path, api_path, params, key):
    import csv
    import io

    response = client.get(path, params={k: v for k, v in params.items() if k != "limit"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    answer = client.get(api_path, params=params).json()
    items = answer["events"] if "events" in answer else answer["partners"] if "partners" in answer else answer
    assert rows and [r[key] for r in rows] == [str(i[key]) for i in items]


# --------------------------------------------------------------------------- docs and pages

def test_openapi_describes_every_answer(client):
    schema = client.get("/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ok = operation["responses"]["200"]["content"]
            media, body = next(iter(ok.items()))
            if media == "text/csv":
                continue
            assert body["schema"] not in ({}, {"type": "object"}), (method, path)
            assert "400" in operation["responses"] and "422" in operation["responses"], (method, path)
    events = schema["components"]["schemas"]["Event"]["properties"]
    assert {"day", "dated_by", "multilateral", "participants", "mentions"} <= set(events)
    assert schema["paths"]["/events/{event_id}"]["get"]["responses"]["404"]

@pytest.mark.parametrize("path, method, model", [
    ("/commitments", "get", "Commitment"), ("/corrections", "get", "Correction"),
    ("/watch/rules", "get", "WatchRule"), ("/watch/matches", "get", "WatchMatch"),
    ("/events/{event_id}/corrections", "post", "CorrectionResult")])
def test_openapi_names_the_answers_of_promises_corrections_and_watch(client, path, method, model):
    schema = client.get("/openapi.json").json()
    body = schema["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
    assert (body.get("items") or body)["$ref"] == f"#/components/schemas/{model}"
    assert schema["components"]["schemas"][model]["properties"]


def test_openapi_and_docs_work_offline(client):
    schema = client.get("/openapi.json").json()
    for path in ("/extract", "/events", "/documents/{doc_id}", "/dyads/{a}/{b}/timeline", "/countries/{country}/partners",
                 "/people", "/people/{person_id}", "/agreements", "/series", "/search", "/ingest", "/health"):
        assert path in schema["paths"], path
    html = client.get("/docs").text
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/static/") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200


@pytest.mark.parametrize("path", ["/", "/ui/events", "/ui/events?country=MAR&page_no=1", "/ui/documents/h001",
                                  "/ui/dyads/AZE/PRT", "/ui/countries/RUS", "/ui/people", "/ui/people/1",
                                  "/ui/agreements", "/ui/agreements?kind=memorandum", "/ui/series",
                                  "/ui/search?q=Lavrov", "/ui/extract"])
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "</html>" in response.text


@pytest.mark.parametrize("path, status, message", [
    ("/ui/countries/Atlantis", 400, "unknown country"),
    ("/ui/documents/nope", 404, "no document"),
    ("/ui/events?since=tomorrow", 400, "since"),
    ("/ui/dyad?a=Kazakhstan&b=", 400, "two countries"),
])
def test_page_errors_are_pages(client, path, status, message):
    response = client.get(path)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert message in response.text


def test_names_redirect_to_codes(client):
    response = client.get("/ui/dyad", params={"a": "Kazakhstan", "b": "Maroc"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/ui/dyads/KAZ/MAR"
    assert client.get("/ui/countries/Russie", follow_redirects=False).headers["location"] == "/ui/countries/RUS"


def test_extract_page_codes_a_pasted_text(client):
    response = client.post("/ui/extract", data={"text": SCRIPT_TEXT, "published": "2024-05-15", "lang": "fr"})
    assert response.status_code == 200
    assert 'class="card"' in response.text and "hl-country" in response.text
    assert "<script>window" not in response.text
    assert client.post("/ui/extract", data={"text": "  "}).status_code == 400
    assert client.post("/ui/extract", data={"text": "x", "lang": "klingon"}).status_code == 400


def test_extract_api_and_page_agree(client):
    text = "Le ministre russe des Affaires étrangères Sergueï Lavrov a reçu à Moscou son homologue mauritanien."
    record = client.post("/extract", json={"text": text, "lang": "fr"}).json()
    page = client.post("/ui/extract", data={"text": text, "lang": "fr"}).text
    assert page.count('class="card"') == len(record["events"]) >= 1
    for event in record["events"]:
        assert f">{event['event']}" in page


def test_spans_json_are_the_highlights(client):
    doc = client.get("/documents/h001").json()
    html = client.get("/ui/documents/h001").text
    marked = "".join(m.group(1) for m in re.finditer(r'<span class="[^"]*hl-event[^"]*" data-ev="(?:[^"]* )?1(?: [^"]*)?"[^>]*>([^<]*)</span>', html))
    first = doc["record"]["events"][0]
    expected = "".join(doc["text"][s["start"]:s["end"]] for s in first["spans"])
    # Highlights leave out the white space at a span's ends; every other character is lit.
    assert "".join(unescape(marked).split()) == "".join(expected.split())


def test_request_logs_no_traceback_for_bad_json_body(client):
    response = client.post("/extract", content=b'{"text": ', headers={"content-type": "application/json"})
    assert response.status_code == 422 and "Traceback" not in response.text
    assert "JSON decode error" in json.loads(response.text)["detail"]


# --------------------------------------------------------------------------- highlight segments

@pytest.mark.parametrize("seed", range(5))
def test_segments_cover_the_text_with_the_marks_over_each_character(seed):
    import random

    from communique.serving.highlight import Mark, segments
    rng = random.Random(seed)
    text = "".join(rng.choice("ab \n") for _ in range(200))
    marks = [Mark(*sorted(rng.sample(range(201), 2)), rng.choice(["event", "country", "date"]), "L",
                  frozenset({rng.randrange(1, 4)})) for _ in range(25)]
    pieces = segments(text, marks)
    assert "".join(p.text for p in pieces) == text
    at = 0
    for piece in pieces:
        for k in range(at, at + len(piece.text)):
            # marks lose the white space at their ends; what is left covers k
            over = [m for m in marks if text[m.start:m.end].strip() and
                    m.start + len(text[m.start:m.end]) - len(text[m.start:m.end].lstrip()) <= k
                    < m.end - (len(text[m.start:m.end]) - len(text[m.start:m.end].rstrip()))]
            assert piece.kinds == [kind for kind in ("event", "country", "date") if any(m.kind == kind for m in over)]
            inside = {n for m in marks if m.kind == "event" for n in m.events
                      if any(o.kind != "event" and m.start <= o.start and o.end <= m.end for o in over)}
            assert {n for m in over for n in m.events} <= set(piece.events) <= {n for m in over for n in m.events} | inside
        at += len(piece.text)
