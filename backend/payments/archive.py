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

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.orders.models import Invoice, Order, OrderLine
from backend.orders.views import OrderPage, matching_orders
from backend.payments.models import Receipt

CRITERION_LENGTH = 100


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
