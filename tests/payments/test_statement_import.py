"""Importing bank statements against real orders: an exact transfer pays its invoice, extends each serial once and
issues a receipt mailed over real SMTP; everything else waits in review with its reason; a bad file or a second
import changes nothing."""

import asyncio
import io
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.background.jobs import ORDER_EXPIRY
from backend.background.runner import run_until_idle
from backend.documents.models import StoredDocument
from backend.eligibility.rules import new_expiry
from backend.licences.models import Licence
from backend.licences.serials import normalise_serial
from backend.mail.models import OutboxMessage
from backend.orders.models import Invoice, Order, OrderLine
from backend.payments.importing import BOM_IN_ZENGIN, NOT_A_STATEMENT, ImportRefused, ImportReport, import_statement
from backend.payments.models import BankCredit, Receipt, StatementFormat, StatementImport
from backend.payments.paying_statements import paying_groups
from backend.payments.zengin_writer import statement_bytes
from tests.api.test_issued_documents import CLOUD, Shop, attachment, body_text, pdf_text
from tests.api.test_orders import CANCEL, LAPSED, SOON, line
from tests.conftest import count_rows, gql

REPOSITORY = Path(__file__).resolve().parents[2]
RECEIPT_DOCUMENT = """
query($number: String!) {
  order(number: $number) {
    order { status paidAt lines { serialNumber newExpiresOn }
            receipt { number issuedOn receivedOn amountReceived feeDeducted pdfUrl document { status url } } }
  }
}
"""


async def invoice_of(db: AsyncSession, order_number: str) -> Invoice:
    invoice = await db.scalar(
        select(Invoice).join(Order, Order.id == Invoice.order_id).where(Order.number == order_number)
    )
    assert invoice is not None
    await db.commit()
    return invoice


async def statement(db: AsyncSession, numbers: list[str], booked_on: date, **amounts: int) -> bytes:
    groups = await paying_groups(db, numbers, booked_on=booked_on, amounts=amounts)
    await db.commit()
    return statement_bytes(groups)


async def import_file(shop: Shop, data: bytes, name: str = "statement.txt") -> ImportReport | ImportRefused:
    runtime = shop.runtime
    return await import_statement(
        runtime.transactions,
        io.BytesIO(data),
        name,
        now=runtime.clock.now(),
        today=runtime.clock.today(),
        imported_by=None,
    )


async def state(db: AsyncSession) -> dict[str, Any]:
    """Everything an import may change."""
    licences = {
        serial: (product, expires_on, since is not None)
        for serial, product, expires_on, since in (
            await db.execute(
                select(Licence.serial_number, Licence.product_code, Licence.expires_on, Licence.auto_renewal_since)
            )
        )
    }
    result = {
        "licences": licences,
        "orders": sorted((await db.execute(select(Order.number, Order.status))).all()),
        "credits": sorted(
            (await db.execute(select(BankCredit.reference, BankCredit.state, BankCredit.review_reason))).all()
        ),
        "receipts": await count_rows(db, Receipt),
        "imports": await count_rows(db, StatementImport),
        "documents": await count_rows(db, StoredDocument),
        "mail": await count_rows(db, OutboxMessage),
    }
    await db.commit()
    return result


async def test_an_exact_transfer_pays_the_order_extends_each_serial_once_and_mails_the_receipt(
    shop: Shop, db: AsyncSession
) -> None:
    number = await shop.place()
    await shop.work()
    invoice = await invoice_of(db, number)
    today = shop.runtime.clock.today()
    data = await statement(db, [invoice.number], today)

    report = await import_file(shop, data)
    assert isinstance(report, ImportReport)
    assert (report.format, report.credits, report.applied, report.to_review, report.already_imported) == (
        StatementFormat.TRANSFER_NOTICE,
        1,
        1,
        0,
        0,
    )
    licences = (await state(db))["licences"]
    # Renewed before expiry: two years from 2026-12-26; after it: a year from the day the transfer was booked.
    assert licences[normalise_serial(SOON)] == ("TS_PREMIUM", date(2028, 12, 26), False)
    assert licences[normalise_serial(LAPSED)] == ("TS_STANDARD", date(2027, 11, 26), True)

    await shop.work()
    body = await gql(shop.client, RECEIPT_DOCUMENT, number=number)
    order = body["data"]["order"]["order"]
    assert order["status"] == "PAID"
    assert [line["newExpiresOn"] for line in order["lines"]] == ["2028-12-26", "2027-11-26"]
    receipt = order["receipt"]
    assert receipt["number"] == "R-2026-000001"
    assert (receipt["receivedOn"], receipt["amountReceived"], receipt["feeDeducted"]) == (
        "2026-11-26",
        invoice.total_including_tax,
        0,
    )
    assert receipt["document"]["status"] == "READY"
    download = await shop.client.get(receipt["pdfUrl"])
    assert download.status_code == 200
    text = pdf_text(download.content)
    assert "領収書" in text and "R-2026-000001" in text and "T7123456789012" in text

    mails = [
        message
        for message in [arrived.message for arrived in shop.smtp.received]
        if "ご入金を確認しました" in str(message["Subject"])
    ]
    assert len(mails) == 2  # the account's address and the billing address
    filename, attached = attachment(mails[0])
    assert (filename, attached) == ("領収書-R-2026-000001.pdf", download.content)
    assert "2028年12月26日" in body_text(mails[0], "plain")


