"""Reading an account's licences: the listed page, in expiry order, one keyset page at a time, and lookups by serial."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.licences.models import Licence
from backend.licences.status import listed_from

MAX_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class LicenceRecord:
    """A licence as read: plain values that outlive the session they were read in."""

    serial_number: str
    """Normalised: 20 characters, no hyphens."""
    product_code: str
    expires_on: date

    @classmethod
    def of(cls, licence: Licence) -> "LicenceRecord":
        return cls(
            serial_number=licence.serial_number, product_code=licence.product_code, expires_on=licence.expires_on
        )


@dataclass(frozen=True, slots=True)
class ListPosition:
    """Where a page ends in the list's order (expiry date, then serial number)."""

    expires_on: date
    serial_number: str


@dataclass(frozen=True, slots=True)
class LicencePage:
    licences: list[LicenceRecord]
    has_next_page: bool
    total_count: int


async def find_licences(db: AsyncSession, account_id: int, serial_numbers: Collection[str]) -> dict[str, LicenceRecord]:
    """The account's serials among `serial_numbers` (normalised), listed or not; another account's are not found."""
    rows = await db.scalars(
        select(Licence).where(Licence.account_id == account_id, Licence.serial_number.in_(sorted(serial_numbers)))
    )
    return {licence.serial_number: LicenceRecord.of(licence) for licence in rows}


async def listed_licences(
    db: AsyncSession, account_id: int, today: date, *, first: int, after: ListPosition | None = None
) -> LicencePage:
    """The account's listed serials (today ≤ expiry + 1 year), soonest expiry first."""
    if not 1 <= first <= MAX_PAGE_SIZE:
        raise ValueError(f"page size must be between 1 and {MAX_PAGE_SIZE}")
    listed = and_(Licence.account_id == account_id, Licence.expires_on >= listed_from(today))
    query = select(Licence).where(listed)
    if after is not None:
        query = query.where(
            or_(
                Licence.expires_on > after.expires_on,
                and_(Licence.expires_on == after.expires_on, Licence.serial_number > after.serial_number),
            )
        )
    rows = list(await db.scalars(query.order_by(Licence.expires_on, Licence.serial_number).limit(first + 1)))
    total = await db.scalar(select(func.count()).select_from(Licence).where(listed))
    return LicencePage(
        licences=[LicenceRecord.of(licence) for licence in rows[:first]],
        has_next_page=len(rows) > first,
        total_count=total or 0,
    )
