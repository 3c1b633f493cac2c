"""The review queue (要確認入金): what staff do with a credit that could not be applied automatically.

Each action is one transaction on a credit still in review, locked first (FOR UPDATE), so two
staff members acting on one credit at once act once: the second finds it resolved. Every action
records who, when and why. Applying a credit pays the invoice chosen through the same settlement
as an automatic match (settlement.settle), so the serials are extended exactly once whatever
else happens at the same time; it also accepts an invoice that expired meanwhile (a LATE
transfer) and a shortfall up to the seller's limit as the payer's deducted transfer fee.
"""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.billing.seller import Seller
from backend.db.transactions import Transactions
from backend.orders.models import Invoice, Order, OrderLine, OrderStatus
from backend.payments.models import NOTE_LENGTH, BankCredit, CreditState
from backend.payments.settlement import Settlement, settle


class ReviewErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    ALREADY_RESOLVED = "ALREADY_RESOLVED"
    INVOICE_NOT_FOUND = "INVOICE_NOT_FOUND"
    INVOICE_NOT_PAYABLE = "INVOICE_NOT_PAYABLE"
    """Its order is paid already or was cancelled."""
    REVERSAL = "REVERSAL"
    """A reversal pays nothing: refund or dismiss it."""
    AMOUNT_OVER = "AMOUNT_OVER"
    """More than the invoice's total: refund it (the customer pays the exact amount)."""
    FEE_NOT_ACCEPTED = "FEE_NOT_ACCEPTED"
    """Short of the total: apply it only by accepting the shortfall as a deducted transfer fee."""
    FEE_OVER_LIMIT = "FEE_OVER_LIMIT"
    SERIAL_IN_OPEN_ORDER = "SERIAL_IN_OPEN_ORDER"
    """The expired invoice's serials were ordered again: cancel that order first."""
    NOTE_REQUIRED = "NOTE_REQUIRED"
    NOTE_TOO_LONG = "NOTE_TOO_LONG"


@dataclass(frozen=True, slots=True)
class StaffAction:
    credit_id: int
    staff_account_id: int
    note: str
    now: datetime
    today: date


async def apply_credit(
    transactions: Transactions, seller: Seller, action: StaffAction, invoice_number: str, accept_fee: bool
) -> ReviewErrorCode | None:
    note = action.note.strip()
    if len(note) > NOTE_LENGTH:
        return ReviewErrorCode.NOTE_TOO_LONG

    async def work(db: AsyncSession) -> ReviewErrorCode | None:
        credit = await _credit_in_review(db, action.credit_id)
        if not isinstance(credit, BankCredit):
            return credit
        if credit.reversal:
            return ReviewErrorCode.REVERSAL
        row = (
            await db.execute(
                select(Invoice.id, Invoice.total_including_tax, Order.id, Order.account_id, Order.status)
                .join(Order, Order.id == Invoice.order_id)
                .where(Invoice.number == invoice_number.strip())
            )
        ).first()
        if row is None:
            return ReviewErrorCode.INVOICE_NOT_FOUND
        invoice_id, total, order_id, account_id, status = row
        if status not in {OrderStatus.AWAITING_PAYMENT, OrderStatus.EXPIRED}:
            return ReviewErrorCode.INVOICE_NOT_PAYABLE
        shortfall = total - credit.amount
        if shortfall < 0:
            return ReviewErrorCode.AMOUNT_OVER
        if shortfall and not accept_fee:
            return ReviewErrorCode.FEE_NOT_ACCEPTED
        if shortfall > seller.fee_deduction_limit:
            return ReviewErrorCode.FEE_OVER_LIMIT
        if status == OrderStatus.EXPIRED and await _serials_reordered(db, order_id):
            return ReviewErrorCode.SERIAL_IN_OPEN_ORDER
        settlement = Settlement(
            invoice_id=invoice_id,
            order_id=order_id,
            account_id=account_id,
            received_on=credit.booked_on,
            amount_received=credit.amount,
            fee_deducted=shortfall,
            applied_by_account_id=action.staff_account_id,
        )
        paid = await settle(
            db,
            [settlement],
            payable={OrderStatus.AWAITING_PAYMENT, OrderStatus.EXPIRED},
            now=action.now,
            today=action.today,
        )
        if not paid:
            return ReviewErrorCode.INVOICE_NOT_PAYABLE
        await db.execute(
            update(BankCredit)
            .where(BankCredit.id == credit.id)
            .values(state=CreditState.APPLIED, receipt_id=paid[invoice_id], invoice_id=invoice_id)
        )
        await _record(db, action, note or None)
        return None

    return await transactions.write(work)


async def close_credit(transactions: Transactions, action: StaffAction, state: CreditState) -> ReviewErrorCode | None:
    """Mark a credit to be refunded (REFUND) or close it (DISMISSED); both need a note saying why."""
    if state not in {CreditState.REFUND, CreditState.DISMISSED}:
        raise ValueError(f"a credit is closed as refund or dismissed, not {state}")
    note = action.note.strip()
    if not note:
        return ReviewErrorCode.NOTE_REQUIRED
    if len(note) > NOTE_LENGTH:
        return ReviewErrorCode.NOTE_TOO_LONG

    async def work(db: AsyncSession) -> ReviewErrorCode | None:
        credit = await _credit_in_review(db, action.credit_id)
        if not isinstance(credit, BankCredit):
            return credit
        await db.execute(update(BankCredit).where(BankCredit.id == credit.id).values(state=state))
        await _record(db, action, note)
        return None

    return await transactions.write(work)


async def _credit_in_review(db: AsyncSession, credit_id: int) -> BankCredit | ReviewErrorCode:
    credit = await db.scalar(select(BankCredit).where(BankCredit.id == credit_id).with_for_update())
    if credit is None:
        return ReviewErrorCode.NOT_FOUND
    if credit.state != CreditState.REVIEW:
        return ReviewErrorCode.ALREADY_RESOLVED
    return credit


async def _serials_reordered(db: AsyncSession, order_id: int) -> bool:
    """Whether a serial of this (expired) order is held by another open order now."""
    licence_ids = select(OrderLine.licence_id).where(OrderLine.order_id == order_id)
    held = await db.scalar(select(OrderLine.id).where(OrderLine.open_licence_id.in_(licence_ids)).limit(1))
    return held is not None


async def _record(db: AsyncSession, action: StaffAction, note: str | None) -> None:
    await db.execute(
        update(BankCredit)
        .where(BankCredit.id == action.credit_id)
        .values(resolved_at=action.now, resolved_by_account_id=action.staff_account_id, resolution_note=note)
        .execution_options(synchronize_session=False)
    )
