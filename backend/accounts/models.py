"""Tables for accounts, their server-side sessions, password links and throttle counters."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from backend.db.base import Base, CheckedString, UTCDateTime

EMAIL_MAX_LENGTH = 254


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(CheckedString(EMAIL_MAX_LENGTH), unique=True)
    """Normalised (see emails.normalise_email)."""
    password_hash: Mapped[str | None] = mapped_column(CheckedString(200))
    """Argon2id; None until a password is set, and such an account cannot sign in."""
    company_name: Mapped[str | None] = mapped_column(CheckedString(200))
    is_staff: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str | None] = mapped_column(CheckedString(2))
    """The language the account last used the app in (ja or en); its mail is written in it."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuthSession(Base):
    """A signed-in browser. The cookie holds a random token; only its keyed hash is stored."""

    __tablename__ = "auth_sessions"
    __table_args__ = (Index("ix_auth_sessions_expires_at", "expires_at"),)

    id: Mapped[str] = mapped_column(CheckedString(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PasswordResetToken(Base):
    """The one live link to set an account's password: a new request replaces it, using it deletes it."""

    __tablename__ = "password_reset_tokens"
    __table_args__ = (Index("ix_password_reset_tokens_expires_at", "expires_at"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    digest: Mapped[str] = mapped_column(CheckedString(64), unique=True)
    """The keyed hash of the token in the link; the token itself is stored nowhere."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PasswordLinkRequest(Base):
    """A request for a password link, answered at once and handled by background work (password_reset.py),
    so that the answer costs the same whether or not the address has an account."""

    __tablename__ = "password_link_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(CheckedString(EMAIL_MAX_LENGTH))
    """Normalised, as typed: it may match no account."""
    language: Mapped[str] = mapped_column(CheckedString(2))
    """The request's language: the mail's, for an account that has not chosen one."""
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SignInThrottle(Base):
    """Recent failed sign-ins for one key (a hashed e-mail or a client address)."""

    __tablename__ = "sign_in_throttles"
    __table_args__ = (Index("ix_sign_in_throttles_last_failure_at", "last_failure_at"),)

    key: Mapped[str] = mapped_column(CheckedString(80), primary_key=True)
    failures: Mapped[int]
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime())
