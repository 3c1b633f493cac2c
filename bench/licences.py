"""Benchmark: the first page (50) of `licences` for an account holding 1,000 serials, against a bare endpoint.

Two queries: the plain list, and the list with eligibility and renewal options. Each is compared
with a bare Starlette endpoint returning the same bytes. All servers run as one uvicorn worker on
loopback (SQLite, no access log), driven by wrk for the same duration and connections; the
output gives requests per second, the ratios, and the SQL statements one request costs.
"""

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import httpx

from bench.harness import REPOSITORY, free_port, server, wrk

TODAY = date(2026, 11, 26)
SERIALS = 1_000
PAGE = 50
DURATION_SECONDS = 10
CONNECTIONS = 16
EMAIL = "bench@example.co.jp"
PASSWORD = "bench-password-2026"
LIST = (
    "query Licences($first: Int!) { licences(first: $first) { totalCount pageInfo { hasNextPage endCursor } "
    "nodes { serialNumber expiresOn status daysUntilExpiry product { code name family } } } }"
)
LIST_WITH_OPTIONS = (
    "query Licences($first: Int!) { licences(first: $first) { totalCount pageInfo { hasNextPage endCursor } "
    "nodes { serialNumber expiresOn status daysUntilExpiry product { code name family } "
    "eligibility { renewable reason opensOn closesOn } "
    "renewalOptions { product { code name } years priceExcludingTax tax priceIncludingTax newExpiresOn autoRenewal } "
    "} } }"
)
PRODUCTS = ("CLOUD", "CLOUD_DLS_PREMIUM", "TS_STANDARD", "TS_PREMIUM")
QUERIES = {"licences": LIST, "licences with eligibility and options": LIST_WITH_OPTIONS}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="koushin-bench-") as scratch:
        work = Path(scratch)
        environment = prepared_environment(work)
        statements = {name: count_statements(environment, query) for name, query in QUERIES.items()}
        port = free_port()
        rates: dict[str, tuple[float, float, int]] = {}
        with server([sys.executable, "-m", "backend", "serve", "--port", str(port), "--no-access-log"], environment):
            url = f"http://127.0.0.1:{port}/graphql"
            cookie = sign_in(url)
            bodies = {name: fetch(url, cookie, query) for name, query in QUERIES.items()}
            graphql_rates = {name: load(url, cookie, query) for name, query in QUERIES.items()}
        for name, query in QUERIES.items():
            body_file = work / "body.json"
            body_file.write_bytes(bodies[name])
            bare_port = free_port()
            bare_command = [
                sys.executable,
                "-m",
                "uvicorn",
                "bench.bare_app:app",
                "--port",
                str(bare_port),
                "--no-access-log",
                "--log-level",
                "warning",
            ]
            with server(bare_command, dict(environment, BENCH_BODY_FILE=str(body_file)), health="/graphql"):
                bare_rate = load(f"http://127.0.0.1:{bare_port}/graphql", cookie, query)
            rates[name] = (graphql_rates[name], bare_rate, len(bodies[name]))
    print(f"First page of {PAGE} of {SERIALS} serials; {CONNECTIONS} connections, {DURATION_SECONDS} s per run")
    for name, (graphql_rate, bare_rate, size) in rates.items():
        print(f"{name} ({size:,} bytes, {statements[name]} SQL statements per request)")
        print(f"  GraphQL:                    {graphql_rate:9.1f} req/s")
        print(f"  bare Starlette, same bytes: {bare_rate:9.1f} req/s")
        print(f"  ratio GraphQL / bare:       {graphql_rate / bare_rate:9.4f}")


def spread_expiry(n: int) -> int:
    """Serial n's expiry, in days from TODAY: spread over four years, about one in five long expired."""
    return (n * 7) % 1400 - 300


def prepared_environment(work: Path, expires_in_days: Callable[[int], int] = spread_expiry) -> dict[str, str]:
    """The environment of an app on a SQLite file in `work` holding the benchmark's account and serials."""
    environment = dict(
        os.environ,
        KOUSHIN_DATABASE_URL=f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}",
        KOUSHIN_TODAY=TODAY.isoformat(),
        KOUSHIN_ENV="development",
    )
    prepare_database(work, environment, expires_in_days)
    return environment


def prepare_database(work: Path, environment: dict[str, str], expires_in_days: Callable[[int], int]) -> None:
    master = work / "master.csv"
    lines = ["email,serial_number,product,expires_on"]
    for n in range(SERIALS):
        expires_on = TODAY + timedelta(days=expires_in_days(n))
        lines.append(f"{EMAIL},{serial_of(n)},{product_of(n)},{expires_on.isoformat()}")
    master.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command, stdin in (
        (["migrate"], ""),
        (["import-licences", str(master)], ""),
        (["set-password", EMAIL], PASSWORD),
    ):
        subprocess.run(
            [sys.executable, "-m", "backend", *command],
            cwd=REPOSITORY,
            env=environment,
            input=stdin,
            text=True,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def serial_of(n: int) -> str:
    return f"BNCH{n:016d}"


def product_of(n: int) -> str:
    return PRODUCTS[n % len(PRODUCTS)]


def sign_in(url: str) -> str:
    origin = url.removesuffix("/graphql")
    with httpx.Client(headers={"origin": origin}) as client:
        signed_in = client.post(
            url,
            json={
                "query": "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { errors { code } } }",
                "variables": {"e": EMAIL, "p": PASSWORD},
            },
        )
        assert signed_in.json() == {"data": {"signIn": {"errors": []}}}, signed_in.text
        return f"koushin_session={client.cookies['koushin_session']}"


def fetch(url: str, cookie: str, query: str) -> bytes:
    headers = {"origin": url.removesuffix("/graphql"), "cookie": cookie}
    page = httpx.post(url, json={"query": query, "variables": {"first": PAGE}}, headers=headers)
    data = page.json()["data"]["licences"]
    assert len(data["nodes"]) == PAGE and data["pageInfo"]["hasNextPage"], page.text
    return page.content


def count_statements(environment: dict[str, str], query: str) -> int:
    output = subprocess.run(
        [sys.executable, "-m", "bench.statements", EMAIL, PASSWORD, query, str(PAGE)],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(output.stdout)


def load(url: str, cookie: str, query: str) -> float:
    body = {"query": query, "variables": {"first": PAGE}}
    run = wrk(url, body, cookie, connections=CONNECTIONS, seconds=DURATION_SECONDS)
    if run.failures:
        raise SystemExit(f"{run.failures} requests failed")
    return run.requests_per_second


if __name__ == "__main__":
    main()
