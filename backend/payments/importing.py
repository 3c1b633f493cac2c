"""Importing a bank statement: the whole file in one transaction, each credit once, matched as it is read.

The file is read as a stream (Zengin or net-banking CSV, told apart by its first bytes) and its
credits are written in batches as they come, so a file of any size takes the memory of one
batch. A problem anywhere, the last trailer included, raises StatementError inside the
transaction, which rolls back everything the file had written: a file is applied whole or not
at all. Each credit is inserted under the bank's own keys with ON CONFLICT DO NOTHING, so a
credit an earlier (or a concurrent, overlapping) import brought is skipped, never applied
twice; imports also queue on one lock, so two at once run one after the other. A new credit is
matched against the invoice whose virtual account it arrived in (matching.review_reason) and
either pays it (settlement.settle) or waits in the review queue with its reason.
"""

import hashlib
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import islice
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.base import table_of
from backend.db.locks import hold
from backend.db.transactions import Transactions
from backend.documents.presentation import printable
from backend.orders.models import Invoice, Order, OrderStatus
from backend.payments.matching import InvoiceStanding, review_reason
from backend.payments.models import (
    FILENAME_LENGTH,
    BankCredit,
    CreditState,
    ReviewReason,
    StatementFormat,
    StatementImport,
)
from backend.payments.net_banking_csv import looks_like_csv, read_net_banking_csv
from backend.payments.settlement import Settlement, settle
from backend.payments.zengin import Credit, StatementError, read_statement

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

BATCH = 1_000
"""Credits written per round trip: 13 parameters each stays under both databases' limit per statement."""
HEAD_BYTES = 4_096
_LOCK = "koushin.statement-import"
_BANK_KEY = ("bank_code", "branch_code", "account_number", "booked_on", "reference", "amount", "reversal")


@dataclass(frozen=True, slots=True)
class ImportReport:
    import_id: int
    format: StatementFormat
    credits: int
    applied: int
    to_review: int
    already_imported: int
    reasons: dict[ReviewReason, int]
    """Credits sent to review, by reason."""


@dataclass(frozen=True, slots=True)
class ImportRefused:
    """Nothing was imported."""

    record: int
    """1-based record (Zengin) or line (CSV); 0 for the file as a whole."""
    reason: str


NOT_A_STATEMENT = (
    "not a bank statement: a Zengin file starts with its header record (データ区分 1, 種別コード 01 or 03); "
    "a net-banking CSV starts with a header naming its columns "
    "(入金日,照会番号,銀行コード,支店コード,口座番号,金額,振込依頼人名)"
)
BOM_IN_ZENGIN = "the file starts with a UTF-8 byte-order mark: a Zengin statement is cp932 text without one"
_BOM = b"\xef\xbb\xbf"


def statement_format(head: bytes) -> StatementFormat | None:
    """What the file's first bytes say it is; None when they are neither kind's (an empty file is Zengin's to
    refuse, with its own message)."""
    if looks_like_csv(head):
        return StatementFormat.NET_BANKING_CSV
    start = head.lstrip(b"\r\n")
    if start[:3] == b"103":
        return StatementFormat.ACCOUNT_STATEMENT
    if not start or start[:1] == b"1":
        return StatementFormat.TRANSFER_NOTICE  # or a header the reader refuses with its reason
    return None


async def import_statement(
    transactions: Transactions,
    source: BinaryIO,
    filename: str,
    *,
    now: datetime,
    today: date,
    imported_by: int | None,
) -> ImportReport | ImportRefused:
    """Import the file (seekable: a retried transaction reads it again from the start)."""
    head = source.read(HEAD_BYTES)
    file_format = statement_format(head)
    if file_format is None:
        return ImportRefused(1, BOM_IN_ZENGIN if head.startswith(_BOM + b"1") else NOT_A_STATEMENT)
    name = printable(filename).strip()[:FILENAME_LENGTH] or "statement"

    async def work(db: AsyncSession) -> ImportReport:
        source.seek(0)
        await hold(db, _LOCK)
        record = StatementImport(
            format=file_format,
            filename=name,
            byte_size=0,
            sha256="",
            imported_at=now,
            imported_by_account_id=imported_by,
            credits=0,
            applied=0,
            to_review=0,
            already_imported=0,
        )
        db.add(record)
        await db.flush()
        hashing = _Hashing(source)
        stream = io.BufferedReader(hashing)
        run = _Run(db, record.id, now, today)
        reader = read_net_banking_csv if file_format is StatementFormat.NET_BANKING_CSV else read_statement
        for batch in _batched(reader(stream, today), BATCH):
            await run.batch(batch)
        record.byte_size, record.sha256 = hashing.size, hashing.digest.hexdigest()
        record.credits = run.credits
        record.applied, record.to_review, record.already_imported = run.applied, run.to_review, run.already_imported
        return ImportReport(
            record.id, file_format, run.credits, run.applied, run.to_review, run.already_imported, dict(run.reasons)
        )

    try:
        return await transactions.write(work)
    except StatementError as error:
        return ImportRefused(error.record, error.reason)


