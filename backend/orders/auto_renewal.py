"""Stopping the annual auto-renewal (年額あんしん自動更新) ordered for a serial.

It is ordered as a one-year term with `auto_renewal` on the order line, and takes effect when the
order is paid (payments). The customer can stop it at any time: the line records when, the year
being paid for still renews the serial, and no automatic invoice follows. Stopping is one UPDATE
that only a line still enrolled accepts, so a double click or two tabs stop it once.
"""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.transactions import Transactions
from backend.licences.models import Licence
from backend.licences.serials import InvalidSerialError, normalise_serial
from backend.orders.models import OrderLine


class StopAutoRenewalErrorCode(StrEnum):
    INVALID_SERIAL = "INVALID_SERIAL"
    NOT_FOUND = "NOT_FOUND"
    """Not a serial of the account: unknown and another account's alike."""
    NOT_ENROLLED = "NOT_ENROLLED"
    """No auto-renewal to stop: never ordered, or already stopped."""


async def stop_auto_renewal(
    transactions: Transactions, account_id: int, serial_number: str, now: datetime
) -> StopAutoRenewalErrorCode | None:
    try:
        serial = normalise_serial(serial_number)
    except InvalidSerialError:
        return StopAutoRenewalErrorCode.INVALID_SERIAL

    async def work(db: AsyncSession) -> StopAutoRenewalErrorCode | None:
        licence_id = await db.scalar(
            select(Licence.id).where(Licence.account_id == account_id, Licence.serial_number == serial)
        )
        if licence_id is None:
            return StopAutoRenewalErrorCode.NOT_FOUND
        stopped = await db.scalar(
            update(OrderLine)
            .where(
                OrderLine.open_licence_id == licence_id,
                OrderLine.auto_renewal.is_(True),
                OrderLine.auto_renewal_stopped_at.is_(None),
            )
            .values(auto_renewal_stopped_at=now)
            .returning(OrderLine.id)
            .execution_options(synchronize_session=False)
        )
        return None if stopped is not None else StopAutoRenewalErrorCode.NOT_ENROLLED

    return await transactions.write(work)
