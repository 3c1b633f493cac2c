"""Property-based fuzzing of /graphql: generated operations (valid and invalid against the schema) and
arbitrary JSON bodies never get a 5xx, a traceback, an "Unexpected error." or a logged bug."""

import json
import logging
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, queries
from sqlalchemy.ext.asyncio import AsyncSession

from backend.graphql.schema import schema_sdl
from tests.conftest import TODAY, add_account, add_licences, sign_in

SDL = schema_sdl()
FUZZ = settings(
    deadline=None,
    # The app, its database and the signed-in client are set up once per test, not per example:
    # the examples share them, as requests from one client share a server.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@pytest.fixture
async def signed_in(client: httpx.AsyncClient, db: AsyncSession) -> httpx.AsyncClient:
    account = await add_account(db, "buyer@example.co.jp")
    await add_licences(
        db,
        account,
        ("QF7K2M9PXR4T8WNC3HJD", "CLOUD", TODAY),
        ("T5WB7NYK3QDH8PRX6MCJ", "TS_STANDARD", TODAY),
    )
    await sign_in(client, "buyer@example.co.jp")
    return client


async def post(client: httpx.AsyncClient, body: bytes) -> httpx.Response:
    return await client.post("/graphql", content=body, headers={"content-type": "application/json"})


def assert_no_fault(response: httpx.Response, caplog: pytest.LogCaptureFixture) -> None:
    assert response.status_code < 500, response.text
    assert "Traceback" not in response.text
    assert "Unexpected error." not in response.text, response.text
    bugs = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert bugs == [], bugs[0].getMessage()


@settings(FUZZ, max_examples=150)
@given(query=queries(SDL, mode=Mode.POSITIVE) | queries(SDL, mode=Mode.NEGATIVE))
async def test_generated_queries_never_fault(
    signed_in: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, query: str
) -> None:
    response = await post(signed_in, json.dumps({"query": query}).encode())
    assert_no_fault(response, caplog)


@settings(FUZZ, max_examples=60)
@given(mutation=mutations(SDL, mode=Mode.POSITIVE) | mutations(SDL, mode=Mode.NEGATIVE))
async def test_generated_mutations_never_fault(
    signed_in: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, mutation: str
) -> None:
    response = await post(signed_in, json.dumps({"query": mutation}).encode())
    assert_no_fault(response, caplog)


@settings(FUZZ, max_examples=150)
@given(
    body=st.one_of(
        JSON.map(lambda value: json.dumps(value).encode()),
        st.fixed_dictionaries(
            {
                "query": st.sampled_from(
                    ["{ me { email } }", "query($after: String) { licences(after: $after) { totalCount } }"]
                )
            },
            optional={"variables": JSON, "operationName": JSON, "extensions": JSON},
        ).map(lambda value: json.dumps(value).encode()),
        st.binary(max_size=64),
    )
)
async def test_arbitrary_bodies_never_fault(
    signed_in: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, body: bytes
) -> None:
    response = await post(signed_in, body)
    assert_no_fault(response, caplog)
    answer: Any = response.json()
    assert isinstance(answer, dict) and ("data" in answer or "errors" in answer)
