"""Account queries."""

import strawberry

from backend.graphql.accounts.types import Me
from backend.graphql.context import Context


@strawberry.type
class AccountQueries:
    @strawberry.field(description="The signed-in account, or null when signed out.")
    async def me(self, info: strawberry.Info[Context, None]) -> Me | None:
        account_id = await info.context.account_id()
        if account_id is None:
            return None
        account = await info.context.loaders.account.load(account_id)
        return Me(account=account) if account is not None else None
