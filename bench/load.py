#!/usr/bin/env python3
"""A bounded load test of `communique serve` on the loopback interface.

    python bench/load.py                          # a store of the bundled samples, 30 s, 4 clients
    python bench/load.py --db communique.db --seconds 60 --clients 8
    python bench/load.py --url http://127.0.0.1:8000 --seconds 10

It starts the server (`communique serve`) on a free loopback port over `--db` (by default a
temporary store of the bundled sample releases), or uses a running one given by `--url`
(loopback addresses only). For `--seconds`, `--clients` threads send requests back to back:
GET /events with varied filters and pages, and every `--extract-every`-th request a POST
/extract of one of the bundled sample releases. It reports, per endpoint, the number of
requests, requests/s, latency p50/p90/p99 and the errors (any non-2xx status or failed
request), plus the server's peak memory when it started the server. Exit status 1 when any
request failed. Bounded in time and in count (`--max-requests`), it stops by itself.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "communique" / "samples" / "releases.jsonl"
#: /events queries the clients cycle through: filters the store answers in different ways.
EVENT_QUERIES = [{}, {"limit": 20, "offset": 20}, {"country": "MAR"}, {"country": "KAZ", "counterpart": "MAR"},
                 {"type": "CONSULT", "since": "2020"}, {"topic": "trade"}, {"until": "2023-06", "limit": 10},
                 {"type": "SUPPORT"}]


def loopback_url(url: str) -> str:
    """Return `url` without a trailing slash; refuse any host that is not a loopback address."""
    host = urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise SystemExit(f"load.py: {url}: only loopback addresses (127.0.0.0/8, ::1, localhost) may be loaded")
    return url.rstrip("/")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_sample_store(directory: str) -> str:
    """Code the bundled samples into a new store and return its path."""
    from communique.reading import read_inputs
    from communique.storing import Store
    path = os.path.join(directory, "load.db")
    with Store.open(path) as store:
        report = store.ingest(read_inputs([str(SAMPLES)]))
    print(f"load.py: sample store: {report}", file=sys.stderr)
    return path


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", db, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"load.py: the server exited: {process.stderr.read().strip()}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.terminate()
    raise SystemExit("load.py: the server did not answer /health within 60 s")


class Memory(threading.Thread):
    """Samples a process's resident memory (with its children) until stopped."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self):
        import psutil
        try:
            proc = psutil.Process(self.pid)
            while not self.stop.wait(0.25):
                rss = proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
                self.peak = max(self.peak, rss)
        except psutil.Error:
            pass


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def warm_up(url: str, clients: int) -> None:
    """Send `clients` POST /extract at once and wait for them; raise when one fails."""
    failures: list[Exception] = []

    def one() -> None:
        try:
            httpx.post(url + "/extract", json={"text": "Le Maroc et le Kazakhstan ont tenu des consultations."},
                       timeout=180).raise_for_status()
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
    threads = [threading.Thread(target=one) for _ in range(max(clients, 1))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise SystemExit(f"load.py: the warm-up /extract failed: {failures[0]}")


def run_load(url: str, seconds: float, clients: int, extract_every: int, max_requests: int) -> dict:
    texts = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    lock = threading.Lock()
    sent = 0
    deadline = time.monotonic() + seconds

    def client(n: int) -> None:
        nonlocal sent
        with httpx.Client(base_url=url, timeout=60) as http:
            i = n
            while time.monotonic() < deadline:
                with lock:
                    if sent >= max_requests:
                        return
                    sent += 1
                i += 1
                if extract_every and i % extract_every == 0:
                    name, doc = "POST /extract", texts[i % len(texts)]
                    request = lambda: http.post("/extract", json={"text": doc["text"], "lang": doc.get("lang"),  # noqa: E731
                                                                   "published": doc.get("published")})
                else:
                    name, query = "GET /events", EVENT_QUERIES[i % len(EVENT_QUERIES)]
                    request = lambda: http.get("/events", params=query)  # noqa: E731
                start = time.perf_counter()
                try:
                    response = request()
                    problem = None if response.is_success else f"HTTP {response.status_code}: {response.text[:200]}"
                except httpx.HTTPError as exc:
                    problem = f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - start
                with lock:
                    latencies[name].append(elapsed)
                    if problem:
                        errors[name].append(problem)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    report = {"url": url, "seconds": round(wall, 1), "clients": clients, "endpoints": {}}
    every = [x for values in latencies.values() for x in values]
    for name, values in sorted(latencies.items()) + [("all", every)]:
        errs = errors.get(name, []) if name != "all" else [e for v in errors.values() for e in v]
        report["endpoints"][name] = {
            "requests": len(values), "rps": round(len(values) / wall, 1),
            "p50_ms": round(percentile(values, 50) * 1000, 1), "p90_ms": round(percentile(values, 90) * 1000, 1),
            "p99_ms": round(percentile(values, 99) * 1000, 1), "errors": len(errs), "first_error": errs[0] if errs else None}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", help="store to serve (default: a temporary store of the bundled samples)")
    where.add_argument("--url", help="a running server on a loopback address")
    parser.add_argument("--seconds", type=float, default=30, help="how long to send requests (default 30)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (default 4)")
    parser.add_argument("--extract-every", type=int, default=5,
                        help="every N-th request is a POST /extract, the others GET /events (default 5; 0: none)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if not 0 < args.seconds <= 600 or not 1 <= args.clients <= 64:
        parser.error("--seconds must be in (0, 600] and --clients in [1, 64]")

    process = memory = None
    with tempfile.TemporaryDirectory() as tmp:
        if args.url:
            url = loopback_url(args.url)
        else:
            db = args.db or build_sample_store(tmp)
            process, url = start_server(db)
            memory = Memory(process.pid)
            memory.start()
        try:
            # Untimed first: one /extract per client at once, so that every coding worker of the
            # server has loaded its models (each loads them on its first document), and one /events.
            warm_up(url, args.clients)
            httpx.get(url + "/events", timeout=30).raise_for_status()
            report = run_load(url, args.seconds, args.clients, args.extract_every, args.max_requests)
        finally:
            if process is not None:
                memory.stop.set()
                memory.join()
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
    if memory is not None:
        report["server_peak_rss_mb"] = round(memory.peak / 2**20)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['url']}: {report['clients']} clients for {report['seconds']} s")
        print(f"{'endpoint':<16}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'errors':>8}")
        for name, r in report["endpoints"].items():
            print(f"{name:<16}{r['requests']:>9}{r['rps']:>8}{r['p50_ms']:>9}{r['p90_ms']:>9}{r['p99_ms']:>9}"
                  f"{r['errors']:>8}")
        for name, r in report["endpoints"].items():
            if r["first_error"] and name != "all":
                print(f"first error on {name}: {r['first_error']}")
        if "server_peak_rss_mb" in report:
            print(f"server peak RSS: {report['server_peak_rss_mb']} MB")
    return 1 if report["endpoints"]["all"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
