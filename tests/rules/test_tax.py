"""Consumption tax once per document per rate, rounded down: worked examples and properties."""

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from backend.billing.tax import RateTotal, TaxableLine, allocate_tax, tax_totals


def test_three_lines_of_105_yen_carry_31_yen_not_30() -> None:
    assert tax_totals([TaxableLine(105)] * 3) == [RateTotal(10, 315, 31)]
    assert tax_totals([TaxableLine(105)] * 3)[0].amount_including_tax == 346


def test_one_option_of_the_catalogue() -> None:
    (total,) = tax_totals([TaxableLine(12_345)])
    assert (total.amount_excluding_tax, total.tax, total.amount_including_tax) == (12_345, 1_234, 13_579)


def test_totals_per_rate_highest_first() -> None:
    lines = [TaxableLine(1_001, 8), TaxableLine(999, 10), TaxableLine(1_001, 8), TaxableLine(1, 10)]
    assert tax_totals(lines) == [RateTotal(10, 1_000, 100), RateTotal(8, 2_002, 160)]


def test_an_empty_document_has_no_totals() -> None:
    assert tax_totals([]) == []


lines_strategy = st.lists(
    st.builds(TaxableLine, st.integers(min_value=0, max_value=10_000_000), st.sampled_from([8, 10])), max_size=60
)


@given(lines_strategy)
def test_tax_is_within_one_yen_below_the_exact_tax(lines: list[TaxableLine]) -> None:
    for total in tax_totals(lines):
        exact = Fraction(total.amount_excluding_tax * total.rate_percent, 100)
        assert 0 <= exact - total.tax < 1


@given(lines_strategy)
def test_the_total_is_the_sum_of_its_parts(lines: list[TaxableLine]) -> None:
    totals = tax_totals(lines)
    assert sum(t.amount_excluding_tax for t in totals) == sum(line.amount_excluding_tax for line in lines)
    for total in totals:
        assert total.amount_including_tax == total.amount_excluding_tax + total.tax
        rate_lines = [line.amount_excluding_tax for line in lines if line.rate_percent == total.rate_percent]
        assert total.amount_excluding_tax == sum(rate_lines)


@given(lines_strategy)
def test_line_order_does_not_matter(lines: list[TaxableLine]) -> None:
    assert tax_totals(lines) == tax_totals(list(reversed(lines)))


def test_three_lines_of_105_yen_share_31_yen_as_11_10_10() -> None:
    assert allocate_tax([TaxableLine(105)] * 3) == [11, 10, 10]


def test_the_largest_remainder_gets_the_left_over_yen() -> None:
    # Exact shares 10.4, 10.9 and 10.5: 31.8 rounds down to 31, so one yen goes to the 0.9.
    assert allocate_tax([TaxableLine(104), TaxableLine(109), TaxableLine(105)]) == [10, 11, 10]


def test_each_rate_allocates_its_own_tax() -> None:
    lines = [TaxableLine(105, 10), TaxableLine(105, 8), TaxableLine(105, 10), TaxableLine(105, 8)]
    assert allocate_tax(lines) == [11, 8, 10, 8]


@given(lines_strategy)
def test_allocations_sum_to_each_rates_tax_and_stay_within_a_yen(lines: list[TaxableLine]) -> None:
    shares = allocate_tax(lines)
    for total in tax_totals(lines):
        rate = [index for index, line in enumerate(lines) if line.rate_percent == total.rate_percent]
        assert sum(shares[index] for index in rate) == total.tax
    for line, share in zip(lines, shares, strict=True):
        assert abs(Fraction(line.amount_excluding_tax * line.rate_percent, 100) - share) < 1
