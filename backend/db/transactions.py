"""Units of work: each runs in a session of its own, committed once at the end or rolled back.

A unit of work is a function of a session. It never commits; `write` commits it once when it
returns and rolls it back when it raises, and runs it again from the start when PostgreSQL
chose it as the victim of a deadlock or a serialization failure, which says nothing about the
work itself. So a unit of work must have no effect outside the database (mail goes through the
outbox, written in the same transaction). Reads get a session of their own too, never shared
with another task: concurrent GraphQL resolvers each read through their own.
"""

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.db.engine import begin_write

T = TypeVar("T")

# SQLSTATE serialization_failure and deadlock_detected: the transaction lost a race, retry it.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})
MAX_ATTEMPTS = 4
FIRST_BACKOFF_SECONDS = 0.01

logger = logging.getLogger(__name__)


class Transactions:
    """Runs units of work against one database."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker

    async def write(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `work` in a write transaction (BEGIN IMMEDIATE on SQLite) and commit it once."""
        attempt = 1
        while True:
            try:
                async with self._sessionmaker() as db:
                    await begin_write(db)
                    result = await work(db)
                    await db.commit()
                    return result
            except DBAPIError as error:
                sqlstate = getattr(error.orig, "sqlstate", None)
                if attempt == MAX_ATTEMPTS or sqlstate not in RETRYABLE_SQLSTATES:
                    raise
                logger.info("retrying a unit of work after SQLSTATE %s (attempt %d)", sqlstate, attempt)
            # Jittered exponential backoff, so the transactions that collided do not collide again.
            await asyncio.sleep(random.uniform(0, FIRST_BACKOFF_SECONDS * 2**attempt))  # noqa: S311 (not a secret)
            attempt += 1

    async def read(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `work` in a read transaction of its own, rolled back at the end: nothing it does is kept."""
        async with self._sessionmaker() as db:
            return await work(db)
