"""Documents the gate refuses over HTTP before validation, what production tells about the schema, and the cache."""

import time

import httpx
import pytest
from graphql import ExecutionResult, build_schema, execute, parse
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import Schema

from backend.accounts.models import AuthSession, SignInThrottle
from backend.graphql.document_cache import DocumentCache
from backend.graphql.document_gate import AdmittedDocument, DocumentGateFactory
from backend.graphql.schema import ExecutionWithoutSuggestions, create_schema
from bench.documents import doubling_chain, fan_out, inline_fragment_chain, spread_by
from tests.conftest import count_rows, gql

TOO_MANY_FRAGMENTS = {
    "message": "The query defines more than 20 fragments.",
    "extensions": {"code": "TOO_MANY_FRAGMENTS"},
}
TOO_MANY_SELECTIONS = {
    "message": "The query has more than 300 selections once its fragments are expanded.",
    "extensions": {"code": "TOO_MANY_SELECTIONS"},
}


@pytest.mark.parametrize(
    ("document", "error"),
    [
        (doubling_chain(40), TOO_MANY_FRAGMENTS),
        (doubling_chain(22), TOO_MANY_FRAGMENTS),
        (fan_out(6), TOO_MANY_SELECTIONS),
        (spread_by(1, inline_fragment_chain(19)), TOO_MANY_SELECTIONS),
        (spread_by(5, inline_fragment_chain(6)), TOO_MANY_SELECTIONS),  # each operation alone would pass
        (spread_by(1, inline_fragment_chain(19, cycle=True)), TOO_MANY_SELECTIONS),
        (
            "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
            {
                "message": "Cannot spread fragment 'A' within itself via 'B'.",
                "locations": [{"line": 1, "column": 32}, {"line": 1, "column": 61}],
            },
        ),
    ],
    ids=[
        "chain 40 deep",
        "the issue's chain, 22 deep",
        "wide fan-out",
        "spreads in inline fragments",
        "one bomb, five operations",
        "a bomb closed by a cycle",
        "a cycle, reported by graphql-core",
    ],
)
async def test_fragment_bombs_are_refused_in_well_under_50_ms(
    client: httpx.AsyncClient, document: str, error: dict[str, object]
) -> None:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        body = await gql(client, document)
        timings.append(time.perf_counter() - started)
        assert body == {"data": None, "errors": [error]}
    assert min(timings) < 0.050, timings


async def test_duplicated_fields_are_refused_from_the_fifth(client: httpx.AsyncClient) -> None:
    once = await gql(client, "{ products { code } }")
    assert await gql(client, "{ " + "products { code } " * 4 + "}") == once
    refused = {
        "data": None,
        "errors": [
            {
                "message": "The query asks for 'products' more than 4 times in one selection set"
                " once its fragments are expanded.",
                "locations": [{"line": 1, "column": 1}],
                "extensions": {"code": "DUPLICATE_FIELDS"},
            }
        ],
    }
    assert await gql(client, "{ " + "products { code } " * 5 + "}") == refused
    assert await gql(client, "{ " + "products { code } " * 240 + "}") == refused
    # The 499 copies (2 KB) no longer parse past the token limit.
    too_long = await gql(client, "{ " + "products { code } " * 499 + "}")
    assert too_long["errors"][0]["message"] == "Syntax Error: Document contains more than 1000 tokens. Parsing aborted."


