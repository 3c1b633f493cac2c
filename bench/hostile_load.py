"""Benchmark: what hostile requests cost everyone else. Two measures, each against a baseline in the same run.

1. The `licences` page under load (wrk, 16 connections, 10 s), alone and then while an attacker
   sends fragment bombs (the 22-deep chain of the issue, ~900 bytes) back to back on one
   connection: p50 and p99 of the page, and their ratio with and without the attack.
2. The server's resident memory before and after 60 different 10 MB queries and 200 different
   documents of 30 KB (just under the document size limit), then the growth in MB.
One uvicorn worker on loopback, SQLite, the account of 1,000 serials from bench/licences.py.
"""

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bench.documents import doubling_chain
from bench.harness import free_port, server, wrk
from bench.licences import CONNECTIONS, DURATION_SECONDS, LIST, PAGE, TODAY, prepare_database, sign_in

BOMB_DEPTH = 22


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="koushin-bench-") as scratch:
        work = Path(scratch)
        environment = dict(
            os.environ,
            KOUSHIN_DATABASE_URL=f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}",
            KOUSHIN_TODAY=TODAY.isoformat(),
            KOUSHIN_ENV="development",
        )
        prepare_database(work, environment)
        port = free_port()
        command = [sys.executable, "-m", "backend", "serve", "--port", str(port), "--no-access-log"]
        with server(command, environment) as process:
            url = f"http://127.0.0.1:{port}/graphql"
            cookie = sign_in(url)
            _page_under_attack(url, cookie)
            _memory_kept(url, process.pid)


def _page_under_attack(url: str, cookie: str) -> None:
    body = {"query": LIST, "variables": {"first": PAGE}}
    alone = wrk(url, body, cookie, connections=CONNECTIONS, seconds=DURATION_SECONDS)
    stop = threading.Event()
    bombs: list[float] = []

    def attack() -> None:
        with httpx.Client(headers={"origin": url.removesuffix("/graphql")}, timeout=120) as attacker:
            while not stop.is_set():
                started = time.perf_counter()
                attacker.post(url, json={"query": doubling_chain(BOMB_DEPTH)})
                bombs.append(time.perf_counter() - started)

    attacker = threading.Thread(target=attack)
    attacker.start()
    try:
        attacked = wrk(url, body, cookie, connections=CONNECTIONS, seconds=DURATION_SECONDS)
    finally:
        stop.set()
        attacker.join()
    print(f"licences page, {CONNECTIONS} connections, {DURATION_SECONDS} s each:")
    for name, run in (("alone", alone), ("under fragment bombs", attacked)):
        print(f"  {name:21} {run.requests_per_second:7.1f} req/s, p50 {run.p50_ms:7.1f} ms, p99 {run.p99_ms:7.1f} ms")
    p50, p99 = attacked.p50_ms / alone.p50_ms, attacked.p99_ms / alone.p99_ms
    print(f"  ratio attacked / alone: p50 {p50:.2f}, p99 {p99:.2f}")
    bombs.sort()
    print(
        f"  the attacker sent {len(bombs)} bombs of depth {BOMB_DEPTH} "
        f"({len(doubling_chain(BOMB_DEPTH))} bytes), each answered in {bombs[len(bombs) // 2] * 1000:.1f} ms (median)"
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
