"""Stored documents: requested in the transaction that issues them, rendered after it commits, then immutable.

A row is written `pending` with the quote or order, so a document is never lost to a crash
between the commit and the render; a background job claims it with a lease, renders it in a
process pool and stores the bytes with their SHA-256, in one statement that only a pending row
accepts. From then on the row never changes: the bytes are what the customer downloads and
what the mail attaches, every time.
"""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db.base import Base, CheckedString, UTCDateTime

SHA256_HEX_LENGTH = 64


class DocumentState(StrEnum):
    PENDING = "pending"
    READY = "ready"


class StoredDocument(Base):
    __tablename__ = "stored_documents"
    __table_args__ = (
        UniqueConstraint("kind", "number"),
        Index("ix_stored_documents_state_lease_until", "state", "lease_until"),
        CheckConstraint("state IN ('pending', 'ready')", name="state"),
        CheckConstraint(
            "(state = 'pending') = (content IS NULL AND sha256 IS NULL AND byte_size IS NULL AND rendered_at IS NULL)",
            name="ready_has_content",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(CheckedString(10))
    """quote or invoice (DocumentKind)."""
    number: Mapped[str] = mapped_column(CheckedString(20))
    """The document's own number: Q-2026-000001, I-2026-000001."""
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    """The owner: only their session downloads it."""
    state: Mapped[str] = mapped_column(CheckedString(10))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """While a renderer holds the row; another may take it over once this has passed (the first one crashed)."""
    attempts: Mapped[int]
    content: Mapped[bytes | None] = mapped_column(LargeBinary(), deferred=True)
    byte_size: Mapped[int | None]
    sha256: Mapped[str | None] = mapped_column(CheckedString(SHA256_HEX_LENGTH))
    rendered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
