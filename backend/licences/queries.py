"""Reading an account's licences: the listed page in expiry order, filtered and searched, one keyset page at a
time; counts per status; every renewable serial of a selection; and lookups by serial."""

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, case, false, func, not_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.catalog.catalogue import Catalogue
from backend.licences.models import Licence
from backend.licences.serials import serial_fragment
from backend.licences.status import LicenceStatus, listed_from, status_expiries

MAX_PAGE_SIZE = 100
MAX_SEARCH_LENGTH = 100
MAX_SELECTION = 1000
"""The most serials one renewal can hold (the cart's limit): "select all renewable" stops there."""


@dataclass(frozen=True, slots=True)
class LicenceRecord:
    """A licence as read: plain values that outlive the session they were read in."""

    serial_number: str
    """Normalised: 20 characters, no hyphens."""
    product_code: str
    expires_on: date
    auto_renewal_since: datetime | None = None
    """The annual auto-renewal in force since this payment (see Licence)."""
    auto_renewal_stopped_at: datetime | None = None

    @classmethod
    def of(cls, licence: Licence) -> "LicenceRecord":
        return cls(
            serial_number=licence.serial_number,
            product_code=licence.product_code,
            expires_on=licence.expires_on,
            auto_renewal_since=licence.auto_renewal_since,
            auto_renewal_stopped_at=licence.auto_renewal_stopped_at,
        )


@dataclass(frozen=True, slots=True)
class ListPosition:
    """Where a page ends in the list's order (expiry date, then serial number)."""

    expires_on: date
    serial_number: str


@dataclass(frozen=True, slots=True)
class RenewableSerials:
    """Which serials can be renewed today, as the eligibility rules say (renewable_serials builds it)."""

    products_without_window: frozenset[str]
    """Renewable whatever the expiry (Total Security)."""
    expires_from: date
    """The other products: renewable when expires_from ≤ expiry ≤ expires_until."""
    expires_until: date


@dataclass(frozen=True, slots=True)
class LicenceSearch:
    """A search matches serials containing the fragment, or serials of the products whose name contains the text."""

    serial_fragment: str | None
    product_codes: frozenset[str]


@dataclass(frozen=True, slots=True)
class ListSelection:
    """Which listed serials to show: every condition given must hold."""

    status: LicenceStatus | None = None
    renewable: bool | None = None
    in_open_order: bool | None = None
    search: LicenceSearch | None = None


@dataclass(frozen=True, slots=True)
class ListScope:
    """One account's listed serials (today ≤ expiry + 1 year), and which are renewable today."""

    account_id: int
    today: date
    renewable: RenewableSerials
    in_open_order: ColumnElement[bool]
    """True for a serial held by an order awaiting payment (orders.holds gives it): it is renewed by that order."""


@dataclass(frozen=True, slots=True)
class LicencePage:
    licences: list[LicenceRecord]
    has_next_page: bool
    total_count: int


@dataclass(frozen=True, slots=True)
class LicenceCounts:
    """How many listed serials match a search, in all and per status, and how many are renewable."""

    all: int
    active: int
    expiring_soon: int
    expired: int
    renewable: int
    in_open_order: int


@dataclass(frozen=True, slots=True)
class SerialNumberSelection:
    serial_numbers: list[str]
    """Normalised, in the list's order; at most the limit asked for."""
    total_count: int
    """All that matched, beyond the limit too."""


def search_licences(text: str, catalogue: Catalogue) -> LicenceSearch | None:
    """What a search box's text matches: a serial in any spelling, or a product's name in either language.

    None when the text is blank: no search. Names match ignoring case, width and spaces.
    """
    if not text.strip():
        return None
    wanted = _comparable(text)
    codes = frozenset(
        product.code
        for product in catalogue
        if wanted in _comparable(product.name_ja) or wanted in _comparable(product.name_en)
    )
    return LicenceSearch(serial_fragment=serial_fragment(text), product_codes=codes)


def _comparable(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text[:MAX_SEARCH_LENGTH]).casefold().split())


async def find_licences(db: AsyncSession, account_id: int, serial_numbers: Collection[str]) -> dict[str, LicenceRecord]:
    """The account's serials among `serial_numbers` (normalised), listed or not; another account's are not found."""
    rows = await db.scalars(
        select(Licence).where(Licence.account_id == account_id, Licence.serial_number.in_(sorted(serial_numbers)))
    )
    return {licence.serial_number: LicenceRecord.of(licence) for licence in rows}


