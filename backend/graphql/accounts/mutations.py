"""Account mutations, one resolver per module."""

import strawberry

from backend.graphql.accounts.sign_in import SignInPayload, resolve_sign_in
from backend.graphql.accounts.sign_out import SignOutPayload, resolve_sign_out


@strawberry.type
class AccountMutations:
    sign_in: SignInPayload = strawberry.mutation(resolver=resolve_sign_in)
    sign_out: SignOutPayload = strawberry.mutation(resolver=resolve_sign_out)
