"""Setting a password by e-mail: for a forgotten one, and for an imported account's first.

A request always gets the same answer, whether or not the address has an account, and costs
the same work: its throttle counters are counted and the request is kept, and nothing else. The
account is looked up afterwards, by background work (`send_requested_links`), which stores the
link and puts its mail in the outbox in one transaction: so neither the answer nor its timing
can tell whether an address is registered. The link carries a random token; only its keyed hash
is stored, one per account, so a second request replaces the first. Using it (within the hour)
deletes it, sets the password, ends every session of the account and opens a new one. An
expired, used, replaced, tampered or unknown token fails alike, before any password is hashed.
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
from backend.accounts.models import EMAIL_MAX_LENGTH, Account, PasswordLinkRequest, PasswordResetToken
from backend.accounts.passwords import (
    PASSWORD_MAX_LENGTH,
    PASSWORD_MIN_LENGTH,
    PasswordRule,
    broken_rule,
    hash_password,
)
from backend.accounts.sessions import AccountProfile, end_session, open_session, revoke_sessions
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
LINK_BATCH_SIZE = 50


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


class RequestPasswordResetErrorCode(StrEnum):
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"


@dataclass(frozen=True, slots=True)
class ResetThrottled:
    retry_after_seconds: int
    code: RequestPasswordResetErrorCode = RequestPasswordResetErrorCode.TOO_MANY_REQUESTS


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
    transactions: Transactions, keys: SecretKeys, request: ResetRequest, now: datetime
) -> ResetRequested | ResetThrottled:
    email = lookup_form(request.email)
    counters = {"reset-client:" + keys.digest("reset-client", request.client): RESET_PER_CLIENT}
    if email is not None:
        counters["reset-email:" + keys.digest("reset-email", email)] = RESET_PER_EMAIL
    return await transactions.write(lambda db: _request(db, email, counters, request.language, now))


def lookup_form(raw: str) -> str | None:
    """The normalised address to look up, or None for input no account can have (too long, malformed,
    control or unassigned characters, lone surrogates): such input is answered without being kept."""
    email = normalise_email(raw[: EMAIL_MAX_LENGTH + 1])
    if not is_plausible_email(email) or any(unicodedata.category(c)[0] == "C" for c in email):
        return None
    return email


async def _request(
    db: AsyncSession, email: str | None, counters: dict[str, ThrottlePolicy], language: Language, now: datetime
) -> ResetRequested | ResetThrottled:
    states = await lock_counters(db, counters, now)
    wait = wait_imposed(counters, states, now)
    if wait > timedelta(0):
        await forget_unused_counters(db, counters)
        return ResetThrottled(math.ceil(wait.total_seconds()))
    await record_failure(db, counters, now)
    if email is not None:
        db.add(PasswordLinkRequest(email=email, language=language.value, requested_at=now))
    await forget_spent_counters(db, now - FORGET_COUNTERS_AFTER)
    return ResetRequested()


async def send_requested_links(db: AsyncSession, keys: SecretKeys, mail: MailSettings, now: datetime) -> int:
    """Background work: turn a batch of requests into links and mail, in one transaction; returns how many
    requests it took. Of several requests for one address only the last gets a link (a link voids the one
    before it, so mailing the earlier ones would only send dead links)."""
    claimed = list(
        await db.scalars(
            select(PasswordLinkRequest)
            .order_by(PasswordLinkRequest.id)
            .limit(LINK_BATCH_SIZE)
            .with_for_update(skip_locked=True)
        )
    )
    if not claimed:
        return 0
    await db.execute(
        delete(PasswordLinkRequest)
        .where(PasswordLinkRequest.id.in_([request.id for request in claimed]))
        .execution_options(synchronize_session=False)
    )
    latest = {request.email: request for request in claimed}
    accounts = await db.scalars(select(Account).where(Account.email.in_(sorted(latest))).order_by(Account.id))
    for account in accounts:
        await _issue_link(db, keys, mail, account, Language(latest[account.email].language), now)
    await _forget_expired_tokens(db, now)
    return len(claimed)


async def _issue_link(
    db: AsyncSession, keys: SecretKeys, mail: MailSettings, account: Account, language: Language, now: datetime
) -> None:
    token = secrets.token_urlsafe(32)
    await db.execute(delete(PasswordResetToken).where(PasswordResetToken.account_id == account.id))
    db.add(
        PasswordResetToken(
            account_id=account.id,
            digest=keys.digest("password-reset", token),
            created_at=now,
            expires_at=now + LINK_LIFETIME,
        )
    )
    recipient = Recipient(account.email, account.company_name, Language(account.language or language))
    await enqueue(db, _compose(mail, recipient, token, now), now)


def _compose(mail: MailSettings, recipient: Recipient, token: str, now: datetime) -> ComposedMessage:
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


async def _forget_expired_tokens(db: AsyncSession, now: datetime) -> None:
    """Delete links past their hour, skipping rows another transaction holds: it never waits on a lock."""
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
    transactions: Transactions, keys: SecretKeys, token: str, new_password: str, now: datetime, replacing: str = ""
) -> PasswordReset | ResetFailure:
    """Check the link, then the password's rules, then hash (outside any transaction), then use the link.
    `replacing` is the session token the browser held before (perhaps another account's): that session ends."""
    if not token or len(token) > TOKEN_MAX_LENGTH or not token.isascii():
        return ResetFailure(ResetPasswordErrorCode.INVALID_TOKEN)
    digest = keys.digest("password-reset", token)
    if await transactions.read(lambda db: _live_token_account(db, digest, now, lock=False)) is None:
        return ResetFailure(ResetPasswordErrorCode.INVALID_TOKEN)
    rule = broken_rule(new_password)
    if rule is PasswordRule.TOO_SHORT:
        return ResetFailure(ResetPasswordErrorCode.PASSWORD_TOO_SHORT, min_length=PASSWORD_MIN_LENGTH)
    if rule is PasswordRule.TOO_LONG:
        return ResetFailure(ResetPasswordErrorCode.PASSWORD_TOO_LONG, max_length=PASSWORD_MAX_LENGTH)
    password_hash = await hash_password(new_password)
    return await transactions.write(lambda db: _use_token(db, keys, digest, password_hash, now, replacing))


async def _live_token_account(db: AsyncSession, digest: str, now: datetime, *, lock: bool) -> int | None:
    query = select(PasswordResetToken.account_id).where(
        PasswordResetToken.digest == digest, PasswordResetToken.expires_at > now
    )
    return await db.scalar(query.with_for_update() if lock else query)


async def _use_token(
    db: AsyncSession, keys: SecretKeys, digest: str, password_hash: str, now: datetime, replacing: str
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
    await end_session(db, keys, replacing)
    # Whoever holds the link controls the mailbox: guesses at the password no longer hold the owner back.
    await clear_counter(db, email_counter_key(keys, account.email))
    session_token = await open_session(db, keys, account.id, now)
    return PasswordReset(
        account=AccountProfile.of(account),
        session_token=session_token,
        device_token=issue_device_token(keys, account.id, now),
    )
