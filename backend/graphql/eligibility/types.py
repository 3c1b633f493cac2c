"""Eligibility and renewal options as the API shows them."""

from datetime import date

import strawberry

from backend.core.language import Language
from backend.eligibility.rules import Eligibility, IneligibilityReason, RenewalOption
from backend.graphql.catalog.types import ProductType

IneligibilityReasonEnum = strawberry.enum(IneligibilityReason, name="IneligibilityReason")


@strawberry.type(name="Eligibility")
class EligibilityType:
    renewable: bool
    reason: IneligibilityReasonEnum | None = strawberry.field(  # type: ignore[valid-type]
        description="Why the serial cannot be renewed today; null when it can."
    )
    opens_on: date | None = strawberry.field(
        description="First day of the renewal window (Cloud family); null when there is no window."
    )
    closes_on: date | None = strawberry.field(
        description="Last day of the renewal window (Cloud family); null when there is no window."
    )

    @classmethod
    def of(cls, eligibility: Eligibility) -> "EligibilityType":
        return cls(
            renewable=eligibility.renewable,
            reason=eligibility.reason,
            opens_on=eligibility.opens_on,
            closes_on=eligibility.closes_on,
        )


@strawberry.type(name="RenewalOption")
class RenewalOptionType:
    product: ProductType
    years: int
    price_excluding_tax: int = strawberry.field(description="Whole yen.")
    tax: int = strawberry.field(description="Consumption tax, whole yen, rounded down once per document.")
    price_including_tax: int = strawberry.field(description="Whole yen.")
    new_expires_on: date = strawberry.field(description="The expiry the serial would get if paid today.")
    auto_renewal: bool = strawberry.field(description="The annual auto-renewal plan (年額あんしん自動更新).")

    @classmethod
    def of(cls, option: RenewalOption, language: Language) -> "RenewalOptionType":
        return cls(
            product=ProductType.of(option.product, language),
            years=option.years,
            price_excluding_tax=option.price_excluding_tax,
            tax=option.tax,
            price_including_tax=option.price_including_tax,
            new_expires_on=option.new_expires_on,
            auto_renewal=option.auto_renewal,
        )
