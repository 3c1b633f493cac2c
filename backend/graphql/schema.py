"""The schemas: the domains' queries and mutations merged, with their document gate and error masking.

Two of them, built from the same types: the customers' (every request but a staff member's) and
the staff's, which adds the staff console's queries and mutations. A customer's document is
validated against a schema in which the staff fields do not exist, so asking for one gets the
answer any missing field gets, word for word, and tells nothing of what staff can do.
schema.graphql is the staff schema, the whole API.
"""

from collections.abc import Callable
from typing import Any

from graphql import GraphQLError, lexicographic_sort_schema, print_schema
from graphql.execution import Executor
from strawberry import Schema
from strawberry.extensions import DisableIntrospection, SchemaExtension
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from backend.graphql.accounts.mutations import AccountMutations
from backend.graphql.accounts.queries import AccountQueries
from backend.graphql.catalog.queries import CatalogQueries
from backend.graphql.document_gate import DocumentGateFactory
from backend.graphql.errors import is_unexpected, mask_unexpected_errors
from backend.graphql.licences.queries import LicenceQueries
from backend.graphql.orders.mutations import OrderMutations
from backend.graphql.orders.queries import OrderQueries
from backend.graphql.staff.mutations import StaffMutations
from backend.graphql.staff.queries import StaffQueries

CUSTOMER_QUERIES = (AccountQueries, CatalogQueries, LicenceQueries, OrderQueries)
CUSTOMER_MUTATIONS = (AccountMutations, OrderMutations)


class KoushinSchema(Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Log bugs with their context; a client's own mistakes (validation, permission, typed errors) are not bugs."""
        super().process_errors([error for error in errors if is_unexpected(error)], execution_context)


class ExecutionWithoutSuggestions(StrawberryGraphQLCoreExecutionContext):
    """Execution whose errors say no "Did you mean …?": in production those would name the hidden schema's
    enum values and input fields (when coercing variables, say)."""

    @classmethod
    def build(cls, *args: Any, **kwargs: Any) -> list[GraphQLError] | Executor[Any]:
        # graphql-core passes hide_suggestions by keyword: a positional one would fail loudly here, not leak.
        return super().build(*args, **{**kwargs, "hide_suggestions": True})


def create_schema(*, production: bool, staff: bool) -> Schema:
    # A new gate factory per schema: development and production schemas never share cached documents.
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        DocumentGateFactory(hide_suggestions=production),
        mask_unexpected_errors,
    ]
    if production:
        extensions.append(DisableIntrospection)
    return KoushinSchema(
        query=merge_types("Query", (*CUSTOMER_QUERIES, *((StaffQueries,) if staff else ()))),
        mutation=merge_types("Mutation", (*CUSTOMER_MUTATIONS, *((StaffMutations,) if staff else ()))),
        extensions=extensions,
        # Validation hides suggestions in the gate; execution (coercing variables) here.
        execution_context_class=ExecutionWithoutSuggestions if production else None,
    )


def schema_sdl() -> str:
    """The whole API (the staff schema) as committed in schema.graphql: sorted, so the file diffs cleanly."""
    return print_schema(lexicographic_sort_schema(create_schema(production=False, staff=True)._schema)) + "\n"
