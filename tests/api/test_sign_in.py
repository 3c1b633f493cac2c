"""Signing in and out over GraphQL: cookies, sessions, one error for every bad credential, slow-down."""

import asyncio
from datetime import timedelta

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette

from backend.accounts.models import AuthSession, SignInThrottle
from backend.accounts.passwords import needs_rehash, verify_password
from tests.conftest import ORIGIN, PASSWORD, SIGN_IN, TestClock, add_account, count_rows, gql, sign_in

ME = "{ me { email companyName isStaff } }"
INVALID = {
    "code": "INVALID_CREDENTIALS",
    "field": None,
    "message": "メールアドレスまたはパスワードが正しくありません。",
    "retryAfterSeconds": None,
}


async def _sessions(db: AsyncSession) -> int:
    return await count_rows(db, AuthSession)


async def test_sign_in_sets_an_httponly_lax_cookie_and_me_answers(client: httpx.AsyncClient, db: AsyncSession) -> None:
    await add_account(db, "buyer@example.co.jp", company_name="株式会社テスト")
    response = await client.post(
        "/graphql",
        json={"query": SIGN_IN, "variables": {"email": "Buyer@Example.co.jp ", "password": PASSWORD}},
    )
    assert response.json() == {"data": {"signIn": {"me": {"email": "buyer@example.co.jp"}, "errors": []}}}
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("koushin_session=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # development; production is tested below
    assert await gql(client, ME) == {
        "data": {"me": {"email": "buyer@example.co.jp", "companyName": "株式会社テスト", "isStaff": False}}
    }


async def test_signed_out_me_is_null(client: httpx.AsyncClient) -> None:
    assert await gql(client, ME) == {"data": {"me": None}}


async def test_every_sign_in_gets_a_new_session_id_and_ends_the_one_it_replaces(
    client: httpx.AsyncClient, db: AsyncSession, app: Starlette
) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    first = client.cookies["koushin_session"]
    await sign_in(client, "buyer@example.co.jp")
    second = client.cookies["koushin_session"]
    assert first != second
    assert await _sessions(db) == 1
    # Another browser's session is its own: signing in here does not end it.
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=ORIGIN, headers={"origin": ORIGIN}
    ) as other_browser:
        await sign_in(other_browser, "buyer@example.co.jp")
        assert (await gql(other_browser, ME))["data"]["me"]["email"] == "buyer@example.co.jp"
    assert (await gql(client, ME))["data"]["me"]["email"] == "buyer@example.co.jp"
    assert await _sessions(db) == 2


@pytest.mark.parametrize(
    ("email", "password"),
    [
        ("nobody@example.com", PASSWORD),
        ("buyer@example.co.jp", "wrong password"),
        ("", ""),
        ("buyer@example.co.jp", ""),
        ("a" * 10_000 + "@example.com", PASSWORD),
        ("no-password@example.com", ""),
        ("no-password@example.com", PASSWORD),
    ],
)
async def test_every_bad_credential_gives_the_same_error_and_no_session(
    client: httpx.AsyncClient, db: AsyncSession, email: str, password: str
) -> None:
    await add_account(db, "buyer@example.co.jp")
    await add_account(db, "no-password@example.com", password=None)
    assert await sign_in(client, email, password) == {"me": None, "errors": [INVALID]}
    assert "koushin_session" not in client.cookies
    assert await _sessions(db) == 0


async def test_the_error_message_follows_the_request_language(client: httpx.AsyncClient) -> None:
    client.headers["accept-language"] = "en-GB,en;q=0.9"
    payload = await sign_in(client, "nobody@example.com", "x")
    assert payload["errors"][0]["message"] == "The e-mail address or password is incorrect."


async def test_sign_out_revokes_the_session_server_side(client: httpx.AsyncClient, db: AsyncSession) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    stolen = client.cookies["koushin_session"]
    body = await gql(client, "mutation { signOut { ok } }")
    assert body == {"data": {"signOut": {"ok": True}}}
    assert "koushin_session" not in client.cookies
    assert await _sessions(db) == 0
    # The old cookie, replayed, no longer signs anyone in.
    client.cookies.set("koushin_session", stolen)
    assert await gql(client, ME) == {"data": {"me": None}}


