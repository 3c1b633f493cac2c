"""Page info and opaque cursors for keyset-paginated lists."""

import base64
import binascii
import re

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


ROW_ID = re.compile(r"[0-9]{1,18}")
"""A row's id as the API writes it: ASCII digits that fit a 64-bit integer (full-width digits, signs and
a thousand digits are no id, and never reach the database, where a too-large one would be an error)."""


def row_id(text: str) -> int | None:
    return int(text) if ROW_ID.fullmatch(text) else None
