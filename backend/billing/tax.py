"""Consumption tax (消費税): computed once per document per tax rate, on the sum of that rate's lines, rounded down.

Never per line: three lines of ¥105 at 10% carry ¥31 of tax (315 × 10% = 31.5 → 31), not 3 × ¥10.
Amounts are int yen; rates are whole percentages, so the arithmetic is exact integer arithmetic.
"""

from collections.abc import Iterable
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
