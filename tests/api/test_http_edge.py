"""The HTTP edge: CSRF refusals that change nothing, no GET operations, limits, masking, production mode, the SPA."""

from datetime import date

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account, AuthSession, SignInThrottle
from tests.conftest import PASSWORD, SIGN_IN, add_account, add_licences, count_rows, gql, sign_in


async def _rows(db: AsyncSession) -> tuple[int, int]:
    return await count_rows(db, AuthSession), await count_rows(db, SignInThrottle)


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example", "sec-fetch-site": "cross-site"},
        {"origin": "https://evil.example"},
        {"sec-fetch-site": "same-site"},
        {},
    ],
)
async def test_a_cross_site_post_with_the_cookie_is_refused_and_does_nothing(
    client: httpx.AsyncClient, db: AsyncSession, headers: dict[str, str]
) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    before = await _rows(db)
    del client.headers["origin"]
    response = await client.post("/graphql", json={"query": "mutation { signOut { ok } }"}, headers=headers)
    assert response.status_code == 403
    assert response.json() == {
        "errors": [{"message": "Cross-site requests are refused.", "extensions": {"code": "REQUEST_REFUSED"}}]
    }
    assert await _rows(db) == before == (1, 0)


async def test_a_cross_site_sign_in_is_refused_too(client: httpx.AsyncClient, db: AsyncSession) -> None:
    await add_account(db, "buyer@example.co.jp")
    response = await client.post(
        "/graphql",
        json={"query": SIGN_IN, "variables": {"email": "buyer@example.co.jp", "password": PASSWORD}},
        headers={"origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert await _rows(db) == (0, 0)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", '{"query": "mutation { signOut { ok } }"}'),
        ("application/x-www-form-urlencoded", "query=mutation+%7B+signOut+%7B+ok+%7D+%7D"),
        ("application/graphql", "mutation { signOut { ok } }"),
    ],
)
async def test_only_json_posts_are_heard(
    client: httpx.AsyncClient, db: AsyncSession, content_type: str, body: str
) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    response = await client.post("/graphql", content=body, headers={"content-type": content_type})
    assert response.status_code == 415
    assert await _rows(db) == (1, 0)


async def test_no_operations_over_get(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", params={"query": "{ me { email } }"})
    assert response.status_code == 405
    response = await client.get(
        "/graphql", params={"query": "{ me { email } }"}, headers={"accept": "application/json"}
    )
    assert response.status_code == 405


async def test_the_explorer_is_served_to_browsers_at_graphql(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"accept": "text/html,application/xhtml+xml"})
    assert response.status_code == 200
    assert response.text == "<!doctype html><title>Koushin explorer</title>"
    assert (await client.get("/explorer.html")).text == response.text
    assert "default-src 'self'" in response.headers["content-security-policy"]


async def test_the_spa_is_served_for_its_routes_and_files_but_nothing_outside_the_build(
    client: httpx.AsyncClient,
) -> None:
    for path in ("/", "/licences", "/sign-in"):
        response = await client.get(path)
        assert response.status_code == 200
        assert response.text == "<!doctype html><title>Koushin app</title>"
        assert response.headers["x-frame-options"] == "DENY"
    assert (await client.get("/assets/app.js")).text == "console.log('app')"
    assert (await client.get("/missing.js")).status_code == 404
    assert (await client.get("/..%2F..%2Fetc%2Fpasswd.txt")).status_code == 404


async def test_alias_and_token_limits(client: httpx.AsyncClient) -> None:
    aliases = " ".join(f"a{n}: products {{ code }}" for n in range(16))
    body = await gql(client, "{ " + aliases + " }")
    assert body == {
        "data": None,
        "errors": [{"message": "The query has more than 15 aliases.", "extensions": {"code": "TOO_MANY_ALIASES"}}],
    }
    big = "{ " + " ".join("products { code }" for _ in range(700)) + " }"
    body = await gql(client, big)
    assert body["errors"][0]["message"] == "Syntax Error: Document contains more than 1000 tokens. Parsing aborted."


async def test_unexpected_errors_are_masked(client: httpx.AsyncClient, db: AsyncSession) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    # A licence of a product the catalogue no longer has is a data bug: the client sees no detail.
    account = await db.scalar(select(Account))
    assert account is not None
    await add_licences(db, account, ("BUGS0000000000000001", "RETIRED", date(2027, 1, 1)))
    body = await gql(client, "{ licences { nodes { product { code } } } }")
    assert body["errors"][0]["message"] == "Unexpected error."
    assert "RETIRED" not in str(body)


async def test_production_hides_introspection_and_the_explorer_and_secures_the_cookie(
    production: httpx.AsyncClient, db: AsyncSession
) -> None:
    await add_account(db, "buyer@example.co.jp")
    body = await gql(production, "{ __schema { queryType { name } } }")
    assert body["data"] is None
    assert "introspection" in body["errors"][0]["message"].lower()
    assert (await production.get("/graphql", headers={"accept": "text/html"})).status_code == 405
    assert (await production.get("/explorer.html")).status_code == 404
    assert (await production.get("/./explorer.html")).status_code == 404
    response = await production.post(
        "/graphql", json={"query": SIGN_IN, "variables": {"email": "buyer@example.co.jp", "password": PASSWORD}}
    )
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("__Host-koushin_session=")
    assert "Secure" in cookie and "HttpOnly" in cookie
    assert response.headers["strict-transport-security"] == "max-age=31536000; includeSubDomains"
    assert (await gql(production, "{ me { email } }")) == {"data": {"me": {"email": "buyer@example.co.jp"}}}
