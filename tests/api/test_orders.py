"""Quotes, orders and cancellation over GraphQL: what is written, what is refused (and that nothing was), and races."""

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette

from backend.catalog.catalogue import load_catalogue
from backend.demo import DemoPasswordHashes, load_demo
from backend.documents.models import StoredDocument
from backend.licences.serials import format_serial
from backend.orders.models import BillingProfile, Invoice, NumberSequence, Order, OrderLine, Quote, QuoteLine
from tests.conftest import ORIGIN, TODAY, TestClock, add_account, add_licences, count_rows, gql, sign_in, statements

DAY = timedelta(days=1)
MINUTE = timedelta(minutes=1)
SOON = "B6YD-KP3R-9TQM-2XWF-7CNH"  # CLOUD, expires 2026-12-26
LAPSED = "N7CM-4KRD-9XJP-3TWB-5FHQ"  # TS_STANDARD, expired 40 days ago
CLOSED = "W2NP-6DJR-4YHX-9TCK-8BQM"  # CLOUD, expired 3 years ago: not renewable
FOREIGN = "K8PM-2WQD-7RXN-4CJT-9HFB"  # the newcomer's
VERSION = "2026-12-01"
BILLING = {
    "companyName": "株式会社テスト商事",
    "department": "情報システム部",
    "contactName": "山田 花子",
    "email": "billing@test-shoji.example",
    "phone": "03-0000-1111",
    "postalCode": "１０００００５",
    "address": "東京都千代田区丸の内1-1-1",
    "purchaseOrderNumber": "PO-778",
}
ORDER_FIELDS = """
  number status cancellable language termsVersion privacyVersion placedAt consentedAt cancelledAt
  totals { lineCount subtotal tax totalIncludingTax rates { ratePercent amountExcludingTax tax } }
  billing { companyName department contactName email phone postalCode address purchaseOrderNumber }
  lines { serialNumber previousProduct { code } product { code } years autoRenewal expiresOn expectedNewExpiresOn
          priceExcludingTax tax }
  invoice { number issuedOn dueOn voided subtotal tax totalIncludingTax pdfUrl
            bankAccount { bankCode bankName branchCode branchName accountType accountNumber holderKana }
            document { status url byteSize sha256 } }
  quote { number }
"""
ERRORS = "errors { code field path message maxLines orderNumber maxLength }"
PLACE = f"""
mutation Place($input: PlaceRenewalOrderInput!) {{
  placeRenewalOrder(input: $input) {{ order {{ {ORDER_FIELDS} }} {ERRORS} }}
}}
"""
QUOTE = f"""
mutation Quote($input: CreateQuoteInput!) {{
  createQuote(input: $input) {{
    quote {{ number issuedOn validUntil valid pdfUrl totals {{ lineCount totalIncludingTax }}
             lines {{ serialNumber product {{ code }} years priceExcludingTax tax }} document {{ status url }} }}
    {ERRORS}
  }}
}}
"""
CANCEL = """
mutation Cancel($number: String!) {
  cancelOrder(number: $number) { order { number status cancellable cancelledAt invoice { voided } }
                                  errors { code field message } }
}
"""
ORDERS = """
query Orders($first: Int!, $after: String) {
  orders(first: $first, after: $after) {
    nodes { number status totals { lineCount totalIncludingTax } invoice { dueOn } }
    pageInfo { hasNextPage endCursor } totalCount
  }
}
"""
LICENCE = """
query Licence($serial: String!) {
  licence(serialNumber: $serial) {
    licence { renewalInProgress { orderNumber dueOn } eligibility { renewable reason } renewalOptions { years } }
  }
}
"""


def line(serial: str, product: str, years: int, auto_renewal: bool = False) -> dict[str, Any]:
    return {"serialNumber": serial, "productCode": product, "years": years, "autoRenewal": auto_renewal}


