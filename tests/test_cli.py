"""The command line: `communique extract` over real files, stdin and bad inputs, in-process and once as a process.

The texts are invented for these tests. Models load once per process, so the tests that code
real text share the cached pipelines; the error-handling paths use a stand-in coder.
"""
import hashlib
import io
import json
import os
import subprocess
import sys

import pytest

from communique import __version__, cli
import communique.running.parallel as coding_module  # the module the stand-in coder patches
from communique.language.pipelines import ModelError
from communique.record import Record
from communique.settings import get_settings

FR_CALL = ("Le ministre des Affaires étrangères du Maroc, Karim Benslimane, s'est entretenu mercredi par "
           "téléphone avec son homologue chilien, Pablo Errázuriz. Les deux ministres ont évoqué le commerce "
           "et l'investissement.")
EN_VISIT = ("Senegal's Foreign Minister Aminata Diallo paid an official visit to Portugal on Tuesday, where she "
            "was received by the Portuguese Foreign Minister, João Ferreira. The two ministers signed a "
            "memorandum of understanding on education.")
# Under 200 bytes, so that it passes the small size limit of the too-large case.
EN_CALL = ("Portugal's Foreign Minister João Ferreira held a phone call on Monday with the Foreign Minister "
           "of Chile, Pablo Errázuriz.")


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def run(capsys, *argv):
    """Run main in-process; return (status, parsed JSON lines of stdout, stderr)."""
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


def countries(event) -> set[str]:
    return {e["code"] for e in event["actor"] + event["recipient"]}


def sha1_id(text: str, title: str = "") -> str:
    """The documented content id: sha1 of title, a line break and the text, 16 hex digits."""
    return "sha1:" + hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()[:16]


@pytest.fixture
def size_limit(monkeypatch):
    """Set COMMUNIQUE_MAX_DOCUMENT_BYTES for one test, with the cached settings reloaded around it."""
    def set_limit(n: int):
        monkeypatch.setenv("COMMUNIQUE_MAX_DOCUMENT_BYTES", str(n))
        get_settings.cache_clear()
    yield set_limit
    monkeypatch.delenv("COMMUNIQUE_MAX_DOCUMENT_BYTES", raising=False)
    get_settings.cache_clear()


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return feed


# --------------------------------------------------------------------------- coding real text

def test_extract_jsonl_with_a_malformed_line(tmp_path, capsys, validate):
    path = write(tmp_path, "batch.jsonl", jsonl(
        {"id": "fr-call", "lang": "fr", "published": "2024-03-14", "text": FR_CALL},
        '{"id": "broken", "text": ',
        {"id": "en-visit", "published": "2024-05-02", "title": "Minister in Lisbon", "text": EN_VISIT},
    ))
    status, records, err = run(capsys, "extract", path)
    assert status == 1
    assert [r["doc_id"] for r in records] == ["fr-call", "en-visit"]
    assert f"communique: error: {path}:2: not valid JSON" in err
    assert "communique: 2 documents coded, 1 failed" in err
    for record in records:
        validate(record)

    call, visit = records
    assert call["lang"] == "fr" and visit["lang"] == "en"  # the second one identified
    consult = call["events"][0]
    assert (consult["event"], consult["mode"], consult["format"]) == ("CONSULT", "phone", "phone")
    assert countries(consult) == {"MAR", "CHL"}
    assert consult["date"] == "2024-03-13"  # 'mercredi' before a Thursday publication
    assert {p["name"]: (p["role"], p["country"]) for p in consult["participants"]} == {
        "Karim Benslimane": ("foreign_minister", "MAR"), "Pablo Errázuriz": ("foreign_minister", "CHL")}

    kinds = {e["event"]: e for e in visit["events"]}
    assert kinds["CONSULT"]["mode"] == "visit"
    assert [a["code"] for a in kinds["CONSULT"]["actor"]] == ["SEN"]
    assert [r["code"] for r in kinds["CONSULT"]["recipient"]] == ["PRT"]
    assert [d["kind"] for d in kinds["SUPPORT"]["documents"]] == ["memorandum"]


