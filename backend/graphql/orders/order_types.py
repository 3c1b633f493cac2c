"""Orders, invoices, quotes and billing details as the API shows them to their owner."""

from datetime import date, datetime
from enum import StrEnum
from typing import Self
from urllib.parse import quote as url_quote

import strawberry

from backend.billing.seller import AccountType
from backend.billing.tax import RateTotal
from backend.catalog.catalogue import Catalogue
from backend.core.language import Language
from backend.documents.content import BankDetails
from backend.documents.storage import DocumentStatus
from backend.graphql.catalog.types import ProductType
from backend.graphql.context import Context
from backend.graphql.orders.types import DocumentTotals, RateTotalType
from backend.licences.serials import format_serial
from backend.orders.billing import BillingDetails
from backend.orders.models import OrderStatus
from backend.orders.order_mail import order_recipients
from backend.orders.views import InvoiceView, LineView, OrderView, QuoteView
from backend.payments.views import ReceiptView, TransferStatus

DOCUMENTS_PATH = "/documents"
"""Downloads: /documents/invoices/I-2026-000001.pdf, /documents/quotes/…, /documents/receipts/… (web.documents)."""


class DocumentStatusCode(StrEnum):
    RENDERING = "RENDERING"
    READY = "READY"


strawberry.enum(DocumentStatusCode, name="DocumentStatus")
OrderStatusEnum = strawberry.enum(OrderStatus, name="OrderStatus", description="An order's state.")
BankAccountTypeEnum = strawberry.enum(AccountType, name="BankAccountType", description="普通 (ORDINARY) or 当座.")


def document_url(kind: str, number: str) -> str:
    return f"{DOCUMENTS_PATH}/{kind}s/{url_quote(number)}.pdf"


@strawberry.input
class BillingInput:
    company_name: str | None = strawberry.field(default=None, description="会社名; this or contactName is required.")
    department: str | None = None
    contact_name: str | None = strawberry.field(
        default=None, description="ご担当者名; an individual's own name when there is no company."
    )
    email: str = strawberry.field(description="Where the documents are mailed, besides the account's address.")
    phone: str
    postal_code: str = strawberry.field(description="123-4567 (full-width digits and no hyphen are accepted).")
    address: str
    purchase_order_number: str | None = strawberry.field(
        default=None, description="注文番号: your own reference, printed on every document."
    )

    def details(self) -> BillingDetails:
        return BillingDetails(
            company_name=self.company_name,
            department=self.department,
            contact_name=self.contact_name,
            email=self.email,
            phone=self.phone,
            postal_code=self.postal_code,
            address=self.address,
            purchase_order_number=self.purchase_order_number,
        )


@strawberry.type(name="BillingDetails")
class BillingDetailsType:
    company_name: str | None
    department: str | None
    contact_name: str | None
    email: str
    phone: str
    postal_code: str
    address: str
    purchase_order_number: str | None

    @classmethod
    def of(cls, billing: BillingDetails) -> "BillingDetailsType":
        return cls(
            company_name=billing.company_name,
            department=billing.department,
            contact_name=billing.contact_name,
            email=billing.email,
            phone=billing.phone,
            postal_code=billing.postal_code,
            address=billing.address,
            purchase_order_number=billing.purchase_order_number,
        )


@strawberry.type
class StoredDocument:
    status: DocumentStatusCode
    url: str | None = strawberry.field(description="The PDF, once rendered; the owner's session only.")
    byte_size: int | None
    sha256: str | None = strawberry.field(description="Hex SHA-256 of the stored bytes: what every download returns.")

    @classmethod
    def of(cls, kind: str, number: str, status: DocumentStatus) -> "StoredDocument":
        return cls(
            status=DocumentStatusCode.READY if status.ready else DocumentStatusCode.RENDERING,
            url=document_url(kind, number) if status.ready else None,
            byte_size=status.byte_size,
            sha256=status.sha256,
        )


@strawberry.type
class BankAccount:
    bank_code: str
    bank_name: str
    branch_code: str
    branch_name: str
    account_type: BankAccountTypeEnum  # type: ignore[valid-type]
    account_number: str = strawberry.field(description="This invoice's own virtual account: pay into it only.")
    holder_kana: str

    @classmethod
    def of(cls, account: BankDetails) -> "BankAccount":
        return cls(
            bank_code=account.bank_code,
            bank_name=account.bank_name,
            branch_code=account.branch_code,
            branch_name=account.branch_name,
            account_type=account.account_type,
            account_number=account.account_number,
            holder_kana=account.holder_kana,
        )


