"""The staff console over HTTP: a statement uploaded, the review queue worked through with its candidates, the
overview's figures, the archive's search and downloads; and every staff field, mutation and address refused to
customers and anonymous clients exactly as a missing one is, with nothing changed."""

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.demo import STAFF_EMAIL, STAFF_PASSWORD
from backend.graphql.pagination import encode_cursor
from backend.orders.models import Invoice
from backend.payments.paying_statements import paying_groups
from backend.payments.zengin_writer import statement_bytes
from tests.api.test_issued_documents import Shop
from tests.api.test_orders import line, order_input
from tests.conftest import ORIGIN, gql, sign_in
from tests.payments.test_statement_import import invoice_of, state

EXACT, SHORT, UNKNOWN = "B6YD-KP3R-9TQM-2XWF-7CNH", "M4RJ-8WQX-T2KP-6FND-9YCB", "R3HQ-9CMT-6WXB-4NKP-2JYD"
CREDIT = """id state reviewReason amount payerName accountNumber bookedOn resolvedBy resolutionNote
  invoice { number status } candidates { invoice { number orderNumber customerEmail } matches shortfall }"""
QUEUE = f"query {{ bankCredits(state: REVIEW) {{ totalCount nodes {{ {CREDIT} }} }} }}"
APPLY = f"""mutation($input: ApplyBankCreditInput!) {{
  applyBankCredit(input: $input) {{ credit {{ {CREDIT} }} errors {{ code field message feeLimit maxLength }} }}
}}"""
DISMISS = f"""mutation($input: CloseBankCreditInput!) {{
  dismissBankCredit(input: $input) {{ credit {{ {CREDIT} }} errors {{ code field message }} }}
}}"""
IMPORTS = (
    "{ statementImports { totalCount nodes { format filename credits applied toReview alreadyImported importedBy } } }"
)
OVERVIEW = """{ paymentsOverview { openInvoices openAmount queueSize queueAmount oldestWaitingSince
  dueWeeks { weekStarting invoices amount } receivedDays { day payments amount }
  queueAges { minDays maxDays credits amount } } }"""
ARCHIVE = """query($search: ArchiveSearchInput) {
  archive(search: $search) { page { totalCount nodes { customerEmail order { number status invoiceMailedTo
    invoice { number totalIncludingTax pdfUrl } receipt { number pdfUrl } } } } errors { code field message } }
}"""
ORDER = """query($number: String!) {
  order(number: $number) {
    order { status receipt { number feeDeducted } transfers { bookedOn amount reversal status } }
  }
}"""


@pytest.fixture
async def staff(shop: Shop) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=shop.client._transport.app)  # type: ignore[attr-defined]
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as client:
        assert (await sign_in(client, STAFF_EMAIL, STAFF_PASSWORD))["errors"] == []
        yield client


async def place(shop: Shop, serial: str, product: str) -> str:
    body = await gql(shop.client, PLACE_ONE, input=order_input(line(serial, product, 1)))
    payload = body["data"]["placeRenewalOrder"]
    assert payload["errors"] == []
    return str(payload["order"]["number"])


PLACE_ONE = """mutation($input: PlaceRenewalOrderInput!) {
  placeRenewalOrder(input: $input) { order { number } errors { code } }
}"""


async def three_credits(shop: Shop, db: AsyncSession) -> tuple[list[Invoice], bytes]:
    """Three orders, and a statement paying the first exactly, the second ¥440 short, and the third's amount into
    an account no invoice has."""
    orders = [
        await place(shop, EXACT, "CLOUD"),
        await place(shop, SHORT, "CLOUD"),
        await place(shop, UNKNOWN, "CLOUD_DLS_PREMIUM"),
    ]
    invoices = [await invoice_of(db, number) for number in orders]
    today = shop.runtime.clock.today()
    groups = await paying_groups(
        db,
        [invoice.number for invoice in invoices],
        booked_on=today,
        amounts={invoices[1].number: invoices[1].total_including_tax - 440},
    )
    await db.commit()
    groups[2] = replace(groups[2], account_number="9999999")
    return invoices, statement_bytes(groups)


async def upload(client: httpx.AsyncClient, data: bytes, filename: str = "20261201-入金.txt") -> httpx.Response:
    return await client.post(
        "/staff/statements",
        params={"filename": filename},
        content=data,
        headers={"content-type": "application/octet-stream"},
    )


