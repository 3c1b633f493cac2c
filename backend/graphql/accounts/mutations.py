"""Account mutations, one resolver per module."""

import strawberry

from backend.graphql.accounts.password_reset import (
    RequestPasswordResetPayload,
    ResetPasswordPayload,
    resolve_request_password_reset,
    resolve_reset_password,
)
from backend.graphql.accounts.set_language import SetLanguagePayload, resolve_set_language
from backend.graphql.accounts.sign_in import SignInPayload, resolve_sign_in
from backend.graphql.accounts.sign_out import SignOutPayload, resolve_sign_out


@strawberry.type
class AccountMutations:
    sign_in: SignInPayload = strawberry.mutation(resolver=resolve_sign_in)
    sign_out: SignOutPayload = strawberry.mutation(resolver=resolve_sign_out)
    request_password_reset: RequestPasswordResetPayload = strawberry.mutation(
        resolver=resolve_request_password_reset,
        description="Mail a link to set a password (forgotten, or the first one). The same answer for any address.",
    )
    reset_password: ResetPasswordPayload = strawberry.mutation(
        resolver=resolve_reset_password,
        description="Set a new password with the token from the mailed link; ends every other session, signs in.",
    )
    set_language: SetLanguagePayload = strawberry.mutation(
        resolver=resolve_set_language, description="Remember the signed-in account's language for its mail."
    )
