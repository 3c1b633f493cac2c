"""The outbox dispatcher against a real SMTP server on loopback, through every failure the issue lists:
nothing committed is lost, nothing rolled back is sent, and nothing is sent twice except after a
failure that leaves it unknown whether it arrived, and then with the same Message-ID and bytes."""

import asyncio
import os
import random
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.settings import Settings
from backend.mail.compose import Recipient, compose
from backend.mail.delivery import MAX_ATTEMPTS, SENT
from backend.mail.dispatch import LEASE, DispatchReport, claim_due, dispatch_batch, record_outcomes
from backend.mail.models import OutboxMessage, OutboxState
from backend.mail.outbox import enqueue
from backend.runtime import Runtime, open_runtime
from tests.conftest import TestClock, count_rows
from tests.mail_server import DROP, MailServer, free_port, mail_server

REPOSITORY = Path(__file__).resolve().parents[2]
RNG = random.Random(7)  # noqa: S311 (jitter)


@pytest.fixture
async def smtp() -> AsyncIterator[MailServer]:
    async with mail_server() as server:
        yield server


@pytest.fixture
async def runtime(settings: Settings, smtp: MailServer, clock: TestClock) -> AsyncIterator[Runtime]:
    mail = replace(settings.mail, smtp_port=smtp.port)
    async with open_runtime(replace(settings, mail=mail), clock=clock) as opened:
        yield opened


async def write_messages(runtime: Runtime, count: int, *, first: int = 0) -> list[str]:
    """Put `count` composed messages in the outbox in one transaction; their Message-IDs."""
    now = runtime.clock.now()
    messages = [
        compose(
            "password_reset",
            Recipient(f"buyer{number}@example.co.jp", "株式会社テスト"),
            {"email": f"buyer{number}@example.co.jp", "company_name": "株式会社テスト", "link": "https://x.example/"}
            | {"expires_at": "2026年11月26日 11:00"},
            sender=runtime.settings.mail.sender,
            now=now,
        )
        for number in range(first, first + count)
    ]

    async def work(db: AsyncSession) -> None:
        for message in messages:
            await enqueue(db, message, now)

    await runtime.transactions.write(work)
    return [message.message_id for message in messages]


async def dispatch(runtime: Runtime) -> DispatchReport:
    return await dispatch_batch(runtime.transactions, runtime.settings.mail, runtime.clock, RNG)


async def rows(db: AsyncSession) -> list[OutboxMessage]:
    found = list(
        await db.scalars(select(OutboxMessage).order_by(OutboxMessage.id).execution_options(populate_existing=True))
    )
    await db.commit()
    return found


async def test_a_batch_goes_over_one_connection_byte_for_byte(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock
) -> None:
    message_ids = await write_messages(runtime, 3)

    assert await dispatch(runtime) == DispatchReport(sent=3)

    stored = await rows(db)
    assert [received.content for received in smtp.received] == [row.content for row in stored]
    assert smtp.recorder.message_ids() == message_ids
    assert [received.recipients for received in smtp.received] == [[row.recipient] for row in stored]
    assert {received.sender for received in smtp.received} == {runtime.settings.mail.sender_address}
    assert smtp.recorder.connections == 1
    assert [(row.state, row.attempts, row.sent_at, row.last_error) for row in stored] == [
        (OutboxState.SENT, 1, clock.instant, None)
    ] * 3
    assert await dispatch(runtime) == DispatchReport()  # nothing left to send


async def test_a_server_that_is_down_is_tried_again_later(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock
) -> None:
    message_ids = await write_messages(runtime, 2)
    await smtp.stop()

    assert await dispatch(runtime) == DispatchReport(retrying=2)
    down = await rows(db)
    assert [(row.state, row.attempts) for row in down] == [(OutboxState.PENDING, 1)] * 2
    assert all("Connect" in (row.last_error or "") for row in down), [row.last_error for row in down]
    # Equal jitter around the first delay of 30 s.
    assert all(clock.instant + timedelta(seconds=15) <= row.next_attempt_at for row in down)
    assert all(row.next_attempt_at <= clock.instant + timedelta(seconds=30) for row in down)
    assert await dispatch(runtime) == DispatchReport()  # not due yet

    await smtp.start()
    clock.advance(timedelta(seconds=30))
    assert await dispatch(runtime) == DispatchReport(sent=2)
    assert sorted(smtp.recorder.message_ids()) == sorted(message_ids)
    assert [(row.state, row.attempts, row.last_error) for row in await rows(db)] == [(OutboxState.SENT, 2, None)] * 2


