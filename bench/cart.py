"""Benchmark (`python -m bench.cart`): the renewal cart with 1,000 lines, in Chromium against the real server.

An account of 1,000 serials, all renewable; "select all renewable" on My licences feeds the cart.
Reports the time until the 1,000 lines are on screen and until the server has priced them, and
for 10 changes of one line's term the time until the totals on screen change and the next frame
is drawn (goal: ≤ 100 ms). Needs Debian's Chromium (`make bench` installs it) and the built SPA.
"""

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import REPOSITORY, free_port, server
from bench.licences import EMAIL, PASSWORD, SERIALS, prepared_environment

CHANGES = 10


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="koushin-bench-") as scratch:
        environment = prepared_environment(Path(scratch), expires_in_days=lambda n: 5 + n % 50)
        port = free_port()
        command = [sys.executable, "-m", "backend", "serve", "--port", str(port), "--no-access-log"]
        with server(command, environment):
            output = subprocess.run(
                ["node", "bench/cart_page.mjs", f"http://127.0.0.1:{port}", EMAIL, PASSWORD, str(CHANGES)],
                cwd=REPOSITORY,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
    timings = json.loads(output.strip().splitlines()[-1])
    changes = timings["changes"]
    print(f"The renewal cart with {SERIALS:,} lines (Chromium, SQLite)")
    print(f"  lines on screen after {timings['shown']:7.0f} ms, priced by the server after {timings['priced']:7.0f} ms")
    print(
        f"  one line's term changed → totals redrawn: median {statistics.median(changes):5.1f} ms, "
        f"max {max(changes):5.1f} ms over {CHANGES} changes (goal ≤ 100)"
    )


if __name__ == "__main__":
    main()
