"""Benchmark: 100 concurrent correct sign-ins on SQLite and on PostgreSQL, and a sign-in during a large import.

Each sign-in is a browser of its own (its own connection and cookies) for an account of its own,
all sent at once to one uvicorn worker. Argon2 is deliberately slow, so the floor is set by the
machine: 100 verifications spread over its cores, measured in the same run. The output gives
failures, p50 / p99 / max latency, the wall time and its ratio to that floor. Then, on SQLite,
one sign-in is sent while `import-licences` loads 100,000 rows, and its latency is reported
with the import's duration (the import holds SQLite's one write lock while it writes).

PostgreSQL: BENCH_POSTGRESQL_URL (default postgresql+asyncpg://postgres@127.0.0.1:5432/koushin_bench);
that database is dropped and created afresh.
"""

import asyncio
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
from argon2 import PasswordHasher
from sqlalchemy import text

from backend.db.engine import create_engine
from bench.harness import REPOSITORY, free_port, fresh_postgresql, server

ACCOUNTS = 100
IMPORT_ROWS = 100_000
PASSWORD = "bench-password-2026"
SIGN_IN = "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { errors { code } } }"
DEFAULT_POSTGRESQL = "postgresql+asyncpg://postgres@127.0.0.1:5432/koushin_bench"


@dataclass(frozen=True)
class Outcome:
    latencies: list[float]
    failures: list[str]
    wall: float


