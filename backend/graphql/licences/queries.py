"""Licence queries, scoped to the signed-in account."""

from datetime import date

import strawberry

from backend.graphql.context import Context
from backend.graphql.errors import ClientError
from backend.graphql.licences.types import LicencePage, LicenceType
from backend.graphql.pagination import PageInfo, decode_cursor, encode_cursor
from backend.graphql.permissions import IsSignedIn
from backend.licences.queries import MAX_PAGE_SIZE, ListPosition, listed_licences


@strawberry.type
class LicenceQueries:
    @strawberry.field(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. Serials listed while today <= expiry + 1 year, soonest expiry first.",
    )
    async def licences(
        self, info: strawberry.Info[Context, None], first: int = 50, after: str | None = None
    ) -> LicencePage:
        if not 1 <= first <= MAX_PAGE_SIZE:
            raise ClientError(f"first must be between 1 and {MAX_PAGE_SIZE}.", "BAD_USER_INPUT")
        account_id = await info.context.signed_in_account_id()
        page = await listed_licences(
            info.context.db, account_id, info.context.today, first=first, after=_position(after)
        )
        last = page.licences[-1] if page.licences else None
        return LicencePage(
            nodes=[LicenceType(licence=licence) for licence in page.licences],
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                end_cursor=encode_cursor(last.expires_on.isoformat(), last.serial_number) if last else None,
            ),
            total_count=page.total_count,
        )


def _position(after: str | None) -> ListPosition | None:
    if after is None:
        return None
    expires_on, serial_number = decode_cursor(after, 2)
    try:
        return ListPosition(date.fromisoformat(expires_on), serial_number)
    except ValueError:
        raise ClientError("The cursor is not one this API returned.", "INVALID_CURSOR") from None
