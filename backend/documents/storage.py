"""Stored documents: requested in the issuing transaction, claimed and stored by the renderer, read by their owner.

A renderer claims one pending row at a time with a lease (`FOR UPDATE SKIP LOCKED`, so two
renderers never take the same row), renders outside any transaction, and stores the bytes with
an UPDATE that only a pending row accepts: a renderer that lost its lease to another, and
finishes second, stores nothing. A document that keeps failing is tried again after a lease
that doubles each time, so it never starves the others.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, insert, literal, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from backend.db.base import table_of
from backend.documents.content import DocumentKind
from backend.documents.models import DocumentState, StoredDocument

FIRST_LEASE = timedelta(minutes=5)
LONGEST_LEASE = timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class DocumentStatus:
    ready: bool
    byte_size: int | None
    sha256: str | None


@dataclass(frozen=True, slots=True)
class DocumentClaim:
    """A pending document a renderer holds until `lease_until`."""

    id: int
    kind: DocumentKind
    number: str
    account_id: int
    attempts: int
    """Including this one."""


@dataclass(frozen=True, slots=True)
class DocumentFile:
    kind: DocumentKind
    number: str
    content: bytes
    sha256: str


async def request_document(db: AsyncSession, kind: str, number: str, account_id: int, now: datetime) -> None:
    """In the transaction that issues the document: rendered after it commits, never if it rolls back."""
    await db.execute(
        insert(table_of(StoredDocument)).values(number=number, account_id=account_id, **_pending(kind, now))
    )


async def request_documents(db: AsyncSession, kind: str, numbered: Select[str, int], now: datetime) -> None:
    """The documents of one kind that the query gives as (number, owner's account id), in its order, by one
    INSERT … SELECT: a statement's thousands of receipts are requested without a row through Python."""
    documents = table_of(StoredDocument)
    pending = _pending(kind, now)
    await db.execute(
        insert(documents).from_select(
            ["number", "account_id", *pending],
            numbered.add_columns(*(literal(value, documents.c[name].type) for name, value in pending.items())),
        )
    )


def _pending(kind: str, now: datetime) -> dict[str, object]:
    return {"kind": kind, "state": DocumentState.PENDING, "requested_at": now, "attempts": 0}


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


async def claim_pending(db: AsyncSession, now: datetime) -> DocumentClaim | None:
    """The oldest pending document nobody holds (or whose holder's lease has passed), leased to the caller."""
    row = (
        await db.execute(
            select(
                StoredDocument.id,
                StoredDocument.kind,
                StoredDocument.number,
                StoredDocument.account_id,
                StoredDocument.attempts,
            )
            .where(
                StoredDocument.state == DocumentState.PENDING,
                or_(StoredDocument.lease_until.is_(None), StoredDocument.lease_until <= now),
            )
            .order_by(StoredDocument.attempts, StoredDocument.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
    ).first()
    if row is None:
        return None
    document_id, kind, number, account_id, attempts = row
    lease = min(FIRST_LEASE * 2**attempts, LONGEST_LEASE)
    await db.execute(
        update(StoredDocument)
        .where(StoredDocument.id == document_id)
        .values(lease_until=now + lease, attempts=attempts + 1)
    )
    return DocumentClaim(document_id, DocumentKind(kind), number, account_id, attempts + 1)


async def store_rendered(db: AsyncSession, claim: DocumentClaim, content: bytes, now: datetime) -> DocumentFile | None:
    """Store the bytes, once and for ever; None when another renderer stored the document first."""
    sha256 = hashlib.sha256(content).hexdigest()
    stored = await db.scalar(
        update(StoredDocument)
        .where(StoredDocument.id == claim.id, StoredDocument.state == DocumentState.PENDING)
        .values(
            state=DocumentState.READY,
            content=content,
            byte_size=len(content),
            sha256=sha256,
            rendered_at=now,
            lease_until=None,
        )
        .returning(StoredDocument.id)
        .execution_options(synchronize_session=False)
    )
    if stored is None:
        return None
    return DocumentFile(claim.kind, claim.number, content, sha256)


async def stored_file(db: AsyncSession, kind: DocumentKind, number: str, account_id: int | None) -> DocumentFile | None:
    """The owner's rendered document (any owner's for None: staff); None for a pending, missing or another
    account's one alike."""
    owner = StoredDocument.account_id == account_id if account_id is not None else true()
    document = await db.scalar(
        select(StoredDocument)
        .options(undefer(StoredDocument.content))
        .where(
            StoredDocument.kind == kind,
            StoredDocument.number == number,
            owner,
            StoredDocument.state == DocumentState.READY,
        )
    )
    if document is None or document.content is None or document.sha256 is None:
        return None
    return DocumentFile(kind, number, document.content, document.sha256)
