"""Device tokens: genuine ones of the account within their year are known, anything else is not."""

from datetime import UTC, datetime, timedelta

import pytest

from backend.accounts.devices import DEVICE_TOKEN_LIFETIME, device_counter_key, issue_device_token
from backend.accounts.keys import SecretKeys

KEYS = SecretKeys("a test key that is long enough for the purpose")
NOW = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)


def test_a_genuine_token_is_known_for_a_year_to_its_own_account_only() -> None:
    token = issue_device_token(KEYS, 7, NOW)
    key = device_counter_key(KEYS, token, 7, NOW)
    assert key is not None and key.startswith("device:") and len(key) <= 80
    assert device_counter_key(KEYS, token, 7, NOW + DEVICE_TOKEN_LIFETIME) == key
    assert device_counter_key(KEYS, token, 7, NOW + DEVICE_TOKEN_LIFETIME + timedelta(seconds=1)) is None
    assert device_counter_key(KEYS, token, 7, NOW - timedelta(seconds=1)) is None  # issued in the future
    assert device_counter_key(KEYS, token, 8, NOW) is None
    assert device_counter_key(SecretKeys("another key, another deployment, same length"), token, 7, NOW) is None


def test_every_token_is_new_and_counts_on_its_own() -> None:
    first, second = issue_device_token(KEYS, 7, NOW), issue_device_token(KEYS, 7, NOW)
    assert first != second
    assert device_counter_key(KEYS, first, 7, NOW) != device_counter_key(KEYS, second, 7, NOW)


@pytest.mark.parametrize(
    "token",
    ["", ".", "..", "a.b.c", "a.1.", ".1.abc", "a.-1.b", "a.１２.b", "é.1.b", "a.1.b.c", "x" * 121, "\x00.1.a"],
)
def test_anything_else_is_unknown(token: str) -> None:
    assert device_counter_key(KEYS, token, 7, NOW) is None
