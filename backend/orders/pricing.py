"""Pricing a renewal cart: pure rules over plain values, the same for the preview, a quote and an order.

Each requested line is checked on its own and every problem is reported at once, by row; a line
with a problem is left out, and the totals are those of the lines that remain. Tax is computed
once per rate on the whole document and allocated back to the lines (billing.tax).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from backend.billing.tax import STANDARD_RATE_PERCENT, RateTotal, TaxableLine, allocate_tax, tax_totals
from backend.catalog.catalogue import TERMS, Catalogue, Product
from backend.eligibility.rules import eligibility, new_expiry
from backend.licences.queries import MAX_SELECTION, LicenceRecord
from backend.licences.serials import InvalidSerialError, normalise_serial

MAX_LINES = MAX_SELECTION
"""The most serials one cart, quote or order holds: what "select all renewable" can pick."""


class LineErrorCode(StrEnum):
    INVALID_SERIAL = "INVALID_SERIAL"
    NOT_FOUND = "NOT_FOUND"
    """Unknown, or another account's: the same answer either way."""
    DUPLICATE_LINE = "DUPLICATE_LINE"
    NOT_RENEWABLE = "NOT_RENEWABLE"
    IN_OPEN_ORDER = "IN_OPEN_ORDER"
    PRODUCT_NOT_ALLOWED = "PRODUCT_NOT_ALLOWED"
    INVALID_TERM = "INVALID_TERM"
    AUTO_RENEWAL_NOT_OFFERED = "AUTO_RENEWAL_NOT_OFFERED"


@dataclass(frozen=True, slots=True)
class LineRequest:
    serial_number: str
    """As the client sent it: any spelling."""
    product_code: str
    years: int
    auto_renewal: bool = False


@dataclass(frozen=True, slots=True)
class LineProblem:
    index: int
    code: LineErrorCode
    field: str
    """The row's field at fault, as the API names it."""
    order_number: str | None = None
    """For IN_OPEN_ORDER: the order that holds the serial."""


@dataclass(frozen=True, slots=True)
class PricedLine:
    index: int
    serial_number: str
    """Normalised when valid, else as sent."""
    licence: LicenceRecord | None
    product: Product | None
    years: int
    auto_renewal: bool
    price_excluding_tax: int | None
    """None when the line is left out."""
    tax_rate_percent: int | None
    tax: int | None
    """This line's allocation of the document's tax."""
    new_expires_on: date | None
    """The expiry the serial gets if paid today."""

    @property
    def included(self) -> bool:
        return self.price_excluding_tax is not None


@dataclass(frozen=True, slots=True)
class CartPricing:
    lines: list[PricedLine]
    problems: list[LineProblem]
    rates: list[RateTotal]

    @property
    def included(self) -> list[PricedLine]:
        return [line for line in self.lines if line.included]

    @property
    def subtotal(self) -> int:
        return sum(rate.amount_excluding_tax for rate in self.rates)

    @property
    def tax(self) -> int:
        return sum(rate.tax for rate in self.rates)

    @property
    def total_including_tax(self) -> int:
        return self.subtotal + self.tax


def requested_serials(requests: Sequence[LineRequest]) -> set[str]:
    """The normalised serials to read for `price_cart`; malformed ones are left out (reported there)."""
    serials = set()
    for request in requests:
        try:
            serials.add(normalise_serial(request.serial_number))
        except InvalidSerialError:
            continue
    return serials


def price_cart(
    catalogue: Catalogue,
    requests: Sequence[LineRequest],
    licences: Mapping[str, LicenceRecord],
    open_orders: Mapping[str, str],
    today: date,
    locked_prices: Mapping[tuple[str, int], int] | None = None,
) -> CartPricing:
    """`licences`: the account's serials among those requested; `open_orders`: serial → number of the open order
    that holds it. `locked_prices` (product code, years) → price replaces the catalogue's (an order from a quote)."""
    seen: set[str] = set()
    lines: list[PricedLine] = []
    problems: list[LineProblem] = []
    for index, request in enumerate(requests):
        serial, licence, row_problems = _check_serial(catalogue, index, request, licences, open_orders, seen, today)
        product = catalogue.get(request.product_code)
        if licence is not None:
            row_problems += _check_choice(index, request, catalogue[licence.product_code], product)
        problems += row_problems
        if row_problems or licence is None or product is None:
            lines.append(PricedLine(index, serial, licence, product, request.years, request.auto_renewal, *[None] * 4))
            continue
        price = (locked_prices or {}).get((product.code, request.years), product.prices[request.years])
        new_expires_on = new_expiry(licence.expires_on, today, request.years)
        rate = STANDARD_RATE_PERCENT
        lines.append(
            PricedLine(
                index, serial, licence, product, request.years, request.auto_renewal, price, rate, 0, new_expires_on
            )
        )
    taxable = [
        TaxableLine(line.price_excluding_tax or 0, line.tax_rate_percent or 0) for line in lines if line.included
    ]
    shares = iter(allocate_tax(taxable))
    lines = [replace(line, tax=next(shares)) if line.included else line for line in lines]
    return CartPricing(lines=lines, problems=problems, rates=tax_totals(taxable))


def _check_serial(
    catalogue: Catalogue,
    index: int,
    request: LineRequest,
    licences: Mapping[str, LicenceRecord],
    open_orders: Mapping[str, str],
    seen: set[str],
    today: date,
) -> tuple[str, LicenceRecord | None, list[LineProblem]]:
    try:
        serial = normalise_serial(request.serial_number)
    except InvalidSerialError:
        return request.serial_number, None, [LineProblem(index, LineErrorCode.INVALID_SERIAL, "serialNumber")]
    licence = licences.get(serial)
    if serial in seen:
        return serial, licence, [LineProblem(index, LineErrorCode.DUPLICATE_LINE, "serialNumber")]
    seen.add(serial)
    if licence is None:
        return serial, None, [LineProblem(index, LineErrorCode.NOT_FOUND, "serialNumber")]
    if serial in open_orders:
        problem = LineProblem(index, LineErrorCode.IN_OPEN_ORDER, "serialNumber", order_number=open_orders[serial])
        return serial, licence, [problem]
    # The current product's window decides, whatever the serial is renewed into.
    if not eligibility(catalogue[licence.product_code], licence.expires_on, today).renewable:
        return serial, licence, [LineProblem(index, LineErrorCode.NOT_RENEWABLE, "serialNumber")]
    return serial, licence, []


def _check_choice(index: int, request: LineRequest, current: Product, product: Product | None) -> list[LineProblem]:
    problems = []
    if product is None or product.code not in current.renews_into:
        problems.append(LineProblem(index, LineErrorCode.PRODUCT_NOT_ALLOWED, "productCode"))
    if request.years not in TERMS:
        problems.append(LineProblem(index, LineErrorCode.INVALID_TERM, "years"))
    if request.auto_renewal and not (current.auto_renewal and product is current and request.years == 1):
        problems.append(LineProblem(index, LineErrorCode.AUTO_RENEWAL_NOT_OFFERED, "autoRenewal"))
    return problems
