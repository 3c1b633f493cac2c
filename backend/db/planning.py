"""Custom plans for a transaction that sends one statement many times, each time with other IN lists.

PostgreSQL plans a prepared statement for its parameters five times, then may settle on a generic
plan that ignores them. For the statement import's look-ups (IN lists of 1,000 accounts) on tables
whose statistics predate the import, that generic plan filtered a whole index per batch: 200–400 ms
a look-up instead of 3 ms (PostgreSQL 15). SQLite plans each statement as it comes: nothing to do.
"""

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


async def plan_for_each_execution(db: AsyncSession) -> None:
    """Until the transaction ends."""
    if db.get_bind().dialect.name == "postgresql":
        await db.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
