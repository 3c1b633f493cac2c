"""Renewal windows, new expiry dates and options at every boundary, plus properties of the date rules."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backend.catalog.catalogue import load_catalogue
from backend.eligibility.rules import (
    IneligibilityReason,
    eligibility,
    new_expiry,
    renewable_expiries,
    renewal_options,
    renewal_window,
)
from backend.licences.dates import add_years

CATALOGUE = load_catalogue()
CLOUD_PRODUCTS = ["CLOUD", "CLOUD_DLS_PREMIUM"]
TS_PRODUCTS = ["TS_STANDARD", "TS_PREMIUM"]
DAY = timedelta(days=1)


@pytest.mark.parametrize("code", CLOUD_PRODUCTS)
@pytest.mark.parametrize(
    ("expires_on", "opens_on", "closes_on"),
    [
        (date(2029, 11, 26), date(2026, 8, 26), date(2031, 11, 26)),
        (date(2030, 5, 31), date(2027, 2, 28), date(2032, 5, 31)),  # 31 May − 39 months clamps to 28 Feb
        (date(2031, 5, 31), date(2028, 2, 29), date(2033, 5, 31)),  # … or 29 Feb in a leap year
        (date(2028, 2, 29), date(2024, 11, 29), date(2030, 2, 28)),  # leap-day expiry + 2 years
        (date(2027, 12, 31), date(2024, 9, 30), date(2029, 12, 31)),
    ],
)
def test_cloud_window_opens_39_months_before_and_closes_2_years_after_both_ends_included(
    code: str, expires_on: date, opens_on: date, closes_on: date
) -> None:
    product = CATALOGUE[code]
    assert renewal_window(product, expires_on) == (opens_on, closes_on)
    before = eligibility(product, expires_on, opens_on - DAY)
    assert (before.renewable, before.reason) == (False, IneligibilityReason.TOO_EARLY)
    assert (before.opens_on, before.closes_on) == (opens_on, closes_on)
    for today in (opens_on, opens_on + DAY, expires_on, closes_on - DAY, closes_on):
        now = eligibility(product, expires_on, today)
        assert (now.renewable, now.reason) == (True, None), today
    after = eligibility(product, expires_on, closes_on + DAY)
    assert (after.renewable, after.reason) == (False, IneligibilityReason.TOO_LATE)


@pytest.mark.parametrize("code", TS_PRODUCTS)
@pytest.mark.parametrize("today", [date(2000, 1, 1), date(2026, 11, 26), date(2099, 12, 31)])
def test_total_security_can_be_renewed_at_any_time(code: str, today: date) -> None:
    result = eligibility(CATALOGUE[code], date(2026, 11, 26), today)
    assert (result.renewable, result.reason, result.opens_on, result.closes_on) == (True, None, None, None)


@pytest.mark.parametrize(
    ("expires_on", "paid_on", "years", "expected"),
    [
        (date(2027, 6, 14), date(2026, 11, 26), 1, date(2028, 6, 14)),  # before expiry: no day lost
        (date(2026, 11, 26), date(2026, 11, 26), 3, date(2029, 11, 26)),  # on the expiry day
        (date(2026, 11, 25), date(2026, 11, 26), 2, date(2028, 11, 26)),  # the day after: from payment
        (date(2028, 2, 29), date(2027, 1, 1), 1, date(2029, 2, 28)),  # leap day + 1 year
        (date(2028, 2, 29), date(2027, 1, 1), 4, date(2032, 2, 29)),
        (date(2027, 1, 1), date(2028, 2, 29), 1, date(2029, 2, 28)),  # paid on a leap day, late
    ],
)
def test_new_expiry(expires_on: date, paid_on: date, years: int, expected: date) -> None:
    assert new_expiry(expires_on, paid_on, years) == expected


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@given(expires_on=dates, today=dates, years=st.sampled_from([1, 2, 3]))
def test_new_expiry_properties(expires_on: date, today: date, years: int) -> None:
    renewed = new_expiry(expires_on, today, years)
    assert renewed > today
    assert renewed > expires_on
    later = max(expires_on, today)
    assert renewed <= add_years(later, years) + DAY
    assert (renewed - later).days <= 366 * years + 1
    if years < 3:
        assert new_expiry(expires_on, today, years + 1) > renewed


def _summary(code: str, expires_on: date, today: date) -> list[tuple[str, int, int, int, int, date, bool]]:
    options = renewal_options(CATALOGUE, CATALOGUE[code], expires_on, today)
    return [
        (
            o.product.code,
            o.years,
            o.price_excluding_tax,
            o.tax,
            o.price_including_tax,
            o.new_expires_on,
            o.auto_renewal,
        )
        for o in options
    ]


def test_cloud_options_are_its_four_upgrade_paths_for_each_term() -> None:
    options = _summary("CLOUD", date(2027, 6, 14), date(2026, 11, 26))
    assert options == [
        ("TS_STANDARD", 1, 6_105, 610, 6_715, date(2028, 6, 14), False),
        ("TS_STANDARD", 2, 11_200, 1_120, 12_320, date(2029, 6, 14), False),
        ("TS_STANDARD", 3, 15_600, 1_560, 17_160, date(2030, 6, 14), False),
        ("TS_PREMIUM", 1, 8_105, 810, 8_915, date(2028, 6, 14), False),
        ("TS_PREMIUM", 2, 15_000, 1_500, 16_500, date(2029, 6, 14), False),
        ("TS_PREMIUM", 3, 21_000, 2_100, 23_100, date(2030, 6, 14), False),
        ("CLOUD", 1, 5_200, 520, 5_720, date(2028, 6, 14), False),
        ("CLOUD", 2, 9_400, 940, 10_340, date(2029, 6, 14), False),
        ("CLOUD", 3, 12_345, 1_234, 13_579, date(2030, 6, 14), False),
        ("CLOUD_DLS_PREMIUM", 1, 7_455, 745, 8_200, date(2028, 6, 14), False),
        ("CLOUD_DLS_PREMIUM", 2, 13_600, 1_360, 14_960, date(2029, 6, 14), False),
        ("CLOUD_DLS_PREMIUM", 3, 19_800, 1_980, 21_780, date(2030, 6, 14), False),
    ]


def test_cloud_dls_premium_options() -> None:
    options = _summary("CLOUD_DLS_PREMIUM", date(2026, 1, 1), date(2026, 11, 26))
    assert [(code, years) for code, years, *_ in options] == [
        ("TS_PREMIUM", 1),
        ("TS_PREMIUM", 2),
        ("TS_PREMIUM", 3),
        ("CLOUD_DLS_PREMIUM", 1),
        ("CLOUD_DLS_PREMIUM", 2),
        ("CLOUD_DLS_PREMIUM", 3),
    ]
    # Expired: the new term starts on the payment day.
    assert {expiry for *_, expiry, _ in options} == {date(2027, 11, 26), date(2028, 11, 26), date(2029, 11, 26)}


def test_total_security_options_include_annual_auto_renewal() -> None:
    standard = _summary("TS_STANDARD", date(2026, 10, 17), date(2026, 11, 26))
    assert standard == [
        ("TS_STANDARD", 1, 6_105, 610, 6_715, date(2027, 11, 26), False),
        ("TS_STANDARD", 2, 11_200, 1_120, 12_320, date(2028, 11, 26), False),
        ("TS_STANDARD", 3, 15_600, 1_560, 17_160, date(2029, 11, 26), False),
        ("TS_PREMIUM", 1, 8_105, 810, 8_915, date(2027, 11, 26), False),
        ("TS_PREMIUM", 2, 15_000, 1_500, 16_500, date(2028, 11, 26), False),
        ("TS_PREMIUM", 3, 21_000, 2_100, 23_100, date(2029, 11, 26), False),
        ("TS_STANDARD", 1, 6_105, 610, 6_715, date(2027, 11, 26), True),
    ]
    premium = _summary("TS_PREMIUM", date(2027, 2, 24), date(2026, 11, 26))
    assert [(code, years, auto) for code, years, *_, auto in premium] == [
        ("TS_PREMIUM", 1, False),
        ("TS_PREMIUM", 2, False),
        ("TS_PREMIUM", 3, False),
        ("TS_PREMIUM", 1, True),
    ]


def test_no_options_outside_the_window() -> None:
    assert _summary("CLOUD", date(2030, 1, 1), date(2026, 9, 30)) == []  # opens 2026-10-01
    assert len(_summary("CLOUD", date(2030, 1, 1), date(2026, 10, 1))) == 12
    assert _summary("CLOUD", date(2024, 11, 25), date(2026, 11, 26)) == []  # closed 2026-11-25
    assert len(_summary("CLOUD", date(2024, 11, 26), date(2026, 11, 26))) == 12


def test_renewable_expiries_are_the_cloud_window_inverted_on_every_day_of_seven_years() -> None:
    product = CATALOGUE["CLOUD"]
    today = date(2026, 1, 1)
    while today < date(2033, 1, 1):
        first, last = renewable_expiries(today)
        assert eligibility(product, first, today).renewable, today
        assert eligibility(product, first - DAY, today).reason is IneligibilityReason.TOO_LATE, today
        assert eligibility(product, last, today).renewable, today
        assert eligibility(product, last + DAY, today).reason is IneligibilityReason.TOO_EARLY, today
        today += DAY


@pytest.mark.parametrize(
    ("today", "first", "last"),
    [
        (date(2026, 11, 26), date(2024, 11, 26), date(2030, 2, 26)),
        (date(2028, 2, 29), date(2026, 3, 1), date(2031, 5, 31)),  # 28 Feb 2026 + 2 years is before today
        (date(2026, 11, 30), date(2024, 11, 30), date(2030, 2, 28)),  # every February day opens by 30 Nov
        (date(2027, 2, 28), date(2025, 2, 28), date(2030, 5, 31)),  # 29-31 May − 39 months clamp to 28 Feb
    ],
)
def test_renewable_expiries_at_month_ends_and_leap_days(today: date, first: date, last: date) -> None:
    assert renewable_expiries(today) == (first, last)
