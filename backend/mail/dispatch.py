"""The dispatcher: takes due messages from the outbox in small batches and sends them over SMTP.

A batch is claimed in one short transaction: its rows get one more attempt and a lease (their
next attempt time moves `LEASE` ahead), so no other dispatcher takes them meanwhile; on
PostgreSQL other dispatchers skip the locked rows instead of waiting (`FOR UPDATE SKIP LOCKED`),
on SQLite the write lock serialises claims. The batch is then sent over one SMTP connection,
outside any transaction, and the outcomes are recorded in a second transaction. A dispatcher
that dies after sending and before recording leaves its rows leased; when the lease runs out
another takes them and sends them again with the same bytes, so with the same Message-ID,
which lets the receiving side drop the duplicate. A record only lands if the row is still the
one this dispatcher claimed (same attempt count), so a late dispatcher never overwrites a later one.
"""

import asyncio
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from aiosmtplib import SMTP, SMTPException
from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.core.clock import Clock
from backend.core.settings import MailSettings, SmtpTls
from backend.db.transactions import Transactions
from backend.mail.delivery import FIRST_RETRY_DELAY, SENT, Outcome, Settlement, connection_outcome, outcome_of, settle
from backend.mail.models import OutboxMessage, OutboxState

BATCH_SIZE = 20
"""Small: a crash resends at most this many, and each batch's transactions stay short."""
SMTP_TIMEOUT_SECONDS = 30
"""For connecting and for each SMTP command."""
BATCH_DEADLINE_SECONDS = 120
"""A batch still sending after this stops; what it did not try goes back to the queue."""
LEASE = timedelta(minutes=5)
"""Longer than a batch can take (its deadline), so a live dispatcher never loses its claim."""
KEEP_SENT_FOR = timedelta(days=30)
"""How long a sent message stays in the outbox, to answer "did the mail go out?"."""
TIDY_BATCH_SIZE = 1000

logger = logging.getLogger(__name__)
_outbox = cast(Table, OutboxMessage.__table__)  # for executemany UPDATEs with extra conditions


@dataclass(frozen=True, slots=True)
class ClaimedMessage:
    id: int
    recipient: str
    content: bytes
    attempts: int
    """Counting the attempt this claim is for."""


@dataclass(frozen=True, slots=True)
class DispatchReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    returned: int = 0
    """Claimed but not tried (the connection ended first): back in the queue, with no attempt counted."""

    @property
    def claimed(self) -> int:
        return self.sent + self.retrying + self.failed + self.returned


async def dispatch_batch(
    transactions: Transactions, mail: MailSettings, clock: Clock, rng: random.Random, *, batch_size: int = BATCH_SIZE
) -> DispatchReport:
    """Claim, send and record one batch; an empty report when nothing is due."""
    claimed = await transactions.write(lambda db: claim_due(db, clock.now(), batch_size))
    if not claimed:
        return DispatchReport()
    outcomes = await deliver(mail, claimed)
    now = clock.now()
    return await transactions.write(lambda db: record_outcomes(db, claimed, outcomes, now, rng))


