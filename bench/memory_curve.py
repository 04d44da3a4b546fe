#!/usr/bin/env python3
"""Memory over a long stream: `communique extract --jobs N -` fed a generated corpus on stdin.

    python bench/memory_curve.py                                  # 100,000 short documents, 2 jobs
    python bench/memory_curve.py --documents 20000 --size seed --every 1000
    python bench/memory_curve.py --jobs 1 --documents 5000

The corpus (communique/samples/generate.py) streams from one process into `communique extract`
through a pipe; this script reads the records as they come out and, every `--every` records,
prints the resident memory of the extract process and of each of its workers, so that a
growing process shows. At the end it prints each process's peak (VmHWM, Linux) and the
throughput. Nothing is kept: the records are counted and dropped.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def peak_mb(process: psutil.Process) -> float | None:
    """The process's peak resident memory (VmHWM) in MB, where /proc has it."""
    try:
        for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=100_000, help="documents to stream (100000)")
    parser.add_argument("--size", choices=("seed", "short", "mixed"), default="short",
                        help="document length (default short, ~45 words)")
    parser.add_argument("--jobs", type=int, default=2, help="extract --jobs (default 2)")
    parser.add_argument("--every", type=int, default=5000, help="records between two samples (5000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (0)")
    args = parser.parse_args(argv)

    python = sys.executable
    generator = subprocess.Popen([python, "-m", "communique.samples.generate", "--documents", str(args.documents),
                                  "--size", args.size, "--seed", str(args.seed)], stdout=subprocess.PIPE, cwd=ROOT)
    errors = tempfile.TemporaryFile()  # a pipe left unread could fill up and stall extract
    extract = subprocess.Popen([python, "-m", "communique", "extract", "--jobs", str(args.jobs), "-"],
                               stdin=generator.stdout, stdout=subprocess.PIPE, stderr=errors, cwd=ROOT)
    generator.stdout.close()  # extract holds the pipe now
    parent = psutil.Process(extract.pid)
    peaks: dict[int, float] = {}
    started = time.monotonic()
    print(f"streaming {args.documents:,} generated documents ({args.size}) through extract --jobs {args.jobs}; "
          f"RSS in MB", flush=True)
    print(f"{'records':>9} {'seconds':>8} {'docs/s':>7} {'extract':>8} {'workers':>20} {'total':>7}", flush=True)

    def sample(count: int) -> None:
        workers = [p for p in parent.children(recursive=True) if p.is_running()]
        rss = {}
        for process in [parent, *workers]:
            try:
                rss[process.pid] = process.memory_info().rss / 2**20
                peak = peak_mb(process)
                if peak is not None:
                    peaks[process.pid] = max(peaks.get(process.pid, 0.0), peak)
            except psutil.Error:
                continue
        elapsed = time.monotonic() - started
        worker_rss = " ".join(f"{rss[p.pid]:.0f}" for p in workers if p.pid in rss) or "-"
        print(f"{count:9,d} {elapsed:8.0f} {count / elapsed if elapsed else 0:7.1f} {rss.get(parent.pid, 0):8.0f} "
              f"{worker_rss:>20} {sum(rss.values()):7.0f}", flush=True)

    count = 0
    for _ in extract.stdout:
        count += 1
        if count % args.every == 0:
            sample(count)
    if count % args.every:
        sample(count)
    extract.wait()
    generator.wait()
    elapsed = time.monotonic() - started
    print(f"{count:,} records in {elapsed:.0f} s ({count / elapsed:.1f} docs/s); "
          f"peak RSS per process (VmHWM, MB): {', '.join(f'{v:.0f}' for v in peaks.values()) or 'n/a'}")
    errors.seek(0)
    print("extract said:", (errors.read().decode("utf-8", "replace").strip().splitlines() or [""])[-1])
    return 0 if extract.returncode == 0 and count == args.documents else 1


if __name__ == "__main__":
    sys.exit(main())
