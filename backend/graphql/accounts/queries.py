"""Account queries."""

import strawberry

from backend.graphql.accounts.types import Me
from backend.graphql.context import Context


@strawberry.type
class AccountQueries:
    @strawberry.field(description="The signed-in account, or null when signed out.")
    async def me(self, info: strawberry.Info[Context, None]) -> Me | None:
        viewer = await info.context.viewer()
        return Me.of(viewer) if viewer is not None else None
