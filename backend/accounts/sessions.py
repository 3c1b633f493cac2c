"""Server-side sign-in sessions: opened at sign-in, looked up per request, ended at sign-out or expiry."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.keys import SecretKeys
from backend.accounts.models import Account, AuthSession

SESSION_LIFETIME = timedelta(hours=12)
SESSION_TOKEN_MAX_LENGTH = 100


@dataclass(frozen=True, slots=True)
class AccountProfile:
    """The signed-in account as the rest of the request sees it: plain values, no database row."""

    id: int
    email: str
    company_name: str | None
    is_staff: bool

    @classmethod
    def of(cls, account: Account) -> "AccountProfile":
        return cls(id=account.id, email=account.email, company_name=account.company_name, is_staff=account.is_staff)


async def open_session(db: AsyncSession, keys: SecretKeys, account_id: int, now: datetime) -> str:
    """A new session with a new random token (never reused); returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    db.add(
        AuthSession(
            id=keys.digest("session", token),
            account_id=account_id,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    await db.flush()
    return token


async def signed_in_account(db: AsyncSession, keys: SecretKeys, token: str, now: datetime) -> AccountProfile | None:
    """The account a session token signs in, in one statement; None for an unknown or expired one."""
    if not token or len(token) > SESSION_TOKEN_MAX_LENGTH:
        return None
    account = await db.scalar(
        select(Account)
        .join(AuthSession, AuthSession.account_id == Account.id)
        .where(AuthSession.id == keys.digest("session", token), AuthSession.expires_at > now)
    )
    return AccountProfile.of(account) if account is not None else None


async def end_session(db: AsyncSession, keys: SecretKeys, token: str) -> None:
    if token and len(token) <= SESSION_TOKEN_MAX_LENGTH:
        await db.execute(delete(AuthSession).where(AuthSession.id == keys.digest("session", token)))


async def revoke_sessions(db: AsyncSession, account_id: int) -> int:
    """End every session of an account (after a password change, or on staff request)."""
    ended = await db.scalars(delete(AuthSession).where(AuthSession.account_id == account_id).returning(AuthSession.id))
    return len(ended.all())


async def forget_expired_sessions(db: AsyncSession, now: datetime) -> None:
    """Delete expired sessions, skipping rows another transaction holds: it never waits on a lock."""
    expired = select(AuthSession.id).where(AuthSession.expires_at <= now).with_for_update(skip_locked=True)
    await db.execute(
        delete(AuthSession).where(AuthSession.id.in_(expired)).execution_options(synchronize_session=False)
    )