async def test_query_texts_above_32_kib_are_refused_before_parsing(client: httpx.AsyncClient) -> None:
    def padded(size: int, pad: str = "x") -> str:
        query = "{ __typename } #"
        return query + pad * ((size - len(query)) // len(pad.encode()))

    assert await gql(client, padded(32 * 1024)) == {"data": {"__typename": "Query"}}
    too_large = {
        "data": None,
        "errors": [{"message": "The query is larger than 32768 bytes.", "extensions": {"code": "QUERY_TOO_LARGE"}}],
    }
    assert await gql(client, padded(32 * 1024 + 1)) == too_large
    # Bytes, not characters: 10,918 characters here, 32,770 bytes of UTF-8.
    assert await gql(client, padded(32 * 1024 + 2, "あ")) == too_large
    assert await gql(client, "{ __typename } #" + "x" * 1_000_000) == too_large  # a larger body is a 413


async def test_a_nul_in_a_string_literal_never_reaches_a_resolver(client: httpx.AsyncClient, db: AsyncSession) -> None:
    """Written as the escape \\u0000: the query text holds no NUL, graphql-core decodes the escape into one.
    A raw NUL in the body is refused before parsing (see test_hostile_requests)."""
    body = await gql(client, 'mutation { signIn(email: "a\\u0000b@example.co.jp", password: "x") { me { email } } }')
    assert body == {
        "data": None,
        "errors": [
            {
                "message": "A string in the query contains the character U+0000.",
                "locations": [{"line": 1, "column": 26}],
                "extensions": {"code": "NUL_IN_STRING"},
            }
        ],
    }
    assert (await count_rows(db, SignInThrottle), await count_rows(db, AuthSession)) == (0, 0)


@pytest.mark.parametrize(
    ("query", "hidden", "suggested"),
    [
        (
            "{ licenses }",
            "Cannot query field 'licenses' on type 'Query'.",
            "Cannot query field 'licenses' on type 'Query'. Did you mean 'licences' or 'licence'?",
        ),
        (
            "{ licences(frist: 1) { totalCount } }",
            "Unknown argument 'frist' on field 'Query.licences'.",
            "Unknown argument 'frist' on field 'Query.licences'. Did you mean 'first'?",
        ),
    ],
)
async def test_production_suggests_no_names_and_development_does(
    production: httpx.AsyncClient, client: httpx.AsyncClient, query: str, hidden: str, suggested: str
) -> None:
    assert [error["message"] for error in (await gql(production, query))["errors"]] == [hidden]
    assert [error["message"] for error in (await gql(client, query))["errors"]] == [suggested]


def test_production_execution_suggests_no_enum_values() -> None:
    # Our schema has no enum or input-object arguments, so a schema of the kind that has one shows it.
    schema = build_schema("enum Reason { TOO_EARLY TOO_LATE } type Query { why(reason: Reason): String }")
    document = parse("query ($reason: Reason) { why(reason: $reason) }")
    variables = {"reason": "TOO_ERLY"}
    plain = execute(schema, document, variable_values=variables)
    hidden = execute(schema, document, variable_values=variables, executor_class=ExecutionWithoutSuggestions)
    assert isinstance(plain, ExecutionResult) and isinstance(hidden, ExecutionResult)
    message = "Variable '$reason' has invalid value: Value 'TOO_ERLY' does not exist in 'Reason' enum."
    suggestion = " Did you mean the enum value 'TOO_EARLY' or 'TOO_LATE'?"
    assert [error.message for error in plain.errors or ()] == [message + suggestion]
    assert [error.message for error in hidden.errors or ()] == [message]
    assert create_schema(production=True, staff=True).execution_context_class is ExecutionWithoutSuggestions
    assert create_schema(production=False, staff=True).execution_context_class is not ExecutionWithoutSuggestions


def gate_cache(schema: Schema) -> DocumentCache[AdmittedDocument]:
    gates = [extension for extension in schema.extensions if isinstance(extension, DocumentGateFactory)]
    assert len(gates) == 1
    return gates[0].cache


async def test_small_documents_are_cached_with_their_validation_and_large_or_refused_ones_never() -> None:
    schema = create_schema(production=False, staff=True)
    cache = gate_cache(schema)
    await schema.execute("{ __typename }")
    first, second = await schema.execute("{ licenses }"), await schema.execute("{ licenses }")
    assert first.errors and second.errors and second.errors[0] is first.errors[0]  # validated once
    large = "{ __typename } #" + "x" * 4096
    assert (await schema.execute(large)).data == {"__typename": "Query"}
    assert (await schema.execute("{ " + "products { code } " * 5 + "}")).errors
    assert (len(cache), cache.total_bytes) == (2, len("{ __typename }") + len("{ licenses }"))
    assert cache.get(large) is None


async def test_development_and_production_schemas_keep_documents_apart() -> None:
    development, production = create_schema(production=False, staff=True), create_schema(production=True, staff=True)
    introspection = "{ __schema { queryType { name } } }"
    assert (await development.execute(introspection)).data == {"__schema": {"queryType": {"name": "Query"}}}
    for _ in range(2):  # the second time from production's own cache, refused still
        result = await production.execute(introspection)
        assert [error.message for error in result.errors or ()] == [
            f"GraphQL introspection has been disabled, but the requested query contained the field '{name}'."
            for name in ("__schema", "queryType")
        ]
    assert gate_cache(development) is not gate_cache(production)
    assert (len(gate_cache(development)), len(gate_cache(production))) == (1, 1)
