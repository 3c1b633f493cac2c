"""Products as the API shows them."""

import strawberry

from backend.catalog.catalogue import Product, ProductFamily
from backend.core.language import Language

ProductFamilyEnum = strawberry.enum(ProductFamily, name="ProductFamily")


@strawberry.type(name="Product")
class ProductType:
    # Plain fields, filled in when the object is made: a list of licences resolves thousands
    # of these, and a field without a resolver takes Strawberry's fast path.
    code: str
    family: ProductFamilyEnum  # type: ignore[valid-type]
    name: str = strawberry.field(description="In the request's language (Accept-Language: ja or en).")

    @classmethod
    def of(cls, product: Product, language: Language) -> "ProductType":
        return cls(code=product.code, family=product.family, name=product.name(language))
