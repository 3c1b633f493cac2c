"""renewalPreview and legalDocuments over GraphQL: the demo account's cart priced, every row's problem at once."""

from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.catalog.catalogue import load_catalogue
from backend.demo import DemoPasswordHashes, load_demo
from backend.licences.serials import format_serial
from tests.conftest import TODAY, TestClock, add_account, add_licences, gql, sign_in, statements

DAY = timedelta(days=1)
PREVIEW = """
query Preview($lines: [RenewalLineInput!]!) {
  renewalPreview(lines: $lines) {
    lines { serialNumber included years autoRenewal priceExcludingTax tax newExpiresOn
            product { code } licence { serialNumber expiresOn product { code } } }
    totals { lineCount subtotal tax totalIncludingTax rates { ratePercent amountExcludingTax tax amountIncludingTax } }
    errors { code field path message maxLines orderNumber }
  }
}
"""


def line(serial: str, product: str, years: int, auto_renewal: bool = False) -> dict[str, Any]:
    return {"serialNumber": serial, "productCode": product, "years": years, "autoRenewal": auto_renewal}


@pytest.fixture
async def demo(client: httpx.AsyncClient, db: AsyncSession, clock: TestClock) -> httpx.AsyncClient:
    await load_demo(db, load_catalogue(), TODAY, clock.now(), await DemoPasswordHashes.make())
    await db.commit()
    await sign_in(client, "demo@koushin.example", "Koushin-Demo-2026")
    return client


async def test_a_bulk_cart_of_three_with_one_not_renewable(demo: httpx.AsyncClient) -> None:
    body = await gql(
        demo,
        PREVIEW,
        lines=[
            line("b6yd kp3r 9tqm 2xwf 7cnh", "TS_PREMIUM", 2),  # CLOUD, expires 2026-12-26
            line("W2NP-6DJR-4YHX-9TCK-8BQM", "CLOUD", 1),  # CLOUD, expired 3 years ago: window closed
            line("N7CM-4KRD-9XJP-3TWB-5FHQ", "TS_STANDARD", 1, auto_renewal=True),  # expired 40 days ago
        ],
    )
    preview = body["data"]["renewalPreview"]
    assert [
        (row["serialNumber"], row["included"], row["priceExcludingTax"], row["tax"], row["newExpiresOn"])
        for row in preview["lines"]
    ] == [
        ("B6YD-KP3R-9TQM-2XWF-7CNH", True, 15_000, 1_500, "2028-12-26"),
        ("W2NP-6DJR-4YHX-9TCK-8BQM", False, None, None, None),
        ("N7CM-4KRD-9XJP-3TWB-5FHQ", True, 6_105, 610, "2027-11-26"),
    ]
    assert preview["lines"][0]["licence"]["product"] == {"code": "CLOUD"}
    assert preview["totals"] == {
        "lineCount": 2,
        "subtotal": 21_105,
        "tax": 2_110,  # 2,110.5 rounded down once, not per line
        "totalIncludingTax": 23_215,
        "rates": [{"ratePercent": 10, "amountExcludingTax": 21_105, "tax": 2_110, "amountIncludingTax": 23_215}],
    }
    assert preview["errors"] == [
        {
            "code": "NOT_RENEWABLE",
            "field": "serialNumber",
            "path": ["lines", "1"],
            "message": "このシリアル番号は現在、契約更新できません。",
            "maxLines": None,
            "orderNumber": None,
        }
    ]


async def test_a_foreign_serial_is_not_found_exactly_as_an_unknown_one(demo: httpx.AsyncClient) -> None:
    foreign = await gql(demo, PREVIEW, lines=[line("K8PM-2WQD-7RXN-4CJT-9HFB", "CLOUD", 1)])  # the newcomer's
    unknown = await gql(demo, PREVIEW, lines=[line("K8PM-2WQD-7RXN-4CJT-9HFC", "CLOUD", 1)])
    for body in (foreign, unknown):
        preview = body["data"]["renewalPreview"]
        assert preview["lines"][0]["licence"] is None
        assert [(e["code"], e["path"]) for e in preview["errors"]] == [("NOT_FOUND", ["lines", "0"])]
    assert (
        foreign["data"]["renewalPreview"]["errors"][0]["message"]
        == unknown["data"]["renewalPreview"]["errors"][0]["message"]
    )


