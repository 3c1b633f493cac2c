"""Known devices, after OWASP's "device cookies": a browser that has signed in to an account
keeps an allowance of failed sign-ins of its own there, so guessing from elsewhere cannot lock
the owner out.

A device token is issued at every successful sign-in. It is bound to the account and to its
issue time by a keyed MAC, so it cannot be forged, moved to another account or kept past its
lifetime; it is not stored, only the failures counted against it are (under a digest of it).
"""

import hmac
import secrets
from datetime import datetime, timedelta

from backend.accounts.keys import SecretKeys

DEVICE_TOKEN_LIFETIME = timedelta(days=365)
DEVICE_TOKEN_MAX_LENGTH = 120


def issue_device_token(keys: SecretKeys, account_id: int, now: datetime) -> str:
    nonce = secrets.token_urlsafe(16)
    issued = str(int(now.timestamp()))
    return f"{nonce}.{issued}.{_mac(keys, account_id, nonce, issued)}"


def device_counter_key(keys: SecretKeys, token: str, account_id: int, now: datetime) -> str | None:
    """The failure counter of a genuine, current token of this account; None for any other token."""
    parts = token.split(".")
    if len(token) > DEVICE_TOKEN_MAX_LENGTH or not token.isascii() or len(parts) != 3:
        return None
    nonce, issued, mac = parts
    if not (nonce and issued.isdigit() and len(issued) <= 12):
        return None
    if not hmac.compare_digest(mac, _mac(keys, account_id, nonce, issued)):
        return None
    age = now.timestamp() - int(issued)
    if not 0 <= age <= DEVICE_TOKEN_LIFETIME.total_seconds():
        return None
    return "device:" + keys.digest("device-counter", token)


def _mac(keys: SecretKeys, account_id: int, nonce: str, issued: str) -> str:
    return keys.digest("device", f"{account_id}.{nonce}.{issued}")