async def test_staff_upload_a_statement_and_work_the_queue_which_the_customer_sees(
    shop: Shop, staff: httpx.AsyncClient, db: AsyncSession
) -> None:
    invoices, data = await three_credits(shop, db)
    numbers = [invoice.number for invoice in invoices]
    totals = [invoice.total_including_tax for invoice in invoices]
    today = shop.runtime.clock.today()
    response = await upload(staff, data)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "import": {
            "id": "1",
            "format": "TRANSFER_NOTICE",
            "credits": 3,
            "applied": 1,
            "toReview": 2,
            "alreadyImported": 0,
            "reasons": {"SHORT": 1, "UNKNOWN_ACCOUNT": 1},
        }
    }
    assert (await gql(staff, IMPORTS))["data"]["statementImports"] == {
        "totalCount": 1,
        "nodes": [
            {
                "format": "TRANSFER_NOTICE",
                "filename": "20261201-入金.txt",
                "credits": 3,
                "applied": 1,
                "toReview": 2,
                "alreadyImported": 0,
                "importedBy": STAFF_EMAIL,
            }
        ],
    }

    queue = (await gql(staff, QUEUE))["data"]["bankCredits"]
    assert queue["totalCount"] == 2
    short, unknown = queue["nodes"]
    assert (short["reviewReason"], short["invoice"], short["payerName"]) == (
        "SHORT",
        {"number": numbers[1], "status": "AWAITING_PAYMENT"},
        "カ)デモショウジ",
    )
    # Its own account and the payer who paid the first order; the third order is the same amount, same payer.
    assert [(c["invoice"]["number"], c["matches"], c["shortfall"]) for c in short["candidates"]] == [
        (numbers[1], ["SAME_ACCOUNT", "SAME_PAYER"], 440),
        (numbers[2], ["SAME_PAYER"], totals[2] - (totals[1] - 440)),
    ]
    assert (unknown["reviewReason"], unknown["invoice"], unknown["accountNumber"]) == (
        "UNKNOWN_ACCOUNT",
        None,
        "9999999",
    )
    assert [(c["invoice"]["number"], c["matches"], c["shortfall"]) for c in unknown["candidates"]] == [
        (numbers[2], ["SAME_AMOUNT", "SAME_PAYER"], 0),
        (numbers[1], ["SAME_PAYER"], totals[1] - totals[2]),
    ]

    # The customer sees the short transfer arrived and is being checked.
    [archived] = (await gql(staff, ARCHIVE, search={"number": numbers[1]}))["data"]["archive"]["page"]["nodes"]
    order_number = archived["order"]["number"]
    assert (archived["customerEmail"], archived["order"]["invoiceMailedTo"]) == (
        "demo@koushin.example",
        ["billing@test-shoji.example", "demo@koushin.example"],
    )
    transfer = {"bookedOn": today.isoformat(), "amount": totals[1] - 440, "reversal": False}
    seen = (await gql(shop.client, ORDER, number=order_number))["data"]["order"]["order"]
    assert (seen["status"], seen["transfers"]) == ("AWAITING_PAYMENT", [{**transfer, "status": "IN_REVIEW"}])

    # Refusals change nothing and say why.
    before = await state(db)
    refused = (await gql(staff, APPLY, input={"creditId": short["id"], "invoiceNumber": numbers[1]}))["data"]
    assert refused["applyBankCredit"]["errors"] == [
        {
            "code": "FEE_NOT_ACCEPTED",
            "field": "acceptFee",
            "message": "入金額が請求額に足りません。差額を振込手数料として認める場合のみ充当できます。",
            "feeLimit": None,
            "maxLength": None,
        }
    ]
    assert refused["applyBankCredit"]["credit"]["state"] == "REVIEW"
    no_note = (await gql(staff, DISMISS, input={"creditId": unknown["id"], "note": "  "}))["data"]
    assert no_note["dismissBankCredit"]["errors"][0]["code"] == "NOTE_REQUIRED"
    missing = (await gql(staff, DISMISS, input={"creditId": "99999", "note": "x"}))["data"]["dismissBankCredit"]
    assert (missing["credit"], missing["errors"][0]["code"]) == (None, "NOT_FOUND")
    assert await state(db) == before

    applied = await gql(
        staff,
        APPLY,
        input={"creditId": short["id"], "invoiceNumber": numbers[1], "acceptFee": True, "note": "振込手数料差引"},
    )
    credit = applied["data"]["applyBankCredit"]["credit"]
    assert applied["data"]["applyBankCredit"]["errors"] == []
    assert (credit["state"], credit["resolvedBy"], credit["resolutionNote"], credit["candidates"]) == (
        "APPLIED",
        STAFF_EMAIL,
        "振込手数料差引",
        [],
    )
    second = await gql(staff, APPLY, input={"creditId": short["id"], "invoiceNumber": numbers[1], "acceptFee": True})
    assert second["data"]["applyBankCredit"]["errors"][0]["code"] == "ALREADY_RESOLVED"
    dismissed = await gql(staff, DISMISS, input={"creditId": unknown["id"], "note": "テスト振込"})
    assert dismissed["data"]["dismissBankCredit"]["credit"]["state"] == "DISMISSED"
    assert (await gql(staff, QUEUE))["data"]["bankCredits"] == {"totalCount": 0, "nodes": []}

    # The customer sees the payment and its deducted fee on My orders.
    seen = (await gql(shop.client, ORDER, number=order_number))["data"]["order"]["order"]
    assert (seen["status"], seen["receipt"]["feeDeducted"]) == ("PAID", 440)
    assert seen["transfers"] == [{**transfer, "status": "APPLIED"}]

    # Uploading the same file again imports nothing new.
    again = (await upload(staff, data)).json()["import"]
    assert (again["credits"], again["applied"], again["toReview"], again["alreadyImported"]) == (3, 0, 0, 3)


