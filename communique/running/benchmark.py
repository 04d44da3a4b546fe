"""The benchmark: the coder against the bare spaCy pass on the same documents, in one run.

`run_benchmark(paths)` reads the documents, then times:
- coder: `extract_batch`, everything from the language to the records (what users get);
- bare: the language's spaCy model alone (NER + parser, none of communique's components) over
  the same texts and titles the coder parses.
The two passes are interleaved batch by batch (the coder's batch, then the bare pass over the
same texts), so that on a machine shared with other work both meet the same conditions and
their ratio holds even when the absolute figures move. A staged pass beforehand repeats what
`extract_batch` does step by step to say where the time goes: reading (`read_inputs`, timed
while loading the input), language id, spaCy (the tokenizer and the model's own components),
recognising (communique's components), coding (the Coder and the record) and writing
(`Record.to_json`); its records are checked against the coder pass's.

Times are wall-clock and process CPU. Documents of a language with no model (gazetteer-only
languages) are left out of every pass and counted.

Users time the command, not the steady state: with `command_jobs` (what `communique bench`
does) the run also measures the start-up of a fresh process step by step and times
`communique extract` over the same documents as a whole command, start-up included
(`running.startup`).
"""
from __future__ import annotations

import hashlib
import json
import math
import resource
import sys
import tempfile
import time
from collections import defaultdict, deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..coding.extract import code_parsed, extract_batch
from ..language.identify import identify
from ..language.pipelines import get_bare_pipeline, get_pipeline, model_name, renew_if_grown
from ..reading import Document, ReadError, read_inputs
from ..settings import get_settings
from .startup import STARTUP_STEPS, CommandFailed, CommandTiming, startup_breakdown, time_command

#: Our components' names begin with this; the others are the language model's own.
OWN_COMPONENT_PREFIX = "communique_"
#: The shared evaluation inputs the benchmark knows by name (read at run time, never copied).
SHARED_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
NAMED_INPUTS = {"seed": SHARED_EVAL / "seed.jsonl", "dev": SHARED_EVAL / "dev.jsonl"}
STAGES = ("reading", "language id", "spaCy", "recognising", "coding", "writing")
WARM_UP_DOCUMENTS = 3


class BenchmarkError(ValueError):
    """The benchmark's input cannot be read or holds no document it can time."""


@dataclass
class Timing:
    """Seconds of wall-clock and of process CPU."""

    wall: float = 0.0
    cpu: float = 0.0

    def add(self, other: "Timing") -> None:
        self.wall += other.wall
        self.cpu += other.cpu


class _Clock:
    """`with _Clock() as t:` measures the block into `t.timing`."""

    def __enter__(self) -> "_Clock":
        self.timing = Timing()
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.timing.wall = time.perf_counter() - self._wall
        self.timing.cpu = time.process_time() - self._cpu


@dataclass
class BenchReport:
    """What a benchmark run measured (`format()` gives the table, `asdict` the data)."""

    input: str
    documents: int
    words: int
    languages: dict[str, int]
    left_out: dict[str, int]
    rounds: int
    coder: Timing
    bare: Timing
    stages: dict[str, Timing]
    staged_records_match: bool
    peak_rss_coder_mb: float
    peak_rss_mb: float
    coder_rounds: list[Timing] = field(default_factory=list)
    bare_rounds: list[Timing] = field(default_factory=list)
    #: Seconds of each start-up step of a fresh process (running.startup.STARTUP_STEPS).
    startup: dict[str, float] = field(default_factory=dict)
    #: `communique extract` over the same documents, timed as a whole command.
    command: CommandTiming | None = None

    @property
    def ratio_wall(self) -> float:
        """Coder docs/s over bare docs/s, on wall-clock time."""
        return self.bare.wall / self.coder.wall if self.coder.wall else math.nan

    @property
    def ratio_cpu(self) -> float:
        """Coder docs/s over bare docs/s, on process CPU time."""
        return self.bare.cpu / self.coder.cpu if self.coder.cpu else math.nan

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(ratio_wall=round(self.ratio_wall, 3), ratio_cpu=round(self.ratio_cpu, 3))
        if self.command:
            data["command"]["docs_per_second"] = round(self.command.docs_per_second, 2)
        return data

    def format(self) -> str:
        """Return the report as a plain-text table."""
        n, w = self.documents, self.words
        langs = ", ".join(f"{lang} {count}" for lang, count in self.languages.items())
        lines = [f"input {self.input}: {n} documents ({langs}), {w:,} words"
                 + (f"; left out (no model): {self.left_out}" if self.left_out else "")]
        lines.append(f"{'pass':26} {'wall s':>8} {'docs/s':>8} {'words/s':>9} {'cpu s':>8} {'docs/cpu s':>10}")

        def row(name: str, t: Timing) -> str:
            rate = lambda x, s: x / s if s else math.inf  # noqa: E731
            return (f"{name:26} {t.wall:8.2f} {rate(n, t.wall):8.1f} {rate(w, t.wall):9.0f} "
                    f"{t.cpu:8.2f} {rate(n, t.cpu):10.1f}")
        lines.append(row("bare spaCy (NER+parser)", self.bare))
        lines.append(row("coder (extract_batch)", self.coder))
        lines.append(f"coder/bare docs/s ratio: {self.ratio_wall:.2f} wall-clock, {self.ratio_cpu:.2f} CPU "
                     f"(passes interleaved; mean of {self.rounds} round{'s' if self.rounds > 1 else ''})")
        lines.append("")
        total = sum(t.cpu for t in self.stages.values()) or math.nan
        lines.append(f"{'stage (staged pass)':26} {'wall s':>8} {'cpu s':>8} {'cpu ms/doc':>10} {'share':>6}")
        for name, t in self.stages.items():
            lines.append(f"{name:26} {t.wall:8.2f} {t.cpu:8.2f} {1000 * t.cpu / n:10.2f} {100 * t.cpu / total:5.1f}%")
        lines.append("staged records identical to extract_batch's: " + ("yes" if self.staged_records_match else "NO"))
        lines.append(f"peak RSS: {self.peak_rss_coder_mb:.0f} MB with the coder's pipelines only, "
                     f"{self.peak_rss_mb:.0f} MB once the bare pipelines are loaded too")
        if self.startup:
            lines.append("")
            lines.append(f"start-up of a fresh process, to its first record: {sum(self.startup.values()):.2f} s")
            for step in STARTUP_STEPS:
                lines.append(f"  {step:24} {self.startup.get(step, 0.0):8.2f} s")
        if self.command:
            c = self.command
            lines.append("")
            lines.append(f"whole command, start-up included: communique extract --jobs {c.jobs} on the "
                         f"{c.documents} documents: {c.wall:.2f} s, {c.docs_per_second:.1f} docs/s "
                         f"(steady state above: {n / self.coder.wall if self.coder.wall else math.inf:.1f} "
                         f"docs/s in one process); largest process {c.peak_rss_mb:.0f} MB")
        return "\n".join(lines)


