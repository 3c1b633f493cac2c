"""Putting a composed message in the outbox, inside the caller's transaction: it is sent if and only if that commits."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from backend.mail.compose import ComposedMessage
from backend.mail.models import OutboxMessage, OutboxState


async def enqueue(db: AsyncSession, message: ComposedMessage, now: datetime) -> None:
    """Due at once; a dispatcher takes it after the transaction commits (and never if it rolls back)."""
    db.add(
        OutboxMessage(
            message_id=message.message_id,
            kind=message.kind,
            recipient=message.recipient,
            content=message.content,
            state=OutboxState.PENDING,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )
    await db.flush()
