"""Argon2id password hashing, run off the event loop because it is deliberately slow."""

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from enum import StrEnum
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 1024

T = TypeVar("T")

_hasher = PasswordHasher()
# Argon2 releases the GIL, so threads hash in parallel; one per core keeps a burst of sign-ins
# from taking more memory (64 MiB per hash) and CPU than the machine has.
_hashing = ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="argon2")
# Verified against when the e-mail is unknown, so both failures cost the same time.
_DUMMY_HASH = _hasher.hash("an unguessable placeholder that matches no password")


class PasswordRule(StrEnum):
    TOO_SHORT = "TOO_SHORT"
    TOO_LONG = "TOO_LONG"


class WeakPasswordError(ValueError):
    def __init__(self, rule: PasswordRule) -> None:
        self.rule = rule
        super().__init__(
            f"a password needs at least {PASSWORD_MIN_LENGTH} characters"
            if rule is PasswordRule.TOO_SHORT
            else f"a password may have at most {PASSWORD_MAX_LENGTH} characters"
        )


def broken_rule(password: str) -> PasswordRule | None:
    """The rule a new password breaks, if any."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return PasswordRule.TOO_SHORT
    if len(password) > PASSWORD_MAX_LENGTH:
        return PasswordRule.TOO_LONG
    return None


def check_new_password(password: str) -> None:
    rule = broken_rule(password)
    if rule is not None:
        raise WeakPasswordError(rule)


async def hash_password(password: str) -> str:
    check_new_password(password)
    return await _off_the_loop(_hasher.hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    """True when the password matches; a missing hash still costs one verification."""
    return await _off_the_loop(_verify, password_hash, password)


async def rehash_password(password: str) -> str:
    """A fresh hash of a password that just verified: stronger parameters, no new-password rules."""
    return await _off_the_loop(_hasher.hash, password)


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def _verify(password_hash: str | None, password: str) -> bool:
    candidate = password[:PASSWORD_MAX_LENGTH]
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, candidate) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


async def _off_the_loop(function: Callable[..., T], *args: object) -> T:
    return await asyncio.get_running_loop().run_in_executor(_hashing, function, *args)
