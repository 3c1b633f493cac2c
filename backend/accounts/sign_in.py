"""Signing in: credentials checked under throttles that slow guessing without locking the owner out.

Three steps, so that no lock is held while the password is hashed:
1. a read transaction finds the account and the counters that govern this attempt, and
   refuses at once, without hashing, while one of them imposes a wait;
2. the password is verified (and, if its hash is outdated, re-hashed) on a worker thread,
   outside any transaction;
3. a short write transaction locks those counters and decides again: a failure is counted
   only while the allowance has room and a result is given only then, so the allowance is
   exact however many attempts run at once; a success opens a session.

Which counters govern an attempt: a browser holding a genuine device token of the account
(devices.py) is held to that device's own allowance only. Any other browser is held to the
e-mail's allowance and its address's (throttle.py). Unknown e-mail, wrong password and empty
or oversized fields all fail alike after the same work.
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.devices import device_counter_key, issue_device_token
from backend.accounts.emails import normalise_email
from backend.accounts.keys import SecretKeys
from backend.accounts.models import EMAIL_MAX_LENGTH, Account
from backend.accounts.passwords import needs_rehash, rehash_password, verify_password
from backend.accounts.sessions import AccountProfile, end_session, forget_expired_sessions, open_session
from backend.accounts.throttle import (
    PER_CLIENT,
    PER_DEVICE,
    PER_EMAIL,
    RESET_PER_CLIENT,
    RESET_PER_EMAIL,
    ThrottlePolicy,
)
from backend.accounts.throttle_counters import (
    clear_counter,
    forget_spent_counters,
    forget_unused_counters,
    lock_counters,
    read_counters,
    record_failure,
    wait_imposed,
)
from backend.core.language import Language
from backend.db.transactions import Transactions

# The password-link counters (throttle.RESET_*) share the table and its tidy-up.
FORGET_COUNTERS_AFTER = max(
    policy.forget_after for policy in (PER_EMAIL, PER_CLIENT, PER_DEVICE, RESET_PER_EMAIL, RESET_PER_CLIENT)
)


class SignInErrorCode(StrEnum):
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS"


@dataclass(frozen=True, slots=True)
class SignInAttempt:
    email: str
    password: str
    client: str
    """The client's address, as the trusted proxies report it."""
    device_token: str = ""
    """The browser's device token, if it has one."""
    replacing: str = ""
    """The session token this browser held before: that session ends."""
    language: Language | None = None
    """The language the browser asked for, if it said: remembered for the account's mail."""


@dataclass(frozen=True, slots=True)
class SignInFailure:
    code: SignInErrorCode
    retry_after_seconds: int | None = None


@dataclass(frozen=True, slots=True)
class SignedIn:
    account: AccountProfile
    session_token: str
    """Goes in the session cookie; only its digest is stored."""
    device_token: str
    """Goes in the device cookie, replacing any older one."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    """What step 1 found: the account (if any) and the counters that govern the attempt."""

    account_id: int | None
    password_hash: str | None
    counters: dict[str, ThrottlePolicy]
    identity_counter: str
    """The e-mail's or the device's counter: a success clears it."""
    wait: timedelta


@dataclass(frozen=True, slots=True)
class _Checked:
    """What step 2 found: whether the password matched the candidate's hash, and a fresher hash of it."""

    candidate: _Candidate
    matches: bool
    new_hash: str | None


async def sign_in(
    transactions: Transactions, keys: SecretKeys, attempt: SignInAttempt, now: datetime
) -> SignedIn | SignInFailure:
    email = normalise_email(attempt.email[: EMAIL_MAX_LENGTH + 1])
    candidate = await transactions.read(lambda db: _find_candidate(db, keys, email, attempt, now))
    if candidate.wait > timedelta(0):
        return _too_many(candidate.wait)
    matches = await verify_password(candidate.password_hash, attempt.password)
    new_hash = None
    if matches and candidate.password_hash is not None and needs_rehash(candidate.password_hash):
        new_hash = await rehash_password(attempt.password)
    checked = _Checked(candidate, matches, new_hash)
    return await transactions.write(lambda db: _settle(db, keys, checked, attempt, now))


