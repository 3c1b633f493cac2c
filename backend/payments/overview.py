"""The staff console's first page, at a glance: open invoices by due week, money received per day, and the
review queue's size and age.

Each figure is one aggregate statement (GROUP BY a date), so the page costs the same with ten open
invoices or a hundred thousand; weeks and empty days are filled in here, from the handful of rows
the database returns.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.orders.models import Invoice, Order, OrderStatus
from backend.payments.models import BankCredit, CreditState, Receipt

RECEIVED_DAYS = 30
"""Days of money received shown, today included."""
AGE_BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 2), (3, 6), (7, 13), (14, None))
"""Days since a waiting credit was booked: 0–2, 3–6, 7–13, 14 and more."""


@dataclass(frozen=True, slots=True)
class DueWeek:
    week_starting: date
    """A Monday; the first week holds every invoice already overdue but not yet expired."""
    invoices: int
    amount: int


@dataclass(frozen=True, slots=True)
class ReceivedDay:
    day: date
    payments: int
    amount: int


@dataclass(frozen=True, slots=True)
class QueueAge:
    min_days: int
    max_days: int | None
    credits: int
    amount: int


@dataclass(frozen=True, slots=True)
class Overview:
    open_invoices: int
    open_amount: int
    due_weeks: list[DueWeek]
    received_days: list[ReceivedDay]
    queue_size: int
    queue_amount: int
    oldest_waiting_since: date | None
    queue_ages: list[QueueAge]


async def overview(db: AsyncSession, today: date) -> Overview:
    due = await db.execute(
        select(Invoice.due_on, func.count(), func.sum(Invoice.total_including_tax))
        .join(Order, Order.id == Invoice.order_id)
        .where(Order.status == OrderStatus.AWAITING_PAYMENT)
        .group_by(Invoice.due_on)
    )
    this_week = _monday(today)
    weeks: Counter[date] = Counter()
    week_amounts: Counter[date] = Counter()
    for due_on, count, amount in due:
        week = max(_monday(due_on), this_week)
        weeks[week] += count
        week_amounts[week] += int(amount)
    due_weeks = [DueWeek(week, weeks[week], week_amounts[week]) for week in _weeks(this_week, max(weeks, default=None))]

    first_day = today - timedelta(days=RECEIVED_DAYS - 1)
    received = await db.execute(
        select(Receipt.received_on, func.count(), func.sum(Receipt.amount_received))
        .where(Receipt.received_on >= first_day, Receipt.received_on <= today)
        .group_by(Receipt.received_on)
    )
    per_day = {day: (count, int(amount)) for day, count, amount in received}
    received_days = [
        ReceivedDay(day, *per_day.get(day, (0, 0)))
        for day in (first_day + timedelta(days=offset) for offset in range(RECEIVED_DAYS))
    ]

    waiting = await db.execute(
        select(BankCredit.booked_on, func.count(), func.sum(BankCredit.amount))
        .where(BankCredit.state == CreditState.REVIEW)
        .group_by(BankCredit.booked_on)
    )
    ages = {bucket: [0, 0] for bucket in AGE_BUCKETS}
    oldest: date | None = None
    for booked_on, count, amount in waiting:
        oldest = booked_on if oldest is None else min(oldest, booked_on)
        age = max((today - booked_on).days, 0)
        bucket = next(b for b in AGE_BUCKETS if b[0] <= age and (b[1] is None or age <= b[1]))
        ages[bucket][0] += count
        ages[bucket][1] += int(amount)
    return Overview(
        open_invoices=sum(weeks.values()),
        open_amount=sum(week_amounts.values()),
        due_weeks=due_weeks,
        received_days=received_days,
        queue_size=sum(count for count, _ in ages.values()),
        queue_amount=sum(amount for _, amount in ages.values()),
        oldest_waiting_since=oldest,
        queue_ages=[QueueAge(low, high, *ages[low, high]) for low, high in AGE_BUCKETS],
    )


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(first: date, last: date | None) -> list[date]:
    """Every Monday from `first` to `last`: a week with nothing due is a zero in the chart, not a gap."""
    if last is None:
        return []
    return [first + timedelta(weeks=offset) for offset in range((last - first).days // 7 + 1)]
