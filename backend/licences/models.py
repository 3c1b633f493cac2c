"""The licence table: one row per serial number."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from backend.db.base import Base, CheckedString, UTCDateTime
from backend.licences.serials import SERIAL_LENGTH


class Licence(Base):
    __tablename__ = "licences"
    __table_args__ = (
        # The account's list: keyset pagination by (expiry, serial) within one owner.
        Index("ix_licences_account_id_expires_on_serial_number", "account_id", "expires_on", "serial_number"),
        CheckConstraint(f"length(serial_number) = {SERIAL_LENGTH}", name="serial_number_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial_number: Mapped[str] = mapped_column(CheckedString(SERIAL_LENGTH), unique=True)
    """Normalised: 20 characters, no hyphens."""
    product_code: Mapped[str] = mapped_column(CheckedString(40))
    expires_on: Mapped[date]
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    auto_renewal_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """Enrolled in the annual auto-renewal (年額あんしん自動更新) since the payment of the order that asked for it;
    NULL when the last order paid for the serial did not ask for it."""
    auto_renewal_stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """When the customer stopped that auto-renewal (orders.auto_renewal): the term paid for runs to its end, no
    automatic invoice follows. Kept with `auto_renewal_since`, so the licence can say both; the next order paid
    for the serial clears it."""
