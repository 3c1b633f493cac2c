"""Consumption tax (消費税): computed once per document per tax rate, on the sum of that rate's lines, rounded down.

Never per line: three lines of ¥105 at 10% carry ¥31 of tax (315 × 10% = 31.5 → 31), not 3 × ¥10.
Amounts are int yen; rates are whole percentages, so the arithmetic is exact integer arithmetic.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

STANDARD_RATE_PERCENT = 10


@dataclass(frozen=True, slots=True)
class TaxableLine:
    amount_excluding_tax: int
    rate_percent: int = STANDARD_RATE_PERCENT


@dataclass(frozen=True, slots=True)
class RateTotal:
    """One tax rate's totals on a document (税率ごとに区分した対価の額と消費税額)."""

    rate_percent: int
    amount_excluding_tax: int
    tax: int

    @property
    def amount_including_tax(self) -> int:
        return self.amount_excluding_tax + self.tax


def tax_totals(lines: Iterable[TaxableLine]) -> list[RateTotal]:
    """The document's totals per rate, highest rate first."""
    sums: dict[int, int] = {}
    for line in lines:
        if line.amount_excluding_tax < 0 or line.rate_percent < 0:
            raise ValueError("line amounts and tax rates cannot be negative")
        sums[line.rate_percent] = sums.get(line.rate_percent, 0) + line.amount_excluding_tax
    return [RateTotal(rate, amount, amount * rate // 100) for rate, amount in sorted(sums.items(), reverse=True)]


def allocate_tax(lines: Sequence[TaxableLine]) -> list[int]:
    """Each line's share of the document's tax, summing exactly to each rate's tax (largest remainder).

    A line's exact share is amount × rate / 100; each gets that rounded down, and the yen left
    over in a rate go one each to the lines with the largest remainders, the earlier line first on
    a tie. So no line is ever off its exact share by a yen or more, and the shares add up.
    """
    totals = {total.rate_percent: total.tax for total in tax_totals(lines)}
    shares = [line.amount_excluding_tax * line.rate_percent // 100 for line in lines]
    for rate, tax in totals.items():
        indices = [index for index, line in enumerate(lines) if line.rate_percent == rate]
        left_over = tax - sum(shares[index] for index in indices)
        by_remainder = sorted(indices, key=lambda index: -(lines[index].amount_excluding_tax * rate % 100))
        for index in by_remainder[:left_over]:
            shares[index] += 1
    return shares
