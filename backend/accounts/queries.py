"""Reads of accounts other domains need: an account's sign-in e-mail, by id, for many at once."""

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account


async def account_emails(db: AsyncSession, account_ids: Collection[int]) -> dict[int, str]:
    rows = await db.execute(select(Account.id, Account.email).where(Account.id.in_(sorted(set(account_ids)))))
    return dict(rows.all())
