"""The one schema: the domains' queries and mutations merged, with its document gate and error masking."""

from collections.abc import Callable

from graphql import GraphQLError, lexicographic_sort_schema, print_schema
from strawberry import Schema
from strawberry.extensions import DisableIntrospection, SchemaExtension
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from backend.graphql.accounts.mutations import AccountMutations
from backend.graphql.accounts.queries import AccountQueries
from backend.graphql.catalog.queries import CatalogQueries
from backend.graphql.document_gate import DocumentGateFactory
from backend.graphql.errors import is_unexpected, mask_unexpected_errors
from backend.graphql.licences.queries import LicenceQueries

Query = merge_types("Query", (AccountQueries, CatalogQueries, LicenceQueries))
Mutation = merge_types("Mutation", (AccountMutations,))


class KoushinSchema(Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Log bugs with their context; a client's own mistakes (validation, permission, typed errors) are not bugs."""
        super().process_errors([error for error in errors if is_unexpected(error)], execution_context)


def create_schema(*, production: bool) -> Schema:
    # A new gate factory per schema: development and production schemas never share cached documents.
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        DocumentGateFactory(hide_suggestions=production),
        mask_unexpected_errors,
    ]
    if production:
        extensions.append(DisableIntrospection)
    return KoushinSchema(query=Query, mutation=Mutation, extensions=extensions)


def schema_sdl() -> str:
    """The schema as committed in schema.graphql: sorted, so the file diffs cleanly."""
    return print_schema(lexicographic_sort_schema(create_schema(production=False)._schema)) + "\n"
