"""Requests no client of ours sends: oversized, malformed, too deep, invalid text, another Host.
Each gets a clear 4xx or a typed error, never a 500, and nothing is written."""

import base64
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette
from starlette.types import Message

from backend.accounts.models import Account, AuthSession, SignInThrottle
from backend.web.request_body import MAX_BODY_BYTES
from tests.conftest import ORIGIN, PASSWORD, SIGN_IN, add_account, count_rows, gql, sign_in


async def _rows(db: AsyncSession) -> tuple[int, int, int]:
    return await count_rows(db, Account), await count_rows(db, AuthSession), await count_rows(db, SignInThrottle)


def refused(message: str) -> dict[str, Any]:
    return {"errors": [{"message": message, "extensions": {"code": "REQUEST_REFUSED"}}]}


NOT_TEXT = refused("Text in the request must be valid Unicode without NUL characters.")


@pytest.mark.parametrize(
    ("body", "status", "answer"),
    [
        (b'"x"', 400, refused("The request body must be a JSON object with a GraphQL query.")),
        (b"[]", 400, refused("The request body must be a JSON object with a GraphQL query.")),
        (b"null", 400, refused("The request body must be a JSON object with a GraphQL query.")),
        (b"{", 400, refused("The request body is not valid JSON.")),
        (b"", 400, refused("The request body is not valid JSON.")),
        (
            b'{"query": "{ products { code } }", "variables": {"n": NaN}}',
            400,
            refused("The request body is not valid JSON."),
        ),
        (
            b'{"query": "{ x }", "variables": {"n": ' + b"9" * 5000 + b"}}",
            400,
            refused("The request body is not valid JSON."),
        ),
        (b'{"query": "\xff"}', 400, refused("The request body must be JSON encoded as UTF-8.")),
        (
            '{"query": "{ products { code } }"}'.encode("utf-16"),
            400,
            refused("The request body must be JSON encoded as UTF-8."),
        ),
        (b"[" * 5000 + b"]" * 5000, 400, refused("The request body is not valid JSON.")),
        (
            b'{"query": "{ products { code } }", "variables": ' + b"[" * 40 + b"]" * 40 + b"}",
            400,
            refused("The request body nests arrays and objects deeper than 32."),
        ),
        (b"{}", 400, refused("The request has no GraphQL query (a string in `query`).")),
        (b'{"query": 5}', 400, refused("The request has no GraphQL query (a string in `query`).")),
        (b'{"query": "   "}', 400, refused("The request has no GraphQL query (a string in `query`).")),
        (
            b'{"query": "{ me { email } }", "variables": []}',
            400,
            refused("The request's `variables` must be a JSON object."),
        ),
        (
            b'{"query": "{ me { email } }", "operationName": 1}',
            400,
            refused("The request's `operationName` must be a string."),
        ),
        (
            b'{"query": "{ me { email } }", "extensions": "x"}',
            400,
            refused("The request's `extensions` must be a JSON object."),
        ),
        (b'{"query": "{ me { email } }", "operationName": "A\\u0000"}', 400, NOT_TEXT),
        (b'{"query": "{ me { email } } # \\ud800"}', 400, NOT_TEXT),
        (b'{"query": "{ me { email } }", "extensions": {"\\udfff": 1}}', 400, NOT_TEXT),
        (b'{"query": "query Q { me { email } }", "operationName": "R"}', 400, refused('Unknown operation named "R".')),
        (b'{"query": "subscription { me { email } }"}', 400, refused("subscriptions are not allowed when using POST")),
    ],
)
async def test_malformed_bodies_are_refused_with_a_reason(
    client: httpx.AsyncClient, body: bytes, status: int, answer: dict[str, Any]
) -> None:
    response = await client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert (response.status_code, response.json()) == (status, answer)


@pytest.mark.parametrize(
    ("email", "password"),
    [
        ("buyer@example.co.jp\ud800", PASSWORD),
        ("buyer@example.co.jp", "\udc00" + PASSWORD),
        ("buyer@example.co.jp\x00", PASSWORD),
        ("buyer@example.co.jp", PASSWORD + "\x00"),
    ],
)
async def test_invalid_text_in_variables_is_refused_and_nothing_is_written(
    client: httpx.AsyncClient, db: AsyncSession, email: str, password: str
) -> None:
    await add_account(db, "buyer@example.co.jp")
    before = await _rows(db)
    # json.dumps writes a lone surrogate as the escape \\ud800, as a hostile client would.
    body = json.dumps({"query": SIGN_IN, "variables": {"email": email, "password": password}})
    response = await client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert (response.status_code, response.json()) == (400, NOT_TEXT)
    assert await _rows(db) == before


