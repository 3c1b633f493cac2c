"""Requesting a document in the issuing transaction, and reading its state back."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.documents.models import DocumentState, StoredDocument


@dataclass(frozen=True, slots=True)
class DocumentStatus:
    ready: bool
    byte_size: int | None
    sha256: str | None


async def request_document(db: AsyncSession, kind: str, number: str, account_id: int, now: datetime) -> None:
    """In the transaction that issues the quote or invoice: rendered after it commits, never if it rolls back."""
    db.add(
        StoredDocument(
            kind=kind, number=number, account_id=account_id, state=DocumentState.PENDING, requested_at=now, attempts=0
        )
    )
    await db.flush()


async def document_statuses(db: AsyncSession, kind: str, numbers: list[str]) -> dict[str, DocumentStatus]:
    rows = await db.execute(
        select(StoredDocument.number, StoredDocument.state, StoredDocument.byte_size, StoredDocument.sha256).where(
            StoredDocument.kind == kind, StoredDocument.number.in_(numbers)
        )
    )
    return {
        number: DocumentStatus(state == DocumentState.READY, byte_size, sha256)
        for number, state, byte_size, sha256 in rows
    }
