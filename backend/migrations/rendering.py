"""How autogenerate writes our column types into migrations: as the plain SQLAlchemy types they store."""

from typing import Literal

from alembic.autogenerate.api import AutogenContext

from backend.db.base import CheckedString, UTCDateTime


def render_item(type_: str, item: object, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render our types as plain SQLAlchemy types, so migrations import nothing of ours.

    A migration is a frozen record of the schema; if it imported backend.db.base, renaming or
    changing a type there would break old migrations. The checks our types add run on bind, in
    the app, and need nothing in the schema.
    """
    if type_ == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(item, CheckedString):
        return f"sa.String(length={item.length})"
    return False
