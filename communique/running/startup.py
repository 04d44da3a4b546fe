"""What a user waits for, beside the steady state: start-up by step, and the whole command.

- `startup_breakdown(lang)` starts a fresh Python process that imports the command line, then
  the coder, loads the language's pipeline and codes one document, and returns the seconds of
  each step (the interpreter's own start is the rest of the wall-clock time).
- `time_command(documents, jobs)` writes the documents to a temporary JSON Lines file and
  times `communique extract [--jobs N] FILE -o OUT` as a user would run it: a new process,
  start-up included. Its peak RSS is that of the largest process of the command (the parent,
  or one of its workers), as the command reports it: this process's own view of its children
  would count its own memory too (a child starts as a copy of its parent).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..reading import Document

#: The child process of `startup_breakdown`: each step's seconds, as JSON on its last line.
_STARTUP_SCRIPT = """
import json, sys, time
marks = [time.perf_counter()]
import communique.cli
communique.cli.build_parser()
marks.append(time.perf_counter())
from communique.coding.extract import extract_batch
from communique.language import pipelines
marks.append(time.perf_counter())
pipelines.get_pipeline(sys.argv[1])
marks.append(time.perf_counter())
from communique.reading import Document
list(extract_batch([Document(text=sys.argv[2], id="startup")], lang=sys.argv[1]))
marks.append(time.perf_counter())
load = pipelines.load_seconds.get(sys.argv[1], {})
print(json.dumps({"command line": marks[1] - marks[0], "coder import": marks[2] - marks[1],
                  "model": load.get("model", 0.0), "recognisers": load.get("recognisers", 0.0),
                  "first document": marks[4] - marks[3]}))
"""
#: The document `startup_breakdown` codes: one sentence per language is enough to go through
#: every component once.
_FIRST_DOCUMENT = {
    "fr": "Le ministre des Affaires étrangères du Maroc a reçu son homologue du Kazakhstan à Rabat.",
    "en": "The foreign minister of Morocco received his Kazakh counterpart in Rabat.",
}
#: The timed command: `communique extract` as the console script runs it, then the peak RSS of
#: its largest process (itself or a worker it waited for), in KiB, as JSON on stderr's last line.
_COMMAND_SCRIPT = """
import json, resource, sys
from communique.cli import main
status = main(sys.argv[1:])
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.stderr.write("\\n" + json.dumps({"peak_rss": peak}) + "\\n")
sys.exit(status)
"""
STARTUP_STEPS = ("interpreter", "command line", "coder import", "model", "recognisers", "first document")


class CommandFailed(RuntimeError):
    """The timed command or the start-up probe did not end well."""


@dataclass
class CommandTiming:
    """A whole `communique extract` run: documents, worker processes, wall-clock seconds, peak RSS."""

    documents: int
    jobs: int
    wall: float
    peak_rss_mb: float

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.wall if self.wall else float("inf")


def _environment() -> dict[str, str]:
    # The child imports the same communique as this process, wherever it comes from.
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def startup_breakdown(lang: str = "fr") -> dict[str, float]:
    """Return the seconds of each start-up step (STARTUP_STEPS) of a fresh process coding one
    short document of `lang`; raises CommandFailed when the probe fails."""
    text = _FIRST_DOCUMENT.get(lang, _FIRST_DOCUMENT["en"])
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _STARTUP_SCRIPT, lang, text], capture_output=True,
                          text=True, env=_environment())
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise CommandFailed(f"start-up probe failed: {done.stderr.strip().splitlines()[-1:] or done.returncode}")
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    # What the child did not time: the interpreter's start, and its end.
    measured = steps["command line"] + steps["coder import"] + (steps["model"] + steps["recognisers"]) \
        + steps["first document"]
    return {"interpreter": max(wall - measured, 0.0), **steps}


def time_command(documents: Iterable[Document], jobs: int = 1, lang: str | None = None) -> CommandTiming:
    """Time `communique extract` over `documents` in a new process, with `jobs` workers; raises
    CommandFailed when it exits with an error or writes another number of records."""
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as folder:
        inputs, output = Path(folder) / "inputs.jsonl", Path(folder) / "records.jsonl"
        count = 0
        with inputs.open("w", encoding="utf-8") as out:
            for doc in documents:
                out.write(json.dumps({"id": doc.doc_id, "text": doc.text, "title": doc.title, "lang": doc.lang,
                                      "published": doc.published}, ensure_ascii=False) + "\n")
                count += 1
        command = [sys.executable, "-c", _COMMAND_SCRIPT, "extract", "--jobs", str(jobs), str(inputs), "-o", str(output)]
        if lang:
            command += ["--lang", lang]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=_environment())
        wall = time.perf_counter() - started
        if done.returncode != 0:
            raise CommandFailed(f"communique {' '.join(command[3:])}: exit {done.returncode}: "
                                f"{done.stderr.strip()[-300:]}")
        with output.open(encoding="utf-8") as records:
            written = sum(1 for _ in records)
        if written != count:
            raise CommandFailed(f"communique extract wrote {written} records for {count} documents")
    peak = json.loads(done.stderr.strip().splitlines()[-1])["peak_rss"]  # KiB on Linux, bytes on macOS
    return CommandTiming(documents=count, jobs=jobs, wall=wall,
                         peak_rss_mb=peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024)
