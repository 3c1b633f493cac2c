"""A request's reads: the viewer looked up once, concurrent resolvers each in a session of their own,
and GraphQL objects made of plain values, never of database rows that outlive their session."""

import typing
from collections.abc import Iterator
from datetime import timedelta

import httpx
import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase

from backend.graphql.schema import create_schema
from tests.conftest import TODAY, add_account, add_licences, gql, sign_in, statements


async def test_the_viewer_is_looked_up_once_however_many_fields_need_it(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = await add_account(db, "buyer@example.co.jp")
    await add_licences(db, account, ("AAAA0000000000000001", "CLOUD", TODAY))
    await sign_in(client, "buyer@example.co.jp")
    with statements() as seen:
        body = await gql(
            client,
            "{ me { email } a: licences { totalCount } b: licences { totalCount } "
            'c: licence(serialNumber: "AAAA0000000000000001") { licence { serialNumber } } }',
        )
    assert body["data"]["a"] == body["data"]["b"] == {"totalCount": 1}
    assert body["data"]["c"]["licence"] == {"serialNumber": "AAAA-0000-0000-0000-0001"}
    sessions = [s for s in seen if "auth_sessions" in s]
    assert len(sessions) == 1
    # The viewer; one page (a and b ask for the same one) and its count; one lookup by serial.
    assert len(seen) == 4, seen


async def test_concurrent_resolvers_read_in_sessions_of_their_own(client: httpx.AsyncClient, db: AsyncSession) -> None:
    """Sibling fields resolve concurrently; on asyncpg a shared connection fails ("another operation
    is in progress"), so this is the regression test for the shared session it replaces."""
    account = await add_account(db, "buyer@example.co.jp")
    serials = [(f"PAGE{n:016d}", "TS_STANDARD", TODAY + timedelta(days=n)) for n in range(6)]
    await add_licences(db, account, *serials)
    await sign_in(client, "buyer@example.co.jp")
    aliases = " ".join(
        f"p{n}: licences(first: {n + 1}) {{ nodes {{ serialNumber }} }} "
        f'l{n}: licence(serialNumber: "PAGE{n:016d}") {{ licence {{ expiresOn }} }}'
        for n in range(6)
    )
    body = await gql(client, "{ me { email } " + aliases + " }")
    assert "errors" not in body
    for n in range(6):
        assert len(body["data"][f"p{n}"]["nodes"]) == n + 1
        assert body["data"][f"l{n}"]["licence"] == {"expiresOn": (TODAY + timedelta(days=n)).isoformat()}


def test_graphql_objects_hold_no_database_rows() -> None:
    """Every field of every object type, private ones included, is typed with plain values."""
    schema = create_schema(production=False, staff=True)
    checked = 0
    for graphql_type in schema._schema.type_map.values():
        definition = getattr(graphql_type, "extensions", {}).get("strawberry-definition")
        origin = getattr(definition, "origin", None)
        if not isinstance(definition, strawberry.types.base.StrawberryObjectDefinition) or origin is None:
            continue
        for name, hint in typing.get_type_hints(origin, include_extras=True).items():
            rows = [t for t in _types_in(hint) if isinstance(t, type) and issubclass(t, DeclarativeBase)]
            assert not rows, f"{origin.__name__}.{name} holds {rows}"
            checked += 1
    assert checked > 20


def _types_in(hint: object) -> Iterator[object]:
    yield hint
    for argument in typing.get_args(hint):
        yield from _types_in(argument)
