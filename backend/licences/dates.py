"""Calendar arithmetic for terms: whole years and months, clamped to the end of the month."""

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """31 May − 3 months = 28 (or 29) February: the day clamps to the target month's end."""
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def add_years(day: date, years: int) -> date:
    """29 February + N years falls on 28 February when that year has none."""
    return add_months(day, 12 * years)
