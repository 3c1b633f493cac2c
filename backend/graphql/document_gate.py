"""The schema extension that admits a GraphQL document: refused cheaply if too large or too complex, else
parsed and validated once per query text, in a cache of the schema's own.

It replaces Strawberry's MaxTokensLimiter, ParserCache, ValidationCache and the depth and alias
rules: those rules walked every fragment at every spread (a 900-byte chain of fragments took
13 s of CPU), and the caches kept query texts of any size (60 texts of 10 MB took 1.4 GB).
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from graphql import ASTValidationRule, DocumentNode, GraphQLError, parse, validate
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from backend.graphql.document_cache import DocumentCache, utf8_size
from backend.graphql.document_limits import DocumentLimits, check_document, refusal

MAX_QUERY_BYTES = 32 * 1024
"""Refused before parsing: the frontend's largest query is under 1 KB, GraphiQL's introspection 1.5 KB."""
MAX_TOKENS = 1_000
"""Parsing costs about 10 µs a token before any limit can be checked; the introspection query has 183."""
MAX_COMMENTS = 200
"""graphql-core keeps comments in the token list of a parsed document, so they are bounded too."""
LIMITS = DocumentLimits()

# Entries weigh their query text (see document_cache): 128 KiB of texts is at most ~36 MB of ASTs, and
# the frontend's documents plus the introspection query are under 5 KiB together.
CACHE_MAX_ENTRIES = 128
CACHE_MAX_BYTES = 128 * 1024
CACHE_MAX_ITEM_BYTES = 4 * 1024

STRAWBERRY_RULES: tuple[type[ASTValidationRule], ...] = (MaybeNullValidationRule, OneOfInputValidationRule)
"""What strawberry.schema.schema.validate_document adds to the operation's rules. We call validate()
ourselves, as it does, to pass hide_suggestions, which it cannot."""


@dataclass(frozen=True)
class AdmittedDocument:
    """A query text's document and its validation errors, under the rules they were found with."""

    document: DocumentNode
    rules: tuple[type[ASTValidationRule], ...]
    errors: tuple[GraphQLError, ...]


def parse_admissible(query: str, limits: DocumentLimits = LIMITS) -> DocumentNode:
    """Parse a query text within the size and token limits and hold the document to `limits`; raise any refusal."""
    # len() is a lower bound of the UTF-8 size: a 10 MB text is refused without being encoded.
    if len(query) > MAX_QUERY_BYTES or utf8_size(query) > MAX_QUERY_BYTES:
        raise refusal(f"The query is larger than {MAX_QUERY_BYTES} bytes.", "QUERY_TOO_LARGE")
    document = parse(query, max_lexical_tokens=MAX_TOKENS, max_comments=MAX_COMMENTS)
    error = check_document(document, limits)
    if error is not None:
        raise error
    return document


class DocumentGate(SchemaExtension):
    """One per request (Strawberry builds extensions per request); the cache is shared, through the factory."""

    def __init__(self, cache: DocumentCache[AdmittedDocument], *, hide_suggestions: bool) -> None:
        self.cache = cache
        self.hide_suggestions = hide_suggestions
        self.admitted: AdmittedDocument | None = None

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        # Strawberry refuses a missing query before parsing. Raising here is how Strawberry's own ParserCache
        # reports a syntax error: the request gets the error, with no data.
        if context.query is not None:
            self.admitted = self.cache.get(context.query)
            context.graphql_document = (
                self.admitted.document if self.admitted is not None else parse_admissible(context.query)
            )
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        # The rules include those other extensions add per request (DisableIntrospection in production).
        rules = (*context.validation_rules, *STRAWBERRY_RULES)
        admitted, document = self.admitted, context.graphql_document
        if document is not None and (admitted is None or admitted.rules != rules):
            errors = validate(context.schema._schema, document, rules, hide_suggestions=self.hide_suggestions)
            admitted = AdmittedDocument(document, rules, tuple(errors))
            if context.query is not None:
                self.cache.put(context.query, admitted)  # refused documents never get here: they are not cached
        if admitted is not None:
            context.pre_execution_errors = list(admitted.errors)
        yield


@dataclass(frozen=True)
class DocumentGateFactory:
    """What the schema is given as an extension: a gate per request, every gate sharing this schema's cache."""

    hide_suggestions: bool
    cache: DocumentCache[AdmittedDocument] = field(
        default_factory=lambda: DocumentCache(
            max_entries=CACHE_MAX_ENTRIES, max_bytes=CACHE_MAX_BYTES, max_item_bytes=CACHE_MAX_ITEM_BYTES
        )
    )

    def __call__(self) -> DocumentGate:
        return DocumentGate(self.cache, hide_suggestions=self.hide_suggestions)
