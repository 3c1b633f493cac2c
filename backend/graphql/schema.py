"""The one schema: the domains' queries and mutations merged, with limits and error masking built once."""

from graphql import ASTValidationRule, GraphQLError, lexicographic_sort_schema, print_schema
from strawberry import Schema
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as max_aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as max_depth_rule
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from backend.graphql.accounts.mutations import AccountMutations
from backend.graphql.accounts.queries import AccountQueries
from backend.graphql.catalog.queries import CatalogQueries
from backend.graphql.errors import is_unexpected, mask_unexpected_errors
from backend.graphql.licences.queries import LicenceQueries

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_TOKENS = 2_000

Query = merge_types("Query", (AccountQueries, CatalogQueries, LicenceQueries))
Mutation = merge_types("Mutation", (AccountMutations,))

# Built once: rule classes made per request would defeat the validation cache (STACK.md #1).
_LIMIT_RULES: list[type[ASTValidationRule]] = [max_depth_rule(MAX_DEPTH, None), max_aliases_rule(MAX_ALIASES)]


class LimitQueries(AddValidationRules):
    def __init__(self) -> None:
        super().__init__(_LIMIT_RULES)


class KoushinSchema(Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Log bugs with their context; a client's own mistakes (validation, permission, typed errors) are not bugs."""
        super().process_errors([error for error in errors if is_unexpected(error)], execution_context)


def create_schema(*, production: bool) -> Schema:
    extensions: list[type[SchemaExtension] | object] = [
        lambda: MaxTokensLimiter(MAX_TOKENS),
        ParserCache,
        LimitQueries,
        ValidationCache,
        mask_unexpected_errors,
    ]
    if production:
        extensions.append(DisableIntrospection)
    return KoushinSchema(query=Query, mutation=Mutation, extensions=extensions)  # type: ignore[arg-type]


def schema_sdl() -> str:
    """The schema as committed in schema.graphql: sorted, so the file diffs cleanly."""
    return print_schema(lexicographic_sort_schema(create_schema(production=False)._schema)) + "\n"
