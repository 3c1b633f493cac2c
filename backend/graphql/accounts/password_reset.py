"""requestPasswordReset and resetPassword: a link by mail, then a new password and a fresh session."""

import strawberry

from backend.accounts.password_reset import (
    RequestPasswordResetErrorCode,
    ResetFailure,
    ResetPasswordErrorCode,
    ResetRequest,
    ResetThrottled,
    request_password_reset,
    reset_password,
)
from backend.core.wakeups import Topic
from backend.graphql.accounts.types import Me
from backend.graphql.context import Context
from backend.graphql.cookies import set_device_cookie, set_session_cookie
from backend.graphql.user_errors import UserError

strawberry.enum(RequestPasswordResetErrorCode, name="RequestPasswordResetErrorCode")
strawberry.enum(ResetPasswordErrorCode, name="ResetPasswordErrorCode")


@strawberry.type
class RequestPasswordResetError(UserError[RequestPasswordResetErrorCode]):
    retry_after_seconds: int | None = strawberry.field(description="For TOO_MANY_REQUESTS: how long to wait.")


@strawberry.type
class RequestPasswordResetPayload:
    accepted: bool = strawberry.field(
        description="True whether or not the address has an account: if it has, a link is on its way."
    )
    errors: list[RequestPasswordResetError]


@strawberry.type
class ResetPasswordError(UserError[ResetPasswordErrorCode]):
    min_length: int | None = strawberry.field(description="For PASSWORD_TOO_SHORT: the fewest characters allowed.")
    max_length: int | None = strawberry.field(description="For PASSWORD_TOO_LONG: the most characters allowed.")


@strawberry.type
class ResetPasswordPayload:
    me: Me | None = strawberry.field(description="The account, now signed in; null on failure.")
    errors: list[ResetPasswordError]


async def resolve_request_password_reset(
    info: strawberry.Info[Context, None], email: str
) -> RequestPasswordResetPayload:
    context = info.context
    runtime = context.runtime
    request = ResetRequest(email=email, client=context.client_address, language=context.language)
    result = await request_password_reset(runtime.transactions, runtime.keys, request, context.now)
    if isinstance(result, ResetThrottled):
        error = RequestPasswordResetError.of(
            result.code,
            context.language,
            retry_after_seconds=result.retry_after_seconds,
        )
        return RequestPasswordResetPayload(accepted=False, errors=[error])
    # For every accepted request, known address or not: the background job does the lookup.
    runtime.wakeups.notify(Topic.RESET_LINKS)
    return RequestPasswordResetPayload(accepted=True, errors=[])


async def resolve_reset_password(
    info: strawberry.Info[Context, None], token: str, new_password: str
) -> ResetPasswordPayload:
    context = info.context
    runtime = context.runtime
    result = await reset_password(
        runtime.transactions, runtime.keys, token, new_password, context.now, replacing=context.session_token
    )
    if isinstance(result, ResetFailure):
        field = None if result.code is ResetPasswordErrorCode.INVALID_TOKEN else "newPassword"
        error = ResetPasswordError.of(
            result.code, context.language, field=field, min_length=result.min_length, max_length=result.max_length
        )
        return ResetPasswordPayload(me=None, errors=[error])
    set_session_cookie(context.response, result.session_token, production=context.production)
    set_device_cookie(context.response, result.device_token, production=context.production)
    return ResetPasswordPayload(me=Me.of(result.account), errors=[])
