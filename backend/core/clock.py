"""The app's clock: what "today" and "now" are, injectable so tests stand on any day."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""
        ...

    def today(self) -> date:
        """The business date: today in Asia/Tokyo."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(TOKYO).date()


@dataclass(frozen=True, slots=True)
class FixedDateClock:
    """Real instants, but a fixed business date (KOUSHIN_TODAY) for demos and acceptance tests."""

    fixed_today: date

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.fixed_today


def clock_for(today: date | None) -> Clock:
    return SystemClock() if today is None else FixedDateClock(today)
