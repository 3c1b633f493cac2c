"""Paying invoices: the order becomes paid, each serial on it is extended once, and a receipt is issued.

Used by the statement import (many invoices at once) and by staff applying a credit from the
review queue (one). Exactly once rests on one statement: `UPDATE orders SET status = 'paid' …
WHERE status IN (…) RETURNING id`. Of any number of transactions trying to pay, cancel or
expire an order, in any number of processes, only the one whose UPDATE returns the order goes
on to extend its serials and issue its receipt; on PostgreSQL the others wait for its row lock
and then find the status changed. The receipt's unique invoice_id backs that up.

Extension follows DESIGN.md "New expiry date": from the old expiry when the transfer was booked
on or before it, from the booking day otherwise, into the product ordered. A line that ordered
the annual auto-renewal, and was not stopped meanwhile, enrols its serial; any other line ends the serial's
enrolment, stopped or not.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.base import table_of
from backend.documents.content import DocumentKind
from backend.documents.storage import request_documents
from backend.eligibility.rules import new_expiry
from backend.licences.models import Licence
from backend.orders.models import Invoice, Order, OrderLine, OrderStatus
from backend.orders.numbering import DocumentSeries, next_document_numbers
from backend.payments.models import Receipt


@dataclass(frozen=True, slots=True)
class Settlement:
    """A credit to pay an invoice with."""

    invoice_id: int
    order_id: int
    account_id: int
    received_on: date
    amount_received: int
    fee_deducted: int = 0
    applied_by_account_id: int | None = None


async def settle(
    db: AsyncSession,
    settlements: Sequence[Settlement],
    *,
    payable: Collection[OrderStatus],
    now: datetime,
    today: date,
) -> dict[int, int]:
    """Pay each settlement's invoice if its order is still in one of the `payable` statuses; the receipt issued
    for each invoice paid, by invoice id. The others changed nothing: their orders were paid, cancelled or
    expired meanwhile. The caller records the receipt on the credit that paid (state APPLIED)."""
    if not settlements:
        return {}
    by_order = {settlement.order_id: settlement for settlement in settlements}
    won = set(
        (
            await db.scalars(
                update(Order)
                .where(Order.id.in_(by_order), Order.status.in_(list(payable)))
                .values(status=OrderStatus.PAID, paid_at=now)
                .returning(Order.id)
                .execution_options(synchronize_session=False)
            )
        ).all()
    )
    paid = [by_order[order_id] for order_id in sorted(won)]
    if not paid:
        return {}
    await _extend_serials(db, {settlement.order_id: settlement.received_on for settlement in paid}, now)
    return await _issue_receipts(db, paid, now, today)


async def _extend_serials(db: AsyncSession, received_on: dict[int, date], now: datetime) -> None:
    lines = (
        await db.execute(
            select(
                OrderLine.id,
                OrderLine.order_id,
                OrderLine.licence_id,
                OrderLine.years,
                OrderLine.product_code,
                OrderLine.auto_renewal,
                OrderLine.auto_renewal_stopped_at,
                Licence.expires_on,
            )
            .join(Licence, Licence.id == OrderLine.licence_id)
            .where(OrderLine.order_id.in_(received_on))
            # A stop of the auto-renewal (orders.auto_renewal) updates the line first: it waits for this payment,
            # then finds the line paid and stops the enrolment on the licence; or this waits for it and sees it.
            .with_for_update(of=OrderLine)
        )
    ).all()
    licence_rows, line_rows = [], []
    for line_id, order_id, licence_id, years, product_code, auto_renewal, stopped_at, expires_on in lines:
        expiry = new_expiry(expires_on, received_on[order_id], years)
        enrols = auto_renewal and stopped_at is None
        licence_rows.append(
            {"b_id": licence_id, "b_expiry": expiry, "b_product": product_code, "b_since": now if enrols else None}
        )
        line_rows.append({"b_id": line_id, "b_expiry": expiry})
    # One executemany each, for every line of every order paid.
    licences, order_lines = table_of(Licence), table_of(OrderLine)
    await db.execute(
        update(licences)
        .where(licences.c.id == bindparam("b_id"))
        .values(
            expires_on=bindparam("b_expiry"),
            product_code=bindparam("b_product"),
            auto_renewal_since=bindparam("b_since"),
            # The order paid decides afresh: a stop of an earlier year's auto-renewal is over.
            auto_renewal_stopped_at=None,
        ),
        licence_rows,
    )
    await db.execute(
        update(order_lines)
        .where(order_lines.c.id == bindparam("b_id"))
        .values(new_expires_on=bindparam("b_expiry"), open_licence_id=None),
        line_rows,
    )


async def _issue_receipts(db: AsyncSession, paid: list[Settlement], now: datetime, today: date) -> dict[int, int]:
    numbers = await next_document_numbers(db, DocumentSeries.RECEIPT, today.year, len(paid))
    # Multi-row INSERTs (insertmanyvalues, for RETURNING), each receipt's id returned beside its invoice's.
    receipts = table_of(Receipt)
    issued = await db.execute(
        insert(receipts).returning(receipts.c.invoice_id, receipts.c.id),
        [
            {
                "number": number,
                "invoice_id": settlement.invoice_id,
                "issued_at": now,
                "issued_on": today,
                "received_on": settlement.received_on,
                "amount_received": settlement.amount_received,
                "fee_deducted": settlement.fee_deducted,
                "applied_by_account_id": settlement.applied_by_account_id,
            }
            for number, settlement in zip(numbers, paid, strict=True)
        ],
    )
    receipt_ids: dict[int, int] = dict(issued.all())
    await request_documents(
        db,
        DocumentKind.RECEIPT,
        select(Receipt.number, Order.account_id)
        .join(Invoice, Invoice.id == Receipt.invoice_id)
        .join(Order, Order.id == Invoice.order_id)
        .where(Receipt.id.in_(receipt_ids.values()))
        .order_by(Receipt.id),
        now,
    )
    return receipt_ids
