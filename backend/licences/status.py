"""A licence's status and whether it is still listed, relative to today."""

from datetime import date, timedelta
from enum import StrEnum

from backend.licences.dates import add_years

EXPIRING_SOON_DAYS = 90


class LicenceStatus(StrEnum):
    ACTIVE = "ACTIVE"
    EXPIRING_SOON = "EXPIRING_SOON"
    """90 days or fewer left, the expiry day included."""
    EXPIRED = "EXPIRED"


def licence_status(expires_on: date, today: date) -> LicenceStatus:
    days_left = (expires_on - today).days
    if days_left < 0:
        return LicenceStatus.EXPIRED
    if days_left <= EXPIRING_SOON_DAYS:
        return LicenceStatus.EXPIRING_SOON
    return LicenceStatus.ACTIVE


def status_expiries(status: LicenceStatus, today: date) -> tuple[date | None, date | None]:
    """The expiry dates with `status` today, both ends included (None: unbounded), for selecting by status."""
    match status:
        case LicenceStatus.EXPIRED:
            return None, today - timedelta(days=1)
        case LicenceStatus.EXPIRING_SOON:
            return today, today + timedelta(days=EXPIRING_SOON_DAYS)
        case LicenceStatus.ACTIVE:
            return today + timedelta(days=EXPIRING_SOON_DAYS + 1), None


def is_listed(expires_on: date, today: date) -> bool:
    """A serial is listed while today ≤ expiry + 1 year; from the day after, it is found by its number."""
    return today <= add_years(expires_on, 1)


def listed_from(today: date) -> date:
    """The earliest expiry date still listed today: is_listed(e, today) ⇔ e ≥ listed_from(today)."""
    if today.month == 2 and today.day == 29:
        # Expiry 28 Feb last year + 1 year is 28 Feb, before today; 1 March is the first still listed.
        return date(today.year - 1, 3, 1)
    return add_years(today, -1)


def days_until(expires_on: date, today: date) -> int:
    return (expires_on - today).days
