"""Products as the API shows them."""

import strawberry

from backend.catalog.catalogue import Product, ProductFamily
from backend.graphql.context import Context

ProductFamilyEnum = strawberry.enum(ProductFamily, name="ProductFamily")


@strawberry.type(name="Product")
class ProductType:
    product: strawberry.Private[Product]

    @strawberry.field
    def code(self) -> str:
        return self.product.code

    @strawberry.field
    def family(self) -> ProductFamilyEnum:  # type: ignore[valid-type]
        return self.product.family

    @strawberry.field(description="In the request's language (Accept-Language: ja or en).")
    def name(self, info: strawberry.Info[Context, None]) -> str:
        return self.product.name(info.context.language)
