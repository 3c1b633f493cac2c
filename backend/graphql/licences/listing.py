"""My licences' list arguments: the filter and search as the domain's selection, and cursors tied to both."""

import hashlib
from datetime import date

import strawberry

from backend.catalog.catalogue import Catalogue
from backend.graphql.errors import ClientError
from backend.graphql.licences.types import LicenceStatusEnum
from backend.graphql.pagination import decode_cursor, encode_cursor
from backend.licences.queries import MAX_SEARCH_LENGTH, ListPosition, ListSelection, search_licences
from backend.licences.serials import normalise_serial


@strawberry.input(description="Which listed serials to show; every field given must hold.")
class LicenceFilter:
    status: LicenceStatusEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="EXPIRING_SOON: 90 days or fewer left; EXPIRED: past its expiry date."
    )
    renewable: bool | None = strawberry.field(
        default=None, description="true: renewable today; false: not renewable today."
    )
    in_open_order: bool | None = strawberry.field(
        default=None, description="true: in an order awaiting payment (a renewal in progress); false: not."
    )


def list_selection(filter: LicenceFilter | None, search: str | None, catalogue: Catalogue) -> ListSelection:
    """The domain's selection; a search too long to be a serial or a product name is the client's mistake."""
    if search is not None and len(search) > MAX_SEARCH_LENGTH:
        raise ClientError(f"search must be at most {MAX_SEARCH_LENGTH} characters.", "BAD_USER_INPUT")
    return ListSelection(
        status=filter.status if filter else None,
        renewable=filter.renewable if filter else None,
        in_open_order=filter.in_open_order if filter else None,
        search=search_licences(search, catalogue) if search else None,
    )


def page_cursor(position: ListPosition, selection: ListSelection) -> str:
    return encode_cursor(position.expires_on.isoformat(), position.serial_number, _fingerprint(selection))


def page_position(after: str | None, selection: ListSelection) -> ListPosition | None:
    """Where the page after `after` starts. Only a cursor this API returned for the same filter and search,
    byte for byte, is accepted: a position means nothing in another selection's order."""
    if after is None:
        return None
    expires_on, serial_number, _ = decode_cursor(after, 3)
    try:
        position = ListPosition(date.fromisoformat(expires_on), normalise_serial(serial_number))
    except ValueError:
        position = None
    if position is None or page_cursor(position, selection) != after:
        raise ClientError("The cursor is not one this API returned for this filter and search.", "INVALID_CURSOR")
    return position


def _fingerprint(selection: ListSelection) -> str:
    search = selection.search
    canonical = "\x1f".join(
        [
            selection.status or "",
            "" if selection.renewable is None else str(selection.renewable),
            "" if selection.in_open_order is None else str(selection.in_open_order),
            "" if search is None else search.serial_fragment or "",
            "" if search is None else ",".join(sorted(search.product_codes)),
            "" if search is None else "search",
        ]
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]
