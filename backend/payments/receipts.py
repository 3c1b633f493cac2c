"""What a receipt (領収書, the qualified invoice) says, read back from the payment, and its "payment confirmed" mail.

Like the invoice (orders.issued_documents), the renderer asks for it by number and gets plain
content built from what the paying transaction wrote: the invoice's lines and totals, the new
expiry each serial got, the day the transfer was booked and what arrived. The mail goes in the
transaction that stores the PDF, with those bytes attached.
"""

from dataclasses import replace
from datetime import datetime
from urllib.parse import quote as url_quote

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.billing.seller import Seller
from backend.catalog.catalogue import Catalogue
from backend.core.settings import MailSettings
from backend.documents.content import DocumentKind
from backend.documents.presentation import addressee_name, long_date, yen
from backend.documents.storage import DocumentFile
from backend.mail.compose import Attachment
from backend.orders.issued_documents import (
    IssuedDocument,
    IssuedDocumentMissingError,
    document_filename,
    invoice_content,
)
from backend.orders.models import Invoice, Order, OrderLine
from backend.orders.order_mail import ORDER_PAGE_PATH, mail_order_customer
from backend.payments.models import Receipt

PAYMENT_MAIL = "payment_confirmed"
MAILED_SERIALS = 20
"""Serials listed in the mail; the order page and the receipt list them all."""


async def issued_receipt(db: AsyncSession, catalogue: Catalogue, seller: Seller, number: str) -> IssuedDocument:
    row = (
        await db.execute(
            select(Receipt, Invoice, Order)
            .join(Invoice, Invoice.id == Receipt.invoice_id)
            .join(Order, Order.id == Invoice.order_id)
            .where(Receipt.number == number)
        )
    ).first()
    if row is None:
        raise IssuedDocumentMissingError(f"no receipt {number}")
    receipt, invoice, order = row
    paid = await invoice_content(db, catalogue, seller, order, invoice)
    new_expiries = (
        await db.scalars(
            select(OrderLine.new_expires_on).where(OrderLine.order_id == order.id).order_by(OrderLine.position)
        )
    ).all()
    content = replace(
        paid,
        kind=DocumentKind.RECEIPT,
        number=receipt.number,
        issued_on=receipt.issued_on,
        lines=[
            replace(line, expected_new_expires_on=new_expires_on or line.expected_new_expires_on)
            for line, new_expires_on in zip(paid.lines, new_expiries, strict=True)
        ],
        due_on=None,
        invoice_number=invoice.number,
        received_on=receipt.received_on,
        amount_received=receipt.amount_received,
        fee_deducted=receipt.fee_deducted,
    )
    return IssuedDocument(content, voided=False)


async def mail_receipt(
    db: AsyncSession, mail: MailSettings, seller: Seller, issued: IssuedDocument, pdf: DocumentFile, now: datetime
) -> int:
    """Put the "payment confirmed" mail, the receipt attached, in the outbox for the order's addresses."""
    content = issued.content
    order_number, received_on, amount_received = content.order_number, content.received_on, content.amount_received
    if order_number is None or received_on is None or amount_received is None:
        raise IssuedDocumentMissingError(f"{content.number} is not a receipt")
    language = content.language
    name = addressee_name(content.addressee, language)
    attachment = Attachment(
        document_filename(DocumentKind.RECEIPT, content.number, language), "application/pdf", pdf.content
    )
    values = {
        "name_lines": [name.heading, *name.below],
        "order_number": order_number,
        "invoice_number": content.invoice_number,
        "receipt_number": content.number,
        "received_on": long_date(received_on, language),
        "amount_received": yen(amount_received),
        "fee_deducted": yen(content.fee_deducted) if content.fee_deducted else "",
        "total": yen(content.total_including_tax),
        "serials": [
            {
                "serial": line.serial_number,
                "product": line.product_name,
                "new_expires_on": long_date(line.expected_new_expires_on, language),
            }
            for line in content.lines[:MAILED_SERIALS]
        ],
        "line_count": len(content.lines),
        "order_link": f"{mail.public_url}{ORDER_PAGE_PATH}/{url_quote(order_number)}",
        "issuer_name": seller.issuer.name(language),
        "support_email": seller.issuer.support_email,
    }
    return await mail_order_customer(
        db, mail, PAYMENT_MAIL, order_number, content.addressee, language, values, now, [attachment]
    )
