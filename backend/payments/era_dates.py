"""Dates as Zengin statements write them: YYMMDD in the Japanese era, with no era named.

平成 ran from 1989-01-08 to 2019-04-30 and 令和 from 2019-05-01, so "310430" is 平成31年4月30日
(令和31年 would be 2049) and "010501" is 令和元年5月1日 (平成元年5月1日, 1989, is 30 years old).
Of the readings that are real dates of their era, the latest within `max_age` before `latest` is
taken; a date with no such reading (only after `latest`, or older) is refused.
"""

from datetime import date, timedelta
from functools import lru_cache

HEISEI = (date(1989, 1, 8), date(2019, 4, 30), 1988)
REIWA = (date(2019, 5, 1), date.max, 2018)
ERAS = (REIWA, HEISEI)


class EraDateError(ValueError):
    """The field is not a date of either era within the allowed span; the message says why."""


@lru_cache(maxsize=4_096)  # a statement's dates are few, and each is read again for every credit
def era_date(text: str, latest: date, max_age: timedelta) -> date:
    """`text` is six ASCII digits; `latest` is the last day the date may be (the file's creation date, or today)."""
    if len(text) != 6 or not text.isascii() or not text.isdigit():
        raise EraDateError(f"{text!r} is not a date (YYMMDD in the Japanese era)")
    year, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    readings = []
    for first, last, offset in ERAS:
        try:
            reading = date(year + offset, month, day)
        except ValueError:
            continue
        if first <= reading <= last:
            readings.append(reading)
    if not readings:
        raise EraDateError(f"{text!r} is not a date of 平成 or 令和")
    allowed = [reading for reading in readings if latest - max_age <= reading <= latest]
    if allowed:
        return max(allowed)
    future = [reading for reading in readings if reading > latest]
    if future:
        raise EraDateError(f"{text!r} is {min(future).isoformat()}, after {latest.isoformat()}")
    too_old = f"more than {max_age.days} days before {latest.isoformat()}"
    raise EraDateError(f"{text!r} is {max(readings).isoformat()}, {too_old}")