def peak_rss_mb() -> float:
    """Return the process's peak resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def generated_input(documents: int, seed: int = 0, size: str = "seed") -> Path:
    """Write a generated corpus (see communique.samples.generate) to a temporary JSON Lines file
    and return its path; the caller removes it."""
    from ..samples.generate import generate

    fd, path = tempfile.mkstemp(prefix="communique-bench-", suffix=".jsonl")
    with open(fd, "w", encoding="utf-8") as out:
        for doc in generate(documents, seed=seed, size=size):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return Path(path)


def run_benchmark(paths: list[str], repeat: int = 1, lang: str | None = None, rounds: int = 1,
                  identify_all: bool = False, label: str | None = None,
                  progress: Callable[[str], None] | None = None, command_jobs: int | None = None) -> BenchReport:
    """Benchmark the coder on the documents of `paths`, read `repeat` times (see the module doc).

    `lang` forces the language, `identify_all` ignores the languages the inputs give (so that
    language identification is timed), `rounds` repeats the coder and bare passes and keeps
    the best of each; with `command_jobs` the start-up breakdown is measured and
    `communique extract --jobs <command_jobs>` timed as a whole command (`communique bench`
    does both by default). Raises BenchmarkError when no document can be timed.
    """
    say = progress or (lambda message: None)
    stages = {name: Timing() for name in STAGES}

    documents: list[Document] = []
    with _Clock() as reading:
        for _ in range(repeat):
            for item in read_inputs(paths):
                if isinstance(item, ReadError):
                    raise BenchmarkError(str(item))
                documents.append(item)
    stages["reading"] = reading.timing
    if not documents:
        raise BenchmarkError(f"no documents in {', '.join(paths)}")
    if identify_all:
        for doc in documents:
            doc.lang = None

    # Language as extract_batch decides it: forced, given, else identified.
    with _Clock() as language_id:
        langs = [lang or doc.lang or identify(doc.text) or "xx" for doc in documents]
    stages["language id"] = language_id.timing
    counts: dict[str, int] = defaultdict(int)
    for code in langs:
        counts[code] += 1
    left_out = {code: c for code, c in counts.items() if model_name(code) is None}
    kept = [(doc, code) for doc, code in zip(documents, langs) if code not in left_out]
    if not kept:
        raise BenchmarkError("no document in a language with a model")
    # The coder pass gets the language decided above, so identification is not timed twice;
    # documents are grouped by language, as consecutive documents of one language batch together.
    kept.sort(key=lambda pair: pair[1])
    by_lang: dict[str, list[Document]] = defaultdict(list)
    for doc, code in kept:
        by_lang[code].append(doc)
    n_words = sum(len(d.text.split()) + len((d.title or "").split()) for d, _ in kept)

    say("warming up (loading the coder's pipelines)")
    for code, docs in by_lang.items():
        deque(extract_batch(docs[:WARM_UP_DOCUMENTS], lang=code), maxlen=0)

    say("staged pass")
    staged_digest = _staged_pass(by_lang, stages)
    peak_coder = peak_rss_mb()

    say("warming up (loading the bare pipelines)")
    for code, docs in by_lang.items():
        deque(get_bare_pipeline(code).pipe([d.text for d in docs[:WARM_UP_DOCUMENTS]]), maxlen=0)
    coder_rounds, bare_rounds, digests = [], [], []
    for n in range(rounds):
        say(f"coder and bare passes, interleaved ({n + 1}/{rounds})")
        coder, bare, digest = _interleaved_round(by_lang)
        coder_rounds.append(coder)
        bare_rounds.append(bare)
        digests.append(digest)

    startup, command = {}, None
    if command_jobs is not None:
        say("start-up of a fresh process, step by step")
        try:
            startup = startup_breakdown(max(by_lang, key=lambda code: len(by_lang[code])))
            say(f"whole command: communique extract --jobs {command_jobs}")
            command = time_command((doc for docs in by_lang.values() for doc in docs), command_jobs,
                                   lang=lang)
        except CommandFailed as exc:
            raise BenchmarkError(str(exc)) from None

    return BenchReport(
        input=label or ", ".join(paths) + (f" x {repeat}" if repeat > 1 else ""),
        documents=len(kept), words=n_words, languages={code: len(docs) for code, docs in by_lang.items()},
        left_out=left_out, rounds=rounds, coder=_mean(coder_rounds), bare=_mean(bare_rounds),
        stages=stages, staged_records_match=all(d == staged_digest for d in digests),
        peak_rss_coder_mb=peak_coder, peak_rss_mb=peak_rss_mb(),
        coder_rounds=coder_rounds, bare_rounds=bare_rounds, startup=startup, command=command)


def _mean(timings: list[Timing]) -> Timing:
    return Timing(sum(t.wall for t in timings) / len(timings), sum(t.cpu for t in timings) / len(timings))


def _interleaved_round(by_lang: dict[str, list[Document]]) -> tuple[Timing, Timing, str]:
    """Time the coder and the bare pass batch by batch, one after the other on each batch, so
    that both meet the same machine (other work on a shared machine slows both alike); return
    their times and the digest of the coder's records."""
    batch_size = get_settings().batch_size
    coder, bare = Timing(), Timing()
    digest = hashlib.sha1()
    for code, docs in by_lang.items():
        nlp = get_bare_pipeline(code)
        for start in range(0, len(docs), batch_size):
            # One batch is what extract_batch gives nlp.pipe at once: the texts and their titles.
            chunk = docs[start:start + batch_size]
            with _Clock() as clock:
                deque(nlp.pipe([s for d in chunk for s in (d.text, d.title or "")], batch_size=2 * len(chunk)),
                      maxlen=0)
            bare.add(clock.timing)
            with _Clock() as clock:
                records = list(extract_batch(chunk, lang=code))
            coder.add(clock.timing)
            for record in records:
                digest.update(record.to_json().encode())
    return coder, bare, digest.hexdigest()