# Each bad input is reported with its path and a clear reason; the good file after it is still coded.
@pytest.mark.parametrize("name, content, limit, message", [
    ("empty.txt", b"", None, "empty document"),
    ("blank.txt", b"  \n\n ", None, "empty document"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None, "binary file, not text"),
    ("latin.jsonl", b'{"id": "x", "text": "Le minist\xe8re a re\xe7u"}\n', None, "not valid UTF-8"),
    ("big.txt", ("Le ministre a reçu son homologue. " * 10).encode(), 200, "document too large"),
    ("missing.txt", None, None, "no such file or directory"),
])
def test_bad_inputs_are_reported_and_the_rest_coded(tmp_path, capsys, size_limit, validate,
                                                    name, content, limit, message):
    if limit:
        size_limit(limit)
    bad = write(tmp_path, name, content) if content is not None else str(tmp_path / name)
    good = write(tmp_path, "good.txt", EN_CALL + "\n")
    status, records, err = run(capsys, "extract", bad, good)
    assert status == 1
    assert f"communique: error: {bad}" in err and message in err
    assert "Traceback" not in err
    assert "1 document coded, 1 failed" in err
    [record] = records
    validate(record)
    assert record["doc_id"] == sha1_id(EN_CALL)  # a text file has no id: its content hash
    [event] = [e for e in record["events"] if e["event"] == "CONSULT"]
    assert (event["mode"], event["format"]) == ("phone", "phone")
    assert countries(event) == {"PRT", "CHL"}


