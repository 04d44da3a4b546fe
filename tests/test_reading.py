"""Reading stage: files, encodings, HTML, JSON Lines, directories and stdin into Documents."""
import io
import json
import time

import pytest

from communique.reading import Document, ReadError, normalise_published, read_inputs, read_text
from communique.reading import documents
from communique.settings import Settings, get_settings

FR = "Le ministre des Affaires étrangères a reçu son homologue à Genève.\nIls ont évoqué la coopération régionale."
EN = "The foreign minister received her counterpart in Lisbon.\nThey discussed a trade agreement."


def read_all(*paths, stdin=None):
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def only(results):
    assert len(results) == 1, results
    return results[0]


def write(tmp_path, name, content):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# --------------------------------------------------------------------------- plain text and encodings

@pytest.mark.parametrize(
    "lang, raw, expected",
    [
        ("fr", FR.encode("utf-8"), FR),
        ("en", EN.encode("utf-8"), EN),
        ("fr", FR.replace("\n", "\r\n").encode("utf-8"), FR),
        ("fr", b"\xef\xbb\xbf" + FR.encode("utf-8"), FR),
        ("fr", FR.encode("cp1252"), FR),
        ("fr", "Le sommet a été reporté à l’automne, selon le porte-parole « officiel ».".encode("cp1252"),
         "Le sommet a été reporté à l’automne, selon le porte-parole « officiel »."),
        ("fr", FR.encode("utf-16"), FR),
        ("en", EN.encode("utf-32"), EN),
        ("ru", "Министр иностранных дел встретился с коллегой в столице и обсудил сотрудничество.".encode("cp1251"),
         "Министр иностранных дел встретился с коллегой в столице и обсудил сотрудничество."),
        # decomposed 'é' (e + combining acute) comes back composed
        ("fr", "Le pre\u0301sident a parle\u0301.".encode("utf-8"), "Le président a parlé."),
    ],
)
def test_plain_text(tmp_path, lang, raw, expected):
    path = write(tmp_path, "note.txt", raw)
    doc = only(read_all(path))
    assert isinstance(doc, Document)
    assert doc.text == expected
    assert doc.id is None and doc.title is None
    assert doc.origin == str(path)
    assert doc.doc_id.startswith("sha1:") and len(doc.doc_id) == 5 + 16


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"\x81\x8d\x8f\x90\x9d\xc3\x28\xa0\xa1" * 20, "not valid UTF-8 and no reliable encoding detected"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50, "binary file, not text"),
        (b"", "empty document"),
        (b" \n\t\r\n  ", "empty document"),
    ],
)
def test_refused_files(tmp_path, raw, message):
    path = write(tmp_path, "bad.txt", raw)
    error = only(read_all(path))
    assert isinstance(error, ReadError)
    assert error.message == message
    assert error.origin == str(path) and error.doc_id is None
    assert str(error) == f"{path}: {message}"


def test_read_text_raises():
    assert read_text("déclaration commune".encode("cp1252"), "x") == "déclaration commune"
    with pytest.raises(ReadError, match="x: empty document"):
        read_text(b"", "x")


def test_huge_file_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50_000_000)  # sparse: costs no disk and would be "binary" if it were read
    start = time.perf_counter()
    error = only(read_all(path))
    assert time.perf_counter() - start < 1
    assert isinstance(error, ReadError)
    assert "50,000,000 bytes" in error.message
    assert f"{get_settings().max_document_bytes:,}" in error.message


def test_missing_path(tmp_path):
    error = only(read_all(tmp_path / "absent.txt"))
    assert isinstance(error, ReadError)
    assert str(error) == f"{tmp_path / 'absent.txt'}: no such file or directory"


# --------------------------------------------------------------------------- JSON Lines and JSON

def jsonl(*lines):
    return "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines) + "\n"


