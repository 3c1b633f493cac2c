"""Setting a password by e-mail: for a forgotten one, and for an imported account's first.

A request always gets the same answer, whether or not the address has an account, and costs
the same work: the throttle's counters are locked and counted, and the mail is composed; only
for an account is the link stored and the mail put in the outbox, in that same transaction.
The link carries a random token; only its keyed hash is stored, one per account, so a second
request replaces the first. Using it (within the hour) deletes it, sets the password, ends
every session of the account and opens a new one. An expired, used, replaced, tampered or
unknown token fails alike, before any password is hashed.
"""

import math
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.devices import issue_device_token
from backend.accounts.emails import is_plausible_email, normalise_email
from backend.accounts.keys import SecretKeys
from backend.accounts.models import EMAIL_MAX_LENGTH, Account, PasswordResetToken
from backend.accounts.passwords import PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, hash_password
from backend.accounts.sessions import AccountProfile, open_session, revoke_sessions
from backend.accounts.sign_in import FORGET_COUNTERS_AFTER, email_counter_key
from backend.accounts.throttle import RESET_PER_CLIENT, RESET_PER_EMAIL, ThrottlePolicy
from backend.accounts.throttle_counters import (
    clear_counter,
    forget_spent_counters,
    forget_unused_counters,
    lock_counters,
    record_failure,
    wait_imposed,
)
from backend.core.clock import TOKYO
from backend.core.language import Language
from backend.core.settings import MailSettings
from backend.db.transactions import Transactions
from backend.mail.compose import ComposedMessage, Recipient, compose
from backend.mail.outbox import enqueue

LINK_LIFETIME = timedelta(hours=1)
TOKEN_MAX_LENGTH = 100
SET_PASSWORD_PATH = "/set-password"
MAIL_KIND = "password_reset"
# Composed for an address with no account, so both answers cost the same; never stored or sent.
_NOBODY = Recipient("nobody@koushin.invalid")


@dataclass(frozen=True, slots=True)
class ResetRequest:
    email: str
    client: str
    """The client's address, as the trusted proxies report it."""
    language: Language
    """The request's language: the mail's, for an account that has not chosen one in the app."""


@dataclass(frozen=True, slots=True)
class ResetRequested:
    """The one answer to an accepted request, whether or not the address has an account."""


@dataclass(frozen=True, slots=True)
class ResetThrottled:
    retry_after_seconds: int


class ResetPasswordErrorCode(StrEnum):
    INVALID_TOKEN = "INVALID_TOKEN"
    PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT"
    PASSWORD_TOO_LONG = "PASSWORD_TOO_LONG"


@dataclass(frozen=True, slots=True)
class ResetFailure:
    code: ResetPasswordErrorCode
    min_length: int | None = None
    max_length: int | None = None


@dataclass(frozen=True, slots=True)
class PasswordReset:
    account: AccountProfile
    session_token: str
    device_token: str


async def request_password_reset(
    transactions: Transactions, keys: SecretKeys, mail: MailSettings, request: ResetRequest, now: datetime
) -> ResetRequested | ResetThrottled:
    email = lookup_form(request.email)
    counters = {"reset-client:" + keys.digest("reset-client", request.client): RESET_PER_CLIENT}
    if email is not None:
        counters["reset-email:" + keys.digest("reset-email", email)] = RESET_PER_EMAIL
    token = secrets.token_urlsafe(32)
    return await transactions.write(lambda db: _request(db, keys, mail, email, token, counters, request, now))


def lookup_form(raw: str) -> str | None:
    """The normalised address to look up, or None for input no account can have (too long, malformed,
    control or unassigned characters, lone surrogates): such input is answered without a lookup."""
    email = normalise_email(raw[: EMAIL_MAX_LENGTH + 1])
    if not is_plausible_email(email) or any(unicodedata.category(c)[0] == "C" for c in email):
        return None
    return email


async def _request(
    db: AsyncSession,
    keys: SecretKeys,
    mail: MailSettings,
    email: str | None,
    token: str,
    counters: dict[str, ThrottlePolicy],
    request: ResetRequest,
    now: datetime,
) -> ResetRequested | ResetThrottled:
    states = await lock_counters(db, counters, now)
    wait = wait_imposed(counters, states, now)
    if wait > timedelta(0):
        await forget_unused_counters(db, counters)
        return ResetThrottled(math.ceil(wait.total_seconds()))
    await record_failure(db, counters, now)
    account = await db.scalar(select(Account).where(Account.email == email)) if email is not None else None
    message = _compose(mail, account, token, request.language, now)
    if account is not None:
        await db.execute(delete(PasswordResetToken).where(PasswordResetToken.account_id == account.id))
        db.add(
            PasswordResetToken(
                account_id=account.id,
                digest=keys.digest("password-reset", token),
                created_at=now,
                expires_at=now + LINK_LIFETIME,
            )
        )
        await enqueue(db, message, now)
    await _tidy_up(db, now)
    return ResetRequested()


