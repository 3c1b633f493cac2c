"""Reading a cart's serials: the account's licences among them and the open orders holding any, in one statement."""

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.licences.models import Licence
from backend.licences.queries import LicenceRecord
from backend.orders.models import Order, OrderLine


@dataclass(frozen=True, slots=True)
class CartSerials:
    licences: dict[str, LicenceRecord]
    """The account's serials among those asked for, by normalised serial; another account's are absent."""
    licence_ids: dict[str, int]
    open_orders: dict[str, str]
    """Serial → the number of the open order that holds it."""


async def read_cart_serials(db: AsyncSession, account_id: int, serial_numbers: Collection[str]) -> CartSerials:
    rows = await db.execute(
        select(Licence, Order.number)
        .outerjoin(OrderLine, OrderLine.open_licence_id == Licence.id)
        .outerjoin(Order, Order.id == OrderLine.order_id)
        .where(Licence.account_id == account_id, Licence.serial_number.in_(sorted(serial_numbers)))
    )
    licences, ids, open_orders = {}, {}, {}
    for licence, order_number in rows:
        licences[licence.serial_number] = LicenceRecord.of(licence)
        ids[licence.serial_number] = licence.id
        if order_number is not None:
            open_orders[licence.serial_number] = order_number
    return CartSerials(licences, ids, open_orders)