def main() -> None:
    password_hash = PasswordHasher().hash(PASSWORD)
    # CPU time, not wall time: Argon2 computes its lanes on threads of its own.
    verify = min(_cpu_time(lambda: PasswordHasher().verify(password_hash, PASSWORD)) for _ in range(5))
    cores = os.cpu_count() or 1
    floor = ACCOUNTS * verify / cores
    print(f"Argon2 verification: {verify * 1000:.0f} ms of CPU; {ACCOUNTS} of them on {cores} cores: {floor:.2f} s")
    with tempfile.TemporaryDirectory(prefix="koushin-bench-") as scratch:
        work = Path(scratch)
        for name, url in (("SQLite", f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"), ("PostgreSQL", _postgresql())):
            if url is None:
                print(f"{name}: skipped (no server at {DEFAULT_POSTGRESQL})")
                continue
            with _app(work, url, password_hash) as base:
                outcome = asyncio.run(_concurrent_sign_ins(base))
            _report(name, outcome, floor)
        _sign_in_during_import(work, password_hash)


def _report(name: str, outcome: Outcome, floor: float) -> None:
    latencies = sorted(outcome.latencies)
    p99 = latencies[min(len(latencies) - 1, round(0.99 * len(latencies)) - 1)]
    print(f"{name}: {ACCOUNTS} concurrent sign-ins, {len(outcome.failures)} failures")
    print(f"  latency p50 {statistics.median(latencies):.2f} s, p99 {p99:.2f} s, max {latencies[-1]:.2f} s")
    print(f"  wall {outcome.wall:.2f} s; ratio wall / floor {outcome.wall / floor:.2f}")
    for failure in outcome.failures[:5]:
        print(f"  failure: {failure}")


async def _concurrent_sign_ins(base: str) -> Outcome:
    async def one(n: int) -> tuple[float, str | None]:
        async with httpx.AsyncClient(base_url=base, headers={"origin": base}, timeout=120) as browser:
            started = time.perf_counter()
            response = await browser.post("/graphql", json={"query": SIGN_IN, "variables": _credentials(n)})
            latency = time.perf_counter() - started
        if response.status_code != 200 or response.json() != {"data": {"signIn": {"errors": []}}}:
            return latency, f"{response.status_code} {response.text[:200]}"
        return latency, None

    started = time.perf_counter()
    results = await asyncio.gather(*(one(n) for n in range(ACCOUNTS)))
    wall = time.perf_counter() - started
    return Outcome([latency for latency, _ in results], [f for _, f in results if f], wall)


def _sign_in_during_import(work: Path, password_hash: str) -> None:
    url = f"sqlite+aiosqlite:///{work / 'import.sqlite3'}"
    master = work / "large.csv"
    rows = [f"import{n % 20_000}@example.co.jp,IMPT{n:016d},CLOUD,2027-01-{1 + n % 28:02d}" for n in range(IMPORT_ROWS)]
    master.write_text("email,serial_number,product,expires_on\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with _app(work, url, password_hash) as base:
        started = time.perf_counter()
        importing = subprocess.Popen(
            [sys.executable, "-m", "backend", "import-licences", str(master)],
            cwd=REPOSITORY,
            env=_environment(url),
            stdout=subprocess.DEVNULL,
        )
        _wait_for_the_write_lock(work / "import.sqlite3", importing)
        outcome = asyncio.run(_one_sign_in(base))
        assert importing.wait(timeout=600) == 0
        imported = time.perf_counter() - started
    state = "signed in" if not outcome.failures else f"FAILED ({outcome.failures[0]})"
    print(f"SQLite: one sign-in during an import of {IMPORT_ROWS:,} rows ({imported:.1f} s in all): ", end="")
    print(f"{state} in {outcome.wall:.2f} s")


def _wait_for_the_write_lock(database: Path, importing: subprocess.Popen[bytes]) -> None:
    """Return once the import holds SQLite's write lock (it parses the file before it writes)."""
    while importing.poll() is None:
        connection = sqlite3.connect(database, timeout=0, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
        except sqlite3.OperationalError:
            return
        finally:
            connection.close()
        time.sleep(0.02)
    raise SystemExit("the import ended before it took the write lock")


async def _one_sign_in(base: str) -> Outcome:
    async with httpx.AsyncClient(base_url=base, headers={"origin": base}, timeout=120) as browser:
        started = time.perf_counter()
        response = await browser.post("/graphql", json={"query": SIGN_IN, "variables": _credentials(0)})
        wall = time.perf_counter() - started
    failures = [] if response.json() == {"data": {"signIn": {"errors": []}}} else [response.text[:200]]
    return Outcome([wall], failures, wall)


@contextmanager
def _app(work: Path, url: str, password_hash: str) -> Iterator[str]:
    """The app serving `url`, with ACCOUNTS accounts sharing one password hash; yields its base URL."""
    environment = _environment(url)
    master = work / "accounts.csv"
    lines = [f"{_credentials(n)['e']},ACCT{n:016d},TS_STANDARD,2027-12-31" for n in range(ACCOUNTS)]
    master.write_text("email,serial_number,product,expires_on\n" + "\n".join(lines) + "\n", encoding="utf-8")
    for command in (["migrate"], ["import-licences", str(master)]):
        subprocess.run(
            [sys.executable, "-m", "backend", *command],
            cwd=REPOSITORY,
            env=environment,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    asyncio.run(_set_passwords(url, password_hash))
    port = free_port()
    command = [sys.executable, "-m", "backend", "serve", "--port", str(port), "--no-access-log"]
    with server(command, environment):
        yield f"http://127.0.0.1:{port}"


async def _set_passwords(url: str, password_hash: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("UPDATE accounts SET password_hash = :hash"), {"hash": password_hash})
    await engine.dispose()


def _postgresql() -> str | None:
    url = os.environ.get("BENCH_POSTGRESQL_URL", DEFAULT_POSTGRESQL)
    return url if fresh_postgresql(url) else None


def _environment(url: str) -> dict[str, str]:
    return dict(os.environ, KOUSHIN_DATABASE_URL=url, KOUSHIN_TODAY=date(2026, 11, 26).isoformat())


def _credentials(n: int) -> dict[str, str]:
    return {"e": f"signin{n:03d}@example.co.jp", "p": PASSWORD}


def _cpu_time(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


if __name__ == "__main__":
    main()