def test_jsonl_bad_line_among_good(tmp_path):
    path = write(tmp_path, "batch.jsonl", jsonl(
        {"id": "a1", "text": FR, "lang": "fr", "published": "2024-03-05T10:00:00+01:00", "extra": 1},
        '{"id": "a2", "text": "cassé',
        "",
        {"id": 3, "text": EN, "title": "Talks", "url": "https://example.org/3", "source": "Example"},
    ))
    results = read_all(path)
    assert [type(r) for r in results] == [Document, ReadError, Document]
    first, error, last = results
    assert (first.id, first.lang, first.published, first.origin) == ("a1", "fr", "2024-03-05", f"{path}:1")
    assert error.origin == f"{path}:2" and error.message.startswith("not valid JSON")
    assert (last.id, last.title, last.url, last.source, last.origin) == ("3", "Talks", "https://example.org/3",
                                                                         "Example", f"{path}:4")


@pytest.mark.parametrize(
    "line, message, doc_id",
    [
        ({"text": FR}, "missing 'id'", None),
        ({"id": "b1"}, "missing 'text'", "b1"),
        ({"id": "b2", "text": 42}, "'text' must be a string, not a number", "b2"),
        ({"id": "b3", "text": "   "}, "empty document", "b3"),
        ({"id": "b4", "text": FR, "lang": "FR"}, "lang: 'FR' is not a two-letter lowercase ISO 639-1 code", "b4"),
        ({"id": "b5", "text": FR, "published": "5 mars"},
         "published: '5 mars' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", "b5"),
        ({"id": "b6", "text": FR, "published": "2023-02-29"},
         "published: '2023-02-29' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", "b6"),
        (["b7", FR], "not a JSON object but an array", None),
    ],
)
def test_jsonl_bad_records(tmp_path, line, message, doc_id):
    path = write(tmp_path, "batch.ndjson", jsonl({"id": "ok", "text": EN}, line, {"id": "ok2", "text": EN}))
    ok, error, ok2 = read_all(path)
    assert (ok.id, ok2.id) == ("ok", "ok2")
    assert isinstance(error, ReadError)
    assert (error.origin, error.message, error.doc_id) == (f"{path}:2", message, doc_id)
    if doc_id:
        assert str(error) == f"{path}:2: {message} (id {doc_id})"


def test_jsonl_long_line_refused(tmp_path, monkeypatch):
    limit = 300
    monkeypatch.setattr(documents, "get_settings", lambda: Settings(max_document_bytes=limit))
    path = write(tmp_path, "batch.jsonl", jsonl({"id": "big", "text": "x" * (limit + 10)}, {"id": "small", "text": EN}))
    error, doc = read_all(path)
    assert isinstance(error, ReadError) and error.origin == f"{path}:1" and "too large" in error.message
    assert doc.id == "small" and doc.origin == f"{path}:2"


@pytest.mark.parametrize(
    "content, ids",
    [
        ({"id": "j1", "text": FR}, ["j1"]),
        ([{"id": "j1", "text": FR}, {"id": "j2", "text": EN}], ["j1", "j2"]),
    ],
)
def test_json_file(tmp_path, content, ids):
    path = write(tmp_path, "docs.json", json.dumps(content))
    assert [d.id for d in read_all(path)] == ids


# --------------------------------------------------------------------------- directories

def test_directory_order_and_filtering(tmp_path):
    write(tmp_path, "b.txt", EN)
    write(tmp_path, "a/z.md", FR)
    write(tmp_path, "a/c.jsonl", jsonl({"id": "c1", "text": FR}, {"id": "c2", "text": EN}))
    write(tmp_path, "a.txt", FR)
    write(tmp_path, ".hidden.txt", FR)
    write(tmp_path, ".git/x.txt", FR)
    write(tmp_path, "image.png", b"\x89PNG\r\n")
    origins = [r.origin for r in read_all(tmp_path)]
    assert origins == [
        f"{tmp_path / 'a' / 'c.jsonl'}:1",
        f"{tmp_path / 'a' / 'c.jsonl'}:2",
        str(tmp_path / "a" / "z.md"),
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]