async def test_every_row_problem_is_reported_at_once(demo: httpx.AsyncClient) -> None:
    body = await gql(
        demo,
        PREVIEW,
        lines=[
            line("QF7K-2M9P-XR4T-8WNC-3HJD", "TS_PREMIUM", 4),
            line("QF7K2M9PXR4T8WNC3HJD", "CLOUD", 1),
            line("R3HQ-9CMT-6WXB-4NKP-2JYD", "CLOUD", 1),
            line("<script>", "CLOUD", 1),
        ],
    )
    errors = body["data"]["renewalPreview"]["errors"]
    assert [(e["code"], e["field"], e["path"]) for e in errors] == [
        ("INVALID_TERM", "years", ["lines", "0"]),
        ("DUPLICATE_LINE", "serialNumber", ["lines", "1"]),
        ("PRODUCT_NOT_ALLOWED", "productCode", ["lines", "2"]),
        ("INVALID_SERIAL", "serialNumber", ["lines", "3"]),
    ]
    assert body["data"]["renewalPreview"]["lines"][3]["serialNumber"] == "<script>"
    assert body["data"]["renewalPreview"]["totals"]["lineCount"] == 0


async def test_no_lines_and_too_many_lines_are_refused_as_a_whole(demo: httpx.AsyncClient) -> None:
    empty = await gql(demo, PREVIEW, lines=[])
    assert [(e["code"], e["field"]) for e in empty["data"]["renewalPreview"]["errors"]] == [("NO_LINES", "lines")]
    demo.headers["accept-language"] = "en"
    many = await gql(demo, PREVIEW, lines=[line("QF7K-2M9P-XR4T-8WNC-3HJD", "CLOUD", 1)] * 1_001)
    (error,) = many["data"]["renewalPreview"]["errors"]
    assert (error["code"], error["maxLines"], error["message"]) == (
        "TOO_MANY_LINES",
        1_000,
        "One order can hold at most 1000 serials.",
    )
    assert many["data"]["renewalPreview"]["lines"] == []


async def test_a_thousand_line_cart_costs_a_constant_number_of_statements(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = await add_account(db, "bulk@example.jp")
    serials = [f"BULK{n:016d}" for n in range(1_000)]
    await add_licences(db, account, *[(serial, "TS_STANDARD", TODAY + n * DAY) for n, serial in enumerate(serials)])
    await sign_in(client, "bulk@example.jp")
    with statements() as seen:
        body = await gql(client, PREVIEW, lines=[line(format_serial(s), "TS_PREMIUM", 3) for s in serials])
    totals = body["data"]["renewalPreview"]["totals"]
    assert (totals["lineCount"], totals["subtotal"], totals["tax"]) == (1_000, 1_000 * 21_000, 1_000 * 2_100)
    # The viewer's session, then the account's requested serials in one statement.
    assert len(seen) == 2, seen


async def test_anonymous_callers_are_refused(client: httpx.AsyncClient) -> None:
    body = await gql(client, PREVIEW, lines=[line("QF7K-2M9P-XR4T-8WNC-3HJD", "CLOUD", 1)])
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


LEGAL = "{ legalDocuments { kind version title body } }"


async def test_the_legal_documents_are_readable_in_both_languages_without_signing_in(client: httpx.AsyncClient) -> None:
    japanese = (await gql(client, LEGAL))["data"]["legalDocuments"]
    assert [(d["kind"], d["version"], d["title"]) for d in japanese] == [
        ("TERMS", "2026-12-01", "使用許諾契約書"),
        ("PRIVACY", "2026-12-01", "個人情報の取り扱いについて"),
    ]
    assert japanese[0]["body"].startswith("本契約は、株式会社コウシン・ソフトウェア")
    client.headers["accept-language"] = "en"
    english = (await gql(client, LEGAL))["data"]["legalDocuments"]
    assert [(d["kind"], d["title"]) for d in english] == [
        ("TERMS", "Licence Agreement"),
        ("PRIVACY", "How we handle your personal information"),
    ]
    assert "\n\n3. Fees and payment." in english[0]["body"]
