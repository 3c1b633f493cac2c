"""The outbox: one row per message, written in the transaction of the change that causes it."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from backend.db.base import Base, CheckedString, UTCDateTime

RECIPIENT_MAX_LENGTH = 254
LAST_ERROR_MAX_LENGTH = 500


class OutboxState(StrEnum):
    PENDING = "pending"
    """Waiting for its next attempt (or for the lease of a dispatcher that claimed it to run out)."""
    SENT = "sent"
    FAILED = "failed"
    """Refused for good (SMTP 5xx) or out of attempts; `last_error` says why."""


class OutboxMessage(Base):
    __tablename__ = "outbox_messages"
    __table_args__ = (
        CheckConstraint("state IN ('pending', 'sent', 'failed')", name="state"),
        # What a dispatcher asks for: pending messages whose time has come, oldest first.
        Index("ix_outbox_messages_state_next_attempt_at", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(CheckedString(250), unique=True)
    """The Message-ID header, angle brackets included: every attempt sends the same one."""
    kind: Mapped[str] = mapped_column(CheckedString(40))
    """Which message this is (the template's name, e.g. password_reset)."""
    recipient: Mapped[str] = mapped_column(CheckedString(RECIPIENT_MAX_LENGTH))
    """The envelope recipient (RCPT TO); the To header inside `content` names the same address."""
    content: Mapped[bytes] = mapped_column(LargeBinary)
    """The whole message as sent (RFC 5322, CRLF line ends), rendered once when it was written."""
    state: Mapped[str] = mapped_column(CheckedString(10))
    attempts: Mapped[int]
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    """When a dispatcher may next take it: its retry time, or the end of the claiming dispatcher's lease."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(CheckedString(LAST_ERROR_MAX_LENGTH))
