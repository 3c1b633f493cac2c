"""The stored failure counters behind sign-in throttling, written so concurrent sign-ins never deadlock.

Every transaction locks counter rows in one order (sorted by key); stale counters read as
zero until they are deleted, which skips rows another transaction holds instead of waiting.
"""

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import SignInThrottle
from backend.accounts.throttle import ThrottlePolicy


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


async def wait_before_attempt(db: AsyncSession, counters: Mapping[str, ThrottlePolicy], now: datetime) -> timedelta:
    """The longest wait any of the attempt's counters imposes; zero when it may go ahead."""
    rows = await db.scalars(select(SignInThrottle).where(SignInThrottle.key.in_(sorted(counters))))
    waits = [counters[row.key].wait(row.failures, row.last_failure_at, now) for row in rows]
    return max(waits, default=timedelta(0))


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