def _compose(
    mail: MailSettings, account: Account | None, token: str, language: Language, now: datetime
) -> ComposedMessage:
    recipient = _NOBODY
    if account is not None:
        recipient = Recipient(
            account.email, account.company_name, Language(account.language) if account.language else language
        )
    expires_at = (now + LINK_LIFETIME).astimezone(TOKYO)
    formatted = (
        f"{expires_at.year}年{expires_at.month}月{expires_at.day}日 {expires_at:%H:%M}"
        if recipient.language is Language.JA
        else f"{expires_at.day} {expires_at:%b %Y, %H:%M} (Japan time)"
    )
    values = {
        "email": recipient.address,
        "company_name": recipient.display_name or "",
        "link": f"{mail.public_url}{SET_PASSWORD_PATH}#token={token}",
        "expires_at": formatted,
    }
    return compose(MAIL_KIND, recipient, values, sender=mail.sender, now=now)


async def _tidy_up(db: AsyncSession, now: datetime) -> None:
    """Delete spent counters and links past their hour, skipping rows others hold: it never waits on a lock."""
    await forget_spent_counters(db, now - FORGET_COUNTERS_AFTER)
    expired = (
        select(PasswordResetToken.account_id)
        .where(PasswordResetToken.expires_at <= now)
        .with_for_update(skip_locked=True)
    )
    await db.execute(
        delete(PasswordResetToken)
        .where(PasswordResetToken.account_id.in_(expired))
        .execution_options(synchronize_session=False)
    )


async def reset_password(
    transactions: Transactions, keys: SecretKeys, token: str, new_password: str, now: datetime
) -> PasswordReset | ResetFailure:
    """Check the link, then the password's rules, then hash (outside any transaction), then use the link."""
    if not token or len(token) > TOKEN_MAX_LENGTH or not token.isascii():
        return ResetFailure(ResetPasswordErrorCode.INVALID_TOKEN)
    digest = keys.digest("password-reset", token)
    if await transactions.read(lambda db: _live_token_account(db, digest, now, lock=False)) is None:
        return ResetFailure(ResetPasswordErrorCode.INVALID_TOKEN)
    if len(new_password) < PASSWORD_MIN_LENGTH:
        return ResetFailure(ResetPasswordErrorCode.PASSWORD_TOO_SHORT, min_length=PASSWORD_MIN_LENGTH)
    if len(new_password) > PASSWORD_MAX_LENGTH:
        return ResetFailure(ResetPasswordErrorCode.PASSWORD_TOO_LONG, max_length=PASSWORD_MAX_LENGTH)
    password_hash = await hash_password(new_password)
    return await transactions.write(lambda db: _use_token(db, keys, digest, password_hash, now))


async def _live_token_account(db: AsyncSession, digest: str, now: datetime, *, lock: bool) -> int | None:
    query = select(PasswordResetToken.account_id).where(
        PasswordResetToken.digest == digest, PasswordResetToken.expires_at > now
    )
    return await db.scalar(query.with_for_update() if lock else query)


async def _use_token(
    db: AsyncSession, keys: SecretKeys, digest: str, password_hash: str, now: datetime
) -> PasswordReset | ResetFailure:
    # Checked again under lock: the same link used twice at once, or replaced meanwhile, succeeds at most once.
    account_id = await _live_token_account(db, digest, now, lock=True)
    if account_id is None:
        return ResetFailure(ResetPasswordErrorCode.INVALID_TOKEN)
    await db.execute(delete(PasswordResetToken).where(PasswordResetToken.account_id == account_id))
    account = await db.scalar(select(Account).where(Account.id == account_id).with_for_update())
    if account is None:  # deleted after the link was made; the cascade will have removed the link too
        return ResetFailure(ResetPasswordErrorCode.INVALID_TOKEN)
    account.password_hash = password_hash
    await revoke_sessions(db, account.id)
    # Whoever holds the link controls the mailbox: guesses at the password no longer hold the owner back.
    await clear_counter(db, email_counter_key(keys, account.email))
    session_token = await open_session(db, keys, account.id, now)
    return PasswordReset(
        account=AccountProfile.of(account),
        session_token=session_token,
        device_token=issue_device_token(keys, account.id, now),
    )