def order_input(*lines: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {
        "lines": list(lines),
        "billing": BILLING,
        "acceptedTermsVersion": VERSION,
        "acceptedPrivacyVersion": VERSION,
        "idempotencyKey": str(uuid.uuid4()),
        **changes,
    }


@pytest.fixture
async def demo(client: httpx.AsyncClient, db: AsyncSession, clock: TestClock) -> httpx.AsyncClient:
    await load_demo(db, load_catalogue(), TODAY, clock.now(), await DemoPasswordHashes.make())
    await db.commit()
    await sign_in(client, "demo@koushin.example", "Koushin-Demo-2026")
    return client


async def written(db: AsyncSession) -> dict[str, int]:
    return {
        model.__tablename__: await count_rows(db, model)
        for model in (Order, OrderLine, Invoice, Quote, QuoteLine, BillingProfile, StoredDocument, NumberSequence)
    }


NOTHING = dict.fromkeys(
    ["orders", "order_lines", "invoices", "quotes", "quote_lines", "billing_profiles", "stored_documents"], 0
) | {"number_sequences": 0}


async def test_a_bulk_order_writes_the_order_its_lines_its_invoice_and_the_documents_request(
    demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    body = await gql(demo, PLACE, input=order_input(line(SOON, "TS_PREMIUM", 2), line(LAPSED, "TS_STANDARD", 1, True)))
    payload = body["data"]["placeRenewalOrder"]
    assert payload["errors"] == []
    order = payload["order"]
    assert (order["number"], order["status"], order["cancellable"], order["language"]) == (
        "O-2026-000001",
        "AWAITING_PAYMENT",
        True,
        "JA",
    )
    assert (order["termsVersion"], order["privacyVersion"], order["quote"]) == (VERSION, VERSION, None)
    assert order["totals"] == {
        "lineCount": 2,
        "subtotal": 21_105,
        "tax": 2_110,
        "totalIncludingTax": 23_215,
        "rates": [{"ratePercent": 10, "amountExcludingTax": 21_105, "tax": 2_110}],
    }
    assert order["billing"] == {**BILLING, "postalCode": "100-0005"}
    assert order["lines"] == [
        {
            "serialNumber": SOON,
            "previousProduct": {"code": "CLOUD"},
            "product": {"code": "TS_PREMIUM"},
            "years": 2,
            "autoRenewal": False,
            "expiresOn": "2026-12-26",
            "expectedNewExpiresOn": "2028-12-26",
            "priceExcludingTax": 15_000,
            "tax": 1_500,
        },
        {
            "serialNumber": LAPSED,
            "previousProduct": {"code": "TS_STANDARD"},
            "product": {"code": "TS_STANDARD"},
            "years": 1,
            "autoRenewal": True,
            "expiresOn": "2026-10-17",
            "expectedNewExpiresOn": "2027-11-26",
            "priceExcludingTax": 6_105,
            "tax": 610,
        },
    ]
    assert order["invoice"] == {
        "number": "I-2026-000001",
        "issuedOn": "2026-11-26",
        "dueOn": "2027-01-26",
        "voided": False,
        "subtotal": 21_105,
        "tax": 2_110,
        "totalIncludingTax": 23_215,
        "pdfUrl": "/documents/invoices/I-2026-000001.pdf",
        "bankAccount": {
            "bankCode": "0001",
            "bankName": "みずほ銀行",
            "branchCode": "951",
            "branchName": "コウシン支店",
            "accountType": "ORDINARY",
            "accountNumber": "3000000",
            "holderKana": "カ）コウシンソフトウエア",
        },
        "document": {"status": "RENDERING", "url": None, "byteSize": None, "sha256": None},
    }
    assert await written(db) == NOTHING | {
        "orders": 1,
        "order_lines": 2,
        "invoices": 1,
        "billing_profiles": 1,
        "stored_documents": 1,
        "number_sequences": 3,
    }
    licence = (await gql(demo, LICENCE, serial=SOON))["data"]["licence"]["licence"]
    assert licence == {
        "renewalInProgress": {"orderNumber": "O-2026-000001", "dueOn": "2027-01-26"},
        "eligibility": {"renewable": False, "reason": "RENEWAL_IN_PROGRESS"},
        "renewalOptions": [],
    }


async def test_every_problem_is_reported_at_once_and_nothing_is_written(
    demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    billing = {**BILLING, "companyName": None, "contactName": " ", "email": "nope", "phone": "03\r\nBcc: x@y.z"}
    billing |= {"postalCode": "12-34", "address": "x" * 301, "department": "情報\u202eシステム部"}
    body = await gql(
        demo,
        PLACE,
        input=order_input(
            line(SOON, "TS_PREMIUM", 4),
            line(CLOSED, "CLOUD", 1),
            line(FOREIGN, "CLOUD", 1),
            line("b6yd kp3r 9tqm 2xwf 7cnh", "CLOUD", 1),
            line("nope", "CLOUD", 1),
            billing=billing,
            acceptedTermsVersion=None,
            acceptedPrivacyVersion="2025-01-01",
        ),
    )
    payload = body["data"]["placeRenewalOrder"]
    assert payload["order"] is None
    assert [(error["code"], error["field"], error["path"], error["maxLength"]) for error in payload["errors"]] == [
        ("INVALID_TERM", "years", ["lines", "0"], None),
        ("NOT_RENEWABLE", "serialNumber", ["lines", "1"], None),
        ("NOT_FOUND", "serialNumber", ["lines", "2"], None),
        ("DUPLICATE_LINE", "serialNumber", ["lines", "3"], None),
        ("INVALID_SERIAL", "serialNumber", ["lines", "4"], None),
        ("INVALID_TEXT", "billing.department", None, None),
        ("INVALID_EMAIL", "billing.email", None, None),
        ("INVALID_TEXT", "billing.phone", None, None),
        ("INVALID_POSTAL_CODE", "billing.postalCode", None, None),
        ("TOO_LONG", "billing.address", None, 300),
        ("REQUIRED", "billing.contactName", None, None),
        ("TERMS_NOT_ACCEPTED", "acceptedTermsVersion", None, None),
        ("PRIVACY_OUTDATED", "acceptedPrivacyVersion", None, None),
    ]
    assert payload["errors"][9]["message"] == "300文字以内で入力してください。"
    assert await written(db) == NOTHING


async def test_the_same_key_returns_the_first_order_and_other_input_with_it_is_refused(
    demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    first = order_input(line(SOON, "CLOUD", 1))
    answers = [(await gql(demo, PLACE, input=first))["data"]["placeRenewalOrder"] for _ in range(2)]
    assert answers[0] == answers[1]
    assert answers[0]["order"]["number"] == "O-2026-000001"
    reused = (await gql(demo, PLACE, input={**first, "lines": [line(SOON, "CLOUD", 2)]}))["data"]["placeRenewalOrder"]
    assert [(error["code"], error["field"]) for error in reused["errors"]] == [
        ("IDEMPOTENCY_KEY_REUSED", "idempotencyKey")
    ]
    malformed = (await gql(demo, PLACE, input={**first, "idempotencyKey": "short"}))["data"]["placeRenewalOrder"]
    assert [error["code"] for error in malformed["errors"]] == ["INVALID_IDEMPOTENCY_KEY"]
    assert (await written(db))["orders"] == 1


async def test_a_serial_in_an_open_order_cannot_be_ordered_again_until_that_order_is_cancelled(
    demo: httpx.AsyncClient, db: AsyncSession, clock: TestClock
) -> None:
    await gql(demo, PLACE, input=order_input(line(SOON, "CLOUD", 1)))
    again = (await gql(demo, PLACE, input=order_input(line(SOON, "CLOUD", 1))))["data"]["placeRenewalOrder"]
    assert [(error["code"], error["orderNumber"]) for error in again["errors"]] == [("IN_OPEN_ORDER", "O-2026-000001")]

    cancelled = (await gql(demo, CANCEL, number="O-2026-000001"))["data"]["cancelOrder"]
    assert cancelled["errors"] == []
    assert cancelled["order"] == {
        "number": "O-2026-000001",
        "status": "CANCELLED",
        "cancellable": False,
        "cancelledAt": "2026-11-26T01:00:00+00:00",
        "invoice": {"voided": True},
    }
    twice = (await gql(demo, CANCEL, number="O-2026-000001"))["data"]["cancelOrder"]
    assert [error["code"] for error in twice["errors"]] == ["NOT_CANCELLABLE"]
    missing = (await gql(demo, CANCEL, number="O-2026-999999"))["data"]["cancelOrder"]
    assert [error["code"] for error in missing["errors"]] == ["NOT_FOUND"]

    licence = (await gql(demo, LICENCE, serial=SOON))["data"]["licence"]["licence"]
    assert (licence["renewalInProgress"], licence["eligibility"]["renewable"]) == (None, True)
    second = (await gql(demo, PLACE, input=order_input(line(SOON, "CLOUD", 1))))["data"]["placeRenewalOrder"]
    assert (second["order"]["number"], second["order"]["invoice"]["bankAccount"]["accountNumber"]) == (
        "O-2026-000002",
        "3000001",  # a cancelled invoice's account number is never given again
    )


async def test_an_order_from_a_quote_keeps_the_quoted_prices_and_refuses_other_lines(
    demo: httpx.AsyncClient, db: AsyncSession, clock: TestClock
) -> None:
    lines = [line(SOON, "TS_PREMIUM", 2), line(LAPSED, "TS_STANDARD", 1)]
    created = (await gql(demo, QUOTE, input={"lines": lines, "billing": BILLING}))["data"]["createQuote"]
    assert created["errors"] == []
    quote = created["quote"]
    assert (quote["number"], quote["issuedOn"], quote["validUntil"], quote["valid"]) == (
        "Q-2026-000001",
        "2026-11-26",
        "2026-12-26",
        True,
    )
    assert quote["totals"] == {"lineCount": 2, "totalIncludingTax": 23_215}
    assert quote["document"] == {"status": "RENDERING", "url": None}

    changed = order_input(line(SOON, "TS_PREMIUM", 1), quoteNumber="Q-2026-000001")
    refused = (await gql(demo, PLACE, input=changed))["data"]["placeRenewalOrder"]
    assert [(error["code"], error["field"]) for error in refused["errors"]] == [("QUOTE_LINES_CHANGED", "quoteNumber")]
    unknown = (await gql(demo, PLACE, input=order_input(*lines, quoteNumber="Q-2026-000009")))["data"]
    assert [error["code"] for error in unknown["placeRenewalOrder"]["errors"]] == ["QUOTE_NOT_FOUND"]

    placed = (await gql(demo, PLACE, input=order_input(*lines, quoteNumber="Q-2026-000001")))["data"]
    order = placed["placeRenewalOrder"]["order"]
    assert (order["quote"], order["totals"]["totalIncludingTax"]) == ({"number": "Q-2026-000001"}, 23_215)

    await gql(demo, CANCEL, number=order["number"])
    clock.business_date += timedelta(days=31)  # the instant stays, so the session does too
    expired = (await gql(demo, PLACE, input=order_input(*lines, quoteNumber="Q-2026-000001")))["data"]
    assert [error["code"] for error in expired["placeRenewalOrder"]["errors"]] == ["QUOTE_EXPIRED"]


async def test_my_orders_newest_first_in_pages(demo: httpx.AsyncClient) -> None:
    for serial in (SOON, LAPSED):
        await gql(demo, PLACE, input=order_input(line(serial, "CLOUD" if serial == SOON else "TS_STANDARD", 1)))
    first = (await gql(demo, ORDERS, first=1))["data"]["orders"]
    assert [node["number"] for node in first["nodes"]] == ["O-2026-000002"]
    assert (first["pageInfo"]["hasNextPage"], first["totalCount"]) == (True, 2)
    rest = (await gql(demo, ORDERS, first=1, after=first["pageInfo"]["endCursor"]))["data"]["orders"]
    assert rest["nodes"] == [
        {
            "number": "O-2026-000001",
            "status": "AWAITING_PAYMENT",
            "totals": {"lineCount": 1, "totalIncludingTax": 5_720},
            "invoice": {"dueOn": "2027-01-26"},
        }
    ]
    assert rest["pageInfo"]["hasNextPage"] is False
    profile = await gql(demo, "{ billingProfile { companyName postalCode } }")
    assert profile["data"]["billingProfile"] == {"companyName": "株式会社テスト商事", "postalCode": "100-0005"}


async def test_another_accounts_order_is_not_found_like_a_missing_one(
    app: Starlette, demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    await gql(demo, PLACE, input=order_input(line(SOON, "CLOUD", 1)))
    await add_account(db, "other@example.jp")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as other:
        await sign_in(other, "other@example.jp")
        lookup = '{ order(number: "O-2026-000001") { order { number } errors { code field message } } }'
        foreign = (await gql(other, lookup))["data"]["order"]
        missing = (await gql(other, lookup.replace("000001", "000002")))["data"]["order"]
        cancel = (await gql(other, CANCEL, number="O-2026-000001"))["data"]["cancelOrder"]
    assert (
        foreign
        == missing
        == {
            "order": None,
            "errors": [
                {"code": "NOT_FOUND", "field": "number", "message": "このご注文はお客様のアカウントに見つかりません。"}
            ],
        }
    )
    assert [error["code"] for error in cancel["errors"]] == ["NOT_FOUND"]
    status = (await gql(demo, '{ order(number: "O-2026-000001") { order { status } } }'))["data"]["order"]
    assert status == {"order": {"status": "AWAITING_PAYMENT"}}


async def test_fifty_simultaneous_orders_of_one_serial_make_one_order(
    demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    answers = await asyncio.gather(*(gql(demo, PLACE, input=order_input(line(SOON, "CLOUD", 1))) for _ in range(50)))
    payloads = [answer["data"]["placeRenewalOrder"] for answer in answers]
    placed = [payload["order"]["number"] for payload in payloads if payload["order"]]
    refused = [payload["errors"] for payload in payloads if not payload["order"]]
    assert placed == ["O-2026-000001"]
    assert (
        refused
        == [
            [
                {
                    "code": "IN_OPEN_ORDER",
                    "field": "serialNumber",
                    "path": ["lines", "0"],
                    "message": "このシリアル番号はお支払い待ちのご注文（O-2026-000001）で更新手続き中です。",
                    "maxLines": None,
                    "orderNumber": "O-2026-000001",
                    "maxLength": None,
                }
            ]
        ]
        * 49
    )
    assert (await written(db))["orders"] == 1


async def test_twenty_simultaneous_placements_with_one_key_make_one_order(
    demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    same = order_input(line(SOON, "CLOUD", 1), line(LAPSED, "TS_STANDARD", 3))
    answers = await asyncio.gather(*(gql(demo, PLACE, input=same) for _ in range(20)))
    assert all(answer == answers[0] for answer in answers)
    assert answers[0]["data"]["placeRenewalOrder"]["order"]["number"] == "O-2026-000001"
    assert (await written(db))["orders"] == 1


async def test_simultaneous_first_quotes_of_one_account_each_get_a_number_and_one_profile_is_kept(
    demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    details = [{**BILLING, "department": f"部署{n}"} for n in range(10)]
    answers = await asyncio.gather(
        *(gql(demo, QUOTE, input={"lines": [line(SOON, "CLOUD", 1)], "billing": billing}) for billing in details)
    )
    numbers = sorted(answer["data"]["createQuote"]["quote"]["number"] for answer in answers)
    assert numbers == [f"Q-2026-{n:06d}" for n in range(1, 11)]
    profiles = (await db.scalars(select(BillingProfile.department))).all()
    assert len(profiles) == 1 and profiles[0] in {billing["department"] for billing in details}


async def test_a_thousand_line_order_takes_a_constant_number_of_statements(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = await add_account(db, "bulk@example.jp")
    serials = [f"BULK{n:016d}" for n in range(1_000)]
    await add_licences(db, account, *[(serial, "TS_STANDARD", TODAY + n * DAY) for n, serial in enumerate(serials)])
    await sign_in(client, "bulk@example.jp")
    with statements() as seen:
        body = await gql(client, PLACE, input=order_input(*(line(format_serial(s), "TS_PREMIUM", 3) for s in serials)))
    order = body["data"]["placeRenewalOrder"]["order"]
    assert (order["totals"]["lineCount"], order["invoice"]["totalIncludingTax"]) == (1_000, 1_000 * 23_100)
    assert len(order["lines"]) == 1_000
    # The session; the lock, the key, the cart's serials; three numbers; the order, its lines (one executemany),
    # the billing profile (one upsert), the document's request and the invoice; then the answer's four reads.
    assert len(seen) == 16, seen


STOP = """
mutation Stop($serial: String!) {
  stopAutoRenewal(serialNumber: $serial) {
    licence { serialNumber renewalInProgress { orderNumber autoRenewal autoRenewalStoppedAt } }
    errors { code field message }
  }
}
"""


async def test_an_ordered_auto_renewal_shows_on_the_licence_and_is_stopped_once(
    demo: httpx.AsyncClient, db: AsyncSession, clock: TestClock
) -> None:
    placed = await gql(demo, PLACE, input=order_input(line(LAPSED, "TS_STANDARD", 1, True), line(SOON, "CLOUD", 1)))
    assert placed["data"]["placeRenewalOrder"]["errors"] == []
    progress = "renewalInProgress { autoRenewal autoRenewalStoppedAt }"
    query = f"query($s: String!) {{ licence(serialNumber: $s) {{ licence {{ {progress} }} }} }}"
    shown = (await gql(demo, query, s=LAPSED))["data"]["licence"]["licence"]["renewalInProgress"]
    assert shown == {"autoRenewal": True, "autoRenewalStoppedAt": None}

    clock.advance(MINUTE)
    stopped = (await gql(demo, STOP, serial=LAPSED.lower().replace("-", "")))["data"]["stopAutoRenewal"]
    assert stopped == {
        "licence": {
            "serialNumber": LAPSED,
            "renewalInProgress": {
                "orderNumber": "O-2026-000001",
                "autoRenewal": True,
                "autoRenewalStoppedAt": clock.now().isoformat(),
            },
        },
        "errors": [],
    }
    lines_before = (await db.execute(select(OrderLine.id, OrderLine.auto_renewal_stopped_at))).all()
    await db.commit()

    clock.advance(MINUTE)
    refusals = {
        serial: (await gql(demo, STOP, serial=serial))["data"]["stopAutoRenewal"]
        for serial in (LAPSED, SOON, FOREIGN, "nope")
    }
    assert {
        serial: (payload["licence"], [e["code"] for e in payload["errors"]]) for serial, payload in refusals.items()
    } == {
        LAPSED: (None, ["NOT_ENROLLED"]),  # already stopped
        SOON: (None, ["NOT_ENROLLED"]),  # ordered without it
        FOREIGN: (None, ["NOT_FOUND"]),
        "nope": (None, ["INVALID_SERIAL"]),
    }
    assert (
        refusals[LAPSED]["errors"][0]["message"] == "このシリアル番号には、停止できる年額あんしん自動更新がありません。"
    )
    assert (await db.execute(select(OrderLine.id, OrderLine.auto_renewal_stopped_at))).all() == lines_before

    assert (await gql(demo, "mutation { signOut { ok } }"))["data"]["signOut"]["ok"]
    anonymous = await gql(demo, STOP, serial=LAPSED)
    assert anonymous["errors"][0]["extensions"] == {"code": "UNAUTHENTICATED"}