async def claim_due(db: AsyncSession, now: datetime, limit: int) -> list[ClaimedMessage]:
    rows = (
        await db.execute(
            select(OutboxMessage.id, OutboxMessage.recipient, OutboxMessage.content, OutboxMessage.attempts)
            .where(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.next_attempt_at <= now)
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    if not rows:
        return []
    await db.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_([row.id for row in rows]))
        .values(attempts=OutboxMessage.attempts + 1, next_attempt_at=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    return [ClaimedMessage(row.id, row.recipient, row.content, row.attempts + 1) for row in rows]


async def deliver(mail: MailSettings, messages: Sequence[ClaimedMessage]) -> list[Outcome | None]:
    """Send the messages over one connection, in order; None for each message not tried."""
    outcomes: list[Outcome | None] = [None] * len(messages)
    client = SMTP(
        hostname=mail.smtp_host,
        port=mail.smtp_port,
        username=mail.smtp_username or None,
        password=mail.smtp_password or None,
        use_tls=mail.smtp_tls is SmtpTls.TLS,
        start_tls=mail.smtp_tls is SmtpTls.STARTTLS,
        timeout=SMTP_TIMEOUT_SECONDS,
    )
    current = 0
    try:
        async with asyncio.timeout(BATCH_DEADLINE_SECONDS):
            try:
                await client.connect()
            except (SMTPException, OSError, TimeoutError) as error:
                return [connection_outcome(error)] * len(messages)
            for current, message in enumerate(messages):
                try:
                    await client.sendmail(mail.sender_address, [message.recipient], message.content)
                except (SMTPException, OSError) as error:
                    outcome = outcome_of(error)
                else:
                    outcome = SENT
                outcomes[current] = outcome
                if outcome.ends_batch:
                    break
    except TimeoutError as error:
        outcomes[current] = outcome_of(error)
    finally:
        await _close(client)
    return outcomes


async def _close(client: SMTP) -> None:
    if not client.is_connected:
        return
    try:
        await client.quit()
    except (SMTPException, OSError, TimeoutError):
        client.close()


async def record_outcomes(
    db: AsyncSession,
    claimed: Sequence[ClaimedMessage],
    outcomes: Sequence[Outcome | None],
    now: datetime,
    rng: random.Random,
) -> DispatchReport:
    settled: list[dict[str, object]] = []
    returned: list[dict[str, object]] = []
    counts = dict.fromkeys(OutboxState, 0)
    for message, outcome in zip(claimed, outcomes, strict=True):
        if outcome is None:
            returned.append({"b_id": message.id, "b_attempts": message.attempts, "b_next": now + FIRST_RETRY_DELAY})
            continue
        settlement = settle(message.attempts, outcome, now, rng)
        settled.append(_settlement_parameters(message, settlement))
        counts[settlement.state] += 1
        if settlement.state is OutboxState.FAILED:
            logger.warning("mail %d to %s failed for good: %s", message.id, message.recipient, outcome.error)
    claimed_row = (_outbox.c.id == bindparam("b_id")) & (_outbox.c.attempts == bindparam("b_attempts"))
    if settled:
        await db.execute(
            update(_outbox)
            .where(claimed_row)
            .values(
                state=bindparam("b_state"),
                next_attempt_at=bindparam("b_next"),
                last_error=bindparam("b_error"),
                sent_at=bindparam("b_sent_at"),
            ),
            settled,
        )
    if returned:
        await db.execute(
            update(_outbox)
            .where(claimed_row)
            .values(attempts=_outbox.c.attempts - 1, next_attempt_at=bindparam("b_next")),
            returned,
        )
    sent, retrying, failed = counts[OutboxState.SENT], counts[OutboxState.PENDING], counts[OutboxState.FAILED]
    return DispatchReport(sent, retrying, failed, len(returned))


def _settlement_parameters(message: ClaimedMessage, settlement: Settlement) -> dict[str, object]:
    return {
        "b_id": message.id,
        "b_attempts": message.attempts,
        "b_state": settlement.state.value,
        "b_next": settlement.next_attempt_at,
        "b_error": settlement.last_error,
        "b_sent_at": settlement.sent_at,
    }


async def forget_sent(db: AsyncSession, now: datetime) -> int:
    """Delete up to `TIDY_BATCH_SIZE` messages sent more than `KEEP_SENT_FOR` ago; failed ones stay."""
    old = (
        select(OutboxMessage.id)
        .where(OutboxMessage.state == OutboxState.SENT, OutboxMessage.sent_at < now - KEEP_SENT_FOR)
        .order_by(OutboxMessage.id)
        .limit(TIDY_BATCH_SIZE)
        .with_for_update(skip_locked=True)
    )
    ids = list(await db.scalars(old))
    if ids:
        await db.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(ids)))
    return len(ids)
