"""Fixtures: a real database per test (a fresh SQLite file, or PostgreSQL when TEST_DATABASE_URL is set),
the app over HTTP with its lifespan entered, and a clock the test controls."""

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette

from backend.accounts.credentials import set_password
from backend.accounts.models import Account
from backend.accounts.passwords import hash_password
from backend.core.settings import Environment, Settings
from backend.db.base import Base
from backend.db.engine import create_engine, create_sessionmaker
from backend.db.migrations import upgrade_to_head
from backend.licences.models import Licence
from backend.web.app import create_app

TODAY = date(2026, 11, 26)
ORIGIN = "http://testserver"
PASSWORD = "correct horse battery staple"


@dataclass
class TestClock:
    """The app's clock, moved by the test."""

    __test__ = False
    instant: datetime
    business_date: date

    def now(self) -> datetime:
        return self.instant

    def today(self) -> date:
        return self.business_date

    def advance(self, delta: timedelta) -> None:
        self.instant += delta


@dataclass(frozen=True)
class MigratedDatabase:
    url: str
    sqlite_template: Path | None
    """Copied for each test; None on PostgreSQL, whose tables are emptied before each test instead."""


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> MigratedDatabase:
    """Migrate once per run: a template SQLite file, or the PostgreSQL test database from scratch."""
    postgresql_url = os.environ.get("TEST_DATABASE_URL")
    if postgresql_url:
        asyncio.run(_reset_schema(postgresql_url))
        upgrade_to_head(postgresql_url)
        return MigratedDatabase(postgresql_url, None)
    template = tmp_path_factory.mktemp("template") / "template.sqlite3"
    url = f"sqlite+aiosqlite:///{template}"
    upgrade_to_head(url)
    return MigratedDatabase(url, template)


async def _reset_schema(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture
def database_url(migrated_database: MigratedDatabase, tmp_path: Path) -> str:
    if migrated_database.sqlite_template is None:
        asyncio.run(_truncate(migrated_database.url))
        return migrated_database.url
    database = tmp_path / "koushin.sqlite3"
    shutil.copyfile(migrated_database.sqlite_template, database)
    return f"sqlite+aiosqlite:///{database}"


async def _truncate(url: str) -> None:
    engine = create_engine(url)
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture
def clock() -> TestClock:
    return TestClock(datetime(2026, 11, 26, 1, 0, tzinfo=UTC), TODAY)


@pytest.fixture
def frontend_dist(tmp_path: Path) -> Path:
    """A stand-in build: the API tests check how the app serves a build, not the build itself."""
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>Koushin app</title>", encoding="utf-8")
    (dist / "explorer.html").write_text("<!doctype html><title>Koushin explorer</title>", encoding="utf-8")
    (dist / "assets" / "app.js").write_text("console.log('app')", encoding="utf-8")
    return dist


@pytest.fixture
def settings(database_url: str, tmp_path: Path, frontend_dist: Path) -> Settings:
    return Settings(
        database_url=database_url,
        secret_key="test-secret-key-of-sufficient-length-0123456789",
        environment=Environment.DEVELOPMENT,
        today=TODAY,
        data_dir=tmp_path,
        catalogue_path=None,
        frontend_dist=frontend_dist,
        allowed_hosts=("testserver",),
        background_work=False,  # tests run background jobs themselves, step by step
    )


@pytest.fixture
async def app(settings: Settings, clock: TestClock) -> AsyncIterator[Starlette]:
    application = create_app(settings, clock=clock)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as http:
        yield http


@pytest.fixture
async def production(settings: Settings, clock: TestClock) -> AsyncIterator[httpx.AsyncClient]:
    """The app in production mode, over HTTPS on its own origin."""
    production_settings = replace(settings, environment=Environment.PRODUCTION, allowed_hosts=("koushin.example",))
    app: Starlette = create_app(production_settings, clock=clock)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="https://koushin.example", headers={"origin": "https://koushin.example"}
        ) as http:
            yield http


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[AsyncSession]:
    """A session of the test's own, to arrange rows and to check what the app wrote."""
    engine = create_engine(database_url)
    sessionmaker: async_sessionmaker[AsyncSession] = create_sessionmaker(engine)
    async with sessionmaker() as session:
        yield session
    await engine.dispose()


async def gql(client: httpx.AsyncClient, query: str, **variables: Any) -> dict[str, Any]:
    """POST a GraphQL operation; assert HTTP 200 and return the JSON body."""
    response = await client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def add_account(
    db: AsyncSession, email: str, *, password: str | None = PASSWORD, company_name: str | None = None
) -> Account:
    account = Account(email=email, company_name=company_name, is_staff=False, created_at=datetime.now(UTC))
    db.add(account)
    await db.flush()
    if password is not None:
        await set_password(db, email, await hash_password(password))
    await db.commit()
    return account


async def add_licences(db: AsyncSession, account: Account, *licences: tuple[str, str, date]) -> None:
    db.add_all(
        Licence(serial_number=serial, product_code=product, expires_on=expires_on, account_id=account.id)
        for serial, product, expires_on in licences
    )
    await db.commit()


async def count_rows(db: AsyncSession, model: type[Base]) -> int:
    """Count in a transaction of its own, so the next count sees what the app committed since."""
    count = await db.scalar(select(func.count()).select_from(model))
    await db.commit()
    return count or 0


SIGN_IN = """
mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { me { email } errors { code field message retryAfterSeconds } }
}
"""


async def sign_in(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict[str, Any]:
    body = await gql(client, SIGN_IN, email=email, password=password)
    payload: dict[str, Any] = body["data"]["signIn"]
    return payload


@contextmanager
def statements() -> Iterator[list[str]]:
    """The SQL statements sent meanwhile, on any engine; SQLite's explicit BEGIN, which PostgreSQL's
    driver does not send, is left out so that both databases count the same work."""
    seen: list[str] = []

    def record(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)
