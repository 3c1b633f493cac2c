"""Alembic environment: runs migrations over the app's own async engine."""

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from backend.accounts import models as _accounts_models  # noqa: F401  (registers tables)
from backend.db.base import Base
from backend.db.engine import create_engine
from backend.documents import models as _documents_models  # noqa: F401  (registers tables)
from backend.licences import models as _licences_models  # noqa: F401  (registers tables)
from backend.mail import models as _mail_models  # noqa: F401  (registers tables)
from backend.migrations.rendering import render_item
from backend.orders import models as _orders_models  # noqa: F401  (registers tables)
from backend.payments import models as _payments_models  # noqa: F401  (registers tables)


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_online() -> None:
    engine = create_engine(context.config.attributes["database_url"])
    try:
        async with engine.connect() as connection:
            await connection.run_sync(run_migrations)
            await connection.commit()
    finally:
        await engine.dispose()


asyncio.run(run_online())
