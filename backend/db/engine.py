"""Async engines and sessions, with SQLite made to behave like a real transactional database."""

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import ConnectionPoolEntry

# Execution option read by the SQLite BEGIN hook: write transactions take the write lock up
# front (BEGIN IMMEDIATE), so concurrent writers wait on busy_timeout instead of failing at once.
WRITE_TRANSACTION = "koushin_write_transaction"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def create_engine(database_url: str) -> AsyncEngine:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    _make_sqlite_transactional(engine)
    return engine


def _make_sqlite_transactional(engine: AsyncEngine) -> None:
    """The pysqlite driver's own transaction handling does not BEGIN before SELECTs; take it over.

    See SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL" recipe for pysqlite.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def begin_write(session: AsyncSession) -> None:
    """Start the session's transaction as a write transaction; call before its first statement."""
    await session.connection(execution_options={WRITE_TRANSACTION: True})
