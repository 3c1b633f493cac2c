"""setLanguage: the signed-in account's language, so mail to it is written in the language it reads."""

import strawberry

from backend.accounts.language import remember_language
from backend.core.language import Language
from backend.graphql.context import Context

strawberry.enum(Language, name="Language")


@strawberry.type
class SetLanguagePayload:
    language: Language


async def resolve_set_language(info: strawberry.Info[Context, None], language: Language) -> SetLanguagePayload:
    """Signed out, there is no account to remember it for: the answer is the same and nothing is written."""
    context = info.context
    viewer = await context.viewer()
    if viewer is not None:
        await context.runtime.transactions.write(lambda db: remember_language(db, viewer.id, language))
    return SetLanguagePayload(language=language)
