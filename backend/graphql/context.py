"""The typed per-request context: the runtime, the request's instant and language, the viewer and DataLoaders.

No database session lives here. Resolvers run concurrently, and a session is not safe to share
between tasks: reads go through DataLoaders, whose batches each read in a session of their own,
and each mutation runs one unit of work (Transactions.write).
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response
from strawberry.dataloader import DataLoader

from backend.accounts.queries import account_emails
from backend.accounts.sessions import AccountProfile, signed_in_account
from backend.core.language import Language
from backend.eligibility.rules import renewable_serials
from backend.graphql.cookies import DEVICE, SESSION, cookie_name
from backend.licences.queries import (
    LicenceCounts,
    LicencePage,
    LicenceRecord,
    LicenceSearch,
    ListPosition,
    ListScope,
    ListSelection,
    SerialNumberSelection,
    count_licences,
    find_licences,
    listed_licences,
    renewable_serial_numbers,
)
from backend.orders.holds import RenewalInProgress, held_by_open_order, renewals_in_progress
from backend.orders.views import LineView, QuoteView, order_lines, quote_lines, quotes_by_id
from backend.payments.review_queue import Candidate, CreditView, candidates_for
from backend.payments.views import ReceiptView, TransferView, receipts_by_order, transfers_by_order
from backend.runtime import Runtime


@dataclass(frozen=True, slots=True)
class LicencePageKey:
    account_id: int
    selection: ListSelection
    first: int
    after: ListPosition | None


@dataclass(frozen=True, slots=True)
class LicenceSelectionKey:
    account_id: int
    selection: ListSelection
    limit: int


class Loaders:
    """Per-request DataLoaders: each key is read once per request, and a batch in one session."""

    def __init__(self, runtime: Runtime, now: datetime, today: date) -> None:
        transactions, keys = runtime.transactions, runtime.keys
        renewable = renewable_serials(runtime.catalogue, today)

        def scope(account_id: int) -> ListScope:
            return ListScope(account_id, today, renewable, held_by_open_order())

        async def load_viewers(tokens: Sequence[str]) -> list[AccountProfile | None]:
            async def work(db: AsyncSession) -> list[AccountProfile | None]:
                return [await signed_in_account(db, keys, token, now) for token in tokens]

            return await transactions.read(work)

        async def load_pages(page_keys: Sequence[LicencePageKey]) -> list[LicencePage]:
            async def work(db: AsyncSession) -> list[LicencePage]:
                return [
                    await listed_licences(db, scope(key.account_id), key.selection, first=key.first, after=key.after)
                    for key in page_keys
                ]

            return await transactions.read(work)

        async def load_counts(count_keys: Sequence[tuple[int, LicenceSearch | None]]) -> list[LicenceCounts]:
            async def work(db: AsyncSession) -> list[LicenceCounts]:
                return [await count_licences(db, scope(account_id), search) for account_id, search in count_keys]

            return await transactions.read(work)

        async def load_selections(selection_keys: Sequence[LicenceSelectionKey]) -> list[SerialNumberSelection]:
            async def work(db: AsyncSession) -> list[SerialNumberSelection]:
                return [
                    await renewable_serial_numbers(db, scope(key.account_id), key.selection, limit=key.limit)
                    for key in selection_keys
                ]

            return await transactions.read(work)

        async def load_licences(serial_keys: Sequence[tuple[int, str]]) -> list[LicenceRecord | None]:
            serials_by_account: defaultdict[int, set[str]] = defaultdict(set)
            for account_id, serial in serial_keys:
                serials_by_account[account_id].add(serial)

            async def work(db: AsyncSession) -> dict[tuple[int, str], LicenceRecord]:
                found: dict[tuple[int, str], LicenceRecord] = {}
                for account_id, serials in serials_by_account.items():
                    for serial, licence in (await find_licences(db, account_id, serials)).items():
                        found[account_id, serial] = licence
                return found

            found = await transactions.read(work)
            return [found.get(key) for key in serial_keys]

        async def load_order_lines(order_ids: Sequence[int]) -> list[list[LineView]]:
            lines = await transactions.read(lambda db: order_lines(db, order_ids))
            return [lines[order_id] for order_id in order_ids]

        async def load_quote_lines(quote_ids: Sequence[int]) -> list[list[LineView]]:
            lines = await transactions.read(lambda db: quote_lines(db, quote_ids))
            return [lines[quote_id] for quote_id in quote_ids]

        async def load_receipts(order_ids: Sequence[int]) -> list[ReceiptView | None]:
            receipts = await transactions.read(lambda db: receipts_by_order(db, order_ids))
            return [receipts.get(order_id) for order_id in order_ids]

        async def load_account_emails(account_ids: Sequence[int]) -> list[str]:
            emails = await transactions.read(lambda db: account_emails(db, account_ids))
            return [emails[account_id] for account_id in account_ids]

        async def load_transfers(order_ids: Sequence[int]) -> list[list[TransferView]]:
            transfers = await transactions.read(lambda db: transfers_by_order(db, order_ids))
            return [transfers[order_id] for order_id in order_ids]

        async def load_candidates(credits: Sequence[CreditView]) -> list[list[Candidate]]:
            candidates = await transactions.read(lambda db: candidates_for(db, credits))
            return [candidates[credit.id] for credit in credits]

        async def load_quotes(quote_ids: Sequence[int]) -> list[QuoteView]:
            quotes = await transactions.read(lambda db: quotes_by_id(db, quote_ids))
            return [quotes[quote_id] for quote_id in quote_ids]

        async def load_renewals_in_progress(serial_keys: Sequence[tuple[int, str]]) -> list[RenewalInProgress | None]:
            serials_by_account: defaultdict[int, set[str]] = defaultdict(set)
            for account_id, serial in serial_keys:
                serials_by_account[account_id].add(serial)

            async def work(db: AsyncSession) -> dict[tuple[int, str], RenewalInProgress]:
                found: dict[tuple[int, str], RenewalInProgress] = {}
                for account_id, serials in serials_by_account.items():
                    for serial, progress in (await renewals_in_progress(db, account_id, serials)).items():
                        found[account_id, serial] = progress
                return found

            found = await transactions.read(work)
            return [found.get(key) for key in serial_keys]

        self.viewer: DataLoader[str, AccountProfile | None] = DataLoader(load_fn=load_viewers)
        self.licence_page: DataLoader[LicencePageKey, LicencePage] = DataLoader(load_fn=load_pages)
        self.licence_counts: DataLoader[tuple[int, LicenceSearch | None], LicenceCounts] = DataLoader(
            load_fn=load_counts
        )
        self.renewable_serials: DataLoader[LicenceSelectionKey, SerialNumberSelection] = DataLoader(
            load_fn=load_selections
        )
        self.licence: DataLoader[tuple[int, str], LicenceRecord | None] = DataLoader(load_fn=load_licences)
        self.renewal_in_progress: DataLoader[tuple[int, str], RenewalInProgress | None] = DataLoader(
            load_fn=load_renewals_in_progress
        )
        self.order_lines: DataLoader[int, list[LineView]] = DataLoader(load_fn=load_order_lines)
        self.quote_lines: DataLoader[int, list[LineView]] = DataLoader(load_fn=load_quote_lines)
        self.quote: DataLoader[int, QuoteView] = DataLoader(load_fn=load_quotes)
        self.receipt: DataLoader[int, ReceiptView | None] = DataLoader(load_fn=load_receipts)
        self.account_email: DataLoader[int, str] = DataLoader(load_fn=load_account_emails)
        self.transfers: DataLoader[int, list[TransferView]] = DataLoader(load_fn=load_transfers)
        self.credit_candidates: DataLoader[CreditView, list[Candidate]] = DataLoader(load_fn=load_candidates)


@dataclass(frozen=True, slots=True)
class Context:
    request: Request
    response: Response
    """Headers and cookies set here are merged into the HTTP response."""
    runtime: Runtime
    language: Language
    now: datetime
    """The request's instant, read once: every resolver of the request sees the same one."""
    today: date
    """The business date (Asia/Tokyo) of `now`, or the configured KOUSHIN_TODAY."""
    loaders: Loaders

    @classmethod
    def for_request(cls, request: Request, response: Response, runtime: Runtime, language: Language) -> "Context":
        now, today = runtime.clock.now(), runtime.clock.today()
        return cls(request, response, runtime, language, now, today, Loaders(runtime, now, today))

    @property
    def production(self) -> bool:
        return self.runtime.settings.is_production

    @property
    def session_token(self) -> str:
        return self.request.cookies.get(cookie_name(SESSION, production=self.production), "")

    @property
    def device_token(self) -> str:
        return self.request.cookies.get(cookie_name(DEVICE, production=self.production), "")

    @property
    def client_address(self) -> str:
        """The peer's address, or the client's as a trusted proxy reported it (KOUSHIN_TRUSTED_PROXIES)."""
        return self.request.client.host if self.request.client else "unknown"

    async def viewer(self) -> AccountProfile | None:
        """The signed-in account, looked up once per request however many fields ask."""
        token = self.session_token
        return await self.loaders.viewer.load(token) if token else None

    async def signed_in_viewer(self) -> AccountProfile:
        """For fields guarded by IsSignedIn."""
        viewer = await self.viewer()
        if viewer is None:
            raise RuntimeError("signed_in_viewer() used on a field that does not require sign-in")
        return viewer
