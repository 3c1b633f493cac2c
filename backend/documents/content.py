"""What a quote or an invoice says, as plain values: the renderer prints exactly this and looks nothing up.

The orders package builds it from the order (or quote) in the issuing transaction; everything is
already in the document's language and already computed (tax per rate, totals), so rendering is a
pure function of this value and the same content always gives the same PDF.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from backend.billing.seller import AccountType, Issuer
from backend.billing.tax import RateTotal
from backend.core.language import Language


class DocumentKind(StrEnum):
    QUOTE = "quote"
    """御見積書"""
    INVOICE = "invoice"
    """請求書: not a qualified invoice; the receipt is."""
    RECEIPT = "receipt"
    """領収書, issued when the invoice is paid: the qualified invoice (適格請求書)."""


@dataclass(frozen=True, slots=True)
class Addressee:
    """Whom the document is for (請求先): a company (→ 御中) or, with no company, a person (→ 様)."""

    company_name: str | None
    department: str | None
    contact_name: str | None
    postal_code: str
    address: str
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class DocumentLine:
    serial_number: str
    """Formatted: ABCD-EFGH-JKLM-NPQR-2345."""
    product_name: str
    """In the document's language."""
    years: int
    auto_renewal: bool
    """年額あんしん自動更新"""
    expected_new_expires_on: date
    """On a receipt, the new expiry the payment gave the serial; before payment, the one expected."""
    amount_excluding_tax: int
    tax_rate_percent: int


@dataclass(frozen=True, slots=True)
class BankDetails:
    """The account this invoice alone is paid into (its own virtual account number)."""

    bank_code: str
    bank_name: str
    branch_code: str
    branch_name: str
    account_type: AccountType
    account_number: str
    holder_kana: str


@dataclass(frozen=True, slots=True)
class DocumentContent:
    kind: DocumentKind
    language: Language
    number: str
    issued_on: date
    issuer: Issuer
    addressee: Addressee
    lines: Sequence[DocumentLine]
    rates: Sequence[RateTotal]
    subtotal: int
    tax: int
    total_including_tax: int
    purchase_order_number: str | None = None
    """注文番号: the customer's own reference, printed on every document."""
    due_on: date | None = None
    """Invoice: the payment's due date."""
    valid_until: date | None = None
    """Quote: the last day an order can be placed from it at its prices."""
    order_number: str | None = None
    """Invoice and receipt."""
    invoice_number: str | None = None
    """Receipt: the invoice it settles."""
    received_on: date | None = None
    """Receipt: the day the transfer was booked (the transaction date of the qualified invoice)."""
    amount_received: int | None = None
    """Receipt: what arrived in the invoice's account."""
    fee_deducted: int = 0
    """Receipt: the transfer fee the customer deducted and staff accepted; amount_received + fee_deducted is the
    total."""
    quote_number: str | None = None
    """Invoice placed from a quote."""
    bank: BankDetails | None = None
    """Invoice."""