def _staged_pass(by_lang: dict[str, list[Document]], stages: dict[str, Timing]) -> str:
    """Code the documents as `extract_batch` does, one step at a time over each batch, adding the
    time of each step to `stages`; return the digest of the records, as the coder pass makes it."""
    batch_size = get_settings().batch_size
    digest = hashlib.sha1()
    for code, docs in by_lang.items():
        for start in range(0, len(docs), batch_size):
            _staged_batch(get_pipeline(code), code, docs[start:start + batch_size], stages, digest)
            with _Clock() as clock:
                renew_if_grown(code)
            stages["spaCy"].add(clock.timing)
    return digest.hexdigest()


def _staged_batch(nlp, code: str, batch: list[Document], stages: dict[str, Timing], digest) -> None:
    texts = [s for d in batch for s in (d.text, d.title or "")]
    with _Clock() as clock:
        parsed = [nlp.make_doc(text) for text in texts]
    stages["spaCy"].add(clock.timing)
    for name, component in nlp.pipeline:
        with _Clock() as clock:
            if hasattr(component, "pipe"):
                parsed = list(component.pipe(parsed, batch_size=len(texts)))
            else:
                parsed = [component(doc) for doc in parsed]
        stages["recognising" if name.startswith(OWN_COMPONENT_PREFIX) else "spaCy"].add(clock.timing)
    for n, doc in enumerate(batch):
        with _Clock() as clock:
            record = code_parsed(doc, code, parsed[2 * n], parsed[2 * n + 1])
        stages["coding"].add(clock.timing)
        with _Clock() as clock:
            line = record.to_json()
        stages["writing"].add(clock.timing)
        digest.update(line.encode())


def _digest(records: Iterable) -> str:
    digest = hashlib.sha1()
    for record in records:
        digest.update(record.to_json().encode())
    return digest.hexdigest()
