"""Sign-in throttling as an attacker meets it: guessing stays slow, the owner on a known device gets in,
the allowance holds however many attempts run at once, and no lock is held while a password is checked."""

import asyncio
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import replace
from datetime import timedelta
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette

from backend.accounts.models import AuthSession, SignInThrottle
from backend.accounts.passwords import needs_rehash
from backend.core.settings import Settings
from backend.web.app import create_app
from tests.conftest import ORIGIN, PASSWORD, TestClock, add_account, count_rows, sign_in

OWNER = "owner@example.co.jp"
SIGN_IN_INLINE = 'mutation { signIn(email: "%s", password: "x") { errors { code } } }'
Browser = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
def browser(app: Starlette) -> Browser:
    """A browser of its own (cookies of its own) at a client address of its own."""

    @asynccontextmanager
    async def open_browser(address: str = "127.0.0.1") -> AsyncIterator[httpx.AsyncClient]:
        transport = httpx.ASGITransport(app=app, client=(address, 50_000))
        async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as client:
            yield client

    return open_browser


def codes(payloads: list[dict[str, Any]]) -> Counter[str]:
    return Counter(p["errors"][0]["code"] if p["errors"] else "SIGNED_IN" for p in payloads)


async def _failures(db: AsyncSession) -> list[int]:
    failures = sorted((await db.scalars(select(SignInThrottle.failures))).all())
    await db.commit()
    return failures