async def test_a_refused_upload_names_the_record_and_imports_nothing(
    shop: Shop, staff: httpx.AsyncClient, db: AsyncSession
) -> None:
    _, data = await three_credits(shop, db)
    before = await state(db)
    response = await upload(staff, data[:202] + b"X" + data[203:])
    assert response.status_code == 422
    assert response.json()["refused"]["record"] == 2
    assert (await upload(staff, b"\x00" * 10)).json()["refused"]["record"] == 1
    assert (await upload(staff, data[:-202])).json()["refused"]["reason"].startswith("the file ends")
    wrong_type = await staff.post("/staff/statements", content=data, headers={"content-type": "text/plain"})
    assert wrong_type.status_code == 415
    assert await state(db) == before


async def test_the_overview_counts_open_invoices_by_due_week_money_received_and_the_queue(
    shop: Shop, staff: httpx.AsyncClient, db: AsyncSession
) -> None:
    invoices, data = await three_credits(shop, db)
    totals = [invoice.total_including_tax for invoice in invoices]
    due_on = invoices[0].due_on
    assert (await upload(staff, data)).status_code == 200
    overview = (await gql(staff, OVERVIEW))["data"]["paymentsOverview"]
    today = shop.runtime.clock.today()
    monday = today - timedelta(days=today.weekday())
    due_week = due_on - timedelta(days=due_on.weekday())
    assert (overview["openInvoices"], overview["openAmount"]) == (2, totals[1] + totals[2])
    weeks = overview["dueWeeks"]
    assert weeks[0]["weekStarting"] == monday.isoformat() and weeks[-1]["weekStarting"] == due_week.isoformat()
    assert len(weeks) == (due_week - monday).days // 7 + 1
    assert [week["invoices"] for week in weeks] == [0] * (len(weeks) - 1) + [2]
    assert len(overview["receivedDays"]) == 30
    assert overview["receivedDays"][-1] == {"day": today.isoformat(), "payments": 1, "amount": totals[0]}
    assert sum(day["payments"] for day in overview["receivedDays"]) == 1
    assert (overview["queueSize"], overview["queueAmount"], overview["oldestWaitingSince"]) == (
        2,
        totals[1] - 440 + totals[2],
        today.isoformat(),
    )
    assert overview["queueAges"] == [
        {"minDays": 0, "maxDays": 2, "credits": 2, "amount": totals[1] - 440 + totals[2]},
        {"minDays": 3, "maxDays": 6, "credits": 0, "amount": 0},
        {"minDays": 7, "maxDays": 13, "credits": 0, "amount": 0},
        {"minDays": 14, "maxDays": None, "credits": 0, "amount": 0},
    ]


