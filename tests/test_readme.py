"""Every question the README shows runs on the database the main job builds (issue 14, item 2).

The README's `communique` examples and its Python questions are read from README.md itself, so
that an example added or changed there is run here: each must exit 0 and find something in a
database of the bundled samples ingested as `scripts/demo` ingests them.
"""
import os
import re
import shlex
from pathlib import Path

import pytest

from communique import cli
from communique.storing import Store

README = Path(__file__).resolve().parents[1] / "README.md"
#: The commands that ask the stored record; the others (ingest, extract, serve, batch, dataset,
#: bench) take inputs the README names as placeholders (releases.jsonl, page.html, inputs/).
QUESTIONS = ("events", "timeline", "partners", "people", "agreements", "series", "search", "export")


def _code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def readme_commands() -> list[list[str]]:
    """The README's `communique <question> ...` lines as argument lists, alternatives expanded
    ('export plover|csv|gdelt [-o FILE]' gives three exports; its comment's 'export parquet -o DIR' a fourth)."""
    commands = []
    for block in _code_blocks("sh"):
        for line in block.splitlines():
            line = line.strip()
            if not line.startswith(".venv/bin/communique "):
                continue
            line, _, comment = line.partition(" #")
            words = shlex.split(re.sub(r"\[[^\]]*\]", "", line))[1:]
            if not words or words[0] not in QUESTIONS:
                continue
            if comment.strip().startswith("export "):
                commands.append(shlex.split(comment.strip()))
            choices = next(((i, w.split("|")) for i, w in enumerate(words) if "|" in w), None)
            if choices:
                commands += [words[:choices[0]] + [c] + words[choices[0] + 1:] for c in choices[1]]
            else:
                commands.append(words)
    return commands


def readme_python_questions() -> list[str]:
    """The store questions of the README's Python examples ('store.partners("MAR")'...), not the ingest."""
    calls = []
    for block in _code_blocks("python"):
        for line in block.splitlines():
            calls += [c.strip() for c in line.split("; ") if c.strip().startswith("store.")
                      and not c.strip().startswith("store.ingest")]
    return calls


def test_the_readme_asks_every_question():
    asked = {words[0] for words in readme_commands()}
    assert asked == set(QUESTIONS), set(QUESTIONS) - asked
    assert len(readme_python_questions()) >= 7


@pytest.mark.parametrize("words", readme_commands(), ids=lambda words: " ".join(words))
def test_readme_command_finds_something(words, demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where `-o events.csv` and `-o DIR` land
    status = cli.main(words + ["--db", str(demo_db)])
    out, err = capsys.readouterr()
    assert status == 0, err
    written = [p for p in tmp_path.iterdir()]
    if written:  # -o FILE or -o DIR: the answer is there
        sizes = [os.path.getsize(f) for p in written for f in ([p] if p.is_file() else p.iterdir())]
        assert sum(sizes) > 0 and (written[0].is_dir() or written[0].read_text().count("\n") >= 2)
    else:
        assert out.strip() and "(nothing found)" not in out
        assert out.count("\n") >= (2 if words[0] != "export" else 1) + 1, out


@pytest.mark.parametrize("call", readme_python_questions())
def test_readme_python_question_finds_something(call, demo_db):
    with Store.open(demo_db, readonly=True) as store:
        answer = eval(call, {"store": store})  # the README's own line, on the demo store
    assert len(answer) > 0
    if isinstance(answer, dict):  # a timeline
        assert answer["events"]
