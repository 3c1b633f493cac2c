"""Units of work against a real database: committed once, rolled back whole, retried when PostgreSQL picks a victim."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.db.engine import create_engine, create_sessionmaker
from backend.db.transactions import Transactions

NOW = datetime(2026, 11, 26, tzinfo=UTC)


@pytest.fixture
async def transactions(database_url: str) -> AsyncIterator[Transactions]:
    engine = create_engine(database_url)
    yield Transactions(create_sessionmaker(engine))
    await engine.dispose()


def on_postgresql(database_url: str) -> bool:
    return database_url.startswith("postgresql")


async def emails(transactions: Transactions) -> list[str]:
    async def work(db: AsyncSession) -> list[str]:
        return list(await db.scalars(select(Account.email).order_by(Account.email)))

    return await transactions.read(work)


def add(email: str) -> Account:
    return Account(email=email, company_name=None, is_staff=False, created_at=NOW)


async def test_a_unit_of_work_is_committed_once_it_returns(transactions: Transactions) -> None:
    async def work(db: AsyncSession) -> int:
        db.add_all([add("a@example.com"), add("b@example.com")])
        await db.flush()
        return 2

    assert await transactions.write(work) == 2
    assert await emails(transactions) == ["a@example.com", "b@example.com"]


async def test_a_unit_of_work_that_raises_leaves_nothing_behind(transactions: Transactions) -> None:
    async def work(db: AsyncSession) -> None:
        db.add(add("a@example.com"))
        await db.flush()
        raise LookupError("halfway")

    with pytest.raises(LookupError, match="halfway"):
        await transactions.write(work)
    assert await emails(transactions) == []


async def test_a_read_keeps_nothing_it_wrote(transactions: Transactions) -> None:
    async def work(db: AsyncSession) -> None:
        db.add(add("a@example.com"))
        await db.flush()

    await transactions.read(work)
    assert await emails(transactions) == []


async def test_an_error_that_is_not_a_lost_race_is_not_retried(transactions: Transactions) -> None:
    await transactions.write(lambda db: _flush(db, add("a@example.com")))
    attempts = 0

    async def work(db: AsyncSession) -> None:
        nonlocal attempts
        attempts += 1
        await _flush(db, add("a@example.com"))

    with pytest.raises(IntegrityError):
        await transactions.write(work)
    assert attempts == 1


async def test_a_serialization_failure_is_retried_from_the_start(transactions: Transactions, database_url: str) -> None:
    if not on_postgresql(database_url):
        pytest.skip("SQLite serialises writers with its write lock; it has no serialization failures")
    attempts = 0

    async def work(db: AsyncSession) -> int:
        nonlocal attempts
        attempts += 1
        db.add(add(f"attempt{attempts}@example.com"))
        await db.flush()
        if attempts < 3:
            # A real serialization failure, raised by the server in this transaction.
            await db.execute(text("DO $$ BEGIN RAISE EXCEPTION 'lost' USING ERRCODE = 'serialization_failure'; END $$"))
        return attempts

    assert await transactions.write(work) == 3
    assert await emails(transactions) == ["attempt3@example.com"]


async def test_a_deadlock_victim_is_retried_and_both_units_of_work_complete(
    transactions: Transactions, database_url: str
) -> None:
    if not on_postgresql(database_url):
        pytest.skip("SQLite's write transactions take the one write lock up front: they cannot deadlock")
    await transactions.write(lambda db: _flush(db, add("a@example.com"), add("b@example.com")))
    both_hold_their_first_row = asyncio.Barrier(2)
    attempts = {"a": 0, "b": 0}

    def lock_in_order(first: str, second: str) -> Callable[[AsyncSession], Awaitable[None]]:
        async def work(db: AsyncSession) -> None:
            attempts[first[0]] += 1
            await _rename(db, first)
            if attempts[first[0]] == 1:
                await both_hold_their_first_row.wait()
            await _rename(db, second)

        return work

    await asyncio.gather(
        transactions.write(lock_in_order("a@example.com", "b@example.com")),
        transactions.write(lock_in_order("b@example.com", "a@example.com")),
    )
    assert sorted(attempts.values()) == [1, 2]  # one was chosen as the deadlock's victim, and ran again
    companies = await transactions.read(lambda db: _companies(db))
    assert companies == {"a@example.com": "touched twice", "b@example.com": "touched twice"}


async def test_the_retries_give_up_after_a_few_attempts(transactions: Transactions, database_url: str) -> None:
    if not on_postgresql(database_url):
        pytest.skip("PostgreSQL only")

    async def work(db: AsyncSession) -> None:
        await db.execute(text("DO $$ BEGIN RAISE EXCEPTION 'lost' USING ERRCODE = 'deadlock_detected'; END $$"))

    with pytest.raises(DBAPIError):
        await transactions.write(work)


async def _flush(db: AsyncSession, *accounts: Account) -> None:
    db.add_all(accounts)
    await db.flush()


async def _rename(db: AsyncSession, email: str) -> None:
    current = await db.scalar(select(Account.company_name).where(Account.email == email).with_for_update())
    touched = "touched once" if current is None else "touched twice"
    await db.execute(update(Account).where(Account.email == email).values(company_name=touched))


async def _companies(db: AsyncSession) -> dict[str, str | None]:
    rows = await db.execute(select(Account.email, Account.company_name))
    return {row.email: row.company_name for row in rows}
