"""Carts, totals and renewal errors as the API shows them."""

from datetime import date
from enum import StrEnum

import strawberry
from strawberry.utils.str_converters import to_camel_case

from backend.billing.tax import RateTotal
from backend.catalog.catalogue import Catalogue
from backend.core.language import Language
from backend.graphql.catalog.types import ProductType
from backend.graphql.licences.types import LicenceType
from backend.graphql.user_errors import UserError
from backend.licences.serials import format_serial
from backend.orders.placement import Refused
from backend.orders.pricing import MAX_LINES, CartPricing, LineProblem, PricedLine
from backend.orders.views import Totals


class RenewalErrorCode(StrEnum):
    NO_LINES = "NO_LINES"
    TOO_MANY_LINES = "TOO_MANY_LINES"
    INVALID_SERIAL = "INVALID_SERIAL"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE_LINE = "DUPLICATE_LINE"
    NOT_RENEWABLE = "NOT_RENEWABLE"
    IN_OPEN_ORDER = "IN_OPEN_ORDER"
    PRODUCT_NOT_ALLOWED = "PRODUCT_NOT_ALLOWED"
    INVALID_TERM = "INVALID_TERM"
    AUTO_RENEWAL_NOT_OFFERED = "AUTO_RENEWAL_NOT_OFFERED"
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    INVALID_TEXT = "INVALID_TEXT"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_POSTAL_CODE = "INVALID_POSTAL_CODE"
    TERMS_NOT_ACCEPTED = "TERMS_NOT_ACCEPTED"
    TERMS_OUTDATED = "TERMS_OUTDATED"
    PRIVACY_NOT_ACCEPTED = "PRIVACY_NOT_ACCEPTED"
    PRIVACY_OUTDATED = "PRIVACY_OUTDATED"
    QUOTE_NOT_FOUND = "QUOTE_NOT_FOUND"
    QUOTE_EXPIRED = "QUOTE_EXPIRED"
    QUOTE_LINES_CHANGED = "QUOTE_LINES_CHANGED"
    INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    ACCOUNT_NUMBERS_EXHAUSTED = "ACCOUNT_NUMBERS_EXHAUSTED"


strawberry.enum(RenewalErrorCode, name="RenewalErrorCode")


@strawberry.type
class RenewalError(UserError[RenewalErrorCode]):
    max_lines: int | None = strawberry.field(description="For TOO_MANY_LINES: the most lines one order holds.")
    order_number: str | None = strawberry.field(description="For IN_OPEN_ORDER: the open order holding the serial.")
    max_length: int | None = strawberry.field(default=None, description="For TOO_LONG: the most characters allowed.")

    @classmethod
    def of_line(cls, problem: LineProblem, language: Language) -> "RenewalError":
        return cls.of(
            RenewalErrorCode(problem.code.value),
            language,
            field=problem.field,
            path=["lines", problem.index],
            max_lines=None,
            order_number=problem.order_number,
        )

    @classmethod
    def of_refusal(cls, refused: Refused, language: Language) -> "list[RenewalError]":
        """Every problem of a refused quote or order: per row, per billing field, then the rest."""
        errors = [cls.of_line(problem, language) for problem in refused.lines]
        errors += [
            cls.of(
                RenewalErrorCode(problem.code.value),
                language,
                field=f"billing.{to_camel_case(problem.field)}",
                max_lines=None,
                order_number=None,
                max_length=problem.max_length,
            )
            for problem in refused.billing
        ]
        errors += [
            cls.of(
                RenewalErrorCode(problem.code.value), language, field=problem.field, max_lines=None, order_number=None
            )
            for problem in refused.other
        ]
        return errors

    @classmethod
    def of_cart(cls, line_count: int, language: Language) -> "RenewalError | None":
        """The error for the number of lines as a whole, if there is one."""
        if line_count == 0:
            return cls.of(RenewalErrorCode.NO_LINES, language, field="lines", max_lines=None, order_number=None)
        if line_count > MAX_LINES:
            return cls.of(
                RenewalErrorCode.TOO_MANY_LINES, language, field="lines", max_lines=MAX_LINES, order_number=None
            )
        return None


@strawberry.input
class RenewalLineInput:
    serial_number: str
    product_code: str
    years: int
    auto_renewal: bool = False


@strawberry.type(name="RateTotal")
class RateTotalType:
    rate_percent: int
    amount_excluding_tax: int
    tax: int = strawberry.field(description="Rounded down, once per document per rate.")
    amount_including_tax: int

    @classmethod
    def of(cls, total: RateTotal) -> "RateTotalType":
        return cls(
            rate_percent=total.rate_percent,
            amount_excluding_tax=total.amount_excluding_tax,
            tax=total.tax,
            amount_including_tax=total.amount_including_tax,
        )


@strawberry.type
class DocumentTotals:
    line_count: int = strawberry.field(description="The lines the document includes.")
    rates: list[RateTotalType] = strawberry.field(description="Highest rate first.")
    subtotal: int = strawberry.field(description="Whole yen, excluding tax.")
    tax: int
    total_including_tax: int

    @classmethod
    def of(cls, pricing: CartPricing) -> "DocumentTotals":
        return cls(
            line_count=len(pricing.included),
            rates=[RateTotalType.of(rate) for rate in pricing.rates],
            subtotal=pricing.subtotal,
            tax=pricing.tax,
            total_including_tax=pricing.total_including_tax,
        )

    @classmethod
    def of_issued(cls, totals: Totals) -> "DocumentTotals":
        return cls(
            line_count=totals.line_count,
            rates=[RateTotalType.of(rate) for rate in totals.rates],
            subtotal=totals.subtotal,
            tax=totals.tax,
            total_including_tax=totals.total_including_tax,
        )


@strawberry.type
class CartLine:
    serial_number: str = strawberry.field(description="Formatted (ABCD-EFGH-…) when valid, else as sent.")
    licence: LicenceType | None = strawberry.field(description="Null when the serial is malformed or not found.")
    product: ProductType | None = strawberry.field(description="The chosen product; null for an unknown code.")
    years: int
    auto_renewal: bool
    included: bool = strawberry.field(description="False when the row has an error: left out of totals and order.")
    price_excluding_tax: int | None
    tax: int | None = strawberry.field(description="This line's allocation of the document's tax.")
    new_expires_on: date | None = strawberry.field(description="The expected new expiry if paid today.")

    @classmethod
    def of(cls, line: PricedLine, catalogue: Catalogue, language: Language, today: date) -> "CartLine":
        return cls(
            serial_number=format_serial(line.serial_number) if line.licence else line.serial_number,
            licence=LicenceType.of(line.licence, catalogue, language, today) if line.licence else None,
            product=ProductType.of(line.product, language) if line.product else None,
            years=line.years,
            auto_renewal=line.auto_renewal,
            included=line.included,
            price_excluding_tax=line.price_excluding_tax,
            tax=line.tax,
            new_expires_on=line.new_expires_on,
        )
