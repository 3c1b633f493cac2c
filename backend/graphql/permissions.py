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


class IsStaff(BasePermission):
    """Staff fields are in the staff schema only (schema.create_schema), which a customer's request never
    sees; this guards a session that stopped being staff's between choosing the schema and resolving."""

    message = "Sign in required."
    error_extensions = {"code": "UNAUTHENTICATED"}  # noqa: RUF012 (typed by BasePermission)

    async def has_permission(self, source: Any, info: strawberry.Info[Context, None], **kwargs: Any) -> bool:
        viewer = await info.context.viewer()
        return viewer is not None and viewer.is_staff
