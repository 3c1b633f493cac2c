"""Builds the Starlette application from settings: catalogue checked at start, engine disposed at stop."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from backend.accounts.authentication import SessionKeys
from backend.catalog.catalogue import load_catalogue
from backend.core.clock import Clock, clock_for
from backend.core.settings import Settings
from backend.db.engine import create_engine, create_sessionmaker
from backend.graphql.context import Services
from backend.graphql.schema import create_schema
from backend.web.graphql_view import GraphQLView
from backend.web.security_headers import SecurityHeaders
from backend.web.spa import single_page_app


def create_app(settings: Settings, clock: Clock | None = None) -> Starlette:
    """Raises CatalogueError when the catalogue file is unusable: the app must not start on a bad one."""
    catalogue = load_catalogue(settings.catalogue_path)
    engine = create_engine(settings.database_url)
    services = Services(
        settings=settings,
        catalogue=catalogue,
        clock=clock or clock_for(settings.today),
        keys=SessionKeys(settings.secret_key),
        sessionmaker=create_sessionmaker(engine),
    )
    explorer = settings.frontend_dist / "explorer.html"
    graphql = GraphQLView(
        create_schema(production=settings.is_production),
        services,
        explorer=None if settings.is_production else explorer,
    )

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await engine.dispose()

    async def health(_request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    spa = single_page_app(settings.frontend_dist)
    return Starlette(
        routes=[
            Route("/graphql", graphql),
            Route("/healthz", health),
            Mount("/assets", StaticFiles(directory=settings.frontend_dist / "assets", check_dir=False)),
            Route("/", spa),
            Route("/{path:path}", spa),
        ],
        middleware=[Middleware(SecurityHeaders, https=settings.is_production)],
        lifespan=lifespan,
    )
