"""`communique serve`: it prints the address it serves, and refuses bad databases and ports clearly."""
import socket
import subprocess
import sys
import time

import httpx
import pytest

from communique.cli import main
from communique.storing import Store


@pytest.fixture()
def small_db(tmp_path):
    """A store holding one already-coded record (no language model needed)."""
    path = tmp_path / "small.db"
    with Store.open(path) as store:
        report = store.ingest([{"doc_id": "d1", "lang": "fr", "title": "Un titre", "events": [], "text": "Un texte."}])
    assert report.added == 1
    return path


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "missing.db", "does not exist"),
    (lambda tmp: tmp, "is a directory"),
    (lambda tmp: (tmp / "notes.db").write_text("not a database") and tmp / "notes.db", "not an SQLite file"),
])
def test_bad_database_is_a_clear_error(tmp_path, capsys, make, message):
    path = make(tmp_path)
    assert main(["serve", "--db", str(path), "--port", "8999"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("communique: error:") and message in err and "Traceback" not in err


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_bad_port_is_a_usage_error(small_db, capsys, port):
    assert main(["serve", "--db", str(small_db), "--port", port]) == 2
    assert "port" in capsys.readouterr().err


def test_port_in_use_is_a_clear_error(small_db, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(small_db), "--port", str(port)]) == 1
    assert f"could not listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_serve_prints_its_address_and_answers(small_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(small_db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line, (line, process.stderr.read() if process.poll() is not None else "")
        deadline = time.monotonic() + 10
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert health.json() == {"status": "ok", "version": health.json()["version"], "documents": 1}
        home = httpx.get(f"http://127.0.0.1:{port}/")
        assert home.status_code == 200 and "Diplomatic events" in home.text
    finally:
        process.terminate()
        process.wait(10)
