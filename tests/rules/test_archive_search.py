"""The archive's criteria, checked before anything is looked up: a pure rule over what staff typed."""

from datetime import date

import pytest

from backend.payments.archive import (
    ArchiveCriteria,
    ArchiveSearch,
    ArchiveSearchErrorCode,
    ArchiveSearchProblem,
    archive_search,
)

DAY = date(2026, 12, 1)


def test_criteria_that_hold_become_the_search_with_the_serial_normalised() -> None:
    criteria = ArchiveCriteria(
        number="I-2026", customer="demo", serial_number="b6yd kp3r 9tqm 2xwf 7cnh", issued_from=DAY, issued_to=DAY,
        amount_min=0, amount_max=0,
    )  # fmt: skip
    assert archive_search(criteria) == ArchiveSearch(
        number="I-2026", customer="demo", serial="B6YDKP3R9TQM2XWF7CNH", issued_from=DAY, issued_to=DAY,
        amount_min=0, amount_max=0,
    )  # fmt: skip
    assert archive_search(ArchiveCriteria(serial_number="   ")) == ArchiveSearch()


@pytest.mark.parametrize(
    ("criteria", "problems"),
    [
        (ArchiveCriteria(number="x" * 101), [("TOO_LONG", "number")]),
        (
            ArchiveCriteria(customer="x" * 101, serial_number="x" * 101),
            [("TOO_LONG", "customer"), ("TOO_LONG", "serial_number")],
        ),
        (ArchiveCriteria(number="x" * 100, serial_number="nope"), [("INVALID_SERIAL", "serial_number")]),
        (ArchiveCriteria(issued_from=date(2026, 12, 2), issued_to=DAY), [("EMPTY_RANGE", "issued_to")]),
        (
            ArchiveCriteria(amount_min=-1, amount_max=-2),
            [("NEGATIVE_AMOUNT", "amount_min"), ("NEGATIVE_AMOUNT", "amount_max")],
        ),
        (ArchiveCriteria(amount_min=10, amount_max=9), [("EMPTY_RANGE", "amount_max")]),
    ],
)  # fmt: skip
def test_each_problem_names_its_criterion(criteria: ArchiveCriteria, problems: list[tuple[str, str]]) -> None:
    assert archive_search(criteria) == [
        ArchiveSearchProblem(ArchiveSearchErrorCode(code), field) for code, field in problems
    ]
