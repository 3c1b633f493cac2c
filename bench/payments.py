"""Benchmark (`python -m bench.payments`): a statement of 100,000 credits against 100,000 open invoices.

For each database (SQLite on a temporary file; PostgreSQL at BENCH_POSTGRESQL_URL, by default
postgresql+asyncpg://postgres@127.0.0.1:5432/koushin_bench, dropped and created afresh, and skipped
when no server answers) it arranges 100,000 one-line orders
awaiting payment, each with its own virtual account, writes a 振込入金通知 paying every one of them
(100,000 groups, streamed to a file), and imports it as `import-statement` does, in one transaction.
It reports the import's seconds (goal on SQLite: ≤ 5 s), the statements sent, and the growth of the
process's peak RSS during the import beside the file's size (streamed: the growth must not follow
the file), then imports the same file again (everything already imported).
"""

import asyncio
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, text
from sqlalchemy.engine import Engine

from backend.accounts.models import Account
from backend.db.engine import create_engine, create_sessionmaker
from backend.db.migrations import upgrade_to_head
from backend.db.transactions import Transactions
from backend.licences.models import Licence
from backend.orders.models import Invoice, Order, OrderLine, OrderStatus
from backend.payments.importing import ImportReport, import_statement
from backend.payments.paying_statements import DEMO_PAYER
from backend.payments.zengin import StatementKind
from backend.payments.zengin_writer import WrittenCredit, WrittenGroup, write_statement
from bench.harness import fresh_postgresql
from bench.sign_in import DEFAULT_POSTGRESQL

INVOICES = int(os.environ.get("BENCH_INVOICES", "100000"))
TODAY = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)
TOTAL = 13_200
FIRST_ACCOUNT = 3_000_000
CHUNK = 5_000


def serial(n: int) -> str:
    return f"BENCH{n:015d}"


