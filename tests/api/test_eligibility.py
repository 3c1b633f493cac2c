"""Eligibility, renewal options and lookup by serial number over GraphQL."""

from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from backend.catalog.catalogue import load_catalogue
from backend.demo import DEMO_EMAIL, DEMO_PASSWORD, DemoPasswordHashes, load_demo
from tests.conftest import TODAY, TestClock, add_account, add_licences, gql, sign_in, statements

LIST = """
query List($first: Int!) {
  licences(first: $first) {
    nodes {
      serialNumber
      eligibility { renewable reason opensOn closesOn }
      renewalOptions { product { code name } years priceExcludingTax tax priceIncludingTax newExpiresOn autoRenewal }
    }
  }
}
"""
LOOKUP = """
query Lookup($serial: String!) {
  licence(serialNumber: $serial) {
    licence { serialNumber expiresOn status product { code } eligibility { renewable reason opensOn closesOn }
              renewalOptions { product { code } years priceIncludingTax newExpiresOn autoRenewal } }
    errors { code field message }
  }
}
"""


@pytest.fixture
async def demo(client: httpx.AsyncClient, db: AsyncSession, clock: TestClock) -> httpx.AsyncClient:
    await load_demo(db, load_catalogue(), TODAY, clock.now(), await DemoPasswordHashes.make())
    await db.commit()
    await sign_in(client, DEMO_EMAIL, DEMO_PASSWORD)
    return client


async def test_every_listed_demo_serial_says_whether_it_can_be_renewed(demo: httpx.AsyncClient) -> None:
    nodes = (await gql(demo, LIST, first=50))["data"]["licences"]["nodes"]
    summary = {n["serialNumber"]: (n["eligibility"], len(n["renewalOptions"])) for n in nodes}
    window = {"renewable": True, "reason": None}
    assert summary == {
        "N7CM-4KRD-9XJP-3TWB-5FHQ": ({**window, "opensOn": None, "closesOn": None}, 7),
        "M4RJ-8WQX-T2KP-6FND-9YCB": ({**window, "opensOn": "2023-08-16", "closesOn": "2028-11-16"}, 12),
        "B6YD-KP3R-9TQM-2XWF-7CNH": ({**window, "opensOn": "2023-09-26", "closesOn": "2028-12-26"}, 12),
        "R3HQ-9CMT-6WXB-4NKP-2JYD": ({**window, "opensOn": "2023-10-25", "closesOn": "2029-01-25"}, 6),
        "P2JF-8HTW-5MCN-7QYR-3DKX": ({**window, "opensOn": None, "closesOn": None}, 4),
        "QF7K-2M9P-XR4T-8WNC-3HJD": ({**window, "opensOn": "2024-03-14", "closesOn": "2029-06-14"}, 12),
        "D8KX-5PWN-2JRC-7MTY-4HQF": ({**window, "opensOn": "2025-01-09", "closesOn": "2030-04-09"}, 6),
        "T5WB-7NYK-3QDH-8PRX-6MCJ": ({**window, "opensOn": None, "closesOn": None}, 7),
        "X6DR-3BQJ-8NFW-2HMK-9TPC": ({**window, "opensOn": None, "closesOn": None}, 4),
    }
    expired_cloud = next(n for n in nodes if n["serialNumber"] == "M4RJ-8WQX-T2KP-6FND-9YCB")
    assert expired_cloud["renewalOptions"][8] == {
        "product": {"code": "CLOUD", "name": "ウイルスバスター クラウド"},
        "years": 3,
        "priceExcludingTax": 12_345,
        "tax": 1_234,
        "priceIncludingTax": 13_579,
        "newExpiresOn": "2029-11-26",  # expired: from today
        "autoRenewal": False,
    }


