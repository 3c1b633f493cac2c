"""Expiring unpaid orders the day after their invoice's due date: the serials are free again, the customer is told.

One batch per step of the background job, claimed with FOR UPDATE SKIP LOCKED so any number of
processes share the work, and flipped by the same conditional UPDATE a payment uses (… WHERE
status = 'awaiting_payment'), so an order paid a moment earlier is never expired. The invoice is
not voided: a transfer that arrives afterwards goes to review as LATE, and staff can still apply it.
"""

from datetime import date, datetime
from urllib.parse import quote as url_quote

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.billing.seller import Seller
from backend.core.language import Language
from backend.core.settings import MailSettings
from backend.documents.presentation import addressee_name, long_date, yen
from backend.orders.issued_documents import addressee_of
from backend.orders.models import Invoice, Order, OrderLine, OrderStatus
from backend.orders.order_mail import LICENCES_PAGE_PATH, ORDER_PAGE_PATH, mail_order_customer
from backend.orders.views import billing_of

EXPIRED_MAIL = "order_expired"
BATCH = 100


async def expire_overdue(db: AsyncSession, mail: MailSettings, seller: Seller, today: date, now: datetime) -> int:
    """Expire up to BATCH orders whose invoice fell due before `today` (Asia/Tokyo); how many."""
    candidates = (
        await db.scalars(
            select(Order.id)
            .join(Invoice, Invoice.order_id == Order.id)
            .where(Order.status == OrderStatus.AWAITING_PAYMENT, Invoice.due_on < today)
            .order_by(Order.id)
            .limit(BATCH)
            .with_for_update(of=Order, skip_locked=True)
        )
    ).all()
    if not candidates:
        return 0
    expired = (
        await db.scalars(
            update(Order)
            .where(Order.id.in_(candidates), Order.status == OrderStatus.AWAITING_PAYMENT)
            .values(status=OrderStatus.EXPIRED, expired_at=now)
            .returning(Order.id)
            .execution_options(synchronize_session=False)
        )
    ).all()
    if not expired:
        return 0
    await db.execute(
        update(OrderLine)
        .where(OrderLine.order_id.in_(expired))
        .values(open_licence_id=None)
        .execution_options(synchronize_session=False)
    )
    line_counts = dict(
        (
            await db.execute(
                select(OrderLine.order_id, func.count())
                .where(OrderLine.order_id.in_(expired))
                .group_by(OrderLine.order_id)
            )
        ).all()
    )
    rows = await db.execute(
        select(Order, Invoice.number, Invoice.due_on, Invoice.total_including_tax)
        .join(Invoice, Invoice.order_id == Order.id)
        .where(Order.id.in_(expired))
        .order_by(Order.id)
    )
    for order, invoice_number, due_on, total in rows:
        language = Language(order.language)
        addressee = addressee_of(billing_of(order))
        name = addressee_name(addressee, language)
        values = {
            "name_lines": [name.heading, *name.below],
            "order_number": order.number,
            "invoice_number": invoice_number,
            "due_on": long_date(due_on, language),
            "total": yen(total),
            "line_count": line_counts.get(order.id, 0),
            "order_link": f"{mail.public_url}{ORDER_PAGE_PATH}/{url_quote(order.number)}",
            "renew_link": f"{mail.public_url}{LICENCES_PAGE_PATH}",
            "issuer_name": seller.issuer.name(language),
            "support_email": seller.issuer.support_email,
        }
        await mail_order_customer(db, mail, EXPIRED_MAIL, order.number, addressee, language, values, now)
    return len(expired)