async def test_421_ends_the_batch_and_the_rest_wait_without_losing_an_attempt(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock
) -> None:
    message_ids = await write_messages(runtime, 3)
    smtp.recorder.script.extend(["250 OK", "421 4.3.2 Service shutting down"])

    assert await dispatch(runtime) == DispatchReport(sent=1, retrying=1, returned=1)
    first, second, third = await rows(db)
    assert (first.state, first.attempts) == (OutboxState.SENT, 1)
    assert (second.state, second.attempts, second.last_error) == (
        OutboxState.PENDING,
        1,
        "421 4.3.2 Service shutting down",
    )
    assert (third.state, third.attempts, third.last_error) == (OutboxState.PENDING, 0, None)
    assert third.next_attempt_at == clock.instant + timedelta(seconds=30)

    clock.advance(timedelta(seconds=30))
    assert await dispatch(runtime) == DispatchReport(sent=2)
    assert sorted(smtp.recorder.message_ids()) == sorted(message_ids)  # each once


async def test_451_is_retried_while_the_batch_goes_on(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock
) -> None:
    message_ids = await write_messages(runtime, 3)
    smtp.recorder.script.extend(["451 4.7.1 Greylisted, try again later"])

    assert await dispatch(runtime) == DispatchReport(sent=2, retrying=1)
    assert smtp.recorder.connections == 1
    assert smtp.recorder.message_ids() == message_ids[1:]
    greylisted = (await rows(db))[0]
    assert (greylisted.state, greylisted.attempts, greylisted.last_error) == (
        OutboxState.PENDING,
        1,
        "451 4.7.1 Greylisted, try again later",
    )

    clock.advance(timedelta(seconds=30))
    assert await dispatch(runtime) == DispatchReport(sent=1)
    assert Counter(smtp.recorder.message_ids()) == Counter(message_ids)


@pytest.mark.parametrize("refusal", ["550 5.1.1 No such user", "rcpt:550 5.1.1 No such user"])
async def test_550_fails_at_once_and_is_never_sent_again(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock, refusal: str
) -> None:
    message_ids = await write_messages(runtime, 2)
    smtp.recorder.script.append(refusal)

    assert await dispatch(runtime) == DispatchReport(sent=1, failed=1)
    refused, sent = await rows(db)
    assert (refused.state, refused.attempts, refused.last_error, refused.sent_at) == (
        OutboxState.FAILED,
        1,
        "550 5.1.1 No such user",
        None,
    )
    assert sent.state == OutboxState.SENT
    clock.advance(timedelta(days=1))
    assert await dispatch(runtime) == DispatchReport()
    assert smtp.recorder.message_ids() == message_ids[1:]


async def test_a_connection_dropped_after_data_resends_with_the_same_message_id(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock
) -> None:
    message_ids = await write_messages(runtime, 3)
    smtp.recorder.script.extend(["250 OK", DROP])

    assert await dispatch(runtime) == DispatchReport(sent=1, retrying=1, returned=1)
    dropped = (await rows(db))[1]
    assert dropped.state == OutboxState.PENDING
    assert dropped.last_error is not None and dropped.last_error.startswith("SMTPServerDisconnected")

    clock.advance(timedelta(seconds=30))
    assert await dispatch(runtime) == DispatchReport(sent=2)
    # It did arrive the first time: the second copy has the same Message-ID and bytes, for the
    # receiving side to drop. Nothing else arrived twice.
    assert Counter(smtp.recorder.message_ids()) == Counter(message_ids) + Counter([message_ids[1]])
    copies = [received.content for received in smtp.received if received.message_id == message_ids[1]]
    assert copies[0] == copies[1]


async def test_transient_failures_end_in_failed_after_the_last_attempt(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock
) -> None:
    await write_messages(runtime, 1)
    smtp.recorder.script.extend(["451 4.3.0 Mailbox busy"] * MAX_ATTEMPTS)
    waits = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        report = await dispatch(runtime)
        (row,) = await rows(db)
        assert row.attempts == attempt
        if attempt < MAX_ATTEMPTS:
            assert report == DispatchReport(retrying=1)
            waits.append(row.next_attempt_at - clock.instant)
            clock.instant = row.next_attempt_at
    assert report == DispatchReport(failed=1)
    assert (row.state, row.last_error) == (OutboxState.FAILED, "451 4.3.0 Mailbox busy")
    # Doubling from 30 s (with jitter of up to half), capped at an hour.
    assert all(timedelta(seconds=15) * 2**n <= wait <= timedelta(seconds=30) * 2**n for n, wait in enumerate(waits[:7]))
    assert all(timedelta(minutes=30) <= wait <= timedelta(hours=1) for wait in waits[7:])
    assert smtp.received == []