class _Hashing(io.RawIOBase):
    """The source as the readers read it, hashed and counted on the way (under an io.BufferedReader)."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: "WriteableBuffer") -> int:
        view = memoryview(buffer).cast("B")
        data = self._source.read(len(view))
        view[: len(data)] = data
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def _batched(credits: Iterable[Credit], size: int) -> Iterator[tuple[Credit, ...]]:
    iterator = iter(credits)
    while batch := tuple(islice(iterator, size)):
        yield batch


class _Run:
    """One import's batches, with what they did so far."""

    def __init__(self, db: AsyncSession, import_id: int, now: datetime, today: date) -> None:
        self.db, self.import_id, self.now, self.today = db, import_id, now, today
        self.credits = self.applied = self.to_review = self.already_imported = 0
        self.reasons: Counter[ReviewReason] = Counter()
        self.paid_here: set[int] = set()
        """Invoices this file paid already: a second exact credit for one is ALREADY_PAID."""

    async def batch(self, batch: tuple[Credit, ...]) -> None:
        self.credits += len(batch)
        ids = await self._insert(batch)
        new = [credit for credit in batch if credit.record in ids]
        self.already_imported += len(batch) - len(new)
        standings = await _standings(self.db, new)
        settlements: list[Settlement] = []
        reviews: dict[int, tuple[ReviewReason, int | None]] = {}
        for credit in new:
            standing = standings.get(_key(credit))
            if standing is not None and standing.invoice_id in self.paid_here:
                standing = replace(standing, order_status=OrderStatus.PAID)
            reason = review_reason(credit.amount, credit.booked_on, credit.reversal, standing)
            if reason is not None:
                reviews[ids[credit.record]] = (reason, standing.invoice_id if standing else None)
                continue
            assert standing is not None  # noqa: S101 (review_reason gives UNKNOWN_ACCOUNT without one)
            self.paid_here.add(standing.invoice_id)
            settlements.append(
                Settlement(
                    credit_id=ids[credit.record],
                    invoice_id=standing.invoice_id,
                    order_id=standing.order_id,
                    account_id=standing.account_id,
                    received_on=credit.booked_on,
                    amount_received=credit.amount,
                )
            )
        paid = await settle(
            self.db, settlements, payable={OrderStatus.AWAITING_PAYMENT}, now=self.now, today=self.today
        )
        lost = [settlement for settlement in settlements if settlement.credit_id not in paid]
        if lost:
            # Paid, cancelled or expired by another transaction since the standings were read (PostgreSQL).
            statuses = dict(
                (
                    await self.db.execute(
                        select(Order.id, Order.status).where(Order.id.in_([s.order_id for s in lost]))
                    )
                ).all()
            )
            for settlement in lost:
                reason = _REASON_AFTER_RACE[OrderStatus(statuses[settlement.order_id])]
                reviews[settlement.credit_id] = (reason, settlement.invoice_id)
        if reviews:
            credits = table_of(BankCredit)
            await self.db.execute(
                update(credits)
                .where(credits.c.id == bindparam("b_id"))
                .values(review_reason=bindparam("b_reason"), invoice_id=bindparam("b_invoice")),
                [
                    {"b_id": credit_id, "b_reason": reason, "b_invoice": invoice_id}
                    for credit_id, (reason, invoice_id) in reviews.items()
                ],
            )
        self.applied += len(paid)
        self.to_review += len(reviews)
        self.reasons.update(reason for reason, _ in reviews.values())

    async def _insert(self, batch: tuple[Credit, ...]) -> dict[int, int]:
        """The ids of the credits new to the database, by record; the others are there already."""
        insert = postgresql.insert if self.db.get_bind().dialect.name == "postgresql" else sqlite.insert
        rows = [
            {
                "import_id": self.import_id,
                "record": credit.record,
                "bank_code": credit.account.bank_code,
                "branch_code": credit.account.branch_code,
                "account_number": credit.account.account_number,
                "booked_on": credit.booked_on,
                "reference": credit.reference,
                "amount": credit.amount,
                "payer_name": credit.payer_name,
                "reversal": credit.reversal,
                "state": CreditState.REVIEW,
            }
            for credit in batch
        ]
        # Executemany, which SQLAlchemy sends as a few multi-row INSERTs with RETURNING (insertmanyvalues).
        inserted = await self.db.execute(
            insert(table_of(BankCredit))
            .on_conflict_do_nothing(index_elements=list(_BANK_KEY))
            .returning(table_of(BankCredit).c.record, table_of(BankCredit).c.id),
            rows,
        )
        return dict(inserted.all())


_REASON_AFTER_RACE = {
    OrderStatus.PAID: ReviewReason.ALREADY_PAID,
    OrderStatus.CANCELLED: ReviewReason.CANCELLED,
    OrderStatus.EXPIRED: ReviewReason.LATE,
}


def _key(credit: Credit) -> tuple[str, str, str]:
    return credit.account.bank_code, credit.account.branch_code, credit.account.account_number


async def _standings(db: AsyncSession, credits: list[Credit]) -> dict[tuple[str, str, str], InvoiceStanding]:
    """The invoices the credits' accounts belong to, by (bank, branch, account number)."""
    numbers = {credit.account.account_number for credit in credits}
    if not numbers:
        return {}
    rows = await db.execute(
        select(
            Invoice.bank_code,
            Invoice.branch_code,
            Invoice.account_number,
            Invoice.id,
            Invoice.order_id,
            Order.account_id,
            Order.status,
            Invoice.total_including_tax,
            Invoice.due_on,
        )
        .join(Order, Order.id == Invoice.order_id)
        .where(Invoice.account_number.in_(numbers))
    )
    return {
        (bank, branch, number): InvoiceStanding(invoice_id, order_id, account_id, OrderStatus(status), total, due_on)
        for bank, branch, number, invoice_id, order_id, account_id, status, total, due_on in rows
    }