async def test_importing_the_same_statement_again_changes_nothing(shop: Shop, db: AsyncSession) -> None:
    number = await shop.place()
    invoice = await invoice_of(db, number)
    data = await statement(db, [invoice.number], shop.runtime.clock.today())
    assert isinstance(await import_file(shop, data), ImportReport)
    before = await state(db)

    again = await import_file(shop, data.replace(b"\r\n", b""))  # the same credits, without line breaks
    assert isinstance(again, ImportReport)
    assert (again.credits, again.applied, again.to_review, again.already_imported) == (1, 0, 0, 1)
    after = await state(db)
    assert after == {**before, "imports": before["imports"] + 1}


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("short", "SHORT"),
        ("over", "OVER"),
        ("unknown account", "UNKNOWN_ACCOUNT"),
        ("late", "LATE"),
        ("already paid", "ALREADY_PAID"),
        ("cancelled", "CANCELLED"),
    ],
)
async def test_a_credit_that_cannot_be_applied_waits_in_review_with_its_reason_and_changes_nothing_else(
    shop: Shop, db: AsyncSession, case: str, reason: str
) -> None:
    number = await shop.place()
    invoice = await invoice_of(db, number)
    today = shop.runtime.clock.today()
    total = invoice.total_including_tax
    if case == "already paid":
        assert isinstance(await import_file(shop, await statement(db, [invoice.number], today)), ImportReport)
    if case == "cancelled":
        assert (await gql(shop.client, CANCEL, number=number))["data"]["cancelOrder"]["errors"] == []
    booked_on = invoice.due_on + timedelta(days=1) if case == "late" else today
    if case == "late":
        shop.runtime.clock.business_date = booked_on  # type: ignore[attr-defined]
    amount = {"short": total - 440, "over": total + 1, "already paid": total + 2}.get(case, total)
    data = await statement(db, [invoice.number], booked_on, **{invoice.number: amount})
    if case == "unknown account":
        data = data.replace(invoice.account_number.encode(), b"3999999", 1)
    before = await state(db)

    report = await import_file(shop, data)
    assert isinstance(report, ImportReport)
    assert (report.applied, report.to_review, {key.value: count for key, count in report.reasons.items()}) == (
        0,
        1,
        {reason: 1},
    )
    after = await state(db)
    assert [credit for credit in after["credits"] if credit not in before["credits"]] == [
        (f"{int(invoice.account_number[-6:]):06d}", "review", reason)
    ]
    assert {key: value for key, value in after.items() if key not in {"credits", "imports"}} == {
        key: value for key, value in before.items() if key not in {"credits", "imports"}
    }
    credit = await db.scalar(select(BankCredit).order_by(BankCredit.id.desc()))
    assert credit is not None
    assert credit.invoice_id == (None if case == "unknown account" else invoice.id)
    await db.commit()


async def test_a_refused_file_imports_nothing_even_after_its_first_credits_were_read(
    shop: Shop, db: AsyncSession
) -> None:
    invoice = await invoice_of(db, await shop.place())
    data = await statement(db, [invoice.number], shop.runtime.clock.today())
    before = await state(db)
    # The credit record reads fine; the trailer that follows it disagrees.
    damaged = bytearray(data)
    trailer = data.index(b"\r\n8") + 2
    damaged[trailer + 1 : trailer + 7] = b"000002"
    refused = await import_file(shop, bytes(damaged))
    assert refused == ImportRefused(3, "振込合計件数 says 2, but the group's data records make 1")
    assert await state(db) == before


