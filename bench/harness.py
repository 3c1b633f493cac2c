"""What the benchmarks share: the app and other servers started as processes, on free loopback ports."""

import asyncio
import json
import os
import re
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url

from backend.db.engine import create_engine

REPOSITORY = Path(__file__).resolve().parents[1]


@contextmanager
def server(
    command: list[str], environment: dict[str, str], health: str = "/healthz"
) -> Iterator[subprocess.Popen[bytes]]:
    port = command[command.index("--port") + 1]
    process = subprocess.Popen(
        command, cwd=REPOSITORY, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.post(f"http://127.0.0.1:{port}{health}") if health == "/graphql" else httpx.get(
                    f"http://127.0.0.1:{port}{health}"
                )
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit(f"server did not start: {' '.join(command)}") from None
                time.sleep(0.1)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def fresh_postgresql(url: str) -> bool:
    """Drop and create the benchmark's PostgreSQL database; False when no server answers."""

    async def recreate() -> None:
        database = make_url(url).database
        engine = create_engine(str(make_url(url).set(database="postgres")))
        try:
            async with engine.connect() as connection:
                await connection.execution_options(isolation_level="AUTOCOMMIT")
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
                await connection.execute(text(f'CREATE DATABASE "{database}"'))
        finally:
            await engine.dispose()

    try:
        asyncio.run(recreate())
    except OSError:
        return False
    return True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    failures: int
    """Requests that timed out (wrk waits 2 s), failed on the socket or got a non-2xx status."""


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, body: Mapping[str, object], cookie: str, *, connections: int, seconds: int) -> Load:
    """POST `body` as JSON for `seconds` over `connections` (wrk, one thread)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            'wrk.method = "POST"\n'
            f"wrk.body = {json.dumps(json.dumps(body))}\n"
            'wrk.headers["Content-Type"] = "application/json"\n'
            f'wrk.headers["Origin"] = "{url.removesuffix("/graphql")}"\n'
            f'wrk.headers["Cookie"] = "{cookie}"\n'
        )
    try:
        output = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    failures = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    failures += sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+(?:us|ms|s))$", output, re.MULTILINE))
    assert rate and len(percentiles) == 2, output
    return Load(float(rate.group(1)), _milliseconds(percentiles["50"]), _milliseconds(percentiles["99"]), failures)


def _milliseconds(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    assert match, text
    return float(match.group(1)) * _UNITS_MS[match.group(2)]