@strawberry.type
class Invoice:
    number: str
    issued_on: date
    due_on: date = strawberry.field(description="The issue date + 2 months, clamped to the month's end.")
    voided: bool = strawberry.field(description="True once its order is cancelled: do not pay it.")
    subtotal: int
    tax: int
    total_including_tax: int
    rates: list[RateTotalType]
    bank_account: BankAccount
    document: StoredDocument
    pdf_url: str = strawberry.field(description="The PDF once rendered (see document.status); 404 until then.")

    @classmethod
    def of(cls, invoice: InvoiceView, rates: list[RateTotal]) -> "Invoice":
        return cls(
            number=invoice.number,
            issued_on=invoice.issued_on,
            due_on=invoice.due_on,
            voided=invoice.voided,
            subtotal=invoice.subtotal,
            tax=invoice.tax,
            total_including_tax=invoice.total_including_tax,
            rates=[RateTotalType.of(rate) for rate in rates],
            bank_account=BankAccount.of(invoice.bank_account),
            document=StoredDocument.of("invoice", invoice.number, invoice.document),
            pdf_url=document_url("invoice", invoice.number),
        )


@strawberry.type(description="領収書: the qualified invoice (適格請求書), issued when the invoice is paid.")
class Receipt:
    number: str
    issued_on: date
    received_on: date = strawberry.field(description="The day the transfer was booked by the bank.")
    amount_received: int
    fee_deducted: int = strawberry.field(
        description="A transfer fee deducted by the payer and accepted: amountReceived + feeDeducted is the total."
    )
    document: StoredDocument
    pdf_url: str

    @classmethod
    def of(cls, receipt: ReceiptView) -> "Receipt":
        return cls(
            number=receipt.number,
            issued_on=receipt.issued_on,
            received_on=receipt.received_on,
            amount_received=receipt.amount_received,
            fee_deducted=receipt.fee_deducted,
            document=StoredDocument.of("receipt", receipt.number, receipt.document),
            pdf_url=document_url("receipt", receipt.number),
        )


@strawberry.type
class OrderLine:
    serial_number: str = strawberry.field(description="Formatted: ABCD-EFGH-JKLM-NPQR-2345.")
    previous_product: ProductType
    product: ProductType
    years: int
    auto_renewal: bool
    expires_on: date = strawberry.field(description="The serial's expiry when ordered.")
    expected_new_expires_on: date = strawberry.field(description="The new expiry if paid by the due date.")
    new_expires_on: date | None = strawberry.field(
        description="The expiry the payment gave the serial, once the order is paid; null before (and on quotes)."
    )
    price_excluding_tax: int
    tax: int = strawberry.field(description="This line's allocation of the document's tax.")

    @classmethod
    def of(cls, line: LineView, catalogue: Catalogue, language: Language) -> Self:
        return cls(
            serial_number=format_serial(line.serial_number),
            previous_product=ProductType.of(catalogue[line.previous_product_code], language),
            product=ProductType.of(catalogue[line.product_code], language),
            years=line.years,
            auto_renewal=line.auto_renewal,
            expires_on=line.expires_on,
            expected_new_expires_on=line.expected_new_expires_on,
            new_expires_on=line.new_expires_on,
            price_excluding_tax=line.price_excluding_tax,
            tax=line.tax,
        )


@strawberry.type(description="A line of a quote: as it would be ordered.")
class QuoteLine(OrderLine):
    pass


