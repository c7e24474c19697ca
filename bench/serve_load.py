"""Load: concurrent clients against `newsevents serve` on loopback, on the demo database.

    python bench/serve_load.py [--clients 50] [--requests 4000] [--code-requests 300] [--db out/demo/demo.duckdb]

Starts the server itself (on a copy of the database, on a free loopback port), warms it up (the
first /api/code loads the coder), then runs a bounded number of requests with a fixed number of
clients, each on its own keep-alive connection: the same four filtered /api/events pages over and
over (after the first request each is answered from the response cache, as a dashboard's repeated
views are), then filtered pages that all differ (every request queries DuckDB), then /api/code.
Prints throughput and latency percentiles; stops the server. Every phase also stops after
--max-seconds. The demo database is made with `newsevents demo --dir out/demo` when missing.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from common import REPO

EVENT_PAGES = [
    "/api/events?country=AFG&quad_class=3&quad_class=4&sort=-date&limit=50",
    "/api/events?actor=USA&date_from=2020-01-01&date_to=2023-12-31&limit=50",
    "/api/events?root=04&sort=-mentions&limit=50&offset=10",
    "/api/events?q=talks&place_country=QAT&limit=50",
]
FILTERS = ["country=AFG", "actor=USA", "quad_class=1&quad_class=2", "root=19", "plover=CONSULT"]


def distinct_page(i: int) -> str:
    """A different filtered page for each request (a year's window sliding by a day): no cache hits."""
    start = dt.date(2019, 1, 1) + dt.timedelta(days=i // len(FILTERS))
    return (f"/api/events?{FILTERS[i % len(FILTERS)]}&date_from={start}&date_to={start + dt.timedelta(days=365)}"
            "&sort=-date&limit=50")


SENTENCES = [
    "Qatar hosted talks between Afghanistan's Taliban government and US officials in Doha last week.",
    "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three civilians.",
    "The European Union imposed new sanctions on Iranian officials over the crackdown on protests.",
    "Kenya's president met Ugandan officials in Nairobi on Monday to discuss border security.",
]


class Client:
    """One keep-alive HTTP/1.1 connection; small and dumb, so that the client costs little CPU."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes = b"") -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        kind = "Content-Type: application/json\r\n" if body else ""
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n{kind}Content-Length: {len(body)}\r\n\r\n"
        self.writer.write(head.encode() + body)
        await self.writer.drain()
        status = int((await self.reader.readline()).split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def phase(port: int, clients: int, total: int, make, max_seconds: float) -> dict[str, float]:
    """``total`` requests from ``clients`` concurrent clients; latencies in ms."""
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.perf_counter() + max_seconds

    async def worker() -> None:
        nonlocal issued, errors
        client = Client(port)
        try:
            while issued < total and time.perf_counter() < deadline:
                method, path, body = make(issued)
                issued += 1
                started = time.perf_counter()
                status = await client.request(method, path, body)
                latencies.append((time.perf_counter() - started) * 1000)
                errors += status != 200
        finally:
            client.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"requests": len(ordered), "errors": errors, "seconds": elapsed, "throughput": len(ordered) / elapsed,
            "p50": pick(0.50), "p90": pick(0.90), "p99": pick(0.99), "max": ordered[-1],
            "mean": statistics.fmean(ordered)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo_database(path: Path) -> Path:
    if not path.exists():
        print(f"making the demo database: newsevents demo --dir {path.parent}", flush=True)
        subprocess.run([sys.executable, "-m", "newsevents", "demo", "--dir", str(path.parent)], check=True,
                       stdout=subprocess.DEVNULL)
    return path


def wait_until_up(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/info", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def report(name: str, result: dict[str, float], clients: int) -> None:
    print(f"{name:<38} {clients:>3} clients  {result['requests']:>5.0f} requests  {result['errors']:>3.0f} errors  "
          f"{result['throughput']:>7.1f} req/s  p50 {result['p50']:>6.1f} ms  p90 {result['p90']:>6.1f} ms  "
          f"p99 {result['p99']:>6.1f} ms  max {result['max']:>6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=REPO / "out" / "demo" / "demo.duckdb")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--code-requests", type=int, default=300)
    parser.add_argument("--max-seconds", type=float, default=120)
    args = parser.parse_args()
    port = free_port()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so that the server below is stopped too
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(shutil.copy(demo_database(args.db), Path(tmp) / "load.duckdb"))
        server = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL)
        try:
            wait_until_up(port)
            asyncio.run(run(port, args))
        finally:
            server.terminate()
            server.wait(timeout=30)


async def run(port: int, args: argparse.Namespace) -> None:
    bodies = [json.dumps({"text": text, "date": "2022-03-09"}).encode() for text in SENTENCES]
    warm = Client(port)
    started = time.perf_counter()
    await warm.request("POST", "/api/code", bodies[0])  # loads the coder: not counted
    print(f"first /api/code (loads the coder): {time.perf_counter() - started:.1f} s")
    for path in EVENT_PAGES:
        await warm.request("GET", path)
    warm.close()
    events = await phase(port, args.clients, args.requests, lambda i: ("GET", EVENT_PAGES[i % len(EVENT_PAGES)], b""),
                         args.max_seconds)
    report("GET /api/events, 4 filtered pages", events, args.clients)
    distinct = await phase(port, args.clients, args.requests, lambda i: ("GET", distinct_page(i), b""), args.max_seconds)
    report("GET /api/events, all pages distinct", distinct, args.clients)
    code = await phase(port, args.clients, args.code_requests, lambda i: ("POST", "/api/code", bodies[i % len(bodies)]),
                       args.max_seconds)
    report("POST /api/code (one sentence)", code, args.clients)


if __name__ == "__main__":
    main()
