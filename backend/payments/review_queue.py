"""The credits as staff read them: the review queue (要確認入金) with each credit's candidate invoices, and
the credits already resolved, with who resolved them, when and why.

A credit's candidates are the invoices staff can still apply it to (awaiting payment, or expired)
that it may be meant for, best first: the invoice whose virtual account it arrived in, invoices
for exactly its amount, and invoices of the customers this payer name paid before (a bank writes
the payer as the customer's own bank does, the same each time). Each candidate says which of
those hold; the page's candidates take three statements, however many credits the page shows.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, aliased

from backend.accounts.models import Account
from backend.orders.models import Invoice, Order, OrderStatus
from backend.payments.models import BankCredit, CreditState, Receipt, ReviewReason, StatementImport

CANDIDATES = 5
"""Candidates shown per credit."""
PAYABLE = (OrderStatus.AWAITING_PAYMENT, OrderStatus.EXPIRED)


class CandidateMatch(StrEnum):
    SAME_ACCOUNT = "SAME_ACCOUNT"
    """The credit arrived in this invoice's virtual account."""
    SAME_AMOUNT = "SAME_AMOUNT"
    """The credit is exactly this invoice's total."""
    SAME_PAYER = "SAME_PAYER"
    """This payer name paid an earlier invoice of the same customer."""


@dataclass(frozen=True, slots=True)
class InvoiceSummary:
    number: str
    order_number: str
    status: OrderStatus
    issued_on: date
    due_on: date
    total_including_tax: int
    customer_email: str
    company_name: str | None
    receipt_number: str | None


@dataclass(frozen=True, slots=True)
class Candidate:
    invoice: InvoiceSummary
    matches: list[CandidateMatch]
    shortfall: int
    """The invoice's total less the credit: above 0 it applies only as an accepted transfer fee."""


@dataclass(frozen=True, slots=True)
class CreditView:
    id: int
    import_id: int
    filename: str
    imported_at: datetime
    record: int
    bank_code: str
    branch_code: str
    account_number: str
    booked_on: date
    reference: str
    amount: int
    payer_name: str
    reversal: bool
    state: CreditState
    review_reason: ReviewReason | None
    invoice: InvoiceSummary | None
    """The invoice whose account it arrived in, or, once applied, the one it paid."""
    resolved_at: datetime | None
    resolved_by: str | None
    """The staff member's e-mail."""
    resolution_note: str | None


@dataclass(frozen=True, slots=True)
class CreditPage:
    credits: list[CreditView]
    has_next_page: bool
    total_count: int


async def credit_page(db: AsyncSession, state: CreditState, first: int, after_id: int | None) -> CreditPage:
    """The queue oldest first (the order to work through it); resolved credits newest first."""
    oldest_first = state is CreditState.REVIEW
    condition: ColumnElement[bool] = BankCredit.state == state
    if after_id is not None:
        condition = condition & (BankCredit.id > after_id if oldest_first else BankCredit.id < after_id)
    order = BankCredit.id.asc() if oldest_first else BankCredit.id.desc()
    rows = (await db.execute(_credits().where(condition).order_by(order).limit(first + 1))).all()
    total = await db.scalar(select(func.count()).select_from(BankCredit).where(BankCredit.state == state))
    page = rows[:first]
    invoices = await invoice_summaries(db, {credit.invoice_id for credit, *_ in page if credit.invoice_id})
    return CreditPage(
        credits=[_view(row, invoices) for row in page], has_next_page=len(rows) > first, total_count=total or 0
    )


async def find_credit(db: AsyncSession, credit_id: int) -> CreditView | None:
    row = (await db.execute(_credits().where(BankCredit.id == credit_id))).first()
    if row is None:
        return None
    credit = row[0]
    invoices = await invoice_summaries(db, {credit.invoice_id} if credit.invoice_id else set())
    return _view(row, invoices)


async def candidates_for(db: AsyncSession, credits: Sequence[CreditView]) -> dict[int, list[Candidate]]:
    """Each credit's best candidates, by credit id: the more that match the better, then the earliest due."""
    found: defaultdict[int, dict[int, set[CandidateMatch]]] = defaultdict(lambda: defaultdict(set))
    own = await db.execute(
        select(BankCredit.id, BankCredit.invoice_id).where(
            BankCredit.id.in_([credit.id for credit in credits]), BankCredit.invoice_id.is_not(None)
        )
    )
    for credit_id, invoice_id in own:
        if invoice_id is not None:
            found[credit_id][invoice_id].add(CandidateMatch.SAME_ACCOUNT)
    amounts = {credit.amount for credit in credits}
    by_amount = await _open_invoices(db, Invoice.total_including_tax, amounts, partition=Invoice.total_including_tax)
    payers = await _payers_customers(db, {credit.payer_name for credit in credits})
    by_customer = await _open_invoices(
        db,
        Order.account_id,
        {account for accounts in payers.values() for account in accounts},
        partition=Order.account_id,
    )
    for credit in credits:
        for invoice_id, amount, _ in by_amount:
            if amount == credit.amount:
                found[credit.id][invoice_id].add(CandidateMatch.SAME_AMOUNT)
        for invoice_id, _, account_id in by_customer:
            if account_id in payers.get(credit.payer_name, set()):
                found[credit.id][invoice_id].add(CandidateMatch.SAME_PAYER)
    summaries = await invoice_summaries(db, {invoice_id for matches in found.values() for invoice_id in matches})
    result: dict[int, list[Candidate]] = {}
    for credit in credits:
        candidates = [
            Candidate(
                summaries[invoice_id],
                sorted(matches, key=list(CandidateMatch).index),
                summaries[invoice_id].total_including_tax - credit.amount,
            )
            for invoice_id, matches in found[credit.id].items()
            if summaries[invoice_id].status in PAYABLE
        ]
        candidates.sort(key=lambda candidate: (-len(candidate.matches), candidate.invoice.due_on))
        result[credit.id] = candidates[:CANDIDATES]
    return result


