"""The staff console's types: statement imports, bank credits with their candidates, the overview, the archive."""

from datetime import date, datetime

import strawberry

from backend.graphql.context import Context
from backend.graphql.orders.order_types import Order, OrderStatusEnum
from backend.graphql.pagination import PageInfo
from backend.payments.models import CreditState, ReviewReason, StatementFormat
from backend.payments.overview import DueWeek, Overview, QueueAge, ReceivedDay
from backend.payments.review_queue import CandidateMatch, CreditView, InvoiceSummary
from backend.payments.statement_history import ImportView

StatementFormatEnum = strawberry.enum(
    StatementFormat,
    name="StatementFormat",
    description="TRANSFER_NOTICE: 全銀 振込入金通知 (01); ACCOUNT_STATEMENT: 全銀 入出金取引明細 (03); "
    "NET_BANKING_CSV: the net-banking export.",
)
CreditStateEnum = strawberry.enum(CreditState, name="CreditState")
ReviewReasonEnum = strawberry.enum(ReviewReason, name="ReviewReason", description="Why a credit was not applied.")
CandidateMatchEnum = strawberry.enum(CandidateMatch, name="CandidateMatch")


@strawberry.type(name="StatementImport", description="A bank statement imported whole, with what it did.")
class StatementImportType:
    id: strawberry.ID
    format: StatementFormatEnum  # type: ignore[valid-type]
    filename: str
    byte_size: int
    sha256: str
    imported_at: datetime
    imported_by: str | None = strawberry.field(description="The staff member's e-mail; null from the command line.")
    credits: int = strawberry.field(description="Credit records in the file, reversals included.")
    applied: int
    to_review: int
    already_imported: int = strawberry.field(description="Credits an earlier import brought already: skipped.")

    @classmethod
    def of(cls, view: ImportView) -> "StatementImportType":
        return cls(
            id=strawberry.ID(str(view.id)),
            format=view.format,
            filename=view.filename,
            byte_size=view.byte_size,
            sha256=view.sha256,
            imported_at=view.imported_at,
            imported_by=view.imported_by,
            credits=view.credits,
            applied=view.applied,
            to_review=view.to_review,
            already_imported=view.already_imported,
        )


@strawberry.type
class StatementImportPage:
    nodes: list[StatementImportType]
    page_info: PageInfo
    total_count: int


@strawberry.type(description="An invoice as staff see it beside a credit.")
class InvoiceSummaryType:
    number: str
    order_number: str
    status: OrderStatusEnum  # type: ignore[valid-type]
    issued_on: date
    due_on: date
    total_including_tax: int
    customer_email: str
    company_name: str | None
    receipt_number: str | None

    @classmethod
    def of(cls, summary: InvoiceSummary) -> "InvoiceSummaryType":
        return cls(
            number=summary.number,
            order_number=summary.order_number,
            status=summary.status,
            issued_on=summary.issued_on,
            due_on=summary.due_on,
            total_including_tax=summary.total_including_tax,
            customer_email=summary.customer_email,
            company_name=summary.company_name,
            receipt_number=summary.receipt_number,
        )


@strawberry.type
class CandidateInvoice:
    invoice: InvoiceSummaryType
    matches: list[CandidateMatchEnum]  # type: ignore[valid-type]
    shortfall: int = strawberry.field(
        description="The invoice's total less the credit: above 0 it applies only as an accepted transfer fee."
    )


