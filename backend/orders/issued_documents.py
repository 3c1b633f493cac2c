"""What an issued quote or invoice says, read back from its stored snapshot, and the invoice's mail.

The renderer asks for a document by its number; this builds its content from what the issuing
transaction wrote (lines, totals, billing details and bank account as they were then), so a
changed price or a changed profile can never make a document disagree with its order. Product
names (in the document's language) and the issuer's block come from the catalogue and the seller
file, read when it is rendered, moments after the issue; once stored, a document never changes.

The invoice's mail goes in the same transaction that stores its PDF, with those bytes attached:
the mail and the download are the same file, and a renderer that lost the race mails nothing.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import quote as url_quote

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.billing.seller import Seller
from backend.catalog.catalogue import Catalogue
from backend.core.language import Language
from backend.core.settings import MailSettings
from backend.documents.content import Addressee, DocumentContent, DocumentKind, DocumentLine
from backend.documents.presentation import account_type, addressee_name, long_date, yen
from backend.documents.storage import DocumentFile
from backend.licences.serials import format_serial
from backend.mail.compose import Attachment
from backend.orders.billing import BillingDetails
from backend.orders.models import Invoice, Order, Quote
from backend.orders.order_mail import ORDER_PAGE_PATH, mail_order_customer
from backend.orders.views import LineView, bank_details, billing_of, order_lines, quote_lines, view_totals

INVOICE_MAIL = "invoice"
FILENAME_WORD = {
    (DocumentKind.INVOICE, Language.JA): "請求書",
    (DocumentKind.INVOICE, Language.EN): "invoice",
    (DocumentKind.QUOTE, Language.JA): "見積書",
    (DocumentKind.QUOTE, Language.EN): "quote",
    (DocumentKind.RECEIPT, Language.JA): "領収書",
    (DocumentKind.RECEIPT, Language.EN): "receipt",
}


class IssuedDocumentMissingError(LookupError):
    """A document was requested for a number no quote or invoice has: a bug, never the customer's input."""


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    content: DocumentContent
    voided: bool
    """An invoice whose order was cancelled before it was rendered: stored, but not mailed."""


def document_filename(kind: DocumentKind, number: str, language: Language) -> str:
    """請求書-I-2026-000001.pdf / invoice-I-2026-000001.pdf: the download's and the attachment's name."""
    return f"{FILENAME_WORD[kind, language]}-{number}.pdf"


async def issued_document(
    db: AsyncSession, catalogue: Catalogue, seller: Seller, kind: DocumentKind, number: str
) -> IssuedDocument:
    if kind is DocumentKind.QUOTE:
        return await _quote(db, catalogue, seller, number)
    return await _invoice(db, catalogue, seller, number)


async def _quote(db: AsyncSession, catalogue: Catalogue, seller: Seller, number: str) -> IssuedDocument:
    quote = await db.scalar(select(Quote).where(Quote.number == number))
    if quote is None:
        raise IssuedDocumentMissingError(f"no quote {number}")
    language = Language(quote.language)
    lines = (await quote_lines(db, [quote.id]))[quote.id]
    totals = view_totals(lines)
    billing = billing_of(quote)
    content = DocumentContent(
        kind=DocumentKind.QUOTE,
        language=language,
        number=quote.number,
        issued_on=quote.issued_on,
        issuer=seller.issuer,
        addressee=addressee_of(billing),
        lines=document_lines(lines, catalogue, language),
        rates=totals.rates,
        subtotal=totals.subtotal,
        tax=totals.tax,
        total_including_tax=totals.total_including_tax,
        purchase_order_number=billing.purchase_order_number,
        valid_until=quote.valid_until,
    )
    return IssuedDocument(content, voided=False)


