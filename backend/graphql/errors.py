"""Errors a client can cause outside mutation payloads, and the masking of everything else."""

from graphql import GraphQLError
from strawberry.extensions import MaskErrors


class ClientError(GraphQLError):
    """An expected error with a machine-readable code in extensions.code; never masked."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, extensions={"code": code})


def is_unexpected(error: GraphQLError) -> bool:
    """Validation and our own typed errors reach the client; any other exception is a bug, masked."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


def mask_unexpected_errors() -> MaskErrors:
    return MaskErrors(should_mask_error=is_unexpected, error_message="Unexpected error.")
