"""Mail about an order, to its customer: the account's address and the order's billing address.

Invoices, receipts and expiry notices all go to both addresses, once when they are the same. An
address mail cannot go to is logged and skipped: the order's business is done whatever happens
to its mail, and the other address still gets it.
"""

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.emails import normalise_email
from backend.accounts.models import Account
from backend.core.language import Language
from backend.core.settings import MailSettings
from backend.documents.content import Addressee
from backend.documents.presentation import printable
from backend.mail.compose import Attachment, MailCompositionError, Recipient, compose
from backend.mail.outbox import enqueue
from backend.orders.models import Order

ORDER_PAGE_PATH = "/orders"
"""The SPA's order page (frontend/src/lib/paths.ts): /orders/O-2026-000001."""
LICENCES_PAGE_PATH = "/licences"

logger = logging.getLogger(__name__)


def order_recipients(account_email: str, billing_email: str) -> list[str]:
    """The account's address and the billing address, once when they are the same (compared as stored: NFKC,
    trimmed, lower-cased)."""
    addresses = {normalise_email(address): address for address in (account_email, billing_email) if address}
    return sorted(addresses.values())


async def mail_order_customer(
    db: AsyncSession,
    mail: MailSettings,
    kind: str,
    order_number: str,
    addressee: Addressee,
    language: Language,
    values: Mapping[str, object],
    now: datetime,
    attachments: Sequence[Attachment] = (),
) -> int:
    """Put the mail in the outbox for each of the order's addresses; how many messages."""
    account_email = (
        await db.execute(
            select(Account.email).join(Order, Order.account_id == Account.id).where(Order.number == order_number)
        )
    ).scalar_one()
    display_name = printable(addressee.company_name or addressee.contact_name or "")
    queued = 0
    for address in order_recipients(account_email, addressee.email):
        recipient = Recipient(address, display_name or None, language)
        try:
            message = compose(kind, recipient, values, sender=mail.sender, now=now, attachments=attachments)
        except MailCompositionError:
            logger.exception("order %s: %s mail not sent to one of its addresses", order_number, kind)
            continue
        await enqueue(db, message, now)
        queued += 1
    return queued