@strawberry.type(description="A credit to one of the seller's accounts, as the bank reported it.")
class BankCredit:
    id: strawberry.ID
    import_id: strawberry.ID
    filename: str = strawberry.field(description="The statement it came in.")
    imported_at: datetime
    record: int = strawberry.field(description="Its record (Zengin) or line (CSV) in that file.")
    bank_code: str
    branch_code: str
    account_number: str
    booked_on: date
    reference: str = strawberry.field(description="The bank's 照会番号.")
    amount: int
    payer_name: str = strawberry.field(
        description="振込依頼人名, as the bank wrote it, NFKC-normalised (カ)デモショウジ)."
    )
    reversal: bool
    state: CreditStateEnum  # type: ignore[valid-type]
    review_reason: ReviewReasonEnum | None  # type: ignore[valid-type]
    invoice: InvoiceSummaryType | None = strawberry.field(
        description="The invoice whose account it arrived in, or, once applied, the one it paid."
    )
    resolved_at: datetime | None
    resolved_by: str | None = strawberry.field(description="The staff member's e-mail.")
    resolution_note: str | None
    view: strawberry.Private[CreditView]

    @strawberry.field(description="In review: the invoices it may be meant for, best first (at most 5).")
    async def candidates(self, info: strawberry.Info[Context, None]) -> list[CandidateInvoice]:
        if self.view.state is not CreditState.REVIEW:
            return []
        return [
            CandidateInvoice(
                invoice=InvoiceSummaryType.of(candidate.invoice),
                matches=list(candidate.matches),
                shortfall=candidate.shortfall,
            )
            for candidate in await info.context.loaders.credit_candidates.load(self.view)
        ]

    @classmethod
    def of(cls, view: CreditView) -> "BankCredit":
        return cls(
            id=strawberry.ID(str(view.id)),
            import_id=strawberry.ID(str(view.import_id)),
            filename=view.filename,
            imported_at=view.imported_at,
            record=view.record,
            bank_code=view.bank_code,
            branch_code=view.branch_code,
            account_number=view.account_number,
            booked_on=view.booked_on,
            reference=view.reference,
            amount=view.amount,
            payer_name=view.payer_name,
            reversal=view.reversal,
            state=view.state,
            review_reason=view.review_reason,
            invoice=InvoiceSummaryType.of(view.invoice) if view.invoice else None,
            resolved_at=view.resolved_at,
            resolved_by=view.resolved_by,
            resolution_note=view.resolution_note,
            view=view,
        )


@strawberry.type
class BankCreditPage:
    nodes: list[BankCredit]
    page_info: PageInfo
    total_count: int = strawberry.field(description="All the credits in this state.")


@strawberry.type
class DueWeekType:
    week_starting: date = strawberry.field(
        description="A Monday. This week's also holds the invoices overdue but not yet expired."
    )
    invoices: int
    amount: int


@strawberry.type
class ReceivedDayType:
    day: date
    payments: int
    amount: int


@strawberry.type
class QueueAgeType:
    min_days: int
    max_days: int | None = strawberry.field(description="Null for the open-ended oldest bucket.")
    credits: int
    amount: int


@strawberry.type(name="PaymentsOverview", description="The console's first page.")
class PaymentsOverviewType:
    open_invoices: int
    open_amount: int
    due_weeks: list[DueWeekType] = strawberry.field(description="Invoices awaiting payment by the week they fall due.")
    received_days: list[ReceivedDayType] = strawberry.field(description="Money received per day, the last 30 days.")
    queue_size: int
    queue_amount: int
    oldest_waiting_since: date | None = strawberry.field(description="The booking date of the oldest waiting credit.")
    queue_ages: list[QueueAgeType] = strawberry.field(description="The review queue by days since booking.")

    @classmethod
    def of(cls, overview: Overview) -> "PaymentsOverviewType":
        def week(item: DueWeek) -> DueWeekType:
            return DueWeekType(week_starting=item.week_starting, invoices=item.invoices, amount=item.amount)

        def day(item: ReceivedDay) -> ReceivedDayType:
            return ReceivedDayType(day=item.day, payments=item.payments, amount=item.amount)

        def age(item: QueueAge) -> QueueAgeType:
            return QueueAgeType(
                min_days=item.min_days, max_days=item.max_days, credits=item.credits, amount=item.amount
            )

        return cls(
            open_invoices=overview.open_invoices,
            open_amount=overview.open_amount,
            due_weeks=[week(item) for item in overview.due_weeks],
            received_days=[day(item) for item in overview.received_days],
            queue_size=overview.queue_size,
            queue_amount=overview.queue_amount,
            oldest_waiting_since=overview.oldest_waiting_since,
            queue_ages=[age(item) for item in overview.queue_ages],
        )


@strawberry.type
class ArchiveEntry:
    order: Order
    customer_email: str = strawberry.field(description="The account's sign-in e-mail.")


@strawberry.type
class ArchivePageType:
    nodes: list[ArchiveEntry]
    page_info: PageInfo
    total_count: int = strawberry.field(description="All the orders matching the search.")
