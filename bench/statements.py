"""Prints the SQL statements one signed-in GraphQL request sends: `python -m bench.statements EMAIL PASSWORD QUERY N`.

Runs the app in this process over ASGI, against the database the environment names.
"""

import asyncio
import sys
from typing import Any

import httpx
from sqlalchemy import event
from sqlalchemy.engine import Engine

from backend.core.settings import Settings
from backend.web.app import create_app

SIGN_IN = "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { errors { code } } }"


async def count(email: str, password: str, query: str, variables: dict[str, Any]) -> int:
    app = create_app(Settings.from_environ())
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://127.0.0.1", headers={"origin": "http://127.0.0.1"}
        ) as client:
            await client.post("/graphql", json={"query": SIGN_IN, "variables": {"e": email, "p": password}})
            seen: list[str] = []

            def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
                seen.append(statement)

            event.listen(Engine, "before_cursor_execute", record)
            response = await client.post("/graphql", json={"query": query, "variables": variables})
            event.remove(Engine, "before_cursor_execute", record)
            assert "errors" not in response.json(), response.text
    # SQLite sends an explicit BEGIN that PostgreSQL's driver does not: count the same work on both.
    return len([statement for statement in seen if not statement.startswith("BEGIN")])


if __name__ == "__main__":
    email, password, query, first = sys.argv[1:5]
    print(asyncio.run(count(email, password, query, {"first": int(first)})))
