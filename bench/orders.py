"""Benchmark (`python -m bench.orders`): a 1,000-serial renewal, and what rendering its invoice costs everyone else.

One uvicorn worker on loopback, SQLite, with its background work on (the invoice is rendered in the
server's own worker process, as `make run` and a single-process deployment do), and an account of
1,000 serials all inside their renewal window. It reports:

- the SQL statements of a 1,000-line preview, placement and cancellation (counted in process);
- the preview's and the placement's latency over loopback (goal: placement ≤ 1 s), median of 5;
- `{ me { email } }` p50/p99 under wrk while nothing renders, and again while a queue of 1,000-line
  invoices renders (goal: p99 within 2× of idle), with how many renders finished during the run.
"""

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.harness import Load, free_port, server, wrk
from bench.licences import EMAIL, PASSWORD, SERIALS, TODAY, prepared_environment, product_of, serial_of, sign_in
from bench.statements import count

RUNS = 5
RENDERS_QUEUED = 12
"""1,000-line invoices queued before the loaded run: more than its seconds, so rendering lasts all of it."""
WRK_SECONDS = 8
WRK_CONNECTIONS = 4
ME = "{ me { email } }"
LINES = [
    {"serialNumber": serial_of(n), "productCode": product_of(n), "years": 1, "autoRenewal": False}
    for n in range(SERIALS)
]
BILLING = {
    "companyName": "株式会社ベンチ商事",
    "email": EMAIL,
    "phone": "03-0000-0000",
    "postalCode": "100-0005",
    "address": "東京都千代田区丸の内1-1-1",
}
PREVIEW = (
    "query($lines: [RenewalLineInput!]!) { renewalPreview(lines: $lines) { "
    "totals { lineCount totalIncludingTax } errors { code } } }"
)
PLACE = (
    "mutation($input: PlaceRenewalOrderInput!) { placeRenewalOrder(input: $input) { "
    "order { number totals { lineCount } } errors { code } } }"
)
CANCEL = "mutation($number: String!) { cancelOrder(number: $number) { errors { code } } }"
PENDING = "{ orders(first: 100) { nodes { invoice { document { status } } } } }"


def order_input() -> dict[str, Any]:
    return {
        "lines": LINES,
        "billing": BILLING,
        "acceptedTermsVersion": "2026-12-01",
        "acceptedPrivacyVersion": "2026-12-01",
        "idempotencyKey": str(uuid.uuid4()),
    }


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="koushin-bench-") as scratch:
        environment = prepared_environment(Path(scratch), expires_in_days=lambda n: 5 + n % 50)
        environment["KOUSHIN_BACKGROUND_WORK"] = "off"
        statements = count_statements(environment)
        port = free_port()
        environment["KOUSHIN_BACKGROUND_WORK"] = "on"
        command = [sys.executable, "-m", "backend", "serve", "--port", str(port), "--no-access-log"]
        with server(command, environment):
            url = f"http://127.0.0.1:{port}/graphql"
            cookie = sign_in(url)
            with httpx.Client(headers={"origin": f"http://127.0.0.1:{port}", "cookie": cookie}, timeout=60) as client:
                preview = [timed(client, url, PREVIEW, lines=LINES)[0] for _ in range(RUNS)]
                placement = [place_and_cancel(client, url) for _ in range(RUNS)]
                wait_until_rendered(client, url)
                idle = wrk(url, {"query": ME}, cookie, connections=WRK_CONNECTIONS, seconds=WRK_SECONDS)
                for _ in range(RENDERS_QUEUED):
                    place_and_cancel(client, url)
                before = pending(client, url)
                loaded = wrk(url, {"query": ME}, cookie, connections=WRK_CONNECTIONS, seconds=WRK_SECONDS)
                rendered = before - pending(client, url)
                still_pending = pending(client, url)
    print(f"A renewal of {SERIALS:,} serials (SQLite, one uvicorn worker with its background work)")
    for name, number in statements.items():
        print(f"  {name:<24} {number:3d} SQL statements")
    print(f"  preview latency          median {ms(preview):7.1f} ms, max {max(preview) * 1000:7.1f} ms ({RUNS} runs)")
    print(
        f"  placement latency        median {ms(placement):7.1f} ms, max {max(placement) * 1000:7.1f} ms (goal ≤ 1000)"
    )
    print(f"{ME} over {WRK_CONNECTIONS} connections, {WRK_SECONDS} s each")
    report("idle", idle)
    report(f"rendering ({rendered} invoices rendered, {still_pending} still queued after)", loaded)
    print(f"  ratio p99 rendering / idle: {loaded.p99_ms / idle.p99_ms:.2f} (goal ≤ 2)")
    if still_pending == 0:
        print("  warning: the queue ran dry before the run ended; queue more renders")


def count_statements(environment: dict[str, str]) -> dict[str, int]:
    """In this process, against the benchmark's database (its own app, background work off)."""
    os.environ.update(environment)
    placed = order_input()

    async def counted() -> dict[str, int]:
        preview = await count(EMAIL, PASSWORD, PREVIEW, {"lines": LINES})
        placement = await count(EMAIL, PASSWORD, PLACE, {"input": placed})
        cancellation = await count(EMAIL, PASSWORD, CANCEL, {"number": f"O-{TODAY.year}-000001"})
        return {"preview (1,000 lines)": preview, "placement (1,000 lines)": placement, "cancellation": cancellation}

    return asyncio.run(counted())


def timed(client: httpx.Client, url: str, query: str, **variables: object) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    response = client.post(url, json={"query": query, "variables": variables})
    elapsed = time.perf_counter() - started
    body: dict[str, Any] = response.json()
    assert "errors" not in body, response.text[:500]
    return elapsed, body["data"]


def place_and_cancel(client: httpx.Client, url: str) -> float:
    """Place the 1,000-line order (its invoice is queued for rendering), then cancel it to free the serials."""
    elapsed, data = timed(client, url, PLACE, input=order_input())
    payload = data["placeRenewalOrder"]
    assert payload["errors"] == [] and payload["order"]["totals"]["lineCount"] == SERIALS, payload
    cancelled = timed(client, url, CANCEL, number=payload["order"]["number"])[1]
    assert cancelled["cancelOrder"]["errors"] == [], cancelled
    return elapsed


def pending(client: httpx.Client, url: str) -> int:
    nodes = timed(client, url, PENDING)[1]["orders"]["nodes"]
    return sum(node["invoice"]["document"]["status"] != "READY" for node in nodes)


def wait_until_rendered(client: httpx.Client, url: str) -> None:
    deadline = time.monotonic() + 120
    while pending(client, url):
        if time.monotonic() > deadline:
            raise SystemExit("the invoices were not rendered within 2 minutes")
        time.sleep(0.5)


def ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def report(name: str, load: Load) -> None:
    failures = f", {load.failures} failed" if load.failures else ""
    rate = f"{load.requests_per_second:8.1f} req/s"
    print(f"  {name}: {rate}, p50 {load.p50_ms:6.2f} ms, p99 {load.p99_ms:6.2f} ms{failures}")


if __name__ == "__main__":
    main()
