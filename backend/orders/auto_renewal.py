"""The annual auto-renewal (年額あんしん自動更新) of a serial: where it stands, and stopping it.

It is ordered as a one-year term with `auto_renewal` on the order line (phase ORDERED), and takes effect when
the order is paid (payments): the licence records since when (phase ACTIVE). The customer can stop it at any
time, in either phase: the line or the licence records when, the year paid for still renews or runs, and no
automatic invoice follows. Stopping is one UPDATE per phase that only an enrolment still standing accepts, so a
double click or two tabs stop it once.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.transactions import Transactions
from backend.licences.models import Licence
from backend.licences.queries import LicenceRecord
from backend.licences.serials import InvalidSerialError, normalise_serial
from backend.orders.holds import RenewalInProgress
from backend.orders.models import OrderLine


class AutoRenewalPhase(StrEnum):
    ORDERED = "ORDERED"
    """In an order awaiting payment: starts once that order is paid."""
    ACTIVE = "ACTIVE"
    """In force on the licence since the payment of the order that asked for it."""


@dataclass(frozen=True, slots=True)
class AutoRenewalState:
    phase: AutoRenewalPhase
    since: datetime | None
    """ACTIVE: when the payment put it in force. None while ORDERED."""
    stopped_at: datetime | None
    order_number: str | None
    """ORDERED: the order awaiting payment it was ordered in. None once ACTIVE."""


class StopAutoRenewalErrorCode(StrEnum):
    INVALID_SERIAL = "INVALID_SERIAL"
    NOT_FOUND = "NOT_FOUND"
    """Not a serial of the account: unknown and another account's alike."""
    NOT_ENROLLED = "NOT_ENROLLED"
    """No auto-renewal to stop: never ordered, or already stopped."""


def auto_renewal_state(licence: LicenceRecord, progress: RenewalInProgress | None) -> AutoRenewalState | None:
    """The serial's auto-renewal as the customer should see it; None when it has none in either phase.

    A serial can have both: one in force, and a new order awaiting payment that asks for it again. The one still
    standing is shown (stopping stops both); of two alike, the one in force.
    """
    states = []
    if licence.auto_renewal_since is not None:
        states.append(
            AutoRenewalState(AutoRenewalPhase.ACTIVE, licence.auto_renewal_since, licence.auto_renewal_stopped_at, None)
        )
    if progress is not None and progress.auto_renewal:
        states.append(
            AutoRenewalState(AutoRenewalPhase.ORDERED, None, progress.auto_renewal_stopped_at, progress.order_number)
        )
    standing = [state for state in states if state.stopped_at is None]
    return next(iter(standing or states), None)


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
        # The line first, then the licence, as payments lock them (settlement): a payment committing in between
        # moves the enrolment from the line to the licence, and the second UPDATE, reading afresh, stops it there.
        stopped_line = await db.scalar(
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
        stopped_licence = await db.scalar(
            update(Licence)
            .where(
                Licence.id == licence_id,
                Licence.auto_renewal_since.is_not(None),
                Licence.auto_renewal_stopped_at.is_(None),
            )
            .values(auto_renewal_stopped_at=now)
            .returning(Licence.id)
            .execution_options(synchronize_session=False)
        )
        stopped = stopped_line is not None or stopped_licence is not None
        return None if stopped else StopAutoRenewalErrorCode.NOT_ENROLLED

    return await transactions.write(work)
