"""Orders and quotes as their owner reads them: plain values, each kind of row read once for a whole page.

A page of orders is read in a constant number of statements however many orders and lines it
has: the orders with their invoices, their totals per rate (grouped in the database), their
quotes' numbers and their documents' states. Lines are read separately, only when asked for,
for all the orders that ask at once.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, func, null, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from backend.billing.seller import AccountType
from backend.billing.tax import RateTotal
from backend.core.language import Language
from backend.documents.content import BankDetails
from backend.documents.storage import DocumentStatus, document_statuses
from backend.orders.billing import BillingDetails
from backend.orders.models import (
    BillingColumns,
    BillingProfile,
    Invoice,
    Order,
    OrderLine,
    OrderStatus,
    Quote,
    QuoteLine,
)

MAX_ORDER_PAGE_SIZE = 100
NOT_RENDERED = DocumentStatus(ready=False, byte_size=None, sha256=None)


@dataclass(frozen=True, slots=True)
class Totals:
    line_count: int
    rates: list[RateTotal]
    """Highest rate first."""

    @property
    def subtotal(self) -> int:
        return sum(rate.amount_excluding_tax for rate in self.rates)

    @property
    def tax(self) -> int:
        return sum(rate.tax for rate in self.rates)

    @property
    def total_including_tax(self) -> int:
        return self.subtotal + self.tax


@dataclass(frozen=True, slots=True)
class InvoiceView:
    number: str
    issued_on: date
    due_on: date
    voided: bool
    subtotal: int
    tax: int
    total_including_tax: int
    bank_account: BankDetails
    document: DocumentStatus


@dataclass(frozen=True, slots=True)
class LineView:
    serial_number: str
    previous_product_code: str
    product_code: str
    years: int
    auto_renewal: bool
    expires_on: date
    expected_new_expires_on: date
    price_excluding_tax: int
    tax_rate_percent: int
    tax: int
    new_expires_on: date | None = None
    """An order's line, once paid: the expiry the payment gave the serial."""


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: int
    number: str
    issued_on: date
    valid_until: date
    totals: Totals
    billing: BillingDetails
    document: DocumentStatus


@dataclass(frozen=True, slots=True)
class OrderView:
    id: int
    account_id: int
    number: str
    placed_at: datetime
    status: OrderStatus
    cancelled_at: datetime | None
    paid_at: datetime | None
    expired_at: datetime | None
    language: Language
    totals: Totals
    billing: BillingDetails
    invoice: InvoiceView
    quote_id: int | None
    terms_version: str
    privacy_version: str
    consented_at: datetime

    @property
    def cancellable(self) -> bool:
        return self.status is OrderStatus.AWAITING_PAYMENT


@dataclass(frozen=True, slots=True)
class OrderPage:
    orders: list[OrderView]
    has_next_page: bool
    total_count: int


async def order_page(db: AsyncSession, account_id: int, first: int, before_id: int | None) -> OrderPage:
    """Newest first; `before_id` is the last order of the previous page (orders' ids grow with time)."""
    return await matching_orders(db, Order.account_id == account_id, first, before_id)


async def matching_orders(
    db: AsyncSession, condition: ColumnElement[bool], first: int, before_id: int | None
) -> OrderPage:
    """The orders (joined to their invoices) `condition` selects, newest first, a page at a time."""
    page_condition = condition if before_id is None else condition & (Order.id < before_id)
    rows = (
        await db.execute(_orders_with_invoices().where(page_condition).order_by(Order.id.desc()).limit(first + 1))
    ).all()
    total = await db.scalar(
        select(func.count()).select_from(Order).join(Invoice, Invoice.order_id == Order.id).where(condition)
    )
    orders = await _order_views(db, [(order, invoice) for order, invoice in rows[:first]])
    return OrderPage(orders=orders, has_next_page=len(rows) > first, total_count=total or 0)


async def find_order(db: AsyncSession, account_id: int, number: str) -> OrderView | None:
    """Another account's order is not found, the same as a missing one."""
    row = (
        await db.execute(_orders_with_invoices().where(Order.account_id == account_id, Order.number == number.strip()))
    ).first()
    if row is None:
        return None
    return (await _order_views(db, [(row[0], row[1])]))[0]


async def find_quote(db: AsyncSession, account_id: int, number: str) -> QuoteView | None:
    quote = await db.scalar(select(Quote).where(Quote.account_id == account_id, Quote.number == number.strip()))
    if quote is None:
        return None
    return (await quote_views(db, [quote]))[0]


async def quotes_by_id(db: AsyncSession, ids: Collection[int]) -> dict[int, QuoteView]:
    quotes = (await db.scalars(select(Quote).where(Quote.id.in_(sorted(ids))))).all()
    return {view.id: view for view in await quote_views(db, list(quotes))}


async def quote_views(db: AsyncSession, quotes: Sequence[Quote]) -> list[QuoteView]:
    totals = await _totals(db, QuoteLine.quote_id, QuoteLine, [quote.id for quote in quotes])
    documents = await document_statuses(db, "quote", [quote.number for quote in quotes])
    return [
        QuoteView(
            id=quote.id,
            number=quote.number,
            issued_on=quote.issued_on,
            valid_until=quote.valid_until,
            totals=totals.get(quote.id, Totals(0, [])),
            billing=billing_of(quote),
            document=documents.get(quote.number, NOT_RENDERED),
        )
        for quote in quotes
    ]


