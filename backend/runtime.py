"""The app's wiring, shared by the web app, the CLI and background workers: opened at start, closed at stop."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from backend.accounts.keys import SecretKeys
from backend.billing.seller import Seller, load_seller
from backend.catalog.catalogue import Catalogue, load_catalogue
from backend.core.clock import Clock, clock_for
from backend.core.settings import Settings
from backend.core.wakeups import Wakeups
from backend.db.engine import create_engine, create_sessionmaker
from backend.db.transactions import Transactions
from backend.documents.pool import Renderer


@dataclass(frozen=True, slots=True)
class Runtime:
    """What every request, command and job shares. Immutable; its resources close with `open_runtime`."""

    settings: Settings
    catalogue: Catalogue
    seller: Seller
    clock: Clock
    keys: SecretKeys
    transactions: Transactions
    wakeups: Wakeups
    renderer: Renderer
    """Renders PDFs in a worker process, started at the first render: a command that renders none starts none."""


@asynccontextmanager
async def open_runtime(
    settings: Settings, *, catalogue: Catalogue | None = None, seller: Seller | None = None, clock: Clock | None = None
) -> AsyncIterator[Runtime]:
    """Raises CatalogueError or SellerError when one is not given and the configured file is unusable."""
    catalogue = catalogue or load_catalogue(settings.catalogue_path)
    seller = seller or load_seller(settings.seller_path)
    engine = create_engine(settings.database_url)
    renderer = Renderer()
    try:
        yield Runtime(
            settings=settings,
            catalogue=catalogue,
            seller=seller,
            clock=clock or clock_for(settings.today),
            keys=SecretKeys(settings.secret_key),
            transactions=Transactions(create_sessionmaker(engine)),
            wakeups=Wakeups(),
            renderer=renderer,
        )
    finally:
        await asyncio.to_thread(renderer.close)
        await engine.dispose()
