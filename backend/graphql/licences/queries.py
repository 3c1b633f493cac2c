"""Licence queries, scoped to the signed-in account."""

from datetime import date
from enum import StrEnum

import strawberry

from backend.core.language import Language
from backend.graphql.context import Context, LicencePageKey
from backend.graphql.errors import ClientError
from backend.graphql.licences.types import LicencePage, LicenceType
from backend.graphql.pagination import PageInfo, decode_cursor, encode_cursor
from backend.graphql.permissions import IsSignedIn
from backend.graphql.user_errors import UserError
from backend.licences.queries import MAX_PAGE_SIZE, ListPosition
from backend.licences.serials import InvalidSerialError, normalise_serial


class LicenceLookupErrorCode(StrEnum):
    INVALID_SERIAL = "INVALID_SERIAL"
    NOT_FOUND = "NOT_FOUND"


strawberry.enum(LicenceLookupErrorCode, name="LicenceLookupErrorCode")


@strawberry.type
class LicenceLookupError(UserError[LicenceLookupErrorCode]):
    pass


@strawberry.type
class LicenceLookupPayload:
    licence: LicenceType | None
    errors: list[LicenceLookupError]

    @classmethod
    def failure(cls, code: LicenceLookupErrorCode, language: Language) -> "LicenceLookupPayload":
        return cls(licence=None, errors=[LicenceLookupError.of(code, language, field="serialNumber")])


@strawberry.type
class LicenceQueries:
    @strawberry.field(
        permission_classes=[IsSignedIn],
        description=(
            "Requires sign-in. One of the signed-in account's serials by number, in any spelling "
            "(full-width, lower case, with or without hyphens or spaces), whether listed or not."
        ),
    )
    async def licence(self, info: strawberry.Info[Context, None], serial_number: str) -> LicenceLookupPayload:
        language = info.context.language
        try:
            serial = normalise_serial(serial_number)
        except InvalidSerialError:
            return LicenceLookupPayload.failure(LicenceLookupErrorCode.INVALID_SERIAL, language)
        viewer = await info.context.signed_in_viewer()
        found = await info.context.loaders.licence.load((viewer.id, serial))
        if found is None:
            return LicenceLookupPayload.failure(LicenceLookupErrorCode.NOT_FOUND, language)
        licence = LicenceType.of(found, info.context.runtime.catalogue, language, info.context.today)
        return LicenceLookupPayload(licence=licence, errors=[])

    @strawberry.field(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. Serials listed while today <= expiry + 1 year, soonest expiry first.",
    )
    async def licences(
        self, info: strawberry.Info[Context, None], first: int = 50, after: str | None = None
    ) -> LicencePage:
        if not 1 <= first <= MAX_PAGE_SIZE:
            raise ClientError(f"first must be between 1 and {MAX_PAGE_SIZE}.", "BAD_USER_INPUT")
        viewer = await info.context.signed_in_viewer()
        catalogue, language, today = info.context.runtime.catalogue, info.context.language, info.context.today
        page = await info.context.loaders.licence_page.load(LicencePageKey(viewer.id, first, _position(after)))
        last = page.licences[-1] if page.licences else None
        return LicencePage(
            nodes=[LicenceType.of(licence, catalogue, language, today) for licence in page.licences],
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                end_cursor=_cursor(last.expires_on, last.serial_number) if last else None,
            ),
            total_count=page.total_count,
        )


def _cursor(expires_on: date, serial_number: str) -> str:
    return encode_cursor(expires_on.isoformat(), serial_number)


def _position(after: str | None) -> ListPosition | None:
    """Where the page after `after` starts; only a cursor this API returned, byte for byte, is accepted."""
    if after is None:
        return None
    expires_on, serial_number = decode_cursor(after, 2)
    try:
        position = ListPosition(date.fromisoformat(expires_on), normalise_serial(serial_number))
    except ValueError:
        position = None
    if position is None or _cursor(position.expires_on, position.serial_number) != after:
        raise ClientError("The cursor is not one this API returned.", "INVALID_CURSOR")
    return position
