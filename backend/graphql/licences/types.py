"""Licences as the API shows them."""

from datetime import date, datetime

import strawberry

from backend.catalog.catalogue import Catalogue
from backend.core.language import Language
from backend.eligibility.rules import eligibility, in_progress, renewal_options
from backend.graphql.catalog.types import ProductType
from backend.graphql.context import Context
from backend.graphql.eligibility.types import EligibilityType, RenewalOptionType
from backend.graphql.pagination import PageInfo
from backend.licences.queries import LicenceCounts, LicenceRecord, LicenceSearch
from backend.licences.serials import format_serial
from backend.licences.status import LicenceStatus, days_until, licence_status
from backend.orders.auto_renewal import AutoRenewalPhase, AutoRenewalState, auto_renewal_state
from backend.orders.holds import RenewalInProgress

LicenceStatusEnum = strawberry.enum(LicenceStatus, name="LicenceStatus")
AutoRenewalPhaseEnum = strawberry.enum(
    AutoRenewalPhase,
    name="AutoRenewalPhase",
    description="ORDERED: in an order awaiting payment, starting once it is paid. ACTIVE: in force since payment.",
)


@strawberry.type(name="AutoRenewal", description="The annual auto-renewal (年額あんしん自動更新) of a serial.")
class AutoRenewalType:
    phase: AutoRenewalPhaseEnum  # type: ignore[valid-type]
    since: datetime | None = strawberry.field(
        description="When the payment of the order that asked for it put it in force; null while ORDERED."
    )
    stopped_at: datetime | None = strawberry.field(
        description="When it was stopped (stopAutoRenewal): the year paid for still renews or runs, no automatic "
        "invoice follows. Null while it stands."
    )
    order_number: str | None = strawberry.field(
        description="ORDERED: the order awaiting payment it was ordered in. Null once ACTIVE."
    )

    @classmethod
    def of(cls, state: AutoRenewalState) -> "AutoRenewalType":
        return cls(phase=state.phase, since=state.since, stopped_at=state.stopped_at, order_number=state.order_number)


@strawberry.type(name="RenewalInProgress")
class RenewalInProgressType:
    order_number: str
    due_on: date = strawberry.field(description="Pay the order's invoice by then.")
    auto_renewal: bool = strawberry.field(
        description="Ordered with the annual auto-renewal (年額あんしん自動更新), which starts once the order is paid."
    )
    auto_renewal_stopped_at: datetime | None = strawberry.field(
        description="When the auto-renewal was stopped (stopAutoRenewal): the year paid for still renews, no "
        "automatic invoice follows. Null while it stands, or when none was ordered."
    )

    @classmethod
    def of(cls, progress: RenewalInProgress) -> "RenewalInProgressType":
        return cls(
            order_number=progress.order_number,
            due_on=progress.due_on,
            auto_renewal=progress.auto_renewal,
            auto_renewal_stopped_at=progress.auto_renewal_stopped_at,
        )


@strawberry.type(name="Licence")
class LicenceType:
    # The cheap facts are plain fields filled in up front (Strawberry's fast path); eligibility
    # and options are resolvers, computed only when a query asks for them.
    serial_number: str = strawberry.field(description="Five groups of four characters, e.g. ABCD-EFGH-JKLM-NPQR-2345.")
    expires_on: date
    status: LicenceStatusEnum  # type: ignore[valid-type]
    days_until_expiry: int = strawberry.field(
        description="Days from today until the expiry date; negative once expired."
    )
    product: ProductType
    licence: strawberry.Private[LicenceRecord]

    @classmethod
    def of(cls, licence: LicenceRecord, catalogue: Catalogue, language: Language, today: date) -> "LicenceType":
        return cls(
            serial_number=format_serial(licence.serial_number),
            expires_on=licence.expires_on,
            status=licence_status(licence.expires_on, today),
            days_until_expiry=days_until(licence.expires_on, today),
            product=ProductType.of(catalogue[licence.product_code], language),
            licence=licence,
        )

    @strawberry.field(description="The order awaiting payment that renews this serial; null when there is none.")
    async def renewal_in_progress(self, info: strawberry.Info[Context, None]) -> RenewalInProgressType | None:
        viewer = await info.context.signed_in_viewer()
        progress = await info.context.loaders.renewal_in_progress.load((viewer.id, self.licence.serial_number))
        return RenewalInProgressType.of(progress) if progress else None

    @strawberry.field(
        description="The annual auto-renewal, ordered or in force, stopped or not; null when the serial has none."
    )
    async def auto_renewal(self, info: strawberry.Info[Context, None]) -> AutoRenewalType | None:
        viewer = await info.context.signed_in_viewer()
        progress = await info.context.loaders.renewal_in_progress.load((viewer.id, self.licence.serial_number))
        state = auto_renewal_state(self.licence, progress)
        return AutoRenewalType.of(state) if state else None

    @strawberry.field(description="Whether the serial can be renewed today, and if not, why.")
    async def eligibility(self, info: strawberry.Info[Context, None]) -> EligibilityType:
        product = info.context.runtime.catalogue[self.licence.product_code]
        window = eligibility(product, self.licence.expires_on, info.context.today)
        return EligibilityType.of(in_progress(window) if await self.renewal_in_progress(info) else window)

    @strawberry.field(description="What the serial can be renewed into today; empty when it cannot be renewed.")
    async def renewal_options(self, info: strawberry.Info[Context, None]) -> list[RenewalOptionType]:
        if await self.renewal_in_progress(info):
            return []
        catalogue = info.context.runtime.catalogue
        options = renewal_options(
            catalogue, catalogue[self.licence.product_code], self.licence.expires_on, info.context.today
        )
        return [RenewalOptionType.of(option, info.context.language) for option in options]


@strawberry.type(name="LicenceCounts", description="Listed serials matching the search, whatever the filter.")
class LicenceCountsType:
    all: int
    active: int
    expiring_soon: int
    expired: int
    renewable: int = strawberry.field(description="Renewable today (and not in an open order).")
    in_open_order: int = strawberry.field(description="In an order awaiting payment.")

    @classmethod
    def of(cls, counts: LicenceCounts) -> "LicenceCountsType":
        return cls(
            all=counts.all,
            active=counts.active,
            expiring_soon=counts.expiring_soon,
            expired=counts.expired,
            renewable=counts.renewable,
            in_open_order=counts.in_open_order,
        )


@strawberry.type
class LicencePage:
    nodes: list[LicenceType]
    page_info: PageInfo
    total_count: int = strawberry.field(description="Listed serials matching the filter and search.")
    account_id: strawberry.Private[int]
    search: strawberry.Private[LicenceSearch | None]

    @strawberry.field(description="Counts per status for the same search, so a filter can say what it would show.")
    async def counts(self, info: strawberry.Info[Context, None]) -> LicenceCountsType:
        return LicenceCountsType.of(await info.context.loaders.licence_counts.load((self.account_id, self.search)))


@strawberry.type
class RenewableSerialSelection:
    serial_numbers: list[str] = strawberry.field(
        description="Formatted, soonest expiry first; at most `limit` of them."
    )
    total_count: int = strawberry.field(description="Every renewable serial matching, beyond the limit too.")
    limit: int = strawberry.field(description="The most a renewal can hold: the cart's limit.")