async def listed_licences(
    db: AsyncSession,
    scope: ListScope,
    selection: ListSelection = ListSelection(),
    *,
    first: int,
    after: ListPosition | None = None,
) -> LicencePage:
    """The selected listed serials, soonest expiry first: two statements."""
    if not 1 <= first <= MAX_PAGE_SIZE:
        raise ValueError(f"page size must be between 1 and {MAX_PAGE_SIZE}")
    selected = _selected(scope, selection)
    query = select(Licence).where(selected)
    if after is not None:
        query = query.where(
            or_(
                Licence.expires_on > after.expires_on,
                and_(Licence.expires_on == after.expires_on, Licence.serial_number > after.serial_number),
            )
        )
    rows = list(await db.scalars(query.order_by(Licence.expires_on, Licence.serial_number).limit(first + 1)))
    total = await db.scalar(select(func.count()).select_from(Licence).where(selected))
    return LicencePage(
        licences=[LicenceRecord.of(licence) for licence in rows[:first]],
        has_next_page=len(rows) > first,
        total_count=total or 0,
    )


async def count_licences(db: AsyncSession, scope: ListScope, search: LicenceSearch | None) -> LicenceCounts:
    """The listed serials matching `search` (all when None), per status and renewable: one statement."""

    def matching(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.count(case((condition, 1)))

    statuses = {status: _with_status(status, scope.today) for status in LicenceStatus}
    row = (
        await db.execute(
            select(
                func.count(),
                matching(statuses[LicenceStatus.ACTIVE]),
                matching(statuses[LicenceStatus.EXPIRING_SOON]),
                matching(statuses[LicenceStatus.EXPIRED]),
                matching(_renewable(scope)),
                matching(scope.in_open_order),
            )
            .select_from(Licence)
            .where(_selected(scope, ListSelection(search=search)))
        )
    ).one()
    return LicenceCounts(
        all=row[0], active=row[1], expiring_soon=row[2], expired=row[3], renewable=row[4], in_open_order=row[5]
    )


async def renewable_serial_numbers(
    db: AsyncSession, scope: ListScope, selection: ListSelection, *, limit: int
) -> SerialNumberSelection:
    """Every renewable serial of the selection in the list's order, up to `limit`, and how many there are.

    One statement: the window count is taken before the limit.
    """
    if selection.renewable is False:
        return SerialNumberSelection(serial_numbers=[], total_count=0)
    renewable_only = replace(selection, renewable=True)
    rows = (
        await db.execute(
            select(Licence.serial_number, func.count().over())
            .where(_selected(scope, renewable_only))
            .order_by(Licence.expires_on, Licence.serial_number)
            .limit(limit)
        )
    ).all()
    return SerialNumberSelection(serial_numbers=[row[0] for row in rows], total_count=rows[0][1] if rows else 0)


def _selected(scope: ListScope, selection: ListSelection) -> ColumnElement[bool]:
    conditions = [Licence.account_id == scope.account_id, Licence.expires_on >= listed_from(scope.today)]
    if selection.status is not None:
        conditions.append(_with_status(selection.status, scope.today))
    if selection.renewable is not None:
        renewable = _renewable(scope)
        conditions.append(renewable if selection.renewable else not_(renewable))
    if selection.in_open_order is not None:
        conditions.append(scope.in_open_order if selection.in_open_order else not_(scope.in_open_order))
    if selection.search is not None:
        conditions.append(_matching(selection.search))
    return and_(*conditions)


def _with_status(status: LicenceStatus, today: date) -> ColumnElement[bool]:
    earliest, latest = status_expiries(status, today)
    conditions = []
    if earliest is not None:
        conditions.append(Licence.expires_on >= earliest)
    if latest is not None:
        conditions.append(Licence.expires_on <= latest)
    return and_(*conditions)


def _renewable(scope: ListScope) -> ColumnElement[bool]:
    """Inside its renewal window and not already being renewed by an open order."""
    renewable = scope.renewable
    in_window = or_(
        Licence.product_code.in_(sorted(renewable.products_without_window)),
        Licence.expires_on.between(renewable.expires_from, renewable.expires_until),
    )
    return and_(in_window, not_(scope.in_open_order))


def _matching(search: LicenceSearch) -> ColumnElement[bool]:
    conditions = []
    if search.serial_fragment is not None:
        conditions.append(Licence.serial_number.contains(search.serial_fragment))
    if search.product_codes:
        conditions.append(Licence.product_code.in_(sorted(search.product_codes)))
    return or_(*conditions) if conditions else false()
