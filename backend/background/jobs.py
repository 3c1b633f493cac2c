"""The app's background jobs. Each step is one unit of work (or one mail batch) and says how much it did.

Every job is safe to run in any number of processes at once against one database: each claims
its rows with `FOR UPDATE SKIP LOCKED` (serialised by the write lock on SQLite), so two
processes never take the same row.
"""

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.password_reset import send_requested_links
from backend.core.wakeups import Topic
from backend.documents.content import DocumentKind
from backend.documents.storage import DocumentClaim, claim_pending, store_rendered
from backend.mail.dispatch import dispatch_batch, forget_sent
from backend.orders.expiry import expire_overdue
from backend.orders.issued_documents import issued_document, mail_invoice
from backend.payments.receipts import issued_receipt, mail_receipt
from backend.runtime import Runtime

POLL_SECONDS = 2.0
"""How often an idle job looks for work another process left (work left by this one wakes it at once)."""
TIDY_SECONDS = 3600.0
EXPIRY_SECONDS = 600.0
"""Orders expire on the day after their due date: looking every ten minutes expires them early that day."""


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    step: Callable[[Runtime], Awaitable[int]]
    """Do one batch of work; how many items it handled, 0 when there was nothing to do."""
    poll_seconds: float
    topic: Topic | None = None
    """Notified when this process leaves work for the job."""


_rng = random.Random()  # noqa: S311 (retry jitter, not a secret)


async def _send_password_links(runtime: Runtime) -> int:
    now = runtime.clock.now()
    taken = await runtime.transactions.write(
        lambda db: send_requested_links(db, runtime.keys, runtime.settings.mail, now)
    )
    if taken:
        runtime.wakeups.notify(Topic.MAIL)
    return taken


async def _render_document(runtime: Runtime) -> int:
    """One document: claimed (its lease committed first, so a failure below waits out the lease instead of
    blocking the queue), rendered in the pool outside any transaction, then stored with its mail."""
    claim: DocumentClaim | None = await runtime.transactions.write(lambda db: claim_pending(db, runtime.clock.now()))
    if claim is None:
        return 0
    receipt = claim.kind is DocumentKind.RECEIPT
    issued = await runtime.transactions.read(
        lambda db: (
            issued_receipt(db, runtime.catalogue, runtime.seller, claim.number)
            if receipt
            else issued_document(db, runtime.catalogue, runtime.seller, claim.kind, claim.number)
        )
    )
    pdf = await runtime.renderer.render(issued.content)
    mail_document = mail_receipt if receipt else mail_invoice

    async def store(db: AsyncSession) -> int:
        now = runtime.clock.now()
        stored = await store_rendered(db, claim, pdf, now)
        if stored is None:
            return 0
        return await mail_document(db, runtime.settings.mail, runtime.seller, issued, stored, now)

    if await runtime.transactions.write(store):
        runtime.wakeups.notify(Topic.MAIL)
    return 1


async def _expire_overdue_orders(runtime: Runtime) -> int:
    now = runtime.clock.now()
    today = runtime.clock.today()
    expired = await runtime.transactions.write(
        lambda db: expire_overdue(db, runtime.settings.mail, runtime.seller, today, now)
    )
    if expired:
        runtime.wakeups.notify(Topic.MAIL)
    return expired


async def _dispatch_mail(runtime: Runtime) -> int:
    report = await dispatch_batch(runtime.transactions, runtime.settings.mail, runtime.clock, _rng)
    # Messages handed back untried are not progress: the server needs a pause before the next batch.
    return report.claimed - report.returned


async def _forget_sent_mail(runtime: Runtime) -> int:
    now = runtime.clock.now()
    return await runtime.transactions.write(lambda db: forget_sent(db, now))


PASSWORD_LINKS = Job("password-links", _send_password_links, POLL_SECONDS, Topic.RESET_LINKS)
DOCUMENT_RENDERING = Job("render-documents", _render_document, POLL_SECONDS, Topic.DOCUMENTS)
ORDER_EXPIRY = Job("expire-orders", _expire_overdue_orders, EXPIRY_SECONDS)
MAIL_DISPATCH = Job("mail-dispatch", _dispatch_mail, POLL_SECONDS, Topic.MAIL)
OUTBOX_TIDY = Job("outbox-tidy", _forget_sent_mail, TIDY_SECONDS)
ALL_JOBS = (PASSWORD_LINKS, ORDER_EXPIRY, DOCUMENT_RENDERING, MAIL_DISPATCH, OUTBOX_TIDY)
"""In the order `run_until_idle` takes them: work that writes mail comes before the dispatcher."""
