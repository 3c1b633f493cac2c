"""Receipts as their owner reads them on My orders: one statement for all the orders of a page."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.documents.content import DocumentKind
from backend.documents.storage import DocumentStatus, document_statuses
from backend.orders.models import Invoice, Order
from backend.orders.views import NOT_RENDERED
from backend.payments.models import Receipt


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