async def invoice_summaries(db: AsyncSession, invoice_ids: set[int]) -> dict[int, InvoiceSummary]:
    rows = await db.execute(
        select(Invoice, Order.number, Order.status, Order.company_name, Account.email, Receipt.number)
        .join(Order, Order.id == Invoice.order_id)
        .join(Account, Account.id == Order.account_id)
        .outerjoin(Receipt, Receipt.invoice_id == Invoice.id)
        .where(Invoice.id.in_(sorted(invoice_ids)))
    )
    return {
        invoice.id: InvoiceSummary(
            number=invoice.number,
            order_number=order_number,
            status=OrderStatus(status),
            issued_on=invoice.issued_on,
            due_on=invoice.due_on,
            total_including_tax=invoice.total_including_tax,
            customer_email=email,
            company_name=company_name,
            receipt_number=receipt_number,
        )
        for invoice, order_number, status, company_name, email, receipt_number in rows
    }


async def _open_invoices(
    db: AsyncSession, column: InstrumentedAttribute[int], values: set[int], *, partition: InstrumentedAttribute[int]
) -> list[tuple[int, int, int]]:
    """(invoice id, total, account id) of up to CANDIDATES payable invoices per value of `column`, earliest due
    first: a common amount's thousand open invoices cost a page of them, not all."""
    if not values:
        return []
    rank = func.row_number().over(partition_by=partition, order_by=(Invoice.due_on, Invoice.id)).label("rank")
    ranked = (
        select(Invoice.id, Invoice.total_including_tax, Order.account_id, rank)
        .join(Order, Order.id == Invoice.order_id)
        .where(column.in_(sorted(values)), Order.status.in_(PAYABLE), Invoice.voided_at.is_(None))
        .subquery()
    )
    rows = await db.execute(
        select(ranked.c.id, ranked.c.total_including_tax, ranked.c.account_id).where(ranked.c.rank <= CANDIDATES)
    )
    return [(invoice_id, total, account_id) for invoice_id, total, account_id in rows]


async def _payers_customers(db: AsyncSession, payer_names: set[str]) -> dict[str, set[int]]:
    """The accounts each payer name paid invoices of before, by payer name."""
    rows = await db.execute(
        select(BankCredit.payer_name, Order.account_id)
        .distinct()
        .join(Invoice, Invoice.id == BankCredit.invoice_id)
        .join(Order, Order.id == Invoice.order_id)
        .where(BankCredit.payer_name.in_(sorted(payer_names)), BankCredit.state == CreditState.APPLIED)
    )
    customers: defaultdict[str, set[int]] = defaultdict(set)
    for payer_name, account_id in rows:
        customers[payer_name].add(account_id)
    return customers


_resolver = aliased(Account)


def _credits() -> Select[BankCredit, str, datetime, str]:
    """Each credit with its statement's name and time and its resolver's e-mail (None until resolved)."""
    return (
        select(BankCredit, StatementImport.filename, StatementImport.imported_at, _resolver.email)
        .join(StatementImport, StatementImport.id == BankCredit.import_id)
        .outerjoin(_resolver, _resolver.id == BankCredit.resolved_by_account_id)
    )


def _view(row: tuple[BankCredit, str, datetime, str | None], invoices: dict[int, InvoiceSummary]) -> CreditView:
    credit, filename, imported_at, resolved_by = row
    return CreditView(
        id=credit.id,
        import_id=credit.import_id,
        filename=filename,
        imported_at=imported_at,
        record=credit.record,
        bank_code=credit.bank_code,
        branch_code=credit.branch_code,
        account_number=credit.account_number,
        booked_on=credit.booked_on,
        reference=credit.reference,
        amount=credit.amount,
        payer_name=credit.payer_name,
        reversal=credit.reversal,
        state=CreditState(credit.state),
        review_reason=ReviewReason(credit.review_reason) if credit.review_reason else None,
        invoice=invoices.get(credit.invoice_id) if credit.invoice_id else None,
        resolved_at=credit.resolved_at,
        resolved_by=resolved_by,
        resolution_note=credit.resolution_note,
    )
