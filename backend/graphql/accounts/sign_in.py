"""The signIn mutation: checks credentials and sets a fresh session cookie and device cookie."""

import strawberry

from backend.accounts.sign_in import SignInAttempt, SignInErrorCode, SignInFailure, sign_in
from backend.graphql.accounts.types import Me
from backend.graphql.context import Context
from backend.graphql.cookies import set_device_cookie, set_session_cookie
from backend.graphql.user_errors import UserError

strawberry.enum(SignInErrorCode, name="SignInErrorCode")


@strawberry.type
class SignInError(UserError[SignInErrorCode]):
    retry_after_seconds: int | None = strawberry.field(description="For TOO_MANY_ATTEMPTS: how long to wait.")


@strawberry.type
class SignInPayload:
    me: Me | None
    errors: list[SignInError]


async def resolve_sign_in(info: strawberry.Info[Context, None], email: str, password: str) -> SignInPayload:
    context = info.context
    attempt = SignInAttempt(
        email=email,
        password=password,
        client=context.client_address,
        device_token=context.device_token,
        replacing=context.session_token,
        language=context.language if "accept-language" in context.request.headers else None,
    )
    result = await sign_in(context.runtime.transactions, context.runtime.keys, attempt, context.now)
    if isinstance(result, SignInFailure):
        error = SignInError.of(result.code, context.language, retry_after_seconds=result.retry_after_seconds)
        return SignInPayload(me=None, errors=[error])
    set_session_cookie(context.response, result.session_token, production=context.production)
    set_device_cookie(context.response, result.device_token, production=context.production)
    return SignInPayload(me=Me.of(result.account), errors=[])
