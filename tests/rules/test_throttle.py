"""The sign-in slow-down policy over counts and instants."""

from datetime import UTC, datetime, timedelta

from backend.accounts.throttle import PER_EMAIL

T0 = datetime(2026, 11, 26, tzinfo=UTC)


def test_free_failures_wait_nothing() -> None:
    assert PER_EMAIL.wait(4, T0, T0) == timedelta(0)


def test_waits_double_from_the_fifth_failure_up_to_fifteen_minutes() -> None:
    assert PER_EMAIL.wait(5, T0, T0) == timedelta(seconds=30)
    assert PER_EMAIL.wait(6, T0, T0) == timedelta(seconds=60)
    assert PER_EMAIL.wait(7, T0, T0) == timedelta(seconds=120)
    assert PER_EMAIL.wait(12, T0, T0) == timedelta(minutes=15)
    assert PER_EMAIL.wait(10_000, T0, T0) == timedelta(minutes=15)


def test_the_wait_runs_from_the_last_failure() -> None:
    assert PER_EMAIL.wait(5, T0, T0 + timedelta(seconds=20)) == timedelta(seconds=10)
    assert PER_EMAIL.wait(5, T0, T0 + timedelta(seconds=30)) == timedelta(0)


def test_failures_are_forgotten_after_an_hour_of_quiet() -> None:
    assert PER_EMAIL.current_failures(9, T0, T0 + timedelta(minutes=59)) == 9
    assert PER_EMAIL.current_failures(9, T0, T0 + timedelta(hours=1)) == 0
    assert PER_EMAIL.wait(9, T0, T0 + timedelta(hours=1)) == timedelta(0)
