"""The signOut mutation: revokes the session server-side and clears the cookie; the device stays known."""

import strawberry

from backend.accounts.sessions import end_session
from backend.graphql.context import Context
from backend.graphql.cookies import delete_session_cookie


@strawberry.type
class SignOutPayload:
    ok: bool


async def resolve_sign_out(info: strawberry.Info[Context, None]) -> SignOutPayload:
    context = info.context
    token, keys = context.session_token, context.runtime.keys
    if token:
        await context.runtime.transactions.write(lambda db: end_session(db, keys, token))
    delete_session_cookie(context.response, production=context.production)
    return SignOutPayload(ok=True)
