"""The signIn mutation: checks credentials and sets a fresh session cookie."""

import strawberry

from backend.accounts.authentication import SignedIn, SignInErrorCode, sign_in
from backend.core.language import Language
from backend.graphql.accounts.types import Me
from backend.graphql.context import Context

SignInErrorCodeEnum = strawberry.enum(SignInErrorCode, name="SignInErrorCode")

MESSAGES = {
    SignInErrorCode.INVALID_CREDENTIALS: {
        Language.JA: "メールアドレスまたはパスワードが正しくありません。",
        Language.EN: "The e-mail address or password is not correct.",
    },
    SignInErrorCode.TOO_MANY_ATTEMPTS: {
        Language.JA: "試行回数が多すぎます。しばらくしてからもう一度お試しください。",
        Language.EN: "Too many attempts. Please wait and try again.",
    },
}


@strawberry.type
class SignInError:
    code: SignInErrorCodeEnum  # type: ignore[valid-type]
    field: str | None
    message: str
    retry_after_seconds: int | None


@strawberry.type
class SignInPayload:
    me: Me | None
    errors: list[SignInError]


async def resolve_sign_in(info: strawberry.Info[Context, None], email: str, password: str) -> SignInPayload:
    context = info.context
    db = await context.begin_write()
    client = context.request.client.host if context.request.client else "unknown"
    result = await sign_in(
        db,
        context.services.keys,
        email=email,
        password=password,
        client=client,
        now=context.services.clock.now(),
        replacing=context.session_token,
    )
    await db.commit()
    if not isinstance(result, SignedIn):
        error = SignInError(
            code=result.code,
            field=None,
            message=MESSAGES[result.code][context.language],
            retry_after_seconds=result.retry_after_seconds,
        )
        return SignInPayload(me=None, errors=[error])
    context.response.set_cookie(
        context.services.session_cookie,
        result.session_token,
        httponly=True,
        samesite="lax",
        secure=context.services.settings.is_production,
        path="/",
    )
    return SignInPayload(me=Me(account=result.account), errors=[])