async def test_a_nul_in_a_cursor_is_refused_before_the_database(client: httpx.AsyncClient, db: AsyncSession) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    query = "query($after: String) { licences(after: $after) { totalCount } }"
    response = await client.post("/graphql", json={"query": query, "variables": {"after": "abc\x00"}})
    assert (response.status_code, response.json()) == (400, NOT_TEXT)
    for content in (
        "2026-11-26\x1fAAAA\x00000000000000000",
        "2026-11-26\x1fAAAA0000000000000001\x00",
        "20261126\x1fAAAA0000000000000001",
    ):
        forged = base64.urlsafe_b64encode(content.encode()).decode().rstrip("=")
        body = await gql(client, query, after=forged)
        assert body["errors"][0]["extensions"] == {"code": "INVALID_CURSOR"}


async def test_a_body_over_the_limit_is_refused_with_413_before_it_is_read(client: httpx.AsyncClient) -> None:
    padding = " " * MAX_BODY_BYTES
    response = await client.post(
        "/graphql",
        content=f'{{"query": "{{ me {{ email }} }}{padding}"}}'.encode(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json() == refused("The request body is larger than 1024 KiB.")


async def test_a_chunked_body_over_the_limit_is_refused_with_413_as_it_arrives(client: httpx.AsyncClient) -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'{"query": "{ me { email } }", "variables": {"x": "'
        for _ in range(100):
            sent += 64 * 1024
            yield b"x" * 64 * 1024
        yield b'"}}'

    response = await client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert sent <= MAX_BODY_BYTES + 64 * 1024  # it stopped reading at the limit


async def test_a_body_just_under_the_limit_is_heard(client: httpx.AsyncClient) -> None:
    query = "{ products { code } }"
    body = json.dumps({"query": query, "variables": {"x": ""}})
    body = body.replace('"x": ""', '"x": "' + "x" * (MAX_BODY_BYTES - len(body)) + '"')
    assert len(body) == MAX_BODY_BYTES
    response = await client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert response.json()["data"]["products"][0] == {"code": "CLOUD"}


async def test_a_bad_content_length_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", content=b"{}", headers={"content-type": "application/json", "content-length": "-1"}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("host", ["evil.example", "testserver.evil.example", "127.0.0.1", "[::1]", "", "testserver:x"])
async def test_only_the_configured_host_names_are_served(
    client: httpx.AsyncClient, db: AsyncSession, host: str
) -> None:
    """DNS rebinding: a page on another name, resolving to us, posts with Host and Origin both its own."""
    await add_account(db, "buyer@example.co.jp")
    before = await _rows(db)
    origin = f"http://{host}"
    for path in ("/graphql", "/", "/healthz"):
        response = await client.post(
            path,
            json={"query": SIGN_IN, "variables": {"email": "buyer@example.co.jp", "password": PASSWORD}},
            headers={"host": host, "origin": origin},
        )
        assert (response.status_code, response.text) == (400, "Invalid host header")
        assert response.headers["x-frame-options"] == "DENY"
    assert await _rows(db) == before


async def test_the_configured_host_with_a_port_is_served(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql",
        json={"query": "{ products { code } }"},
        headers={"host": "testserver:8000", "origin": ORIGIN + ":8000"},
    )
    assert response.status_code == 200


async def test_a_client_that_hangs_up_halfway_through_its_body_is_no_error(
    app: Starlette, caplog: pytest.LogCaptureFixture
) -> None:
    arriving: list[Message] = [
        {"type": "http.request", "body": b'{"query": "{ me', "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[Message] = []

    async def receive() -> Message:
        return arriving.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    headers = [(b"host", b"testserver"), (b"content-type", b"application/json"), (b"origin", ORIGIN.encode())]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50_000),
        "server": ("testserver", 80),
    }
    await app(scope, receive, send)
    assert sent[0]["status"] == 400
    assert [record for record in caplog.records if record.levelno >= logging.ERROR] == []
