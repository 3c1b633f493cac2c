"""Signing in and out: credentials, throttling and server-side sessions."""

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.emails import normalise_email
from backend.accounts.models import EMAIL_MAX_LENGTH, Account, AuthSession
from backend.accounts.passwords import hash_password, needs_rehash, rehash_password, verify_password
from backend.accounts.throttle import PER_CLIENT, PER_EMAIL
from backend.accounts.throttle_counters import (
    clear_counter,
    forget_spent_counters,
    record_failure,
    wait_before_attempt,
)

SESSION_LIFETIME = timedelta(hours=12)


class SignInErrorCode(StrEnum):
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS"


@dataclass(frozen=True, slots=True)
class SignInFailure:
    code: SignInErrorCode
    retry_after_seconds: int | None = None


@dataclass(frozen=True, slots=True)
class SignedIn:
    account: Account
    session_token: str
    """Goes in the cookie; never stored."""


@dataclass(frozen=True, slots=True)
class SessionKeys:
    """Derives stored identifiers from secrets with the app's secret key, so a database leak is not a key."""

    secret_key: str

    def digest(self, purpose: str, value: str) -> str:
        message = f"{purpose}\x00{value}".encode()
        return hmac.new(self.secret_key.encode(), message, hashlib.sha256).hexdigest()


async def sign_in(
    db: AsyncSession,
    keys: SessionKeys,
    *,
    email: str,
    password: str,
    client: str,
    now: datetime,
    replacing: str = "",
) -> SignedIn | SignInFailure:
    """Check the credentials; on success open a new session (a new id at every sign-in) and
    end the one this browser held before (`replacing`, its old token), if any.

    Unknown e-mail, wrong password and empty or oversized fields all fail the same way after
    the same work: one Argon2 verification and one recorded failure.
    """
    normalised = normalise_email(email[: EMAIL_MAX_LENGTH + 1])
    email_counter = "email:" + keys.digest("sign-in-email", normalised)
    counters = {email_counter: PER_EMAIL, "client:" + keys.digest("sign-in-client", client): PER_CLIENT}
    wait = await wait_before_attempt(db, counters, now)
    if wait > timedelta(0):
        return SignInFailure(SignInErrorCode.TOO_MANY_ATTEMPTS, math.ceil(wait.total_seconds()))

    account = None
    if normalised and len(normalised) <= EMAIL_MAX_LENGTH:
        account = await db.scalar(select(Account).where(Account.email == normalised))
    password_hash = account.password_hash if account is not None else None
    if not await verify_password(password_hash, password) or account is None:
        await record_failure(db, counters, now)
        await _tidy_up(db, now)
        return SignInFailure(SignInErrorCode.INVALID_CREDENTIALS)

    if password_hash is not None and needs_rehash(password_hash):
        account.password_hash = await rehash_password(password)
    await clear_counter(db, email_counter)
    if replacing:
        await sign_out(db, keys, replacing)
    token = secrets.token_urlsafe(32)
    db.add(
        AuthSession(
            id=keys.digest("session", token),
            account_id=account.id,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    await db.flush()
    await _tidy_up(db, now)
    return SignedIn(account=account, session_token=token)


async def account_id_for_session(db: AsyncSession, keys: SessionKeys, token: str, now: datetime) -> int | None:
    if not token or len(token) > 100:
        return None
    return await db.scalar(
        select(AuthSession.account_id).where(
            AuthSession.id == keys.digest("session", token), AuthSession.expires_at > now
        )
    )


async def sign_out(db: AsyncSession, keys: SessionKeys, token: str) -> None:
    await db.execute(delete(AuthSession).where(AuthSession.id == keys.digest("session", token)))


async def revoke_sessions(db: AsyncSession, account_id: int) -> int:
    """End every session of an account (after a password change, or on staff request)."""
    ended = await db.scalars(delete(AuthSession).where(AuthSession.account_id == account_id).returning(AuthSession.id))
    return len(ended.all())


class UnknownAccountError(LookupError):
    pass


async def set_password(db: AsyncSession, email: str, password: str) -> Account:
    """Set an account's password and end its sessions, so an old password's sessions do not live on."""
    account = await db.scalar(select(Account).where(Account.email == normalise_email(email)))
    if account is None:
        raise UnknownAccountError(f"no account has the e-mail address {email!r}")
    account.password_hash = await hash_password(password)
    await revoke_sessions(db, account.id)
    return account


async def _tidy_up(db: AsyncSession, now: datetime) -> None:
    """Delete spent failure counters and expired sessions, so neither table grows without bound.

    Last in the transaction, after every lock it waits for, and skipping rows others hold: it
    never waits while holding a lock, so concurrent sign-ins cannot deadlock on it.
    """
    await forget_spent_counters(db, now - max(PER_EMAIL.forget_after, PER_CLIENT.forget_after))
    expired = select(AuthSession.id).where(AuthSession.expires_at <= now).with_for_update(skip_locked=True)
    await db.execute(
        delete(AuthSession).where(AuthSession.id.in_(expired)).execution_options(synchronize_session=False)
    )
