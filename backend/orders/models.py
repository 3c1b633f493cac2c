"""Tables for billing profiles, quotes, orders, their lines and invoices, and the number sequences.

One open order per serial is a database constraint: an order line holds its licence in
`open_licence_id` (unique; NULL once the order is cancelled, paid or expired, and NULLs never
collide), so two placements can never both hold a serial, whatever the application checks.
An order leaves `awaiting_payment` by one conditional UPDATE (… WHERE status =
'awaiting_payment'), so of a payment, a cancellation and the expiry racing for it exactly one
wins, on every database.
"""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from backend.accounts.models import EMAIL_MAX_LENGTH
from backend.db.base import Base, CheckedString, UTCDateTime
from backend.licences.serials import SERIAL_LENGTH

NUMBER_LENGTH = 20
"""Q-2026-000001, O-2026-000001, I-2026-000001."""


class BillingColumns:
    """請求先: the same fields on the account's saved profile and on each quote and order (a snapshot)."""

    company_name: Mapped[str | None] = mapped_column(CheckedString(100))
    department: Mapped[str | None] = mapped_column(CheckedString(100))
    contact_name: Mapped[str | None] = mapped_column(CheckedString(100))
    billing_email: Mapped[str] = mapped_column(CheckedString(EMAIL_MAX_LENGTH))
    phone: Mapped[str] = mapped_column(CheckedString(20))
    postal_code: Mapped[str] = mapped_column(CheckedString(8))
    address: Mapped[str] = mapped_column(CheckedString(300))
    purchase_order_number: Mapped[str | None] = mapped_column(CheckedString(50))


class BillingProfile(BillingColumns, Base):
    """The details last used, prefilled next time."""

    __tablename__ = "billing_profiles"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class NumberSequence(Base):
    """The last number given in a sequence: documents per kind and year, virtual accounts per bank branch.

    Incremented in the transaction that uses the number, so a rolled-back order leaves no gap and
    concurrent ones queue on the row."""

    __tablename__ = "number_sequences"

    key: Mapped[str] = mapped_column(CheckedString(40), primary_key=True)
    last_value: Mapped[int]


class LineColumns:
    """A renewal line as priced: the same on quotes and orders."""

    position: Mapped[int]
    serial_number: Mapped[str] = mapped_column(CheckedString(SERIAL_LENGTH))
    previous_product_code: Mapped[str] = mapped_column(CheckedString(40))
    product_code: Mapped[str] = mapped_column(CheckedString(40))
    years: Mapped[int]
    auto_renewal: Mapped[bool]
    expires_on: Mapped[date]
    """The serial's expiry when priced."""
    expected_new_expires_on: Mapped[date]
    price_excluding_tax: Mapped[int]
    tax_rate_percent: Mapped[int]
    tax: Mapped[int]
    """This line's allocation of the document's tax."""
    licence_id: Mapped[int] = mapped_column(ForeignKey("licences.id", ondelete="RESTRICT"), index=True)


class Quote(BillingColumns, Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(CheckedString(NUMBER_LENGTH), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"), index=True)
    language: Mapped[str] = mapped_column(CheckedString(2))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_on: Mapped[date]
    valid_until: Mapped[date]


class QuoteLine(LineColumns, Base):
    __tablename__ = "quote_lines"
    __table_args__ = (UniqueConstraint("quote_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))


class OrderStatus(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    CANCELLED = "cancelled"
    PAID = "paid"
    EXPIRED = "expired"
    """Not paid by the invoice's due date: its serials are free again; a late transfer goes to review."""


class Order(BillingColumns, Base):
    __tablename__ = "orders"
    __table_args__ = (
        # A retried placement finds the first order by its key.
        UniqueConstraint("account_id", "idempotency_key"),
        Index("ix_orders_account_id_placed_at", "account_id", "placed_at"),
        CheckConstraint("status IN ('awaiting_payment', 'cancelled', 'paid', 'expired')", name="status"),
        # The expiry job's scan: the open orders only, however many were paid before them.
        Index(
            "ix_orders_awaiting_payment",
            "id",
            sqlite_where=text("status = 'awaiting_payment'"),
            postgresql_where=text("status = 'awaiting_payment'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(CheckedString(NUMBER_LENGTH), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(CheckedString(20))
    language: Mapped[str] = mapped_column(CheckedString(2))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="RESTRICT"))
    terms_version: Mapped[str] = mapped_column(CheckedString(20))
    privacy_version: Mapped[str] = mapped_column(CheckedString(20))
    consented_at: Mapped[datetime] = mapped_column(UTCDateTime())
    idempotency_key: Mapped[str] = mapped_column(CheckedString(100))
    request_digest: Mapped[str] = mapped_column(CheckedString(64))
    """SHA-256 of the placement's input: the same key with other input is refused, not answered."""


class OrderLine(LineColumns, Base):
    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    open_licence_id: Mapped[int | None] = mapped_column(ForeignKey("licences.id", ondelete="RESTRICT"), unique=True)
    """The licence while the order is open (awaiting payment); NULL after. Unique: one open order per serial."""
    auto_renewal_stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """When the customer stopped the annual auto-renewal this line ordered: the year paid for still renews,
    and no automatic invoice follows it."""
    new_expires_on: Mapped[date | None]
    """The serial's expiry after the payment extended it; NULL until the order is paid."""


class Invoice(Base):
    """請求書: issued with the order, with a virtual account number of its own, never given to another."""

    __tablename__ = "invoices"
    __table_args__ = (UniqueConstraint("bank_code", "branch_code", "account_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(CheckedString(NUMBER_LENGTH), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="RESTRICT"), unique=True)
    issued_on: Mapped[date]
    due_on: Mapped[date]
    subtotal: Mapped[int]
    tax: Mapped[int]
    total_including_tax: Mapped[int]
    bank_code: Mapped[str] = mapped_column(CheckedString(4))
    bank_name: Mapped[str] = mapped_column(CheckedString(60))
    branch_code: Mapped[str] = mapped_column(CheckedString(3))
    branch_name: Mapped[str] = mapped_column(CheckedString(60))
    account_type: Mapped[str] = mapped_column(CheckedString(10))
    account_number: Mapped[str] = mapped_column(CheckedString(7))
    holder_kana: Mapped[str] = mapped_column(CheckedString(60))
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
