"""Benchmark (`python -m bench.mail`): the outbox dispatcher draining a backlog of 1,000 messages.

Each run puts 1,000 password-link messages (the real composer's output, ~6 KB each) in the
outbox, then drains it into an SMTP server that accepts and discards (aiosmtpd's Sink, a
process of its own): with one dispatcher in this process, then with two `dispatch-mail --once`
processes. Against the floor, measured in the same run: the same 1,000 messages sent over one
aiosmtplib connection with no database at all. On SQLite, and on PostgreSQL at
BENCH_POSTGRESQL_URL (default postgresql+asyncpg://postgres@127.0.0.1:5432/koushin_bench_mail,
dropped and created afresh), skipped when no server answers. Goal: ≥ 200 messages/s with one dispatcher.
"""

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from aiosmtplib import SMTP
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.background.jobs import MAIL_DISPATCH
from backend.background.runner import run_until_idle
from backend.core.settings import Environment, MailSettings, Settings
from backend.db.migrations import upgrade_to_head
from backend.mail.compose import ComposedMessage, Recipient, compose
from backend.mail.models import OutboxMessage, OutboxState
from backend.mail.outbox import enqueue
from backend.runtime import open_runtime
from bench.harness import REPOSITORY, free_port, fresh_postgresql

BACKLOG = 1000
GOAL_PER_SECOND = 200
DEFAULT_POSTGRESQL = "postgresql+asyncpg://postgres@127.0.0.1:5432/koushin_bench_mail"


@contextmanager
def sink() -> Iterator[int]:
    """An SMTP server that takes every message and keeps none, in a process of its own."""
    port = free_port()
    command = [sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not _listening(port):
            if time.monotonic() > deadline:
                raise SystemExit("the SMTP sink did not start")
            time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def messages(mail: MailSettings) -> list[ComposedMessage]:
    now = datetime.now(UTC)
    return [
        compose(
            "password_reset",
            Recipient(f"buyer{n}@example.co.jp", f"株式会社ベンチ{n}"),
            {
                "email": f"buyer{n}@example.co.jp",
                "company_name": f"株式会社ベンチ{n}",
                "link": f"{mail.public_url}/set-password#token={'x' * 43}",
                "expires_at": "2026年12月2日 16:00",
            },
            sender=mail.sender,
            now=now,
        )
        for n in range(BACKLOG)
    ]


async def floor(port: int, backlog: list[ComposedMessage], sender: str) -> float:
    """Seconds to send the backlog over one connection, no database."""
    started = time.perf_counter()
    async with SMTP(hostname="127.0.0.1", port=port, start_tls=False) as client:
        for message in backlog:
            await client.sendmail(sender, [message.recipient], message.content)
    return time.perf_counter() - started


async def fill(settings: Settings, backlog: list[ComposedMessage], run: int) -> None:
    """An outbox of exactly the backlog; each run's Message-IDs are new (the column is unique)."""

    async def work(db: AsyncSession) -> None:
        await db.execute(delete(OutboxMessage))
        now = datetime.now(UTC)
        for message in backlog:
            await enqueue(db, replace(message, message_id=message.message_id.replace("<", f"<{run}.", 1)), now)

    async with open_runtime(settings) as runtime:
        await runtime.transactions.write(work)


async def drain_in_process(settings: Settings) -> float:
    async with open_runtime(settings) as runtime:
        started = time.perf_counter()
        handled = await run_until_idle(runtime, (MAIL_DISPATCH,))
        seconds = time.perf_counter() - started
        sent = await runtime.transactions.read(
            lambda db: db.scalar(
                select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state == OutboxState.SENT)
            )
        )
    assert handled == BACKLOG and sent == BACKLOG, (handled, sent)
    return seconds


def drain_with_processes(settings: Settings, port: int, count: int) -> float:
    environment = dict(
        os.environ,
        KOUSHIN_DATABASE_URL=settings.database_url,
        KOUSHIN_ENV="development",
        KOUSHIN_SMTP_HOST="127.0.0.1",
        KOUSHIN_SMTP_PORT=str(port),
    )
    command = [sys.executable, "-m", "backend", "dispatch-mail", "--once"]
    started = time.perf_counter()
    processes = [
        subprocess.Popen(command, cwd=REPOSITORY, env=environment, stdout=subprocess.DEVNULL) for _ in range(count)
    ]
    assert all(process.wait(timeout=300) == 0 for process in processes)
    return time.perf_counter() - started


def measure(label: str, database_url: str) -> None:
    upgrade_to_head(database_url)
    with sink() as port:
        settings = replace(
            Settings.from_environ({"KOUSHIN_ENV": "development"}),
            database_url=database_url,
            environment=Environment.DEVELOPMENT,
            background_work=False,
            mail=replace(MailSettings(), smtp_port=port),
        )
        backlog = messages(settings.mail)
        size = sum(len(message.content) for message in backlog) / BACKLOG
        floor_seconds = asyncio.run(floor(port, backlog, settings.mail.sender_address))
        asyncio.run(fill(settings, backlog, run=1))
        one_seconds = asyncio.run(drain_in_process(settings))
        asyncio.run(fill(settings, backlog, run=2))
        two_seconds = drain_with_processes(settings, port, 2)
    one_rate, floor_rate = BACKLOG / one_seconds, BACKLOG / floor_seconds
    verdict = "meets" if one_rate >= GOAL_PER_SECOND else "MISSES"
    print(f"{label}: {BACKLOG:,} messages of {size / 1024:.1f} KB")
    print(f"  SMTP floor (one connection, no database): {floor_rate:7.0f} msg/s  ({floor_seconds:.2f} s)")
    print(
        f"  one dispatcher, in process:               {one_rate:7.0f} msg/s  ({one_seconds:.2f} s to drain)"
        f"  {one_rate / floor_rate:.2f}× the floor, {verdict} the goal of {GOAL_PER_SECOND}/s"
    )
    two_rate = BACKLOG / two_seconds
    print(f"  two dispatch-mail processes, start-up included: {two_rate:4.0f} msg/s  ({two_seconds:.2f} s to drain)")


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        measure("SQLite", f"sqlite+aiosqlite:///{Path(directory) / 'bench.sqlite3'}")
    url = os.environ.get("BENCH_POSTGRESQL_URL", DEFAULT_POSTGRESQL)
    if fresh_postgresql(url):
        measure("PostgreSQL", url)
    else:
        print(f"PostgreSQL: skipped, no server at {url}")


if __name__ == "__main__":
    main()
