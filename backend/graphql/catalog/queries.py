"""Catalogue queries."""

import strawberry

from backend.graphql.catalog.types import ProductType
from backend.graphql.context import Context


@strawberry.type
class CatalogQueries:
    @strawberry.field
    def products(self, info: strawberry.Info[Context, None]) -> list[ProductType]:
        language = info.context.language
        return [ProductType.of(product, language) for product in info.context.runtime.catalogue]