async def test_guessing_from_elsewhere_does_not_lock_out_the_owner_on_a_known_device(
    browser: Browser, db: AsyncSession
) -> None:
    await add_account(db, OWNER)
    async with browser("192.0.2.10") as owners_browser:
        assert (await sign_in(owners_browser, OWNER))["errors"] == []
        assert "koushin_device" in owners_browser.cookies
        await owners_browser.post("/graphql", json={"query": "mutation { signOut { ok } }"})
        assert "koushin_device" in owners_browser.cookies  # signing out does not forget the device

        for n in range(5):
            async with browser(f"198.51.100.{n}") as attacker:
                assert (await sign_in(attacker, OWNER, "guess"))["errors"][0]["code"] == "INVALID_CREDENTIALS"

        # A new device is still slowed down, even with the right password...
        async with browser("203.0.113.7") as new_device:
            refused = await sign_in(new_device, OWNER)
            assert refused["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"
            assert refused["errors"][0]["retryAfterSeconds"] == 30
        # ...while the owner's known device signs in, and gets a fresh device token.
        old_token = owners_browser.cookies["koushin_device"]
        assert (await sign_in(owners_browser, OWNER))["me"] == {"email": OWNER}
        assert owners_browser.cookies["koushin_device"] != old_token
    assert await count_rows(db, AuthSession) == 1


async def test_a_known_device_has_an_allowance_of_its_own_and_then_is_known_no_more(
    browser: Browser, db: AsyncSession, clock: TestClock
) -> None:
    await add_account(db, OWNER)
    async with browser() as device:
        await sign_in(device, OWNER)
        outcomes = [(await sign_in(device, OWNER, "typo"))["errors"][0]["code"] for _ in range(11)]
        # Five on the device's own counter, then five on the e-mail's as any browser, then a wait.
        assert outcomes == ["INVALID_CREDENTIALS"] * 10 + ["TOO_MANY_ATTEMPTS"]
        assert await _failures(db) == [5, 5, 5]  # the device, the e-mail, the client address
        # An hour after its last failure the device is known again, and its owner gets in; the
        # spent counters are cleared away as that sign-in happens.
        clock.advance(timedelta(hours=1, seconds=1))
        assert (await sign_in(device, OWNER))["errors"] == []
    assert await _failures(db) == []


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("0" if token[-1] != "0" else "1"),  # the MAC altered
        lambda token: token.split(".")[0] + ".1." + token.split(".")[2],  # the issue time altered
        lambda token: token + ".extra",
        lambda token: "",
        lambda token: "not-a-token",
        lambda token: "a" * 10_000,
    ],
)
async def test_a_forged_or_altered_device_token_is_an_unknown_device(
    browser: Browser, db: AsyncSession, tamper: Callable[[str], str]
) -> None:
    await add_account(db, OWNER)
    async with browser() as device:
        await sign_in(device, OWNER)
        token = device.cookies["koushin_device"]
        await _lock_the_email(browser)
        device.cookies.delete("koushin_device")
        device.cookies.set("koushin_device", tamper(token))
        assert (await sign_in(device, OWNER))["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"


async def test_a_device_token_works_only_for_its_own_account_and_only_for_a_year(
    browser: Browser, db: AsyncSession, clock: TestClock
) -> None:
    await add_account(db, OWNER)
    await add_account(db, "attacker@example.com")
    async with browser() as device:
        await sign_in(device, "attacker@example.com")  # a genuine token, of another account
        await _lock_the_email(browser)
        assert (await sign_in(device, OWNER))["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"

    async with browser() as device:
        clock.advance(timedelta(hours=2))
        await sign_in(device, OWNER)
        clock.advance(timedelta(days=365, seconds=1))
        await _lock_the_email(browser)
        assert (await sign_in(device, OWNER))["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"


async def _lock_the_email(browser: Browser) -> None:
    for n in range(5):
        async with browser(f"198.51.100.{n}") as attacker:
            await sign_in(attacker, OWNER, "guess")


async def test_concurrent_wrong_passwords_get_exactly_the_allowance(browser: Browser, db: AsyncSession) -> None:
    """40 at once for one e-mail from 40 addresses: five are checked and answered, the rest wait."""
    await add_account(db, OWNER)

    async def guess(n: int) -> dict[str, Any]:
        async with browser(f"198.51.100.{n}") as attacker:
            return await sign_in(attacker, OWNER, f"guess {n}")

    results = await asyncio.gather(*(guess(n) for n in range(40)))
    assert codes(results) == {"INVALID_CREDENTIALS": 5, "TOO_MANY_ATTEMPTS": 35}
    email_failures = await db.scalar(select(func.max(SignInThrottle.failures)))
    assert email_failures == 5
    await db.commit()


async def test_concurrent_guesses_from_one_address_get_exactly_its_allowance(
    browser: Browser, db: AsyncSession
) -> None:
    async with browser("198.51.100.1") as attacker:
        results = await asyncio.gather(*(sign_in(attacker, f"guess{n}@example.com", "x") for n in range(40)))
    assert codes(results) == {"INVALID_CREDENTIALS": 30, "TOO_MANY_ATTEMPTS": 10}


async def test_concurrent_wrong_passwords_on_a_known_device_get_exactly_its_allowance(
    browser: Browser, db: AsyncSession
) -> None:
    await add_account(db, OWNER)
    async with browser() as device:
        await sign_in(device, OWNER)
        results = await asyncio.gather(*(sign_in(device, OWNER, f"guess {n}") for n in range(20)))
    assert codes(results) == {"INVALID_CREDENTIALS": 5, "TOO_MANY_ATTEMPTS": 15}


async def test_concurrent_right_passwords_all_sign_in(browser: Browser, db: AsyncSession) -> None:
    """Successes are not counted against anyone's allowance, however many arrive at once."""
    await add_account(db, OWNER)
    async with browser() as office:
        results = await asyncio.gather(*(sign_in(office, OWNER) for _ in range(40)))
    assert codes(results) == {"SIGNED_IN": 40}
    assert await _failures(db) == []


async def test_no_lock_is_held_while_a_password_is_checked(
    client: httpx.AsyncClient, db: AsyncSession, database_url: str
) -> None:
    """A hash with costly parameters keeps the sign-in verifying for a second or more; meanwhile
    another writer takes the write lock (SQLite) and the rows sign-in touches (PostgreSQL) at once."""
    account = await add_account(db, OWNER, password=None)
    account.password_hash = PasswordHasher(time_cost=60).hash(PASSWORD)
    await db.commit()

    signing_in = asyncio.create_task(sign_in(client, OWNER))
    await asyncio.sleep(0.3)  # past the read step, into the verification
    await _write_without_waiting(database_url, db, account.id)
    assert not signing_in.done(), "the sign-in should still have been verifying"
    assert (await signing_in)["errors"] == []
    await db.refresh(account)
    assert account.password_hash is not None and not needs_rehash(account.password_hash)
    assert account.company_name == "written while the password was checked"


async def _write_without_waiting(database_url: str, db: AsyncSession, account_id: int) -> None:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        connection = sqlite3.connect(str(url.database), timeout=0, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")  # "database is locked" at once if anyone holds the write lock
            connection.execute(
                "UPDATE accounts SET company_name = 'written while the password was checked' WHERE id = ?",
                (account_id,),
            )
            connection.execute("COMMIT")
        finally:
            connection.close()
        return
    await db.execute(text("SET LOCAL lock_timeout = '100ms'"))
    await db.execute(
        text("UPDATE accounts SET company_name = 'written while the password was checked' WHERE id = :id"),
        {"id": account_id},
    )
    await db.execute(text("SELECT key FROM sign_in_throttles FOR UPDATE NOWAIT"))
    await db.commit()


@pytest.fixture
async def behind_proxy(settings: Settings, clock: TestClock) -> AsyncIterator[Starlette]:
    app = create_app(replace(settings, trusted_proxies=("10.0.0.0/8",)), clock=clock)
    async with app.router.lifespan_context(app):
        yield app


async def test_forwarded_addresses_are_ignored_unless_the_peer_is_a_trusted_proxy(
    browser: Browser, behind_proxy: Starlette, db: AsyncSession
) -> None:
    """By default no proxy is trusted: a client cannot pick its own address to escape the throttle."""
    async with browser("127.0.0.1") as local_attacker:
        for n in range(30):
            response = await local_attacker.post(
                "/graphql",
                json={"query": SIGN_IN_INLINE % f"g{n}@x.jp"},
                headers={"x-forwarded-for": f"203.0.113.{n}"},
            )
            assert response.json()["data"]["signIn"]["errors"] == [{"code": "INVALID_CREDENTIALS"}]
        assert (await sign_in(local_attacker, "another@x.jp", "x"))["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"

    # Behind a trusted proxy, each forwarded client has its own allowance (31 guesses from 31 addresses,
    # one more than one address may make), and the scheme it used counts: its https Origin is its own.
    proxy = httpx.ASGITransport(app=behind_proxy, client=("10.1.2.3", 50_000))
    async with httpx.AsyncClient(
        transport=proxy, base_url=ORIGIN, headers={"origin": "https://testserver"}
    ) as through_proxy:
        for n in range(31):
            response = await through_proxy.post(
                "/graphql",
                json={"query": SIGN_IN_INLINE % f"p{n}@x.jp"},
                headers={"x-forwarded-for": f"203.0.113.{n}, 10.9.9.9", "x-forwarded-proto": "https"},
            )
            assert response.json()["data"]["signIn"]["errors"] == [{"code": "INVALID_CREDENTIALS"}]
