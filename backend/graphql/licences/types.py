"""Licences as the API shows them."""

from datetime import date

import strawberry

from backend.catalog.catalogue import Catalogue
from backend.core.language import Language
from backend.eligibility.rules import eligibility, renewal_options
from backend.graphql.catalog.types import ProductType
from backend.graphql.context import Context
from backend.graphql.eligibility.types import EligibilityType, RenewalOptionType
from backend.graphql.pagination import PageInfo
from backend.licences.queries import LicenceRecord
from backend.licences.serials import format_serial
from backend.licences.status import LicenceStatus, days_until, licence_status

LicenceStatusEnum = strawberry.enum(LicenceStatus, name="LicenceStatus")


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

    @strawberry.field(description="Whether the serial can be renewed today, and if not, why.")
    def eligibility(self, info: strawberry.Info[Context, None]) -> EligibilityType:
        product = info.context.runtime.catalogue[self.licence.product_code]
        return EligibilityType.of(eligibility(product, self.licence.expires_on, info.context.today))

    @strawberry.field(description="What the serial can be renewed into today; empty when it cannot be renewed.")
    def renewal_options(self, info: strawberry.Info[Context, None]) -> list[RenewalOptionType]:
        catalogue = info.context.runtime.catalogue
        options = renewal_options(
            catalogue, catalogue[self.licence.product_code], self.licence.expires_on, info.context.today
        )
        return [RenewalOptionType.of(option, info.context.language) for option in options]


@strawberry.type
class LicencePage:
    nodes: list[LicenceType]
    page_info: PageInfo
    total_count: int