async def test_an_outbox_write_rolled_back_sends_nothing(runtime: Runtime, smtp: MailServer, db: AsyncSession) -> None:
    message = compose(
        "password_reset",
        Recipient("buyer@example.co.jp"),
        {"email": "buyer@example.co.jp", "company_name": "", "link": "https://x.example/", "expires_at": "-"},
        sender=runtime.settings.mail.sender,
        now=runtime.clock.now(),
    )

    async def work(session: AsyncSession) -> None:
        await enqueue(session, message, runtime.clock.now())
        raise RuntimeError("the change that caused the mail failed")

    with pytest.raises(RuntimeError):
        await runtime.transactions.write(work)
    assert await count_rows(db, OutboxMessage) == 0
    assert await dispatch(runtime) == DispatchReport()
    assert smtp.received == []


async def test_a_late_dispatcher_never_overwrites_the_claim_after_its_own(
    runtime: Runtime, db: AsyncSession, clock: TestClock
) -> None:
    """A dispatcher that outlived its lease records nothing: the row belongs to the one that took it next."""
    await write_messages(runtime, 1)
    now = clock.now()
    stale = await runtime.transactions.write(lambda session: claim_due(session, now, 10))
    later = now + LEASE
    fresh = await runtime.transactions.write(lambda session: claim_due(session, later, 10))
    assert [message.attempts for message in stale + fresh] == [1, 2]

    report = await runtime.transactions.write(lambda session: record_outcomes(session, stale, [SENT], later, RNG))
    assert report == DispatchReport(sent=1)  # what it saw, but the row was not its own any more
    (row,) = await rows(db)
    assert (row.state, row.attempts, row.next_attempt_at) == (OutboxState.PENDING, 2, later + LEASE)


def _command_environment(runtime: Runtime, smtp_port: int) -> dict[str, str]:
    return dict(
        os.environ,
        KOUSHIN_DATABASE_URL=runtime.settings.database_url,
        KOUSHIN_ENV="development",
        KOUSHIN_SMTP_HOST="127.0.0.1",
        KOUSHIN_SMTP_PORT=str(smtp_port),
    )


async def test_a_dispatcher_killed_mid_batch_leaves_the_rest_to_the_next_after_its_lease(
    runtime: Runtime, smtp: MailServer, db: AsyncSession, clock: TestClock
) -> None:
    message_ids = await write_messages(runtime, 5)
    smtp.recorder.delay_seconds = 0.3
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "backend",
        "dispatch-mail",
        cwd=REPOSITORY,
        env=_command_environment(runtime, smtp.port),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await smtp.recorder.wait_for(2)
    process.send_signal(signal.SIGKILL)
    await process.wait()
    arrived_before = smtp.recorder.message_ids()

    claimed = await rows(db)
    assert [(row.state, row.attempts) for row in claimed] == [(OutboxState.PENDING, 1)] * 5  # leased, unrecorded
    lease_end = claimed[0].next_attempt_at
    smtp.recorder.delay_seconds = 0
    clock.instant = datetime.now(UTC)
    assert await dispatch(runtime) == DispatchReport()  # the lease holds
    clock.instant = lease_end
    assert await dispatch(runtime) == DispatchReport(sent=5)

    assert [(row.state, row.attempts) for row in await rows(db)] == [(OutboxState.SENT, 2)] * 5
    assert Counter(smtp.recorder.message_ids()) == Counter(message_ids) + Counter(arrived_before)


async def test_two_dispatcher_processes_deliver_a_thousand_messages_exactly_once(
    runtime: Runtime, smtp: MailServer, db: AsyncSession
) -> None:
    message_ids = []
    for first in range(0, 1000, 250):
        message_ids += await write_messages(runtime, 250, first=first)
    environment = _command_environment(runtime, smtp.port)
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "backend",
            "dispatch-mail",
            "--once",
            cwd=REPOSITORY,
            env=environment,
            stdout=asyncio.subprocess.PIPE,
        )
        for _ in range(2)
    ]
    outputs = [(await process.communicate())[0].decode() for process in processes]

    assert [process.returncode for process in processes] == [0, 0]
    handled = [int(output.split(": ")[1].split()[0]) for output in outputs]
    assert sum(handled) == 1000 and min(handled) > 0, outputs  # both took part
    assert sorted(smtp.recorder.message_ids()) == sorted(message_ids)  # every one, once
    assert {(row.state, row.attempts) for row in await rows(db)} == {(OutboxState.SENT, 1)}


async def test_an_unused_port_is_a_retry_not_a_crash(settings: Settings, clock: TestClock, db: AsyncSession) -> None:
    mail = replace(settings.mail, smtp_port=free_port())
    async with open_runtime(replace(settings, mail=mail), clock=clock) as runtime:
        await write_messages(runtime, 1)
        assert await dispatch(runtime) == DispatchReport(retrying=1)