async def test_too_early_and_too_late_give_the_reason_and_no_options(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = await add_account(db, "buyer@example.co.jp")
    await add_licences(
        db,
        account,
        ("EARLY000000000000001", "CLOUD", date(2030, 2, 27)),  # opens 2026-11-27: tomorrow
        ("LATE0000000000000001", "CLOUD_DLS_PREMIUM", date(2024, 11, 25)),  # closed yesterday
    )
    await sign_in(client, "buyer@example.co.jp")
    early = (await gql(client, LOOKUP, serial="EARLY000000000000001"))["data"]["licence"]["licence"]
    assert early["eligibility"] == {
        "renewable": False,
        "reason": "TOO_EARLY",
        "opensOn": "2026-11-27",
        "closesOn": "2032-02-27",
    }
    assert early["renewalOptions"] == []
    late = (await gql(client, LOOKUP, serial="LATE0000000000000001"))["data"]["licence"]["licence"]
    assert late["eligibility"] == {
        "renewable": False,
        "reason": "TOO_LATE",
        "opensOn": "2021-08-25",
        "closesOn": "2026-11-25",
    }
    assert late["renewalOptions"] == []


@pytest.mark.parametrize(
    "spelling",
    ["h9tc3xnf7kqb2rmw5pdj", "ｈ９ＴＣ－３ＸＮＦ－７ＫＱＢ－２ＲＭＷ－５ＰＤＪ", " H9TC 3XNF 7KQB 2RMW 5PDJ "],
)
async def test_a_hidden_serial_is_found_by_any_spelling_of_its_number(demo: httpx.AsyncClient, spelling: str) -> None:
    found = (await gql(demo, LOOKUP, serial=spelling))["data"]["licence"]
    assert found["errors"] == []
    licence = found["licence"]
    assert (licence["serialNumber"], licence["expiresOn"], licence["status"]) == (
        "H9TC-3XNF-7KQB-2RMW-5PDJ",
        "2025-10-26",
        "EXPIRED",
    )
    assert licence["eligibility"]["renewable"] is True
    assert licence["renewalOptions"][6] == {
        "product": {"code": "CLOUD"},
        "years": 1,
        "priceIncludingTax": 5_720,
        "newExpiresOn": "2027-11-26",
        "autoRenewal": False,
    }


async def test_a_foreign_serial_and_an_unknown_one_are_the_same_not_found(
    demo: httpx.AsyncClient, db: AsyncSession
) -> None:
    rival = await add_account(db, "rival@example.com")
    await add_licences(db, rival, ("RIVAL000000000000001", "CLOUD", TODAY))
    foreign = await gql(demo, LOOKUP, serial="RIVAL000000000000001")
    unknown = await gql(demo, LOOKUP, serial="NOSUCH00000000000001")
    assert foreign == unknown
    assert foreign == {
        "data": {
            "licence": {
                "licence": None,
                "errors": [
                    {
                        "code": "NOT_FOUND",
                        "field": "serialNumber",
                        "message": "お客様のアカウントにこのシリアル番号は見つかりません。",
                    }
                ],
            }
        }
    }


@pytest.mark.parametrize("typed", ["", "H9TC-3XNF", "H9TC-3XNF-7KQB-2RMW-5PDJ-X", "H9TC-3XNF-7KQB-2RMW-5PD!"])
async def test_a_malformed_serial_says_what_a_serial_looks_like(demo: httpx.AsyncClient, typed: str) -> None:
    demo.headers["accept-language"] = "en"
    body = await gql(demo, LOOKUP, serial=typed)
    assert body["data"]["licence"] == {
        "licence": None,
        "errors": [
            {
                "code": "INVALID_SERIAL",
                "field": "serialNumber",
                "message": (
                    "A serial number has 20 letters and digits, not counting the hyphens, "
                    "e.g. ABCD-EFGH-JKLM-NPQR-2345."
                ),
            }
        ],
    }


async def test_lookup_needs_a_session(client: httpx.AsyncClient) -> None:
    body = await gql(client, LOOKUP, serial="H9TC3XNF7KQB2RMW5PDJ")
    assert body["errors"][0]["extensions"] == {"code": "UNAUTHENTICATED"}


async def test_the_list_with_eligibility_and_options_costs_the_same_statements_for_5_or_50_serials(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = await add_account(db, "buyer@example.co.jp")
    products = ["CLOUD", "CLOUD_DLS_PREMIUM", "TS_STANDARD", "TS_PREMIUM"]
    await add_licences(
        db,
        account,
        *[(f"MANY{n:016d}", products[n % 4], TODAY + timedelta(days=n)) for n in range(60)],
    )
    await sign_in(client, "buyer@example.co.jp")
    counts = []
    for first in (5, 50):
        with statements() as seen:
            body = await gql(client, LIST, first=first)
        assert len(body["data"]["licences"]["nodes"]) == first
        counts.append(len(seen))
    # The viewer (session and account in one statement), the page, its count, and the page's open orders.
    assert counts == [4, 4]
