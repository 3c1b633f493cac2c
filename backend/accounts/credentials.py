"""Setting an account's password: the new hash is stored and every session of the old one ends."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.emails import normalise_email
from backend.accounts.models import Account
from backend.accounts.sessions import revoke_sessions


class UnknownAccountError(LookupError):
    pass


async def set_password(db: AsyncSession, email: str, password_hash: str) -> None:
    """Store a hash made beforehand by passwords.hash_password (slow work stays outside the transaction)."""
    account = await db.scalar(select(Account).where(Account.email == normalise_email(email)).with_for_update())
    if account is None:
        raise UnknownAccountError(f"no account has the e-mail address {email!r}")
    account.password_hash = password_hash
    await revoke_sessions(db, account.id)
