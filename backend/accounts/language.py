"""The language an account uses the app in, remembered so its mail is written in it."""

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.core.language import Language


async def remember_language(db: AsyncSession, account_id: int, language: Language) -> None:
    """Writes only when the language changes, so a repeated choice costs no row lock."""
    await db.execute(
        update(Account)
        .where(Account.id == account_id, Account.language.is_distinct_from(language.value))
        .values(language=language.value)
    )
