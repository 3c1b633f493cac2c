"""Status and list visibility at their boundaries, and the SQL cut-off equal to the rule on every day."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.licences.dates import add_months, add_years
from backend.licences.status import (
    LicenceStatus,
    days_until,
    is_listed,
    licence_status,
    listed_from,
    status_expiries,
)

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("days_left", "status"),
    [
        (91, LicenceStatus.ACTIVE),
        (90, LicenceStatus.EXPIRING_SOON),
        (1, LicenceStatus.EXPIRING_SOON),
        (0, LicenceStatus.EXPIRING_SOON),
        (-1, LicenceStatus.EXPIRED),
        (-1000, LicenceStatus.EXPIRED),
    ],
)
def test_status_boundaries(days_left: int, status: LicenceStatus) -> None:
    expires_on = TODAY + timedelta(days=days_left)
    assert licence_status(expires_on, TODAY) is status
    assert days_until(expires_on, TODAY) == days_left


def test_listed_through_expiry_plus_one_year_and_hidden_the_day_after() -> None:
    expires_on = date(2025, 11, 26)
    assert is_listed(expires_on, date(2026, 11, 25))
    assert is_listed(expires_on, date(2026, 11, 26))
    assert not is_listed(expires_on, date(2026, 11, 27))


def test_leap_day_expiry_is_listed_through_28_february() -> None:
    assert is_listed(date(2024, 2, 29), date(2025, 2, 28))
    assert not is_listed(date(2024, 2, 29), date(2025, 3, 1))


def test_on_a_leap_day_the_expiry_of_28_february_last_year_is_hidden() -> None:
    assert not is_listed(date(2023, 2, 28), date(2024, 2, 29))
    assert is_listed(date(2023, 3, 1), date(2024, 2, 29))
    assert listed_from(date(2024, 2, 29)) == date(2023, 3, 1)


@given(
    expires_on=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
)
def test_sql_cut_off_matches_the_rule(expires_on: date, today: date) -> None:
    assert is_listed(expires_on, today) == (expires_on >= listed_from(today))


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 5, 31), -3, date(2026, 2, 28)),
        (date(2028, 5, 31), -3, date(2028, 2, 29)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 3, 31), -39, date(2022, 12, 31)),
    ],
)
def test_month_arithmetic_clamps_to_the_end_of_the_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2024, 2, 29), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2024, 2, 29), -1, date(2023, 2, 28)),
        (date(2026, 11, 26), 3, date(2029, 11, 26)),
    ],
)
def test_adding_years_to_29_february(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected


@pytest.mark.parametrize("status", list(LicenceStatus))
def test_status_expiries_select_exactly_the_serials_with_that_status(status: LicenceStatus) -> None:
    earliest, latest = status_expiries(status, TODAY)
    for days_left in range(-400, 400):
        expires_on = TODAY + timedelta(days=days_left)
        in_range = (earliest is None or expires_on >= earliest) and (latest is None or expires_on <= latest)
        assert in_range is (licence_status(expires_on, TODAY) is status), expires_on
