"""Benchmark: what hostile requests cost everyone else. Two measures, each against a baseline in the same run.

1. The `licences` page under load (wrk, 16 connections, 10 s): alone, then while another client
   sends, on one connection, a fragment bomb (the issue's 22-deep chain, ~900 bytes) every
   second, bombs back to back, and the cheapest valid query back to back: the page's p50 and
   p99, and the p99's ratio to the page's alone.
2. The server's resident memory before and after 60 different 10 MB queries and 200 different
   documents of 30 KB (just under the document size limit), then the growth in MB.
One uvicorn worker on loopback, SQLite, the account of 1,000 serials from bench/licences.py.
"""

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bench.documents import doubling_chain
from bench.harness import Load, free_port, server, wrk
from bench.licences import CONNECTIONS, DURATION_SECONDS, LIST, PAGE, prepared_environment, sign_in

BOMB_DEPTH = int(os.environ.get("BENCH_BOMB_DEPTH", "22"))
"""The issue's chain; a smaller one keeps a run against code without the gate from taking minutes."""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="koushin-bench-") as scratch:
        environment = prepared_environment(Path(scratch))
        port = free_port()
        command = [sys.executable, "-m", "backend", "serve", "--port", str(port), "--no-access-log"]
        with server(command, environment) as process:
            url = f"http://127.0.0.1:{port}/graphql"
            cookie = sign_in(url)
            _page_under_attack(url, cookie)
            _memory_kept(url, process.pid)


def _page_under_attack(url: str, cookie: str) -> None:
    body: dict[str, object] = {"query": LIST, "variables": {"first": PAGE}}
    bomb, cheapest = doubling_chain(BOMB_DEPTH), "{ __typename }"
    print(f"licences page, {CONNECTIONS} connections, {DURATION_SECONDS} s each run; bombs of depth {BOMB_DEPTH}:")
    alone = _run(url, body, cookie, None, 0)
    _print("alone", alone, alone, [])
    for name, query, pause in (
        ("a bomb a second", bomb, 1.0),
        ("bombs back to back", bomb, 0.0),
        (f"{cheapest} back to back", cheapest, 0.0),
    ):
        answered: list[float] = []
        run = _run(url, body, cookie, query, pause, answered)
        _print(name, run, alone, answered)


def _run(
    url: str,
    body: dict[str, object],
    cookie: str,
    attack: str | None,
    pause: float,
    answered: list[float] | None = None,
) -> Load:
    """The page under wrk, while another client sends `attack` on one connection, `pause` seconds apart."""
    stop = threading.Event()

    def attacker() -> None:
        with httpx.Client(headers={"origin": url.removesuffix("/graphql")}, timeout=120) as client:
            while attack is not None and not stop.wait(pause):
                started = time.perf_counter()
                client.post(url, json={"query": attack})
                if answered is not None:
                    answered.append(time.perf_counter() - started)

    thread = threading.Thread(target=attacker)
    thread.start()
    try:
        return wrk(url, body, cookie, connections=CONNECTIONS, seconds=DURATION_SECONDS)
    finally:
        stop.set()
        thread.join()


def _print(name: str, run: Load, alone: Load, answered: list[float]) -> None:
    sent = (
        f"; {len(answered)} sent, answered in {statistics.median(answered) * 1000:.1f} ms (median)" if answered else ""
    )
    print(
        f"  {name:30} {run.requests_per_second:6.1f} req/s, p50 {run.p50_ms:7.1f} ms, p99 {run.p99_ms:7.1f} ms "
        f"(× {run.p99_ms / alone.p99_ms:.2f}), {run.failures} failed or over 2 s{sent}"
    )


def _memory_kept(url: str, pid: int) -> None:
    headers = {"origin": url.removesuffix("/graphql")}
    before = _resident_mb(pid)
    with httpx.Client(headers=headers, timeout=120) as client:
        statuses: set[int] = set()
        for n in range(60):
            padding = "#" * (10 * 1024 * 1024)
            statuses.add(client.post(url, json={"query": f"{{ products {{ code }} }} # {n}\n{padding}"}).status_code)
        after_large = _resident_mb(pid)
        for n in range(200):
            padding = " " * (30 * 1024)
            statuses.add(client.post(url, json={"query": f"query Q{n} {{ products {{ code }} }}{padding}"}).status_code)
        after_documents = _resident_mb(pid)
    print(f"resident memory: {before:.0f} MB at rest")
    print(f"  after 60 different 10 MB queries:  {after_large:.0f} MB (+{after_large - before:.0f} MB)")
    print(f"  after 200 different 30 KB documents: {after_documents:.0f} MB (+{after_documents - before:.0f} MB)")
    print(f"  HTTP statuses seen: {sorted(statuses)}")


def _resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no VmRSS for the server process")


if __name__ == "__main__":
    main()
