"""Which auto-renewal a licence shows: every combination of one in force and one ordered, each stopped or not."""

from datetime import UTC, date, datetime

import pytest

from backend.licences.queries import LicenceRecord
from backend.orders.auto_renewal import AutoRenewalPhase, AutoRenewalState, auto_renewal_state
from backend.orders.holds import RenewalInProgress

PAID = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
STOPPED = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ORDER_STOPPED = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
ORDER = "O-2026-000002"
ACTIVE = AutoRenewalState(AutoRenewalPhase.ACTIVE, PAID, None, None)
ACTIVE_STOPPED = AutoRenewalState(AutoRenewalPhase.ACTIVE, PAID, STOPPED, None)
ORDERED = AutoRenewalState(AutoRenewalPhase.ORDERED, None, None, ORDER)
ORDERED_STOPPED = AutoRenewalState(AutoRenewalPhase.ORDERED, None, ORDER_STOPPED, ORDER)


def licence(since: datetime | None, stopped_at: datetime | None = None) -> LicenceRecord:
    return LicenceRecord("N7CM4KRD9XJP3TWB5FHQ", "TS_STANDARD", date(2027, 11, 26), since, stopped_at)


def progress(auto_renewal: bool, stopped_at: datetime | None = None) -> RenewalInProgress:
    return RenewalInProgress(ORDER, date(2027, 1, 26), auto_renewal, stopped_at)


@pytest.mark.parametrize(
    ("record", "in_progress", "expected"),
    [
        (licence(None), None, None),
        (licence(None), progress(False), None),
        (licence(None), progress(True), ORDERED),
        (licence(None), progress(True, ORDER_STOPPED), ORDERED_STOPPED),
        (licence(PAID), None, ACTIVE),
        (licence(PAID, STOPPED), None, ACTIVE_STOPPED),
        # A plain renewal awaiting payment leaves the one in force shown (its payment will end it).
        (licence(PAID), progress(False), ACTIVE),
        (licence(PAID, STOPPED), progress(False), ACTIVE_STOPPED),
        # Both: the one standing; of two alike, the one in force.
        (licence(PAID), progress(True), ACTIVE),
        (licence(PAID, STOPPED), progress(True), ORDERED),
        (licence(PAID), progress(True, ORDER_STOPPED), ACTIVE),
        (licence(PAID, STOPPED), progress(True, ORDER_STOPPED), ACTIVE_STOPPED),
    ],
)
def test_the_auto_renewal_shown(
    record: LicenceRecord, in_progress: RenewalInProgress | None, expected: AutoRenewalState | None
) -> None:
    assert auto_renewal_state(record, in_progress) == expected