def test_stdin_text_and_pretty_view(capsys, stdin):
    stdin(FR_CALL.encode("utf-8"))
    status = cli.main(["extract", "--pretty", "-"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.startswith(f"== {sha1_id(FR_CALL)} | fr | no date | (no title)\n")
    assert "EVENT CONSULT phone" in out
    assert "MAR, CHL -> -" in out
    assert "Karim Benslimane — ministre des Affaires étrangères du Maroc — foreign_minister, MAR" in out
    assert "format: phone" in out and "topics: trade, investment" in out
    assert "communique: 1 document coded, 0 failed" in err


def test_stdin_jsonl_with_forced_language_to_output_file(tmp_path, capsys, stdin, validate):
    stdin(jsonl({"id": "a", "text": EN_CALL}, {"id": "b", "text": EN_VISIT}).encode("utf-8"))
    target = tmp_path / "out.jsonl"
    status = cli.main(["extract", "--lang", "en", "--output", str(target), "-"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out == ""
    assert os.listdir(tmp_path) == ["out.jsonl"]  # the temporary file was renamed
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["lang"]) for r in records] == [("a", "en"), ("b", "en")]
    for record in records:
        validate(record)


def test_as_a_process(tmp_path):
    """The installed entry point: real argv, real streams, exit status, no traceback."""
    good = write(tmp_path, "one.jsonl", jsonl({"id": "fr-call", "lang": "fr", "text": FR_CALL}))
    missing = str(tmp_path / "nope.html")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")}
    done = subprocess.run([sys.executable, "-m", "communique", "extract", missing, good],
                          capture_output=True, env=env, timeout=300)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert "Traceback" not in err
    assert f"communique: error: {missing}: no such file or directory" in err
    [record] = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert record["doc_id"] == "fr-call"
    assert [e["event"] for e in record["events"]] == ["CONSULT"]


# --------------------------------------------------------------------------- usage errors (no model)

@pytest.mark.parametrize("argv, status, message", [
    (["extract", "--lang", "xx1", "a.txt"], 2, "'xx1' is not a two-letter lowercase ISO 639-1 code"),
    (["extract", "--lang", "FR", "a.txt"], 2, "'FR' is not a two-letter"),
    (["extract"], 2, "the following arguments are required: PATH"),
    ([], 2, "a command is required"),
    (["count", "a.txt"], 2, "invalid choice: 'count'"),
])
def test_usage_errors(capsys, argv, status, message):
    assert cli.main(argv) == status
    out, err = capsys.readouterr()
    assert message in err and "Traceback" not in err


def test_version(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"communique {__version__}"


def test_output_in_a_missing_directory(tmp_path, capsys):
    good = write(tmp_path, "a.txt", EN_CALL)
    assert cli.main(["extract", "--output", str(tmp_path / "no" / "out.jsonl"), good]) == 2
    assert "communique: error: cannot write" in capsys.readouterr().err


# --------------------------------------------------------------------------- coding failures (stand-in coder)

class FakeCoder:
    """Stands in for extract_batch: batches of 3, and a batch fails when one of its texts says BOOM."""

    def __init__(self, error=RuntimeError):
        self.error = error
        self.batches = []

    def __call__(self, documents, lang=None):
        chunk = []
        for doc in documents:
            chunk.append(doc)
            if len(chunk) == 3:
                yield from self.code(chunk, lang)
                chunk = []
        if chunk:
            yield from self.code(chunk, lang)

    def code(self, chunk, lang):
        self.batches.append([d.doc_id for d in chunk])
        if any("BOOM" in d.text for d in chunk):
            raise self.error("the coder tripped")
        for doc in chunk:
            yield Record(doc_id=doc.doc_id, lang=lang or "en")


@pytest.fixture
def fake_coder(monkeypatch):
    def install(error=RuntimeError):
        coder = FakeCoder(error)
        monkeypatch.setattr(coding_module, "extract_batch", coder)
        return coder
    return install


def test_a_document_that_fails_to_code_is_reported_and_the_others_kept(tmp_path, capsys, fake_coder):
    coder = fake_coder()
    path = write(tmp_path, "in.jsonl", jsonl(*({"id": f"d{n}", "text": "BOOM" if n == 2 else f"text {n}"}
                                               for n in range(1, 8))))
    status, records, err = run(capsys, "extract", path)
    assert status == 1
    assert [r["doc_id"] for r in records] == ["d1", "d3", "d4", "d5", "d6", "d7"]
    assert f"communique: error: {path}:2: coding failed: RuntimeError: the coder tripped (id d2)" in err
    assert "6 documents coded, 1 failed" in err
    # Only the failing batch was retried one by one; batching resumed after it.
    assert coder.batches[0] == ["d1", "d2", "d3"]
    assert coder.batches[1:4] == [["d1"], ["d2"], ["d3"]]
    assert coder.batches[4:] == [["d4", "d5", "d6"], ["d7"]]


@pytest.mark.parametrize("error, status, message", [
    (ModelError, 2, "communique: error: the coder tripped\n"),
    (KeyboardInterrupt, 130, ""),
])
def test_fatal_errors_leave_no_output_file(tmp_path, capsys, fake_coder, error, status, message):
    fake_coder(error)
    path = write(tmp_path, "in.jsonl", jsonl({"id": "a", "text": "BOOM"}))
    target = tmp_path / "out.jsonl"
    assert cli.main(["extract", "-o", str(target), path]) == status
    assert capsys.readouterr().err == message
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl"]


@pytest.mark.parametrize("lang,text,note", [
    ("es", "El canciller recibió hoy a su homólogo de Marruecos en Madrid.",
     "1 in 'es', read with tables only: no word analysis, no trained model"),
    ("ru", "Министр иностранных дел провёл переговоры в Москве.",
     "1 in 'ru', read with tables and word analysis, no trained model"),
    ("tr", "Dışişleri Bakanı bugün NATO toplantısına katıldı.",
     "1 in 'tr', read with no tables: the language-neutral tables only"),
    ("fr", "Le ministre a reçu son homologue marocain à Rabat.", None),
])
def test_the_summary_says_how_a_language_without_a_model_was_read(tmp_path, capsys, lang, text, note):
    path = write(tmp_path, "one.jsonl", jsonl({"id": "d", "lang": lang, "text": text}))
    status, records, err = run(capsys, "extract", path)
    assert status == 0 and records[0]["lang"] == lang
    if note:
        assert f"communique: {note}" in err
    else:
        assert "read with" not in err
