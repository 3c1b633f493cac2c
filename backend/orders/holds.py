"""Serials held by open orders: a serial in an order awaiting payment is being renewed, and not again."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.licences.models import Licence
from backend.orders.models import Invoice, Order, OrderLine


@dataclass(frozen=True, slots=True)
class RenewalInProgress:
    order_number: str
    due_on: date
    """The invoice's due date: pay by then, or the order expires (payments)."""
    auto_renewal: bool
    """Ordered with the annual auto-renewal (年額あんしん自動更新)."""
    auto_renewal_stopped_at: datetime | None


def held_by_open_order() -> ColumnElement[bool]:
    """A condition on Licence rows, for listings (licences.queries.ListScope); uses the unique open_licence_id."""
    return exists().where(OrderLine.open_licence_id == Licence.id)


async def renewals_in_progress(
    db: AsyncSession, account_id: int, serial_numbers: Collection[str]
) -> dict[str, RenewalInProgress]:
    """By normalised serial, for those of the account's serials held by an open order."""
    rows = await db.execute(
        select(
            Licence.serial_number,
            Order.number,
            Invoice.due_on,
            OrderLine.auto_renewal,
            OrderLine.auto_renewal_stopped_at,
        )
        .join(OrderLine, OrderLine.open_licence_id == Licence.id)
        .join(Order, Order.id == OrderLine.order_id)
        .join(Invoice, Invoice.order_id == Order.id)
        .where(Licence.account_id == account_id, Licence.serial_number.in_(sorted(serial_numbers)))
    )
    return {
        serial: RenewalInProgress(number, due_on, auto_renewal, stopped_at)
        for serial, number, due_on, auto_renewal, stopped_at in rows
    }
