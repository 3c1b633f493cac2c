"""Licences as the API shows them."""

from datetime import date

import strawberry

from backend.eligibility.rules import eligibility, renewal_options
from backend.graphql.catalog.types import ProductType
from backend.graphql.context import Context
from backend.graphql.eligibility.types import EligibilityType, RenewalOptionType
from backend.graphql.pagination import PageInfo
from backend.licences.models import Licence
from backend.licences.serials import format_serial
from backend.licences.status import LicenceStatus, days_until, licence_status

LicenceStatusEnum = strawberry.enum(LicenceStatus, name="LicenceStatus")


@strawberry.type(name="Licence")
class LicenceType:
    licence: strawberry.Private[Licence]

    @strawberry.field(description="Five groups of four characters, e.g. ABCD-EFGH-JKLM-NPQR-2345.")
    def serial_number(self) -> str:
        return format_serial(self.licence.serial_number)

    @strawberry.field
    def expires_on(self) -> date:
        return self.licence.expires_on

    @strawberry.field
    def status(self, info: strawberry.Info[Context, None]) -> LicenceStatusEnum:  # type: ignore[valid-type]
        return licence_status(self.licence.expires_on, info.context.today)

    @strawberry.field(description="Days from today until the expiry date; negative once expired.")
    def days_until_expiry(self, info: strawberry.Info[Context, None]) -> int:
        return days_until(self.licence.expires_on, info.context.today)

    @strawberry.field
    def product(self, info: strawberry.Info[Context, None]) -> ProductType:
        return ProductType(product=info.context.services.catalogue[self.licence.product_code])

    @strawberry.field(description="Whether the serial can be renewed today, and if not, why.")
    def eligibility(self, info: strawberry.Info[Context, None]) -> EligibilityType:
        product = info.context.services.catalogue[self.licence.product_code]
        return EligibilityType.of(eligibility(product, self.licence.expires_on, info.context.today))

    @strawberry.field(description="What the serial can be renewed into today; empty when it cannot be renewed.")
    def renewal_options(self, info: strawberry.Info[Context, None]) -> list[RenewalOptionType]:
        catalogue = info.context.services.catalogue
        options = renewal_options(
            catalogue, catalogue[self.licence.product_code], self.licence.expires_on, info.context.today
        )
        return [RenewalOptionType.of(option) for option in options]


@strawberry.type
class LicencePage:
    nodes: list[LicenceType]
    page_info: PageInfo
    total_count: int