async def arrange(url: str) -> None:
    """One customer, INVOICES serials, one open order and invoice per serial: inserted in bulk."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(
            insert(Account).values(
                id=1, email="bench@koushin.example", company_name="ベンチ商事", is_staff=False, created_at=NOW
            )
        )
        for start in range(0, INVOICES, CHUNK):
            numbers = range(start, min(start + CHUNK, INVOICES))
            await connection.execute(
                insert(Licence),
                [
                    {"id": n + 1, "serial_number": serial(n), "product_code": "TS_STANDARD",
                     "expires_on": TODAY + timedelta(days=20), "account_id": 1}
                    for n in numbers
                ],
            )  # fmt: skip
            await connection.execute(insert(Order), [_order(n) for n in numbers])
            await connection.execute(insert(OrderLine), [_line(n) for n in numbers])
            await connection.execute(insert(Invoice), [_invoice(n) for n in numbers])
    if engine.dialect.name == "postgresql":
        # A database in service has its tables' statistics (autovacuum); without them, freshly loaded, PostgreSQL
        # plans the import's joins as scans of every table.
        async with engine.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.execute(text("ANALYZE"))
    await engine.dispose()


def _order(n: int) -> dict[str, Any]:
    return {
        "id": n + 1, "number": f"O-2026-{n + 1:06d}", "account_id": 1, "status": OrderStatus.AWAITING_PAYMENT,
        "language": "ja", "placed_at": NOW, "terms_version": "2026-12-01", "privacy_version": "2026-12-01",
        "consented_at": NOW, "idempotency_key": f"bench-key-{n:012d}", "request_digest": "0" * 64,
        "billing_email": "bench@koushin.example", "phone": "03-0000-0000", "postal_code": "100-0005",
        "address": "東京都千代田区丸の内1-1-1", "company_name": "ベンチ商事",
    }  # fmt: skip


def _line(n: int) -> dict[str, Any]:
    return {
        "order_id": n + 1, "position": 1, "serial_number": serial(n), "previous_product_code": "TS_STANDARD",
        "product_code": "TS_STANDARD", "years": 1, "auto_renewal": False, "expires_on": TODAY + timedelta(days=20),
        "expected_new_expires_on": date(2027, 12, 24), "price_excluding_tax": 12_000, "tax_rate_percent": 10,
        "tax": 1_200, "licence_id": n + 1, "open_licence_id": n + 1,
    }  # fmt: skip


def _invoice(n: int) -> dict[str, Any]:
    return {
        "number": f"I-2026-{n + 1:06d}", "order_id": n + 1, "issued_on": TODAY, "due_on": date(2027, 2, 4),
        "subtotal": 12_000, "tax": 1_200, "total_including_tax": TOTAL, "bank_code": "0001", "bank_name": "みずほ銀行",
        "branch_code": "951", "branch_name": "コウシン支店", "account_type": "ordinary",
        "account_number": f"{FIRST_ACCOUNT + n:07d}", "holder_kana": "カ）コウシンソフトウエア",
    }  # fmt: skip


def write_file(path: Path) -> None:
    groups = (
        WrittenGroup(
            kind=StatementKind.TRANSFER_NOTICE, created_on=TODAY, bank_code="0001", bank_name_kana="ﾐｽﾞﾎ",
            branch_code="951", branch_name_kana="ｺｳｼﾝ", account_type="1", account_number=f"{FIRST_ACCOUNT + n:07d}",
            account_name_kana="ｶ)ｺｳｼﾝｿﾌﾄｳｴｱ", credits=[WrittenCredit(n % 1_000_000, TODAY, TOTAL, DEMO_PAYER)],
        )
        for n in range(INVOICES)
    )  # fmt: skip
    with path.open("wb") as out:
        out.writelines(write_statement(groups))


async def timed_import(url: str, path: Path) -> tuple[float, int, int, ImportReport]:
    engine = create_engine(url)
    transactions = Transactions(create_sessionmaker(engine))
    seen = 0

    def record(*_: Any) -> None:
        nonlocal seen
        seen += 1

    event.listen(Engine, "before_cursor_execute", record)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with path.open("rb") as source:
        report = await import_statement(transactions, source, path.name, now=NOW, today=TODAY, imported_by=None)
    seconds = time.perf_counter() - started
    growth_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    event.remove(Engine, "before_cursor_execute", record)
    await engine.dispose()
    assert isinstance(report, ImportReport), report
    return seconds, seen, growth_kb, report


def run(name: str, url: str, statement: Path) -> None:
    upgrade_to_head(url)
    asyncio.run(arrange(url))
    seconds, statements, growth_kb, report = asyncio.run(timed_import(url, statement))
    assert (report.applied, report.to_review) == (INVOICES, 0), report
    again, again_statements, _, repeat = asyncio.run(timed_import(url, statement))
    assert (repeat.applied, repeat.already_imported) == (0, INVOICES), repeat
    print(
        f"{name:<10} import {seconds:6.2f} s ({INVOICES / seconds:,.0f} credits/s, {statements:,} statements), "
        f"peak RSS +{growth_kb / 1024:.0f} MB; again {again:5.2f} s ({again_statements:,} statements), nothing applied"
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        statement = Path(work) / "statement.txt"
        write_file(statement)
        size = statement.stat().st_size
        print(f"statement: {INVOICES:,} credits in {INVOICES:,} groups, {size / 1_048_576:.0f} MB (Zengin 01, CR/LF)")
        run("SQLite", f"sqlite+aiosqlite:///{Path(work) / 'bench.sqlite3'}", statement)
        postgresql = os.environ.get("BENCH_POSTGRESQL_URL", DEFAULT_POSTGRESQL)
        if fresh_postgresql(postgresql):
            run("PostgreSQL", postgresql, statement)
        else:
            print("PostgreSQL: no server answers, skipped")
    print("goal: SQLite import ≤ 5 s, with peak RSS growth far below the file's size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
