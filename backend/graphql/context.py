"""The typed per-request context: database session, services, language, viewer and DataLoaders."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request
from starlette.responses import Response
from strawberry.dataloader import DataLoader

from backend.accounts.authentication import SessionKeys, account_id_for_session
from backend.accounts.models import Account
from backend.catalog.catalogue import Catalogue
from backend.core.clock import Clock
from backend.core.language import Language
from backend.core.settings import Settings
from backend.db.engine import begin_write


@dataclass(frozen=True, slots=True)
class Services:
    """What every request shares, built once at start-up."""

    settings: Settings
    catalogue: Catalogue
    clock: Clock
    keys: SessionKeys
    sessionmaker: async_sessionmaker[AsyncSession]

    @property
    def session_cookie(self) -> str:
        # The __Host- prefix pins the cookie to this host, path / and HTTPS.
        return "__Host-koushin_session" if self.settings.is_production else "koushin_session"


class Loaders:
    """Per-request DataLoaders, so a list resolves each related row in one batched query."""

    def __init__(self, db: AsyncSession) -> None:
        async def load_accounts(ids: Sequence[int]) -> list[Account | None]:
            found = {a.id: a for a in await db.scalars(select(Account).where(Account.id.in_(ids)))}
            return [found.get(i) for i in ids]

        self.account: DataLoader[int, Account | None] = DataLoader(load_fn=load_accounts)


@dataclass(slots=True)
class Context:
    request: Request
    response: Response
    """Headers and cookies set here are merged into the HTTP response."""
    db: AsyncSession
    services: Services
    language: Language
    loaders: Loaders
    _account_id: int | None = field(default=None, init=False)
    _viewer_resolved: bool = field(default=False, init=False)

    @property
    def today(self) -> date:
        return self.services.clock.today()

    @property
    def session_token(self) -> str:
        return self.request.cookies.get(self.services.session_cookie, "")

    async def account_id(self) -> int | None:
        """The signed-in account, looked up once per request."""
        if not self._viewer_resolved:
            token = self.session_token
            self._account_id = (
                await account_id_for_session(self.db, self.services.keys, token, self.services.clock.now())
                if token
                else None
            )
            self._viewer_resolved = True
        return self._account_id

    async def signed_in_account_id(self) -> int:
        """For fields guarded by IsSignedIn."""
        account_id = await self.account_id()
        if account_id is None:
            raise RuntimeError("signed_in_account_id() used on a field that does not require sign-in")
        return account_id

    async def begin_write(self) -> AsyncSession:
        """The session, in a write transaction: mutations call this before their first write.

        A read transaction already open (a permission check looks up the session) is committed
        first: on SQLite a read transaction that later writes can fail at once when another
        writer got in between, while one begun as a write waits its turn.
        """
        if self.db.in_transaction():
            await self.db.commit()
        await begin_write(self.db)
        return self.db