async def order_lines(db: AsyncSession, order_ids: Collection[int]) -> dict[int, list[LineView]]:
    return await _lines(db, OrderLine, OrderLine.order_id, order_ids)


async def quote_lines(db: AsyncSession, quote_ids: Collection[int]) -> dict[int, list[LineView]]:
    return await _lines(db, QuoteLine, QuoteLine.quote_id, quote_ids)


async def billing_profile(db: AsyncSession, account_id: int) -> BillingDetails | None:
    profile = await db.get(BillingProfile, account_id)
    return billing_of(profile) if profile else None


def view_totals(lines: Sequence[LineView]) -> Totals:
    """A document's totals from its lines, as `_totals` sums them in the database."""
    amounts: dict[int, tuple[int, int]] = {}
    for line in lines:
        amount, tax = amounts.get(line.tax_rate_percent, (0, 0))
        amounts[line.tax_rate_percent] = (amount + line.price_excluding_tax, tax + line.tax)
    rates = [RateTotal(rate, amount, tax) for rate, (amount, tax) in sorted(amounts.items(), reverse=True)]
    return Totals(len(lines), rates)


def billing_of(row: BillingColumns) -> BillingDetails:
    return BillingDetails(
        company_name=row.company_name,
        department=row.department,
        contact_name=row.contact_name,
        email=row.billing_email,
        phone=row.phone,
        postal_code=row.postal_code,
        address=row.address,
        purchase_order_number=row.purchase_order_number,
    )


def _orders_with_invoices() -> Select[Order, Invoice]:
    return select(Order, Invoice).join(Invoice, Invoice.order_id == Order.id)


async def _order_views(db: AsyncSession, rows: list[tuple[Order, Invoice]]) -> list[OrderView]:
    totals = await _totals(db, OrderLine.order_id, OrderLine, [order.id for order, _ in rows])
    documents = await document_statuses(db, "invoice", [invoice.number for _, invoice in rows])
    return [
        OrderView(
            id=order.id,
            account_id=order.account_id,
            number=order.number,
            placed_at=order.placed_at,
            status=OrderStatus(order.status),
            cancelled_at=order.cancelled_at,
            paid_at=order.paid_at,
            expired_at=order.expired_at,
            language=Language(order.language),
            totals=totals.get(order.id, Totals(0, [])),
            billing=billing_of(order),
            invoice=_invoice_view(invoice, documents.get(invoice.number, NOT_RENDERED)),
            quote_id=order.quote_id,
            terms_version=order.terms_version,
            privacy_version=order.privacy_version,
            consented_at=order.consented_at,
        )
        for order, invoice in rows
    ]


def bank_details(invoice: Invoice) -> BankDetails:
    """The account this invoice alone is paid into, as it was issued."""
    return BankDetails(
        bank_code=invoice.bank_code,
        bank_name=invoice.bank_name,
        branch_code=invoice.branch_code,
        branch_name=invoice.branch_name,
        account_type=AccountType(invoice.account_type),
        account_number=invoice.account_number,
        holder_kana=invoice.holder_kana,
    )


def _invoice_view(invoice: Invoice, document: DocumentStatus) -> InvoiceView:
    return InvoiceView(
        number=invoice.number,
        issued_on=invoice.issued_on,
        due_on=invoice.due_on,
        voided=invoice.voided_at is not None,
        subtotal=invoice.subtotal,
        tax=invoice.tax,
        total_including_tax=invoice.total_including_tax,
        bank_account=bank_details(invoice),
        document=document,
    )


async def _totals(
    db: AsyncSession,
    parent: InstrumentedAttribute[int],
    table: type[OrderLine] | type[QuoteLine],
    parent_ids: list[int],
) -> dict[int, Totals]:
    """Per document and rate, summed in the database: each rate's tax is the sum of its lines' allocations."""
    if not parent_ids:
        return {}
    rows = await db.execute(
        select(parent, table.tax_rate_percent, func.count(), func.sum(table.price_excluding_tax), func.sum(table.tax))
        .where(parent.in_(parent_ids))
        .group_by(parent, table.tax_rate_percent)
        .order_by(parent, table.tax_rate_percent.desc())
    )
    counts: dict[int, int] = {}
    rates: dict[int, list[RateTotal]] = {}
    for parent_id, rate, count, amount, tax in rows:
        counts[parent_id] = counts.get(parent_id, 0) + count
        rates.setdefault(parent_id, []).append(RateTotal(rate, amount, tax))
    return {parent_id: Totals(counts[parent_id], rates[parent_id]) for parent_id in counts}


async def _lines(
    db: AsyncSession,
    table: type[OrderLine] | type[QuoteLine],
    parent: InstrumentedAttribute[int],
    parent_ids: Collection[int],
) -> dict[int, list[LineView]]:
    # A quote's lines are never paid: no new_expires_on column, NULL in its place.
    columns = [getattr(table, field.name, null()) for field in fields(LineView)]
    rows = await db.execute(
        select(parent, *columns).where(parent.in_(sorted(parent_ids))).order_by(parent, table.position)
    )
    lines: dict[int, list[LineView]] = {parent_id: [] for parent_id in parent_ids}
    for parent_id, *values in rows:
        lines[parent_id].append(LineView(*values))
    return lines