async def test_an_expired_session_is_signed_out(client: httpx.AsyncClient, db: AsyncSession, clock: TestClock) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    clock.advance(timedelta(hours=12))
    assert await gql(client, ME) == {"data": {"me": None}}


async def test_repeated_failures_slow_down_one_email_whether_or_not_it_exists(
    client: httpx.AsyncClient, db: AsyncSession, clock: TestClock
) -> None:
    await add_account(db, "buyer@example.co.jp")
    for email in ("buyer@example.co.jp", "nobody@example.com"):
        for _ in range(5):
            assert (await sign_in(client, email, "wrong"))["errors"] == [INVALID]
        refused = await sign_in(client, email, PASSWORD)
        assert refused["me"] is None
        assert refused["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"
        assert refused["errors"][0]["retryAfterSeconds"] == 30
    # Even the right password waits; after the wait it works and clears the count.
    clock.advance(timedelta(seconds=30))
    assert (await sign_in(client, "buyer@example.co.jp"))["errors"] == []
    assert await _sessions(db) == 1


async def test_repeated_failures_from_one_client_slow_it_down(
    client: httpx.AsyncClient, db: AsyncSession, clock: TestClock
) -> None:
    await add_account(db, "buyer@example.co.jp")
    for n in range(30):
        assert (await sign_in(client, f"guess{n}@example.com", "wrong"))["errors"] == [INVALID]
    refused = await sign_in(client, "buyer@example.co.jp")
    assert refused["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"
    assert await _sessions(db) == 0


async def test_concurrent_sign_ins_all_get_their_answer(client: httpx.AsyncClient, db: AsyncSession) -> None:
    """Writers queue on the database instead of failing or deadlocking. Right and wrong passwords
    for one e-mail from one client contend for the same counters and sessions, at once."""
    await add_account(db, "buyer@example.co.jp")
    for _ in range(4):
        attempts = [sign_in(client, "buyer@example.co.jp", PASSWORD if n % 2 else "wrong") for n in range(8)]
        for result in await asyncio.gather(*attempts):
            if result["errors"]:
                assert result["me"] is None
                assert result["errors"][0]["code"] in {"INVALID_CREDENTIALS", "TOO_MANY_ATTEMPTS"}
            else:
                assert result["me"] == {"email": "buyer@example.co.jp"}


async def test_spent_failure_counters_and_expired_sessions_are_cleared_away(
    client: httpx.AsyncClient, db: AsyncSession, clock: TestClock, app: Starlette
) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "guess@example.com", "wrong")
    assert await count_rows(db, SignInThrottle) == 2  # the e-mail's counter and the client's
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=ORIGIN, headers={"origin": ORIGIN}
    ) as other_browser:
        await sign_in(other_browser, "buyer@example.co.jp")
    clock.advance(timedelta(hours=12))
    assert await count_rows(db, AuthSession) == 1
    # Half a day later the next attempt deletes the spent counter and the expired session; the
    # client's counter, spent too, starts again from this failure.
    await sign_in(client, "another-guess@example.com", "wrong")
    assert await count_rows(db, SignInThrottle) == 2
    assert await db.scalar(select(func.max(SignInThrottle.failures))) == 1
    assert await count_rows(db, AuthSession) == 0
    await sign_in(client, "buyer@example.co.jp")
    assert await count_rows(db, AuthSession) == 1


async def test_a_hash_with_old_parameters_is_upgraded_at_sign_in(client: httpx.AsyncClient, db: AsyncSession) -> None:
    """Even for a password shorter than today's rule, which must not lock its owner out."""
    account = await add_account(db, "old@example.com", password=None)
    account.password_hash = PasswordHasher(time_cost=1, memory_cost=8_192).hash("short")
    await db.commit()
    assert (await sign_in(client, "old@example.com", "short"))["errors"] == []
    await db.refresh(account)
    assert account.password_hash is not None
    assert not needs_rehash(account.password_hash)
    assert await verify_password(account.password_hash, "short")
