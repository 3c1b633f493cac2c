"""Named locks held until the transaction ends, for work that must not run twice at once anywhere.

PostgreSQL: a transaction-level advisory lock, so any number of app processes queue on it.
SQLite: nothing to do, since a write transaction (BEGIN IMMEDIATE) already excludes every other.
"""

import zlib

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession


async def hold(db: AsyncSession, name: str) -> None:
    if db.get_bind().dialect.name == "postgresql":
        await db.execute(select(func.pg_advisory_xact_lock(zlib.crc32(name.encode()))))