def test_empty_directory(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF")
    error = only(read_all(tmp_path))
    assert isinstance(error, ReadError) and error.message.startswith("no readable files")


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Visite du ministre à Dakar</title>
  <meta property="article:published_time" content="2024-03-05">
</head>
<body>
  <nav><ul><li><a href="/">Accueil</a></li><li><a href="/presse">Salle de presse</a></li></ul></nav>
  <article>
    <h1>Visite du ministre à Dakar</h1>
    <p>Le ministre des Affaires étrangères s'est rendu mardi à Dakar pour une visite de travail de deux jours.</p>
    <p>Il a rencontré son homologue sénégalais afin d'évoquer la sécurité régionale et les échanges universitaires.</p>
    <p>Les deux responsables ont annoncé la signature prochaine d'un accord sur la mobilité des étudiants.</p>
  </article>
  <footer><p>Mentions légales | Plan du site | Nous contacter</p></footer>
</body>
</html>
"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"])
def test_html_page(tmp_path, name):
    path = write(tmp_path, name, PAGE)
    doc = only(read_all(path))
    assert isinstance(doc, Document), doc
    assert "s'est rendu mardi à Dakar" in doc.text
    assert "signature prochaine d'un accord" in doc.text
    assert "\n" in doc.text  # paragraphs stay on their own lines
    assert "Salle de presse" not in doc.text and "Mentions légales" not in doc.text
    assert doc.title == "Visite du ministre à Dakar"
    assert doc.published == "2024-03-05"
    assert doc.lang == "fr"


def test_html_without_main_text(tmp_path):
    path = write(tmp_path, "empty.html", "<!doctype html><html><head><title>Rien</title></head><body></body></html>")
    error = only(read_all(path))
    assert isinstance(error, ReadError) and error.message == "no main text found in the HTML page"


# --------------------------------------------------------------------------- stdin

def test_stdin_jsonl():
    data = jsonl({"id": "s1", "text": FR}, "not json", {"id": "s2", "text": EN})
    results = read_all("-", stdin=io.BytesIO(b"\n  " + data.encode("utf-8")))
    assert [type(r) for r in results] == [Document, ReadError, Document]
    assert [r.origin for r in results] == ["<stdin>:2", "<stdin>:3", "<stdin>:4"]
    assert (results[0].id, results[0].text, results[2].id) == ("s1", FR, "s2")


@pytest.mark.parametrize(
    "raw, expected",
    [
        (FR.encode("utf-8"), FR),
        (EN.encode("cp1252"), EN),
    ],
)
def test_stdin_text(raw, expected):
    doc = only(read_all("-", stdin=io.BytesIO(raw)))
    assert (doc.text, doc.id, doc.origin) == (expected, None, "<stdin>")


def test_stdin_html():
    doc = only(read_all("-", stdin=io.BytesIO(PAGE.encode("utf-8"))))
    assert doc.title == "Visite du ministre à Dakar" and "Dakar" in doc.text


def test_stdin_empty():
    error = only(read_all("-", stdin=io.BytesIO(b"")))
    assert str(error) == "<stdin>: empty document"


# --------------------------------------------------------------------------- doc_id and dates

def test_doc_id():
    a = Document(text=FR, title="Titre")
    assert a.doc_id == Document(text=FR, title="Titre", origin="elsewhere").doc_id
    assert a.doc_id != Document(text=FR).doc_id != Document(text=EN).doc_id
    assert a.doc_id == "sha1:" + __import__("hashlib").sha1(("Titre\n" + FR).encode()).hexdigest()[:16]
    assert Document(text=FR, id="x-1").doc_id == "x-1"


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, None),
        ("", None),
        ("2024", "2024"),
        ("2024-03", "2024-03"),
        ("2024-03-05", "2024-03-05"),
        ("2020-10-05T12:00:00Z", "2020-10-05"),
        ("2020-10-05T23:30:00.250-05:00", "2020-10-05"),
        ("2020-10-05 08:15", "2020-10-05"),
        ("2024-02-29", "2024-02-29"),
    ],
)
def test_normalise_published(value, expected):
    assert normalise_published(value) == expected


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "2024-3-5", "05/03/2024", "mars 2024", "24", "2024-00-10",
                                   "2024-03-05T25", [2024]])
def test_normalise_published_refuses(value):
    with pytest.raises(ValueError, match=r"^published: .* is not a date \(YYYY-MM-DD, YYYY-MM or YYYY\)$"):
        normalise_published(value)