async def test_an_unpaid_order_expires_the_day_after_its_due_date_and_its_serials_are_free(
    shop: Shop, db: AsyncSession
) -> None:
    number = await shop.place()
    invoice = await invoice_of(db, number)
    clock = shop.runtime.clock
    clock.business_date = invoice.due_on  # type: ignore[attr-defined]
    assert await run_until_idle(shop.runtime, [ORDER_EXPIRY]) == 0
    clock.business_date = invoice.due_on + timedelta(days=1)  # type: ignore[attr-defined]
    assert await run_until_idle(shop.runtime, [ORDER_EXPIRY]) == 1
    status, expired_at = (await db.execute(select(Order.status, Order.expired_at).where(Order.number == number))).one()
    assert status == "expired" and expired_at is not None
    assert await db.scalar(select(OrderLine.open_licence_id).where(OrderLine.open_licence_id.is_not(None))) is None
    await db.commit()
    await shop.work()
    expired = [
        message
        for message in [arrived.message for arrived in shop.smtp.received]
        if number in body_text(message, "plain")
    ]
    assert any("失効" in str(message["Subject"]) for message in expired)

    # A transfer afterwards is LATE, and pays nothing.
    report = await import_file(shop, await statement(db, [invoice.number], clock.today()))
    assert isinstance(report, ImportReport) and report.reasons == {"LATE": 1}


@pytest.mark.parametrize(
    ("data", "refusal"),
    [
        (b"", ImportRefused(0, "the file is empty")),
        (b"hello, world\r\n", ImportRefused(1, NOT_A_STATEMENT)),
        (b"\xef\xbb\xbf1010", ImportRefused(1, BOM_IN_ZENGIN)),
        ("入金日,照会番号,金額\n2026-11-26,1,100\n".encode(), None),
    ],
    ids=["empty", "not a statement", "UTF-8 BOM", "CSV short of columns"],
)
async def test_a_file_that_is_not_a_statement_is_refused_and_nothing_is_imported(
    shop: Shop, db: AsyncSession, data: bytes, refusal: ImportRefused | None
) -> None:
    before = await state(db)
    refused = await import_file(shop, data)
    assert isinstance(refused, ImportRefused)
    if refusal is not None:
        assert refused == refusal
    else:
        assert (refused.record, refused.reason.startswith("the header lacks the columns 銀行コード")) == (1, True)
    assert await state(db) == before


async def test_a_net_banking_csv_pays_like_a_zengin_file(shop: Shop, db: AsyncSession) -> None:
    invoice = await invoice_of(db, await shop.place())
    csv = (
        "入金日,照会番号,銀行コード,支店コード,口座番号,金額,振込依頼人名\r\n"
        f'2026/11/26,A-1,0001,951,{invoice.account_number},"{invoice.total_including_tax:,}",ｶ)ﾃﾞﾓｼｮｳｼﾞ\r\n'
    ).encode("cp932")
    report = await import_file(shop, csv, "入金明細.csv")
    assert isinstance(report, ImportReport)
    assert (report.format, report.applied, report.to_review) == (StatementFormat.NET_BANKING_CSV, 1, 0)
    assert (await state(db))["orders"] == [(await db.scalar(select(Order.number)), "paid")]


async def test_overlapping_statements_imported_by_two_processes_at_once_pay_each_invoice_once(
    shop: Shop, db: AsyncSession, tmp_path: Path
) -> None:
    first = await invoice_of(db, await shop.place())
    second = await invoice_of(db, await shop.place(lines=[line(CLOUD, "CLOUD", 1)]))
    today = shop.runtime.clock.today()
    expiries = {serial: expires_on for serial, (_, expires_on, _) in (await state(db))["licences"].items()}
    (tmp_path / "both.txt").write_bytes(await statement(db, [first.number, second.number], today))
    (tmp_path / "second.txt").write_bytes(await statement(db, [second.number], today))
    environment = dict(
        os.environ,
        KOUSHIN_DATABASE_URL=shop.runtime.settings.database_url,
        KOUSHIN_DATA_DIR=str(tmp_path),
        KOUSHIN_TODAY=today.isoformat(),
        KOUSHIN_ENV="development",
    )
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "backend",
            "import-statement",
            str(tmp_path / name),
            cwd=REPOSITORY,
            env=environment,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for name in ("both.txt", "second.txt")
    ]
    outputs = [await process.communicate() for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs

    after = await state(db)
    assert after["orders"] == [("O-2026-000001", "paid"), ("O-2026-000002", "paid")]
    assert (after["receipts"], len(after["credits"])) == (2, 2)  # the shared credit is stored once
    assert {credit[1:] for credit in after["credits"]} == {("applied", None)}
    ordered = {normalise_serial(SOON): 2, normalise_serial(LAPSED): 1, normalise_serial(CLOUD): 1}
    for serial, years in ordered.items():
        assert after["licences"][serial][1] == new_expiry(expiries[serial], today, years), serial
    await shop.work()
    payment_mails = [
        arrived for arrived in shop.smtp.received if "ご入金を確認しました" in str(arrived.message["Subject"])
    ]
    assert len(payment_mails) == 4  # each receipt once, to the account's and the billing address