async def test_the_archive_finds_by_any_combination_and_staff_download_any_document(
    shop: Shop, staff: httpx.AsyncClient, db: AsyncSession
) -> None:
    invoices, data = await three_credits(shop, db)
    numbers = [invoice.number for invoice in invoices]
    assert (await upload(staff, data)).status_code == 200
    assert await shop.work() > 0
    totals = [invoice.total_including_tax for invoice in invoices]
    today = shop.runtime.clock.today().isoformat()

    async def found(**search: Any) -> list[str]:
        payload = (await gql(staff, ARCHIVE, search=search))["data"]["archive"]
        assert payload["errors"] == []
        return [node["order"]["invoice"]["number"] for node in payload["page"]["nodes"]]

    newest_first = list(reversed(numbers))
    assert await found() == newest_first
    assert await found(number=numbers[0]) == [numbers[0]]
    assert await found(number="ｉ－２０２６") == newest_first  # typed full-width: folded to I-2026
    assert await found(number=numbers[0][:-1]) == newest_first  # a prefix
    assert await found(number="R-") == [numbers[0]]  # the one receipt
    assert await found(customer="DEMO@KOUSHIN") == newest_first
    assert await found(customer="100%") == []  # a literal %, not a wildcard
    assert await found(serialNumber=SHORT.replace("-", "").lower()) == [numbers[1]]
    assert await found(issuedFrom=today, issuedTo=today, amountMin=totals[0], amountMax=totals[0]) == [
        invoice for invoice, total in zip(newest_first, reversed(totals), strict=True) if total == totals[0]
    ]
    assert await found(issuedTo="2000-01-01") == []
    errors = (await gql(staff, ARCHIVE, search={"issuedFrom": "2026-12-02", "issuedTo": "2026-12-01"}))["data"]
    assert errors["archive"] == {
        "page": None,
        "errors": [{"code": "EMPTY_RANGE", "field": "issuedTo", "message": "範囲の開始が終了より後になっています。"}],
    }
    bad_serial = (await gql(staff, ARCHIVE, search={"serialNumber": "nope"}))["data"]["archive"]["errors"]
    assert bad_serial[0]["code"] == "INVALID_SERIAL"

    [paid] = (await gql(staff, ARCHIVE, search={"number": numbers[0]}))["data"]["archive"]["page"]["nodes"]
    for url in (paid["order"]["invoice"]["pdfUrl"], paid["order"]["receipt"]["pdfUrl"]):
        staff_copy, owner_copy = await staff.get(url), await shop.client.get(url)
        assert staff_copy.status_code == owner_copy.status_code == 200
        assert staff_copy.content == owner_copy.content and staff_copy.content.startswith(b"%PDF")


STAFF_DOCUMENTS = {
    "paymentsOverview": "{ paymentsOverview { queueSize } }",
    "statementImports": "{ statementImports { totalCount } }",
    "statementImport": '{ statementImport(id: "1") { id } }',
    "bankCredits": "{ bankCredits { totalCount } }",
    "bankCredit": '{ bankCredit(id: "1") { id } }',
    "archive": "{ archive { page { totalCount } } }",
    "applyBankCredit": 'mutation { applyBankCredit(input: {creditId: "1", invoiceNumber: "I-2026-000002", '
    "acceptFee: true}) { errors { code } } }",
    "refundBankCredit": 'mutation { refundBankCredit(input: {creditId: "1", note: "x"}) { errors { code } } }',
    "dismissBankCredit": 'mutation { dismissBankCredit(input: {creditId: "1", note: "x"}) { errors { code } } }',
}


async def test_customers_and_anonymous_clients_get_for_every_staff_field_what_a_missing_field_gets(
    shop: Shop, db: AsyncSession
) -> None:
    _, data = await three_credits(shop, db)
    transport = httpx.ASGITransport(app=shop.client._transport.app)  # type: ignore[attr-defined]
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as anonymous:
        for client in (shop.client, anonymous):
            # An import happened before, so the refused mutations would have something to act on.
            before = await state(db)
            for name, document in STAFF_DOCUMENTS.items():
                answer = await gql(client, document)
                made_up = await gql(client, document.replace(name, name + "Xyz", 1))
                root = "Mutation" if document.startswith("mutation") else "Query"
                assert answer == {
                    "data": None,
                    "errors": [
                        {
                            "message": f"Cannot query field '{name}' on type '{root}'.",
                            "locations": answer["errors"][0]["locations"],
                        }
                    ],
                }
                assert made_up["errors"][0]["message"] == f"Cannot query field '{name}Xyz' on type '{root}'."
            # The upload's address answers as one the app takes no POST at.
            refused, unknown = await upload(client, data), await client.post("/staff/nothing-here", content=data)
            assert (refused.status_code, refused.text) == (405, "Method Not Allowed")
            assert refused.headers.items() == unknown.headers.items()
            assert await state(db) == before


