"""The renewal rules of DESIGN.md §2 as pure functions over plain values, with today passed in."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from backend.billing.tax import TaxableLine, tax_totals
from backend.catalog.catalogue import TERMS, Catalogue, Product, ProductFamily
from backend.licences.dates import add_months, add_years
from backend.licences.queries import RenewableSerials

CLOUD_OPENS_MONTHS_BEFORE_EXPIRY = 39
CLOUD_CLOSES_YEARS_AFTER_EXPIRY = 2


class IneligibilityReason(StrEnum):
    TOO_EARLY = "TOO_EARLY"
    """The renewal window has not opened yet (opens_on says when)."""
    TOO_LATE = "TOO_LATE"
    """The window closed on closes_on: the customer buys a new licence instead."""
    RENEWAL_IN_PROGRESS = "RENEWAL_IN_PROGRESS"
    """An order awaiting payment renews the serial already: pay or cancel it first."""


@dataclass(frozen=True, slots=True)
class Eligibility:
    renewable: bool
    reason: IneligibilityReason | None
    opens_on: date | None
    """First day renewal is possible; None when the product has no window."""
    closes_on: date | None
    """Last day renewal is possible; None when the product has no window."""


@dataclass(frozen=True, slots=True)
class RenewalOption:
    product: Product
    years: int
    price_excluding_tax: int
    tax: int
    price_including_tax: int
    new_expires_on: date
    """The expiry the serial would get if paid today; the real one is fixed at payment."""
    auto_renewal: bool
    """The annual auto-renewal plan (年額あんしん自動更新) rather than a fixed term."""


def renewal_window(product: Product, expires_on: date) -> tuple[date, date] | None:
    """Cloud family: from 39 months before expiry through 2 years after it, both ends included.

    Total Security: no window (None).
    """
    if product.family is not ProductFamily.CLOUD:
        return None
    return (
        add_months(expires_on, -CLOUD_OPENS_MONTHS_BEFORE_EXPIRY),
        add_years(expires_on, CLOUD_CLOSES_YEARS_AFTER_EXPIRY),
    )


def eligibility(product: Product, expires_on: date, today: date) -> Eligibility:
    window = renewal_window(product, expires_on)
    if window is None:
        return Eligibility(renewable=True, reason=None, opens_on=None, closes_on=None)
    opens_on, closes_on = window
    reason = None
    if today < opens_on:
        reason = IneligibilityReason.TOO_EARLY
    elif today > closes_on:
        reason = IneligibilityReason.TOO_LATE
    return Eligibility(renewable=reason is None, reason=reason, opens_on=opens_on, closes_on=closes_on)


def in_progress(window: Eligibility) -> Eligibility:
    """The eligibility of a serial held by an open order: not renewable again, whatever its window says."""
    return Eligibility(
        renewable=False,
        reason=IneligibilityReason.RENEWAL_IN_PROGRESS,
        opens_on=window.opens_on,
        closes_on=window.closes_on,
    )


def renewable_expiries(today: date) -> tuple[date, date]:
    """Cloud family: the expiry dates renewable today, both ends included.

    renewal_window's inverse, so a database can select by expiry: for a Cloud product,
    eligibility(product, e, today).renewable ⇔ first ≤ e ≤ last.
    """
    # Both window ends move monotonically with the expiry date; month-end clamping means the
    # plain inverse can be a day or so short, so step to the true bound.
    first = add_years(today, -CLOUD_CLOSES_YEARS_AFTER_EXPIRY)
    if add_years(first, CLOUD_CLOSES_YEARS_AFTER_EXPIRY) < today:
        first += timedelta(days=1)
    last = add_months(today, CLOUD_OPENS_MONTHS_BEFORE_EXPIRY)
    while add_months(last + timedelta(days=1), -CLOUD_OPENS_MONTHS_BEFORE_EXPIRY) <= today:
        last += timedelta(days=1)
    return first, last


def renewable_serials(catalogue: Catalogue, today: date) -> RenewableSerials:
    """Which serials can be renewed today, in terms a query over the licence table can use."""
    first, last = renewable_expiries(today)
    return RenewableSerials(
        products_without_window=frozenset(p.code for p in catalogue if renewal_window(p, today) is None),
        expires_from=first,
        expires_until=last,
    )


def new_expiry(expires_on: date, paid_on: date, years: int) -> date:
    """Paid on or before expiry: the term follows the current one (no day lost); after it: from the payment day."""
    return add_years(max(expires_on, paid_on), years)


def renewal_options(catalogue: Catalogue, product: Product, expires_on: date, today: date) -> list[RenewalOption]:
    """Every product the serial may be renewed into, each for 1, 2 and 3 years, priced as if paid today.

    Products that offer it add the annual auto-renewal plan for the serial's own product.
    Empty when the serial cannot be renewed today (eligibility says why).
    """
    if not eligibility(product, expires_on, today).renewable:
        return []
    options = [
        _option(catalogue[code], years, expires_on, today, auto_renewal=False)
        for code in product.renews_into
        for years in TERMS
    ]
    if product.auto_renewal:
        options.append(_option(product, 1, expires_on, today, auto_renewal=True))
    return options


def _option(product: Product, years: int, expires_on: date, today: date, *, auto_renewal: bool) -> RenewalOption:
    (total,) = tax_totals([TaxableLine(product.prices[years])])
    return RenewalOption(
        product=product,
        years=years,
        price_excluding_tax=total.amount_excluding_tax,
        tax=total.tax,
        price_including_tax=total.amount_including_tax,
        new_expires_on=new_expiry(expires_on, today, years),
        auto_renewal=auto_renewal,
    )
