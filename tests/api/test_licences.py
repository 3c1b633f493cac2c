"""My licences over GraphQL: scoped to the signed-in account, listed by the visibility rule, paginated."""

from datetime import date, timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from backend.catalog.catalogue import load_catalogue
from backend.demo import DemoPasswordHashes, load_demo
from tests.conftest import TODAY, TestClock, add_account, add_licences, gql, sign_in

LICENCES = """
query Licences($first: Int!, $after: String) {
  licences(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { serialNumber expiresOn status daysUntilExpiry product { code name family } }
  }
}
"""


async def test_the_demo_account_sees_its_nine_listed_serials_in_expiry_order(
    client: httpx.AsyncClient, db: AsyncSession, clock: TestClock
) -> None:
    await load_demo(db, load_catalogue(), TODAY, clock.now(), await DemoPasswordHashes.make())
    await db.commit()
    await sign_in(client, "demo@koushin.example", "Koushin-Demo-2026")
    body = await gql(client, LICENCES, first=50)
    page = body["data"]["licences"]
    assert page["totalCount"] == 9
    assert page["pageInfo"] == {"hasNextPage": False, "endCursor": page["pageInfo"]["endCursor"]}
    rows = [
        (n["serialNumber"], n["product"]["code"], n["expiresOn"], n["status"], n["daysUntilExpiry"])
        for n in page["nodes"]
    ]
    assert rows == [
        ("N7CM-4KRD-9XJP-3TWB-5FHQ", "TS_STANDARD", "2026-10-17", "EXPIRED", -40),
        ("M4RJ-8WQX-T2KP-6FND-9YCB", "CLOUD", "2026-11-16", "EXPIRED", -10),
        ("B6YD-KP3R-9TQM-2XWF-7CNH", "CLOUD", "2026-12-26", "EXPIRING_SOON", 30),
        ("R3HQ-9CMT-6WXB-4NKP-2JYD", "CLOUD_DLS_PREMIUM", "2027-01-25", "EXPIRING_SOON", 60),
        ("P2JF-8HTW-5MCN-7QYR-3DKX", "TS_PREMIUM", "2027-02-24", "EXPIRING_SOON", 90),
        ("QF7K-2M9P-XR4T-8WNC-3HJD", "CLOUD", "2027-06-14", "ACTIVE", 200),
        ("D8KX-5PWN-2JRC-7MTY-4HQF", "CLOUD_DLS_PREMIUM", "2028-04-09", "ACTIVE", 500),
        ("T5WB-7NYK-3QDH-8PRX-6MCJ", "TS_STANDARD", "2028-10-26", "ACTIVE", 700),
        ("X6DR-3BQJ-8NFW-2HMK-9TPC", "TS_PREMIUM", "2029-08-22", "ACTIVE", 1000),
    ]
    assert page["nodes"][0]["product"] == {
        "code": "TS_STANDARD",
        "name": "ウイルスバスター トータルセキュリティ スタンダード",
        "family": "TOTAL_SECURITY",
    }
    client.headers["accept-language"] = "en"
    english = await gql(client, LICENCES, first=1)
    assert english["data"]["licences"]["nodes"][0]["product"]["name"] == "Virus Buster Total Security Standard"


async def test_a_serial_is_listed_through_expiry_plus_one_year_and_not_the_day_after(
    client: httpx.AsyncClient, db: AsyncSession, clock: TestClock
) -> None:
    account = await add_account(db, "buyer@example.co.jp")
    await add_licences(
        db,
        account,
        ("AAAA0000000000000001", "CLOUD", date(2025, 11, 26)),  # today = expiry + 1 year: listed
        ("AAAA0000000000000002", "CLOUD", date(2025, 11, 25)),  # hidden since today
    )
    await sign_in(client, "buyer@example.co.jp")
    page = (await gql(client, LICENCES, first=50))["data"]["licences"]
    assert [n["serialNumber"] for n in page["nodes"]] == ["AAAA-0000-0000-0000-0001"]
    assert page["totalCount"] == 1
    clock.business_date = TODAY + timedelta(days=1)
    page = (await gql(client, LICENCES, first=50))["data"]["licences"]
    assert page == {"totalCount": 0, "pageInfo": {"hasNextPage": False, "endCursor": None}, "nodes": []}


async def test_pages_follow_each_other_without_gaps_or_repeats(client: httpx.AsyncClient, db: AsyncSession) -> None:
    account = await add_account(db, "buyer@example.co.jp")
    serials = [(f"PAGE{n:016d}", "TS_STANDARD", TODAY + timedelta(days=n // 3)) for n in range(7)]
    await add_licences(db, account, *serials)
    await sign_in(client, "buyer@example.co.jp")
    seen: list[str] = []
    after = None
    for expected_next in (True, True, True, False):
        page = (await gql(client, LICENCES, first=2, after=after))["data"]["licences"]
        assert page["pageInfo"]["hasNextPage"] is expected_next
        assert page["totalCount"] == 7
        seen += [n["serialNumber"].replace("-", "") for n in page["nodes"]]
        after = page["pageInfo"]["endCursor"]
    assert seen == [serial for serial, _, _ in serials]


async def test_another_accounts_serials_never_show(client: httpx.AsyncClient, db: AsyncSession) -> None:
    mine = await add_account(db, "buyer@example.co.jp")
    theirs = await add_account(db, "rival@example.com")
    await add_licences(db, mine, ("MINE0000000000000001", "CLOUD", TODAY))
    await add_licences(db, theirs, ("THEIRS00000000000001", "CLOUD", TODAY))
    await sign_in(client, "buyer@example.co.jp")
    page = (await gql(client, LICENCES, first=50))["data"]["licences"]
    assert [n["serialNumber"] for n in page["nodes"]] == ["MINE-0000-0000-0000-0001"]
    assert page["totalCount"] == 1


async def test_licences_need_a_session(client: httpx.AsyncClient) -> None:
    body = await gql(client, LICENCES, first=50)
    assert body["data"] is None
    assert body["errors"][0]["message"] == "Sign in required."
    assert body["errors"][0]["extensions"] == {"code": "UNAUTHENTICATED"}


async def test_bad_page_arguments_are_typed_errors(client: httpx.AsyncClient, db: AsyncSession) -> None:
    await add_account(db, "buyer@example.co.jp")
    await sign_in(client, "buyer@example.co.jp")
    for first, after, code in (
        (0, None, "BAD_USER_INPUT"),
        (101, None, "BAD_USER_INPUT"),
        (10, "!!", "INVALID_CURSOR"),
        (10, "eA", "INVALID_CURSOR"),
    ):
        body = await gql(client, LICENCES, first=first, after=after)
        assert body["data"] is None
        assert body["errors"][0]["extensions"] == {"code": code}


async def test_products_are_listed_in_the_request_language(client: httpx.AsyncClient) -> None:
    body = await gql(client, "{ products { code family name } }")
    assert [p["code"] for p in body["data"]["products"]] == ["CLOUD", "CLOUD_DLS_PREMIUM", "TS_STANDARD", "TS_PREMIUM"]
    assert body["data"]["products"][0] == {"code": "CLOUD", "family": "CLOUD", "name": "ウイルスバスター クラウド"}
