"""The stored failure counters behind sign-in throttling, written so concurrent sign-ins never deadlock.

A sign-in reads its counters without locking them, checks the password outside any
transaction, then settles in a short write transaction that locks its counters (`lock_counters`)
and decides again: the allowance is enforced atomically, yet no lock is held while hashing.
Every transaction locks counter rows in one order (sorted by key); stale counters read as
zero until they are deleted, which skips rows another transaction holds instead of waiting.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import SignInThrottle
from backend.accounts.throttle import ThrottlePolicy


@dataclass(frozen=True, slots=True)
class CounterState:
    failures: int
    last_failure_at: datetime


def wait_imposed(
    counters: Mapping[str, ThrottlePolicy], states: Mapping[str, CounterState], now: datetime
) -> timedelta:
    """The longest wait any of the counters imposes; zero when the attempt may go ahead."""
    waits = [
        counters[key].wait(state.failures, state.last_failure_at, now)
        for key, state in states.items()
        if key in counters
    ]
    return max(waits, default=timedelta(0))


async def read_counters(db: AsyncSession, keys: Iterable[str]) -> dict[str, CounterState]:
    """The counters' current state, without locking them; a key with no row has no failures."""
    rows = await db.execute(
        select(SignInThrottle.key, SignInThrottle.failures, SignInThrottle.last_failure_at).where(
            SignInThrottle.key.in_(sorted(keys))
        )
    )
    return {key: CounterState(failures, last) for key, failures, last in rows}


async def lock_counters(db: AsyncSession, keys: Iterable[str], now: datetime) -> dict[str, CounterState]:
    """Lock the counters' rows until the transaction ends, in key order, and return their state.

    A counter with no row gets one with no failures, so that there is a row to lock: two first
    attempts on one key queue on it instead of both reading "no failures". On SQLite the write
    transaction already holds the database's only write lock.
    """
    ordered = sorted(keys)
    if not ordered:
        return {}
    insert = postgresql_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(SignInThrottle).values([{"key": key, "failures": 0, "last_failure_at": now} for key in ordered])
    rows = await db.execute(
        statement.on_conflict_do_update(
            index_elements=[SignInThrottle.key], set_={"failures": SignInThrottle.failures}
        ).returning(SignInThrottle.key, SignInThrottle.failures, SignInThrottle.last_failure_at)
    )
    return {key: CounterState(failures, last) for key, failures, last in rows}


async def forget_unused_counters(db: AsyncSession, keys: Iterable[str]) -> None:
    """Delete the rows `lock_counters` made that no failure was counted on."""
    await db.execute(
        delete(SignInThrottle)
        .where(SignInThrottle.key.in_(sorted(keys)), SignInThrottle.failures == 0)
        .execution_options(synchronize_session=False)
    )


async def record_failure(db: AsyncSession, counters: Mapping[str, ThrottlePolicy], now: datetime) -> None:
    """Count one failure on each counter: one upsert per key, keys in sorted order."""
    insert = postgresql_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    for key in sorted(counters):
        forget_before = now - counters[key].forget_after
        statement = insert(SignInThrottle).values(key=key, failures=1, last_failure_at=now)
        await db.execute(
            statement.on_conflict_do_update(
                index_elements=[SignInThrottle.key],
                set_={
                    "failures": case(
                        (SignInThrottle.last_failure_at < forget_before, 1), else_=SignInThrottle.failures + 1
                    ),
                    "last_failure_at": now,
                },
            )
        )


async def clear_counter(db: AsyncSession, key: str) -> None:
    await db.execute(
        delete(SignInThrottle).where(SignInThrottle.key == key).execution_options(synchronize_session=False)
    )


async def forget_spent_counters(db: AsyncSession, forget_before: datetime) -> None:
    """Delete counters idle since before `forget_before`, so guessed e-mails do not pile up."""
    spent = (
        select(SignInThrottle.key)
        .where(SignInThrottle.last_failure_at < forget_before)
        .with_for_update(skip_locked=True)
    )
    await db.execute(
        delete(SignInThrottle).where(SignInThrottle.key.in_(spent)).execution_options(synchronize_session=False)
    )
