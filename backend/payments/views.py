"""Receipts and transfers as their owner reads them on My orders: one statement for all the orders of a page."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.documents.content import DocumentKind
from backend.documents.storage import DocumentStatus, document_statuses
from backend.orders.models import Invoice, Order
from backend.orders.views import NOT_RENDERED
from backend.payments.models import BankCredit, CreditState, Receipt


@dataclass(frozen=True, slots=True)
class ReceiptView:
    number: str
    issued_at: datetime
    issued_on: date
    received_on: date
    amount_received: int
    fee_deducted: int
    document: DocumentStatus


async def receipts_by_order(db: AsyncSession, order_ids: Collection[int]) -> dict[int, ReceiptView]:
    rows = (
        await db.execute(
            select(Order.id, Receipt)
            .join(Invoice, Invoice.order_id == Order.id)
            .join(Receipt, Receipt.invoice_id == Invoice.id)
            .where(Order.id.in_(sorted(order_ids)))
        )
    ).all()
    documents = await document_statuses(db, DocumentKind.RECEIPT, [receipt.number for _, receipt in rows])
    return {
        order_id: ReceiptView(
            number=receipt.number,
            issued_at=receipt.issued_at,
            issued_on=receipt.issued_on,
            received_on=receipt.received_on,
            amount_received=receipt.amount_received,
            fee_deducted=receipt.fee_deducted,
            document=documents.get(receipt.number, NOT_RENDERED),
        )
        for order_id, receipt in rows
    }


class TransferStatus(StrEnum):
    """A transfer into an order's invoice account, as its customer reads it (staff's notes stay with staff)."""

    APPLIED = "APPLIED"
    """It paid the invoice."""
    IN_REVIEW = "IN_REVIEW"
    """Received, and being checked by the seller (short, over, late, or into a closed order)."""
    TO_BE_REFUNDED = "TO_BE_REFUNDED"
    CLOSED = "CLOSED"
    """Checked and closed by the seller (a reversal taken note of, say)."""


_TRANSFER_STATUS = {
    CreditState.APPLIED: TransferStatus.APPLIED,
    CreditState.REVIEW: TransferStatus.IN_REVIEW,
    CreditState.REFUND: TransferStatus.TO_BE_REFUNDED,
    CreditState.DISMISSED: TransferStatus.CLOSED,
}


@dataclass(frozen=True, slots=True)
class TransferView:
    booked_on: date
    amount: int
    reversal: bool
    status: TransferStatus


async def transfers_by_order(db: AsyncSession, order_ids: Collection[int]) -> dict[int, list[TransferView]]:
    """The credits into (or applied to) each order's invoice, in booking order: what the customer sent and what
    became of it, the moment staff act on it."""
    rows = await db.execute(
        select(Invoice.order_id, BankCredit.booked_on, BankCredit.amount, BankCredit.reversal, BankCredit.state)
        .join(Invoice, Invoice.id == BankCredit.invoice_id)
        .where(Invoice.order_id.in_(sorted(order_ids)))
        .order_by(BankCredit.booked_on, BankCredit.id)
    )
    transfers: dict[int, list[TransferView]] = {order_id: [] for order_id in order_ids}
    for order_id, booked_on, amount, reversal, state in rows:
        transfers[order_id].append(TransferView(booked_on, amount, reversal, _TRANSFER_STATUS[CreditState(state)]))
    return transfers
