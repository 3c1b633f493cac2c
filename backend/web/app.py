"""Builds the Starlette application: catalogue checked when built, runtime opened and closed by the lifespan."""

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from backend.background.jobs import ALL_JOBS
from backend.background.runner import running
from backend.billing.seller import load_seller
from backend.catalog.catalogue import load_catalogue
from backend.core.clock import Clock
from backend.core.settings import Settings
from backend.graphql.schema import create_schema
from backend.mail_catcher.smtp import catching_mail, check_can_catch
from backend.runtime import open_runtime
from backend.web import dev_mail, documents, statement_upload
from backend.web.graphql_endpoint import GraphQLEndpoint
from backend.web.security_headers import SecurityHeaders
from backend.web.spa import single_page_app


def create_app(settings: Settings, clock: Clock | None = None, *, catch_mail: bool = False) -> Starlette:
    """Raises CatalogueError or SellerError when that file is unusable: the app must not start on a bad one.

    `catch_mail` runs the development mail catcher where the app sends mail, and shows it at /dev/mail;
    MailCatcherError when that cannot be (production, a mail server not on loopback, a port in use).
    """
    if catch_mail:
        check_can_catch(settings)
    catalogue, seller = load_catalogue(settings.catalogue_path), load_seller(settings.seller_path)
    production = settings.is_production
    graphql = GraphQLEndpoint(
        create_schema(production=production, staff=False),
        create_schema(production=production, staff=True),
        explorer=None if production else settings.frontend_dist / "explorer.html",
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            # The catcher listens before anything can send and stops after everything has.
            if catch_mail:
                await stack.enter_async_context(catching_mail(settings))
            runtime = await stack.enter_async_context(
                open_runtime(settings, catalogue=catalogue, seller=seller, clock=clock)
            )
            if settings.background_work:
                await stack.enter_async_context(running(runtime, ALL_JOBS))
            app.state.runtime = runtime
            yield

    async def health(_request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    spa = single_page_app(settings.frontend_dist, hidden={"explorer.html"} if production else set())
    middleware = [
        Middleware(SecurityHeaders, https=production),
        # Before anything else reads the request: a Host the app does not serve is refused (400).
        Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts), www_redirect=False),
    ]
    if settings.trusted_proxies:
        middleware.append(Middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies)))
    return Starlette(
        routes=[
            Route("/graphql", graphql),
            Route("/healthz", health),
            *documents.routes(),
            *statement_upload.routes(),
            Mount("/assets", StaticFiles(directory=settings.frontend_dist / "assets", check_dir=False)),
            *(dev_mail.routes(settings) if catch_mail else dev_mail.absent_routes(production=production)),
            Route("/", spa),
            Route("/{path:path}", spa),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
