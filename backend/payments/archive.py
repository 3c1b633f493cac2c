"""The searchable archive of orders, invoices and receipts, for staff (電子帳簿保存法: by date, amount, counterparty).

Every criterion given must hold, and any combination works: a number (an order's, invoice's or
receipt's, or the start of one), a customer (part of the account's e-mail or of the billing
company or contact name), a serial on one of the lines, the invoice's issue-date range and its
total's range. Each criterion is an indexed equality, a range or a bounded LIKE, combined in one
statement, and the page is keyset-paginated like My orders.
"""

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.licences.serials import InvalidSerialError, normalise_serial
from backend.orders.models import Invoice, Order, OrderLine
from backend.orders.views import OrderPage, matching_orders
from backend.payments.models import Receipt

CRITERION_LENGTH = 100


class ArchiveSearchErrorCode(StrEnum):
    TOO_LONG = "TOO_LONG"
    INVALID_SERIAL = "INVALID_SERIAL"
    EMPTY_RANGE = "EMPTY_RANGE"
    """The range's start is after its end."""
    NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT"


@dataclass(frozen=True, slots=True)
class ArchiveCriteria:
    """The search as staff typed it: checked by archive_search before anything is looked up."""

    number: str | None = None
    customer: str | None = None
    serial_number: str | None = None
    issued_from: date | None = None
    issued_to: date | None = None
    amount_min: int | None = None
    amount_max: int | None = None


@dataclass(frozen=True, slots=True)
class ArchiveSearchProblem:
    code: ArchiveSearchErrorCode
    field: str
    """The criterion at fault, as ArchiveCriteria names it."""


@dataclass(frozen=True, slots=True)
class ArchiveSearch:
    number: str | None = None
    customer: str | None = None
    serial: str | None = None
    """Normalised (licences.serials.normalise_serial)."""
    issued_from: date | None = None
    issued_to: date | None = None
    amount_min: int | None = None
    amount_max: int | None = None


@dataclass(frozen=True, slots=True)
class ArchivePage:
    page: OrderPage
    emails: dict[int, str]
    """The account's sign-in e-mail, by account id, for the orders of the page."""


def archive_search(criteria: ArchiveCriteria) -> ArchiveSearch | list[ArchiveSearchProblem]:
    """The search to run, or every problem with the criteria: too long, a serial that is none, a range that
    ends before it starts, a negative amount."""
    problems = [
        ArchiveSearchProblem(ArchiveSearchErrorCode.TOO_LONG, field)
        for field, value in (
            ("number", criteria.number),
            ("customer", criteria.customer),
            ("serial_number", criteria.serial_number),
        )
        if value is not None and len(value) > CRITERION_LENGTH
    ]
    serial = None
    if criteria.serial_number and criteria.serial_number.strip() and not problems:
        try:
            serial = normalise_serial(criteria.serial_number)
        except InvalidSerialError:
            problems.append(ArchiveSearchProblem(ArchiveSearchErrorCode.INVALID_SERIAL, "serial_number"))
    if criteria.issued_from and criteria.issued_to and criteria.issued_from > criteria.issued_to:
        problems.append(ArchiveSearchProblem(ArchiveSearchErrorCode.EMPTY_RANGE, "issued_to"))
    for field, amount in (("amount_min", criteria.amount_min), ("amount_max", criteria.amount_max)):
        if amount is not None and amount < 0:
            problems.append(ArchiveSearchProblem(ArchiveSearchErrorCode.NEGATIVE_AMOUNT, field))
    low, high = criteria.amount_min, criteria.amount_max
    if low is not None and high is not None and 0 <= high < low:
        problems.append(ArchiveSearchProblem(ArchiveSearchErrorCode.EMPTY_RANGE, "amount_max"))
    if problems:
        return problems
    return ArchiveSearch(
        number=criteria.number,
        customer=criteria.customer,
        serial=serial,
        issued_from=criteria.issued_from,
        issued_to=criteria.issued_to,
        amount_min=low,
        amount_max=high,
    )


async def search_archive(db: AsyncSession, search: ArchiveSearch, first: int, before_id: int | None) -> ArchivePage:
    """Every account's orders matching `search`, newest first, with their invoices (and so their receipts)."""
    page = await matching_orders(db, _condition(search), first, before_id)
    account_ids = {order.account_id for order in page.orders}
    rows = await db.execute(select(Account.id, Account.email).where(Account.id.in_(sorted(account_ids))))
    return ArchivePage(page, dict(rows.all()))


def _condition(search: ArchiveSearch) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if search.number and (number := _folded(search.number).upper()):
        prefix = _like(number) + "%"
        conditions.append(
            or_(
                Order.number.like(prefix, escape="\\"),
                Invoice.number.like(prefix, escape="\\"),
                Invoice.id.in_(select(Receipt.invoice_id).where(Receipt.number.like(prefix, escape="\\"))),
            )
        )
    if search.customer and (customer := _folded(search.customer).lower()):
        part = "%" + _like(customer) + "%"
        conditions.append(
            or_(
                Order.account_id.in_(select(Account.id).where(func.lower(Account.email).like(part, escape="\\"))),
                func.lower(Order.company_name).like(part, escape="\\"),
                func.lower(Order.contact_name).like(part, escape="\\"),
            )
        )
    if search.serial:
        conditions.append(Order.id.in_(select(OrderLine.order_id).where(OrderLine.serial_number == search.serial)))
    if search.issued_from is not None:
        conditions.append(Invoice.issued_on >= search.issued_from)
    if search.issued_to is not None:
        conditions.append(Invoice.issued_on <= search.issued_to)
    if search.amount_min is not None:
        conditions.append(Invoice.total_including_tax >= search.amount_min)
    if search.amount_max is not None:
        conditions.append(Invoice.total_including_tax <= search.amount_max)
    return and_(true(), *conditions)


def _folded(text: str) -> str:
    """As typed, with full-width letters and digits folded (ＩＮＶ → INV), trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def _like(text: str) -> str:
    """`text` matched literally by LIKE … ESCAPE '\\': its own % and _ are no wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