async def _invoice(db: AsyncSession, catalogue: Catalogue, seller: Seller, number: str) -> IssuedDocument:
    row = (
        await db.execute(
            select(Order, Invoice, Quote.number)
            .join(Invoice, Invoice.order_id == Order.id)
            .outerjoin(Quote, Quote.id == Order.quote_id)
            .where(Invoice.number == number)
        )
    ).first()
    if row is None:
        raise IssuedDocumentMissingError(f"no invoice {number}")
    order, invoice, quote_number = row
    content = await invoice_content(db, catalogue, seller, order, invoice)
    return IssuedDocument(
        replace(content, quote_number=quote_number, bank=bank_details(invoice)), voided=invoice.voided_at is not None
    )


async def invoice_content(
    db: AsyncSession, catalogue: Catalogue, seller: Seller, order: Order, invoice: Invoice
) -> DocumentContent:
    """What the invoice says of its order: lines and totals as issued. The receipt is this, paid."""
    language = Language(order.language)
    lines = (await order_lines(db, [order.id]))[order.id]
    billing = billing_of(order)
    return DocumentContent(
        kind=DocumentKind.INVOICE,
        language=language,
        number=invoice.number,
        issued_on=invoice.issued_on,
        issuer=seller.issuer,
        addressee=addressee_of(billing),
        lines=document_lines(lines, catalogue, language),
        rates=view_totals(lines).rates,
        subtotal=invoice.subtotal,
        tax=invoice.tax,
        total_including_tax=invoice.total_including_tax,
        purchase_order_number=billing.purchase_order_number,
        due_on=invoice.due_on,
        order_number=order.number,
    )


def addressee_of(billing: BillingDetails) -> Addressee:
    return Addressee(
        company_name=billing.company_name,
        department=billing.department,
        contact_name=billing.contact_name,
        postal_code=billing.postal_code,
        address=billing.address,
        phone=billing.phone,
        email=billing.email,
    )


def document_lines(lines: list[LineView], catalogue: Catalogue, language: Language) -> list[DocumentLine]:
    def product_name(code: str) -> str:
        # A product withdrawn from the catalogue since the order still prints, by its code.
        product = catalogue.get(code)
        return product.name(language) if product else code

    return [
        DocumentLine(
            serial_number=format_serial(line.serial_number),
            product_name=product_name(line.product_code),
            years=line.years,
            auto_renewal=line.auto_renewal,
            expected_new_expires_on=line.expected_new_expires_on,
            amount_excluding_tax=line.price_excluding_tax,
            tax_rate_percent=line.tax_rate_percent,
        )
        for line in lines
    ]


async def mail_invoice(
    db: AsyncSession, mail: MailSettings, seller: Seller, issued: IssuedDocument, pdf: DocumentFile, now: datetime
) -> int:
    """Put the invoice's mail, its PDF attached, in the outbox for the order's addresses (order_mail); how many
    messages. Nothing for a voided invoice."""
    content = issued.content
    bank, due_on, order_number = content.bank, content.due_on, content.order_number
    if issued.voided or bank is None or due_on is None or order_number is None:
        return 0  # a voided invoice, or a quote: quotes are downloaded, not mailed
    name = addressee_name(content.addressee, content.language)
    attachment = Attachment(
        document_filename(DocumentKind.INVOICE, content.number, content.language), "application/pdf", pdf.content
    )
    values = {
        "name_lines": [name.heading, *name.below],
        "order_number": order_number,
        "invoice_number": content.number,
        "issued_on": long_date(content.issued_on, content.language),
        "due_on": long_date(due_on, content.language),
        "line_count": len(content.lines),
        "total": yen(content.total_including_tax),
        "bank_name": bank.bank_name,
        "bank_code": bank.bank_code,
        "branch_name": bank.branch_name,
        "branch_code": bank.branch_code,
        "account_type": account_type(bank.account_type, content.language),
        "account_number": bank.account_number,
        "holder_kana": bank.holder_kana,
        "order_link": f"{mail.public_url}{ORDER_PAGE_PATH}/{url_quote(order_number)}",
        "issuer_name": seller.issuer.name(content.language),
        "support_email": seller.issuer.support_email,
    }
    return await mail_order_customer(
        db, mail, INVOICE_MAIL, order_number, content.addressee, content.language, values, now, [attachment]
    )
