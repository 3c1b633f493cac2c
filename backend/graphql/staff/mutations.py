"""Staff mutations on the review queue: apply a credit to an invoice, mark it to be refunded, or dismiss it.

Each is one transaction (payments.review) recording who, when and why; applying pays the invoice
as an automatic match would, and the receipt renders and is mailed after. Like the staff
queries, they exist in the staff schema only.
"""

import strawberry

from backend.core.wakeups import Topic
from backend.graphql.context import Context
from backend.graphql.pagination import row_id
from backend.graphql.permissions import IsStaff
from backend.graphql.staff.types import BankCredit
from backend.graphql.user_errors import UserError
from backend.payments.models import NOTE_LENGTH, CreditState
from backend.payments.review import ReviewErrorCode, StaffAction, apply_credit, close_credit
from backend.payments.review_queue import find_credit

strawberry.enum(ReviewErrorCode, name="ReviewErrorCode")


@strawberry.type
class ReviewError(UserError[ReviewErrorCode]):
    max_length: int | None = None
    fee_limit: int | None = None


@strawberry.type
class ReviewPayload:
    credit: BankCredit | None = strawberry.field(description="The credit as the action left it.")
    errors: list[ReviewError]


@strawberry.input
class ApplyBankCreditInput:
    credit_id: strawberry.ID
    invoice_number: str
    accept_fee: bool = strawberry.field(
        default=False,
        description="Accept a shortfall (up to the seller's limit) as the transfer fee the payer deducted.",
    )
    note: str = ""


@strawberry.input
class CloseBankCreditInput:
    credit_id: strawberry.ID
    note: str = strawberry.field(description="Why: required, up to 500 characters.")


@strawberry.type
class StaffMutations:
    @strawberry.mutation(
        permission_classes=[IsStaff],
        description="Staff only. Pay the invoice with a credit from the review queue: the order is paid, its "
        "serials extended, and the receipt mailed.",
    )
    async def apply_bank_credit(
        self, info: strawberry.Info[Context, None], input: ApplyBankCreditInput
    ) -> ReviewPayload:
        context = info.context
        action = await _action(context, input.credit_id, input.note)
        if action is None:
            return await _refused(context, ReviewErrorCode.NOT_FOUND, None)
        error = await apply_credit(
            context.runtime.transactions, context.runtime.seller, action, input.invoice_number, input.accept_fee
        )
        if error is not None:
            return await _refused(context, error, action.credit_id)
        context.runtime.wakeups.notify(Topic.DOCUMENTS)
        return await _done(context, action.credit_id)

    @strawberry.mutation(
        permission_classes=[IsStaff],
        description="Staff only. Mark a credit in review to be paid back to the payer, saying why.",
    )
    async def refund_bank_credit(
        self, info: strawberry.Info[Context, None], input: CloseBankCreditInput
    ) -> ReviewPayload:
        return await _close(info.context, input, CreditState.REFUND)

    @strawberry.mutation(
        permission_classes=[IsStaff],
        description="Staff only. Close a credit in review with a note (a reversal noted, a test transfer, …).",
    )
    async def dismiss_bank_credit(
        self, info: strawberry.Info[Context, None], input: CloseBankCreditInput
    ) -> ReviewPayload:
        return await _close(info.context, input, CreditState.DISMISSED)


async def _close(context: Context, input: CloseBankCreditInput, state: CreditState) -> ReviewPayload:
    action = await _action(context, input.credit_id, input.note)
    if action is None:
        return await _refused(context, ReviewErrorCode.NOT_FOUND, None)
    error = await close_credit(context.runtime.transactions, action, state)
    if error is not None:
        return await _refused(context, error, action.credit_id)
    return await _done(context, action.credit_id)


async def _action(context: Context, credit_id: strawberry.ID, note: str) -> StaffAction | None:
    found = row_id(credit_id)
    if found is None:
        return None
    viewer = await context.signed_in_viewer()
    return StaffAction(found, viewer.id, note, context.now, context.today)


async def _done(context: Context, credit_id: int) -> ReviewPayload:
    view = await context.runtime.transactions.read(lambda db: find_credit(db, credit_id))
    return ReviewPayload(credit=BankCredit.of(view) if view else None, errors=[])


async def _refused(context: Context, code: ReviewErrorCode, credit_id: int | None) -> ReviewPayload:
    """The error, and the credit as it stands (unchanged; already resolved, it shows by whom)."""
    field = {
        ReviewErrorCode.NOT_FOUND: "creditId",
        ReviewErrorCode.ALREADY_RESOLVED: "creditId",
        ReviewErrorCode.REVERSAL: "creditId",
        ReviewErrorCode.NOTE_REQUIRED: "note",
        ReviewErrorCode.NOTE_TOO_LONG: "note",
        ReviewErrorCode.FEE_NOT_ACCEPTED: "acceptFee",
        ReviewErrorCode.FEE_OVER_LIMIT: "acceptFee",
    }.get(code, "invoiceNumber")
    view = await context.runtime.transactions.read(lambda db: find_credit(db, credit_id)) if credit_id else None
    error = ReviewError.of(
        code,
        context.language,
        field=field,
        max_length=NOTE_LENGTH if code is ReviewErrorCode.NOTE_TOO_LONG else None,
        fee_limit=context.runtime.seller.fee_deduction_limit if code is ReviewErrorCode.FEE_OVER_LIMIT else None,
    )
    return ReviewPayload(credit=BankCredit.of(view) if view else None, errors=[error])
