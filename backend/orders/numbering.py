"""Document numbers, sequential per kind and year, and virtual account numbers that are never given twice.

Each number is taken by one upsert that increments the sequence's row in the caller's
transaction: concurrent placements queue on that row (PostgreSQL) or on the write lock
(SQLite), and a rolled-back placement gives its number back, so the numbers have no gaps.
"""

from enum import StrEnum

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from backend.billing.seller import Seller
from backend.orders.models import NumberSequence


class DocumentSeries(StrEnum):
    QUOTE = "Q"
    ORDER = "O"
    INVOICE = "I"
    RECEIPT = "R"


class AccountNumbersExhaustedError(Exception):
    """The seller's virtual account range has no number left: widen it in the seller file."""


async def next_document_number(db: AsyncSession, series: DocumentSeries, year: int) -> str:
    """Q-2026-000001: the year is the issue date's (Asia/Tokyo)."""
    [number] = await next_document_numbers(db, series, year, 1)
    return number


async def next_document_numbers(db: AsyncSession, series: DocumentSeries, year: int, count: int) -> list[str]:
    """The next `count` numbers of the series, in order, taken by one statement (the receipts of a statement)."""
    if count == 0:
        return []
    last = await _increment(db, f"{series.value}-{year}", start=1, by=count)
    return [f"{series.value}-{year}-{value:06d}" for value in range(last - count + 1, last + 1)]


async def next_account_number(db: AsyncSession, seller: Seller) -> str:
    """The next unused virtual account number at the seller's branch. The sequence is a high-water mark
    per bank branch, so a number is never given again even if the configured range is later moved."""
    key = f"va-{seller.bank.bank_code}-{seller.bank.branch_code}"
    value = await _increment(db, key, start=seller.first_account_number)
    if value < seller.first_account_number:
        # The range moved up past the mark: continue from its first number.
        value = seller.first_account_number
        await db.execute(update(NumberSequence).where(NumberSequence.key == key).values(last_value=value))
    if value > seller.last_account_number:
        raise AccountNumbersExhaustedError(
            f"virtual account numbers {seller.first_account_number}–{seller.last_account_number} are all given"
        )
    return f"{value:07d}"


async def _increment(db: AsyncSession, key: str, *, start: int, by: int = 1) -> int:
    """The sequence's new last value, `by` past the previous one (the first `by` values from `start` on a new key)."""
    # The two dialects' INSERT … ON CONFLICT DO UPDATE … RETURNING are the same statement.
    insert = postgresql.insert if db.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(NumberSequence)
        .values(key=key, last_value=start + by - 1)
        .on_conflict_do_update(index_elements=[NumberSequence.key], set_={"last_value": NumberSequence.last_value + by})
        .returning(NumberSequence.last_value)
    )
    value: int = (await db.execute(statement)).scalar_one()
    return value
