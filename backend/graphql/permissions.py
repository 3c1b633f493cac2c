"""Field permissions."""

from typing import Any

import strawberry
from strawberry.permission import BasePermission

from backend.graphql.context import Context


class IsSignedIn(BasePermission):
    message = "Sign in required."
    error_extensions = {"code": "UNAUTHENTICATED"}  # noqa: RUF012 (typed by BasePermission)

    async def has_permission(self, source: Any, info: strawberry.Info[Context, None], **kwargs: Any) -> bool:
        return await info.context.viewer() is not None