async def test_hostile_ids_and_cursors_are_refused_before_the_database(staff: httpx.AsyncClient) -> None:
    huge, full_width = "9" * 40, "１２"
    for credit_id in (huge, full_width, "-1", ""):
        body = await gql(staff, '{ bankCredit(id: "' + credit_id + '") { id } statementImport(id: "1") { id } }')
        assert body == {"data": {"bankCredit": None, "statementImport": None}}
        refused = await gql(staff, DISMISS, input={"creditId": credit_id, "note": "x"})
        assert refused["data"]["dismissBankCredit"]["errors"][0]["code"] == "NOT_FOUND"
    cursor = encode_cursor("credit", huge)
    body = await gql(staff, "query($after: String) { bankCredits(after: $after) { totalCount } }", after=cursor)
    assert [error["extensions"]["code"] for error in body["errors"]] == ["INVALID_CURSOR"]
    too_long = await gql(staff, ARCHIVE, search={"customer": "x" * 101})
    assert too_long["data"]["archive"]["errors"] == [
        {"code": "TOO_LONG", "field": "customer", "message": "検索条件は100文字以内で入力してください。"}
    ]


async def test_staff_mark_a_credit_for_refund_and_read_it_back_with_its_import(
    shop: Shop, staff: httpx.AsyncClient, db: AsyncSession
) -> None:
    _, data = await three_credits(shop, db)
    imported = (await upload(staff, data)).json()["import"]
    queue = (await gql(staff, QUEUE))["data"]["bankCredits"]["nodes"]
    unknown = next(credit for credit in queue if credit["reviewReason"] == "UNKNOWN_ACCOUNT")
    refund = """mutation($input: CloseBankCreditInput!) {
      refundBankCredit(input: $input) { credit { state resolvedBy resolutionNote } errors { code } }
    }"""
    too_long = await gql(staff, refund, input={"creditId": unknown["id"], "note": "x" * 501})
    assert too_long["data"]["refundBankCredit"]["errors"] == [{"code": "NOTE_TOO_LONG"}]
    done = await gql(staff, refund, input={"creditId": unknown["id"], "note": "口座違い: 依頼人へ返金"})
    assert done["data"]["refundBankCredit"] == {
        "credit": {"state": "REFUND", "resolvedBy": STAFF_EMAIL, "resolutionNote": "口座違い: 依頼人へ返金"},
        "errors": [],
    }
    read = """query($id: ID!, $import: ID!) {
      bankCredit(id: $id) { state amount }
      bankCredits(state: REFUND) { totalCount nodes { id } }
      statementImport(id: $import) { credits applied toReview importedBy }
    }"""
    body = (await gql(staff, read, id=unknown["id"], **{"import": imported["id"]}))["data"]
    assert body == {
        "bankCredit": {"state": "REFUND", "amount": unknown["amount"]},
        "bankCredits": {"totalCount": 1, "nodes": [{"id": unknown["id"]}]},
        "statementImport": {"credits": 3, "applied": 1, "toReview": 2, "importedBy": STAFF_EMAIL},
    }


async def test_staff_applying_one_credit_from_many_requests_at_once_pay_it_once(
    shop: Shop, staff: httpx.AsyncClient, db: AsyncSession
) -> None:
    invoices, data = await three_credits(shop, db)
    assert (await upload(staff, data)).status_code == 200
    short = next(c for c in (await gql(staff, QUEUE))["data"]["bankCredits"]["nodes"] if c["reviewReason"] == "SHORT")
    apply = {"creditId": short["id"], "invoiceNumber": invoices[1].number, "acceptFee": True}
    answers = await asyncio.gather(*(gql(staff, APPLY, input=apply) for _ in range(20)))
    codes = sorted(error["code"] for answer in answers for error in answer["data"]["applyBankCredit"]["errors"])
    assert codes == ["ALREADY_RESOLVED"] * 19
    after = await state(db)
    assert after["receipts"] == 2  # the exact credit's and this one's
    assert sorted(status for _, status in after["orders"]) == ["awaiting_payment", "paid", "paid"]