def email_counter_key(keys: SecretKeys, email: str) -> str:
    """The sign-in failure counter of a normalised e-mail address."""
    return "email:" + keys.digest("sign-in-email", email)


async def _find_candidate(
    db: AsyncSession, keys: SecretKeys, email: str, attempt: SignInAttempt, now: datetime
) -> _Candidate:
    account = None
    if email and len(email) <= EMAIL_MAX_LENGTH:
        account = await db.scalar(select(Account).where(Account.email == email))
    email_counter = email_counter_key(keys, email)
    client_counter = "client:" + keys.digest("sign-in-client", attempt.client)
    device_counter = device_counter_key(keys, attempt.device_token, account.id, now) if account else None
    states = await read_counters(db, [email_counter, client_counter, *([device_counter] if device_counter else [])])
    counters: dict[str, ThrottlePolicy] = {email_counter: PER_EMAIL, client_counter: PER_CLIENT}
    identity = email_counter
    if device_counter is not None and wait_imposed({device_counter: PER_DEVICE}, states, now) == timedelta(0):
        counters, identity = {device_counter: PER_DEVICE}, device_counter
    return _Candidate(
        account_id=account.id if account else None,
        password_hash=account.password_hash if account else None,
        counters=counters,
        identity_counter=identity,
        wait=wait_imposed(counters, states, now),
    )


async def _settle(
    db: AsyncSession, keys: SecretKeys, checked: _Checked, attempt: SignInAttempt, now: datetime
) -> SignedIn | SignInFailure:
    candidate = checked.candidate
    states = await lock_counters(db, candidate.counters, now)
    wait = wait_imposed(candidate.counters, states, now)
    if wait > timedelta(0):
        # Other attempts used the allowance while this one was hashing: its result is not given.
        outcome: SignedIn | SignInFailure = _too_many(wait)
    else:
        outcome = await _sign_in_or_count_failure(db, keys, checked, attempt, now)
    await forget_unused_counters(db, candidate.counters)
    await _tidy_up(db, now)
    return outcome


async def _sign_in_or_count_failure(
    db: AsyncSession, keys: SecretKeys, checked: _Checked, attempt: SignInAttempt, now: datetime
) -> SignedIn | SignInFailure:
    candidate, account = checked.candidate, None
    if checked.matches and candidate.account_id is not None:
        # Locked, so a password change cannot commit between this check and the new session.
        account = await db.scalar(select(Account).where(Account.id == candidate.account_id).with_for_update())
    if account is None or account.password_hash != candidate.password_hash:
        await record_failure(db, candidate.counters, now)
        return SignInFailure(SignInErrorCode.INVALID_CREDENTIALS)

    await clear_counter(db, candidate.identity_counter)
    if checked.new_hash is not None:
        account.password_hash = checked.new_hash
    if attempt.language is not None and account.language != attempt.language.value:
        account.language = attempt.language.value
    await end_session(db, keys, attempt.replacing)
    session_token = await open_session(db, keys, account.id, now)
    return SignedIn(
        account=AccountProfile.of(account),
        session_token=session_token,
        device_token=issue_device_token(keys, account.id, now),
    )


def _too_many(wait: timedelta) -> SignInFailure:
    return SignInFailure(SignInErrorCode.TOO_MANY_ATTEMPTS, math.ceil(wait.total_seconds()))


async def _tidy_up(db: AsyncSession, now: datetime) -> None:
    """Delete spent failure counters and expired sessions, so neither table grows without bound.

    Last in the transaction, after every lock it waits for, and skipping rows others hold: it
    never waits while holding a lock, so concurrent sign-ins cannot deadlock on it.
    """
    await forget_spent_counters(db, now - FORGET_COUNTERS_AFTER)
    await forget_expired_sessions(db, now)
