"""Tables for imported statements, the credits they brought, and the receipts of paid invoices.

Each credit is stored once, under the bank's own keys (bank, branch, account, date, reference,
amount, and whether it reverses an earlier notice): importing a statement again, or one that
overlaps it, inserts nothing for the credits already there, whatever process imports it. An
invoice is paid at most once (a receipt per invoice, unique), by at most one credit (unique).
"""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backend.db.base import Base, CheckedString, UTCDateTime
from backend.orders.models import NUMBER_LENGTH
from backend.payments.zengin import PAYER_NAME_LENGTH, REFERENCE_LENGTH

FILENAME_LENGTH = 255
NOTE_LENGTH = 500


class StatementFormat(StrEnum):
    TRANSFER_NOTICE = "zengin-01"
    """全銀 振込入金通知"""
    ACCOUNT_STATEMENT = "zengin-03"
    """全銀 入出金取引明細"""
    NET_BANKING_CSV = "csv"


class CreditState(StrEnum):
    APPLIED = "applied"
    """Paid an invoice (automatically, or by staff from the review queue)."""
    REVIEW = "review"
    """Waiting for staff (要確認入金), for its review reason."""
    REFUND = "refund"
    """Staff decided to pay it back to the payer."""
    DISMISSED = "dismissed"
    """Staff closed it with a note (a reversal taken note of, a test transfer, …)."""


class ReviewReason(StrEnum):
    SHORT = "SHORT"
    OVER = "OVER"
    UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT"
    LATE = "LATE"
    ALREADY_PAID = "ALREADY_PAID"
    CANCELLED = "CANCELLED"
    REVERSAL = "REVERSAL"


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


class StatementImport(Base):
    """One file imported, whole, with what it did."""

    __tablename__ = "statement_imports"
    __table_args__ = (CheckConstraint(f"format IN ({_values(StatementFormat)})", name="format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    format: Mapped[str] = mapped_column(CheckedString(10))
    filename: Mapped[str] = mapped_column(CheckedString(FILENAME_LENGTH))
    byte_size: Mapped[int] = mapped_column(BigInteger())
    sha256: Mapped[str] = mapped_column(CheckedString(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    imported_by_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    """The staff member who uploaded it; NULL from the command line."""
    credits: Mapped[int]
    """Credit records in the file, reversals included."""
    applied: Mapped[int]
    to_review: Mapped[int]
    already_imported: Mapped[int]
    """Credits an earlier import (or an earlier record of this file) brought already: skipped."""


class BankCredit(Base):
    """A credit to one of the seller's accounts, as the bank reported it, and what became of it."""

    __tablename__ = "bank_credits"
    __table_args__ = (
        UniqueConstraint(
            "bank_code",
            "branch_code",
            "account_number",
            "booked_on",
            "reference",
            "amount",
            "reversal",
            name="uq_bank_credits_bank_key",
        ),
        Index("ix_bank_credits_state_id", "state", "id"),
        # The review queue's candidates: the customers this payer name paid before (review_queue).
        Index("ix_bank_credits_payer_name", "payer_name"),
        CheckConstraint(f"state IN ({_values(CreditState)})", name="state"),
        CheckConstraint(f"review_reason IN ({_values(ReviewReason)})", name="review_reason"),
        CheckConstraint("(state = 'applied') = (receipt_id IS NOT NULL)", name="applied_has_receipt"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("statement_imports.id", ondelete="RESTRICT"), index=True)
    record: Mapped[int]
    """Its record (Zengin) or line (CSV) in that file."""
    bank_code: Mapped[str] = mapped_column(CheckedString(4))
    branch_code: Mapped[str] = mapped_column(CheckedString(3))
    account_number: Mapped[str] = mapped_column(CheckedString(7))
    booked_on: Mapped[date]
    reference: Mapped[str] = mapped_column(CheckedString(REFERENCE_LENGTH))
    amount: Mapped[int] = mapped_column(BigInteger())
    payer_name: Mapped[str] = mapped_column(CheckedString(PAYER_NAME_LENGTH))
    reversal: Mapped[bool]
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    """The invoice whose account it arrived in (or, once applied, the one it paid); NULL for an unknown account."""
    state: Mapped[str] = mapped_column(CheckedString(10))
    review_reason: Mapped[str | None] = mapped_column(CheckedString(20))
    """Why it was not applied automatically; kept after staff resolve it."""
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id", ondelete="RESTRICT"), unique=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    resolution_note: Mapped[str | None] = mapped_column(CheckedString(NOTE_LENGTH))


class Receipt(Base):
    """領収書, the qualified invoice: issued when an invoice is paid, once (invoice_id is unique)."""

    __tablename__ = "receipts"
    __table_args__ = (CheckConstraint("fee_deducted >= 0", name="fee_deducted_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(CheckedString(NUMBER_LENGTH), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_on: Mapped[date]
    received_on: Mapped[date]
    """The credit's booking date: the payment date, from which an expired serial's new term runs."""
    amount_received: Mapped[int] = mapped_column(BigInteger())
    fee_deducted: Mapped[int]
    """A transfer fee the payer deducted, accepted by staff: amount_received + fee_deducted = the invoice total."""
    applied_by_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    """NULL when matched automatically; the staff member who applied it from the review queue otherwise."""