@strawberry.type
class Quote:
    number: str
    issued_on: date
    valid_until: date = strawberry.field(description="An order can be placed from it, at its prices, until then.")
    valid: bool
    totals: DocumentTotals
    billing: BillingDetailsType
    document: StoredDocument
    pdf_url: str
    quote_id: strawberry.Private[int]

    @classmethod
    def of(cls, quote: QuoteView, today: date) -> "Quote":
        return cls(
            number=quote.number,
            issued_on=quote.issued_on,
            valid_until=quote.valid_until,
            valid=today <= quote.valid_until,
            totals=DocumentTotals.of_issued(quote.totals),
            billing=BillingDetailsType.of(quote.billing),
            document=StoredDocument.of("quote", quote.number, quote.document),
            pdf_url=document_url("quote", quote.number),
            quote_id=quote.id,
        )

    @strawberry.field
    async def lines(self, info: strawberry.Info[Context, None]) -> list[QuoteLine]:
        context = info.context
        lines = await context.loaders.quote_lines.load(self.quote_id)
        return [QuoteLine.of(line, context.runtime.catalogue, context.language) for line in lines]


TransferStatusEnum = strawberry.enum(TransferStatus, name="TransferStatus")


@strawberry.type
class Transfer:
    booked_on: date = strawberry.field(description="The day the bank booked it.")
    amount: int
    reversal: bool = strawberry.field(description="The bank's correction of an earlier notice, not money sent.")
    status: TransferStatusEnum  # type: ignore[valid-type]


@strawberry.type
class Order:
    number: str
    placed_at: datetime
    status: OrderStatusEnum  # type: ignore[valid-type]
    cancelled_at: datetime | None
    paid_at: datetime | None = strawberry.field(description="When the payment was applied (status PAID).")
    expired_at: datetime | None = strawberry.field(
        description="When it expired unpaid, the day after its due date (status EXPIRED): its serials are free again."
    )
    cancellable: bool
    language: Language = strawberry.field(description="The language of its documents and mail.")
    totals: DocumentTotals
    billing: BillingDetailsType
    invoice: Invoice
    terms_version: str = strawberry.field(description="The licence agreement's version accepted.")
    privacy_version: str
    consented_at: datetime
    order_id: strawberry.Private[int]
    account_id: strawberry.Private[int]
    quote_id: strawberry.Private[int | None]

    @classmethod
    def of(cls, order: OrderView) -> "Order":
        return cls(
            number=order.number,
            placed_at=order.placed_at,
            status=order.status,
            cancelled_at=order.cancelled_at,
            paid_at=order.paid_at,
            expired_at=order.expired_at,
            cancellable=order.cancellable,
            language=order.language,
            totals=DocumentTotals.of_issued(order.totals),
            billing=BillingDetailsType.of(order.billing),
            invoice=Invoice.of(order.invoice, order.totals.rates),
            terms_version=order.terms_version,
            privacy_version=order.privacy_version,
            consented_at=order.consented_at,
            order_id=order.id,
            account_id=order.account_id,
            quote_id=order.quote_id,
        )

    @strawberry.field(
        description="Where the invoice PDF is mailed: the account's address and the billing address, once if the same."
    )
    async def invoice_mailed_to(self, info: strawberry.Info[Context, None]) -> list[str]:
        return order_recipients(await info.context.loaders.account_email.load(self.account_id), self.billing.email)

    @strawberry.field(description="In the order's own order, as placed.")
    async def lines(self, info: strawberry.Info[Context, None]) -> list[OrderLine]:
        context = info.context
        lines = await context.loaders.order_lines.load(self.order_id)
        return [OrderLine.of(line, context.runtime.catalogue, context.language) for line in lines]

    @strawberry.field(description="領収書, the qualified invoice: issued when the order is paid; null before.")
    async def receipt(self, info: strawberry.Info[Context, None]) -> Receipt | None:
        view = await info.context.loaders.receipt.load(self.order_id)
        return Receipt.of(view) if view else None

    @strawberry.field(
        description="The bank transfers received into (or applied to) its invoice, in booking order, and what "
        "became of each: one that paid it, or one the seller is checking, will refund or has closed."
    )
    async def transfers(self, info: strawberry.Info[Context, None]) -> list[Transfer]:
        return [
            Transfer(booked_on=view.booked_on, amount=view.amount, reversal=view.reversal, status=view.status)
            for view in await info.context.loaders.transfers.load(self.order_id)
        ]

    @strawberry.field(description="The quote it was placed from, at whose prices.")
    async def quote(self, info: strawberry.Info[Context, None]) -> Quote | None:
        if self.quote_id is None:
            return None
        return Quote.of(await info.context.loaders.quote.load(self.quote_id), info.context.today)
