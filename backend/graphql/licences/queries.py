"""Licence queries, scoped to the signed-in account."""

from enum import StrEnum

import strawberry

from backend.core.language import Language
from backend.graphql.context import Context, LicencePageKey, LicenceSelectionKey
from backend.graphql.errors import ClientError
from backend.graphql.licences.listing import LicenceFilter, list_selection, page_cursor, page_position
from backend.graphql.licences.types import LicencePage, LicenceType, RenewableSerialSelection
from backend.graphql.pagination import PageInfo
from backend.graphql.permissions import IsSignedIn
from backend.graphql.user_errors import UserError
from backend.licences.queries import MAX_PAGE_SIZE, MAX_SELECTION, ListPosition
from backend.licences.serials import InvalidSerialError, format_serial, normalise_serial


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
        description=(
            "Requires sign-in. Serials listed while today <= expiry + 1 year, soonest expiry first, narrowed by "
            "`filter` and `search` (part of a serial in any spelling, or of a product's name in either language). "
            "A cursor is valid only with the filter and search it was returned for."
        ),
    )
    async def licences(
        self,
        info: strawberry.Info[Context, None],
        first: int = 50,
        after: str | None = None,
        filter: LicenceFilter | None = None,
        search: str | None = None,
    ) -> LicencePage:
        if not 1 <= first <= MAX_PAGE_SIZE:
            raise ClientError(f"first must be between 1 and {MAX_PAGE_SIZE}.", "BAD_USER_INPUT")
        catalogue, language, today = info.context.runtime.catalogue, info.context.language, info.context.today
        selection = list_selection(filter, search, catalogue)
        position = page_position(after, selection)
        viewer = await info.context.signed_in_viewer()
        page = await info.context.loaders.licence_page.load(LicencePageKey(viewer.id, selection, first, position))
        last = page.licences[-1] if page.licences else None
        return LicencePage(
            nodes=[LicenceType.of(licence, catalogue, language, today) for licence in page.licences],
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                end_cursor=page_cursor(ListPosition(last.expires_on, last.serial_number), selection) if last else None,
            ),
            total_count=page.total_count,
            account_id=viewer.id,
            search=selection.search,
        )

    @strawberry.field(
        permission_classes=[IsSignedIn],
        description=(
            "Requires sign-in. Every listed serial renewable today that matches `filter` and `search` (as in "
            '`licences`), soonest expiry first, up to the renewal cart\'s limit: what "select all renewable" selects.'
        ),
    )
    async def renewable_serial_numbers(
        self, info: strawberry.Info[Context, None], filter: LicenceFilter | None = None, search: str | None = None
    ) -> RenewableSerialSelection:
        selection = list_selection(filter, search, info.context.runtime.catalogue)
        viewer = await info.context.signed_in_viewer()
        found = await info.context.loaders.renewable_serials.load(
            LicenceSelectionKey(viewer.id, selection, MAX_SELECTION)
        )
        return RenewableSerialSelection(
            serial_numbers=[format_serial(serial) for serial in found.serial_numbers],
            total_count=found.total_count,
            limit=MAX_SELECTION,
        )
