"""Page info and opaque cursors for keyset-paginated lists."""

import base64
import binascii

import strawberry

from backend.graphql.errors import ClientError


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


def encode_cursor(*parts: str) -> str:
    return base64.urlsafe_b64encode("\x1f".join(parts).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, parts: int) -> list[str]:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ClientError("The cursor is not one this API returned.", "INVALID_CURSOR") from None
    values = text.split("\x1f")
    if len(values) != parts:
        raise ClientError("The cursor is not one this API returned.", "INVALID_CURSOR")
    return values
