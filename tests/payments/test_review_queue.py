"""Staff working through the review queue: applying a credit (a deducted fee within the limit, a late transfer to
an expired order), refunding or dismissing one with a note; every refusal changes nothing, and a resolved credit
cannot be acted on twice."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.background.jobs import ORDER_EXPIRY
from backend.background.runner import run_until_idle
from backend.demo import STAFF_EMAIL
from backend.payments.models import BankCredit, CreditState, Receipt
from backend.payments.review import ReviewErrorCode, StaffAction, apply_credit, close_credit
from tests.api.test_issued_documents import Shop
from tests.payments.test_statement_import import import_file, invoice_of, state, statement


async def queued(shop: Shop, db: AsyncSession, *, amount_off: int = 0, late: bool = False) -> tuple[str, int]:
    """An order and the id of the credit for it waiting in review."""
    number = await shop.place()
    invoice = await invoice_of(db, number)
    clock = shop.runtime.clock
    if late:
        clock.business_date = invoice.due_on + timedelta(days=1)  # type: ignore[attr-defined]
        assert await run_until_idle(shop.runtime, [ORDER_EXPIRY]) == 1
    data = await statement(
        db, [invoice.number], clock.today(), **{invoice.number: invoice.total_including_tax - amount_off}
    )
    await import_file(shop, data)
    credit_id = await db.scalar(select(BankCredit.id).where(BankCredit.state == CreditState.REVIEW))
    assert credit_id is not None
    await db.commit()
    return invoice.number, credit_id


async def action(shop: Shop, db: AsyncSession, credit_id: int, note: str = "") -> StaffAction:
    staff = await db.scalar(select(Account.id).where(Account.email == STAFF_EMAIL))
    assert staff is not None
    await db.commit()
    clock = shop.runtime.clock
    return StaffAction(credit_id, staff, note, clock.now(), clock.today())


async def test_a_short_transfer_is_applied_only_with_the_fee_accepted_and_within_the_limit(
    shop: Shop, db: AsyncSession
) -> None:
    invoice_number, credit_id = await queued(shop, db, amount_off=440)
    runtime = shop.runtime
    before = await state(db)
    staff = await action(shop, db, credit_id, "振込手数料差引")
    assert await apply_credit(runtime.transactions, runtime.seller, staff, invoice_number, accept_fee=False) == (
        ReviewErrorCode.FEE_NOT_ACCEPTED
    )
    assert await apply_credit(runtime.transactions, runtime.seller, staff, "I-2099-000001", accept_fee=True) == (
        ReviewErrorCode.INVOICE_NOT_FOUND
    )
    assert await state(db) == before

    assert await apply_credit(runtime.transactions, runtime.seller, staff, invoice_number, accept_fee=True) is None
    receipt = await db.scalar(select(Receipt))
    credit = await db.get(BankCredit, credit_id)
    assert receipt is not None and credit is not None
    assert (receipt.fee_deducted, receipt.applied_by_account_id) == (440, staff.staff_account_id)
    assert (credit.state, credit.review_reason, credit.resolution_note) == ("applied", "SHORT", "振込手数料差引")
    await db.commit()
    assert (await state(db))["orders"][0][1] == "paid"

    again = await apply_credit(runtime.transactions, runtime.seller, staff, invoice_number, accept_fee=True)
    assert again is ReviewErrorCode.ALREADY_RESOLVED


async def test_a_shortfall_over_the_limit_is_refused_and_can_be_marked_for_refund_with_a_note(
    shop: Shop, db: AsyncSession
) -> None:
    invoice_number, credit_id = await queued(shop, db, amount_off=881)
    runtime = shop.runtime
    before = await state(db)
    staff = await action(shop, db, credit_id)
    assert await apply_credit(runtime.transactions, runtime.seller, staff, invoice_number, accept_fee=True) == (
        ReviewErrorCode.FEE_OVER_LIMIT
    )
    assert await close_credit(runtime.transactions, staff, CreditState.REFUND) == ReviewErrorCode.NOTE_REQUIRED
    assert await state(db) == before

    refund = await action(shop, db, credit_id, "差額が大きいため返金し、再振込を依頼")
    assert await close_credit(runtime.transactions, refund, CreditState.REFUND) is None
    after = await state(db)
    assert after["credits"] == [(before["credits"][0][0], "refund", "SHORT")]
    assert {key: value for key, value in after.items() if key != "credits"} == {
        key: value for key, value in before.items() if key != "credits"
    }
    assert await close_credit(runtime.transactions, refund, CreditState.DISMISSED) == ReviewErrorCode.ALREADY_RESOLVED


async def test_a_late_transfer_still_pays_its_expired_order(shop: Shop, db: AsyncSession) -> None:
    invoice_number, credit_id = await queued(shop, db, late=True)
    runtime = shop.runtime
    staff = await action(shop, db, credit_id, "期限後の入金を確認")
    assert await apply_credit(runtime.transactions, runtime.seller, staff, invoice_number, accept_fee=False) is None
    after = await state(db)
    assert after["orders"][0][1] == "paid"
    assert after["receipts"] == 1
