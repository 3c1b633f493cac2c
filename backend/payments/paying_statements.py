"""A 振込入金通知 that pays given invoices: for trying the whole loop in development, for tests and the benchmark.

One group per invoice, since each invoice has a virtual account of its own and a Zengin group is
one account's. Each credit is the invoice's total unless told otherwise, booked on the day given,
with a reference unique to the invoice's account number, so the same invoices written twice give
the same credits (and importing both changes nothing the second time).
"""

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.orders.models import Invoice
from backend.payments.zengin import StatementKind
from backend.payments.zengin_writer import WrittenCredit, WrittenGroup

DEMO_PAYER = "ｶ)ﾃﾞﾓｼｮｳｼﾞ"
"""株式会社デモ商事, as a bank writes a payer."""
ORDINARY = "1"


class UnknownInvoicesError(LookupError):
    def __init__(self, numbers: Sequence[str]) -> None:
        super().__init__(", ".join(numbers))
        self.numbers = numbers


async def paying_groups(
    db: AsyncSession,
    invoice_numbers: Sequence[str],
    *,
    booked_on: date,
    payer_kana: str = DEMO_PAYER,
    amounts: Mapping[str, int] | None = None,
) -> list[WrittenGroup]:
    """The groups paying each invoice (its total, or `amounts[number]`), in the order given."""
    rows = {
        invoice.number: invoice
        for invoice in await db.scalars(select(Invoice).where(Invoice.number.in_(set(invoice_numbers))))
    }
    missing = [number for number in invoice_numbers if number not in rows]
    if missing:
        raise UnknownInvoicesError(missing)
    groups = []
    for number in invoice_numbers:
        invoice = rows[number]
        amount = (amounts or {}).get(number, invoice.total_including_tax)
        groups.append(
            WrittenGroup(
                kind=StatementKind.TRANSFER_NOTICE,
                created_on=booked_on,
                bank_code=invoice.bank_code,
                bank_name_kana="",
                branch_code=invoice.branch_code,
                branch_name_kana="",
                account_type=ORDINARY,
                account_number=invoice.account_number,
                account_name_kana=invoice.holder_kana,
                credits=[WrittenCredit(_reference(invoice.account_number), booked_on, amount, payer_kana)],
            )
        )
    return groups


def _reference(account_number: str) -> int:
    """照会番号: the account number's last six digits (each invoice's account is its own)."""
    return int(account_number[-6:])
