"""The signOut mutation: revokes the session server-side and clears the cookie."""

import strawberry

from backend.accounts.authentication import sign_out
from backend.graphql.context import Context


@strawberry.type
class SignOutPayload:
    ok: bool


async def resolve_sign_out(info: strawberry.Info[Context, None]) -> SignOutPayload:
    context = info.context
    if context.session_token:
        db = await context.begin_write()
        await sign_out(db, context.services.keys, context.session_token)
        await db.commit()
    context.response.delete_cookie(
        context.services.session_cookie,
        path="/",
        httponly=True,
        samesite="lax",
        secure=context.services.settings.is_production,
    )
    return SignOutPayload(ok=True)
