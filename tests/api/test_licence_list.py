"""My licences for hundreds of serials: filters, search, counts, the "select all renewable" query, and cursors
tied to the filter and search they were returned for; each in a constant number of statements."""

from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import TODAY, add_account, add_licences, gql, sign_in, statements

DAY = timedelta(days=1)
# Listed on 2026-11-26, in the list's order. Cloud serials open for renewal 39 months before expiry:
# 2030-02-26 is the last expiry renewable today, 2030-02-27 the first too early.
LISTED = [
    ("EXPD0000000000000001", "CLOUD", TODAY - 10 * DAY),  # expired, renewable
    ("SOON0000000000000002", "CLOUD", TODAY + 30 * DAY),  # expiring soon
    ("EDGE0000000000000006", "TS_PREMIUM", TODAY + 90 * DAY),  # expiring soon, its last day as such
    ("DLSP0000000000000007", "CLOUD_DLS_PREMIUM", TODAY + 91 * DAY),  # active
    ("OPEN0000000000000003", "CLOUD", date(2030, 2, 26)),  # active, renewable since today
    ("EARL0000000000000004", "CLOUD", date(2030, 2, 27)),  # active, too early
    ("TOTL0000000000000005", "TS_STANDARD", date(2030, 6, 1)),  # active, Total Security: no window
]
HIDDEN = ("GONE0000000000000008", "CLOUD", TODAY - 366 * DAY)  # more than a year past expiry

LIST = """
query List($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {
  licences(first: $first, after: $after, filter: $filter, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { serialNumber eligibility { renewable reason } }
    counts { all active expiringSoon expired renewable }
  }
}
"""
PAGE = """
query Page($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {
  licences(first: $first, after: $after, filter: $filter, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { serialNumber }
  }
}
"""
SELECT_ALL = """
query SelectAll($filter: LicenceFilter, $search: String) {
  renewableSerialNumbers(filter: $filter, search: $search) { serialNumbers totalCount limit }
}
"""


def formatted(serial: str) -> str:
    return "-".join(serial[i : i + 4] for i in range(0, 20, 4))


def serials(*prefixes: str) -> list[str]:
    """The listed serials with these prefixes, formatted, in the list's order."""
    return [formatted(serial) for serial, _, _ in LISTED if serial[:4] in prefixes]


@pytest.fixture
async def buyer(client: httpx.AsyncClient, db: AsyncSession) -> httpx.AsyncClient:
    account = await add_account(db, "buyer@example.co.jp")
    await add_licences(db, account, *LISTED, HIDDEN)
    rival = await add_account(db, "rival@example.com")
    await add_licences(db, rival, ("RIVL0000000000000009", "CLOUD", TODAY + 30 * DAY))
    await sign_in(client, "buyer@example.co.jp")
    return client


async def listing(client: httpx.AsyncClient, **variables: Any) -> dict[str, Any]:
    body = await gql(client, LIST, first=variables.pop("first", 50), **variables)
    assert "errors" not in body, body
    page: dict[str, Any] = body["data"]["licences"]
    return page


async def test_without_filter_or_search_every_listed_serial_shows_with_the_counts(buyer: httpx.AsyncClient) -> None:
    page = await listing(buyer)
    assert [n["serialNumber"] for n in page["nodes"]] == [formatted(s) for s, _, _ in LISTED]
    assert page["totalCount"] == 7
    assert page["counts"] == {"all": 7, "active": 4, "expiringSoon": 2, "expired": 1, "renewable": 6}
    # The renewable filter and the eligibility rules agree on every serial.
    renewable = {n["serialNumber"] for n in page["nodes"] if n["eligibility"]["renewable"]}
    assert renewable == set(serials("EXPD", "SOON", "EDGE", "DLSP", "OPEN", "TOTL"))


@pytest.mark.parametrize(
    ("filter", "expected"),
    [
        ({"status": "EXPIRED"}, ["EXPD"]),
        ({"status": "EXPIRING_SOON"}, ["SOON", "EDGE"]),
        ({"status": "ACTIVE"}, ["DLSP", "OPEN", "EARL", "TOTL"]),
        ({"renewable": True}, ["EXPD", "SOON", "EDGE", "DLSP", "OPEN", "TOTL"]),
        ({"renewable": False}, ["EARL"]),
        ({"status": "ACTIVE", "renewable": False}, ["EARL"]),
        ({"status": "EXPIRED", "renewable": False}, []),
        ({}, ["EXPD", "SOON", "EDGE", "DLSP", "OPEN", "EARL", "TOTL"]),
    ],
)
async def test_filters_narrow_the_list_and_its_total_but_not_the_counts(
    buyer: httpx.AsyncClient, filter: dict[str, Any], expected: list[str]
) -> None:
    page = await listing(buyer, filter=filter)
    assert [n["serialNumber"] for n in page["nodes"]] == serials(*expected)
    assert page["totalCount"] == len(expected)
    assert page["counts"] == {"all": 7, "active": 4, "expiringSoon": 2, "expired": 1, "renewable": 6}


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("soon-0000", ["SOON"]),
        ("ｓｏｏｎ０", ["SOON"]),  # full-width, as an IME types it
        ("  dlsp 0000 ", ["DLSP"]),
        ("DLSP-0000-0000-0000-0007", ["DLSP"]),
        ("0000000000000003", ["OPEN"]),
        ("premium", ["EDGE", "DLSP"]),  # both languages' names: Total Security Premium, Cloud + … Premium
        ("トータルセキュリティ", ["EDGE", "TOTL"]),
        ("トータル　セキュリティ", ["EDGE", "TOTL"]),  # spaces in a name do not matter
        ("ｸﾗｳﾄﾞ", ["EXPD", "SOON", "DLSP", "OPEN", "EARL"]),  # half-width katakana
        ("Virus Buster Cloud +", ["DLSP"]),
        ("gone", []),  # a hidden serial stays hidden
        ("rivl", []),  # another account's serial is never found
        ("<script>", []),
        ("   ", ["EXPD", "SOON", "EDGE", "DLSP", "OPEN", "EARL", "TOTL"]),  # blank: no search
    ],
)
async def test_search_by_serial_in_any_spelling_or_by_product_name(
    buyer: httpx.AsyncClient, search: str, expected: list[str]
) -> None:
    page = await listing(buyer, search=search)
    assert [n["serialNumber"] for n in page["nodes"]] == serials(*expected)
    assert page["totalCount"] == len(expected)
    assert page["counts"]["all"] == len(expected)


async def test_counts_follow_the_search(buyer: httpx.AsyncClient) -> None:
    page = await listing(buyer, search="premium", filter={"status": "EXPIRING_SOON"})
    assert [n["serialNumber"] for n in page["nodes"]] == serials("EDGE")
    assert page["counts"] == {"all": 2, "active": 1, "expiringSoon": 1, "expired": 0, "renewable": 2}
    page = await listing(buyer, search="クラウド")
    assert page["counts"] == {"all": 5, "active": 3, "expiringSoon": 1, "expired": 1, "renewable": 4}


async def test_select_all_renewable_returns_every_matching_renewable_serial(buyer: httpx.AsyncClient) -> None:
    async def select_all(**variables: Any) -> dict[str, Any]:
        body = await gql(buyer, SELECT_ALL, **variables)
        assert "errors" not in body, body
        selection: dict[str, Any] = body["data"]["renewableSerialNumbers"]
        return selection

    assert await select_all() == {
        "serialNumbers": serials("EXPD", "SOON", "EDGE", "DLSP", "OPEN", "TOTL"),
        "totalCount": 6,
        "limit": 1000,
    }
    assert await select_all(filter={"status": "ACTIVE"}) == {
        "serialNumbers": serials("DLSP", "OPEN", "TOTL"),
        "totalCount": 3,
        "limit": 1000,
    }
    assert await select_all(search="クラウド", filter={"status": "EXPIRING_SOON"}) == {
        "serialNumbers": serials("SOON"),
        "totalCount": 1,
        "limit": 1000,
    }
    assert await select_all(filter={"renewable": True}) == await select_all()
    assert await select_all(filter={"renewable": False}) == {"serialNumbers": [], "totalCount": 0, "limit": 1000}
    assert await select_all(search="zzzz") == {"serialNumbers": [], "totalCount": 0, "limit": 1000}


async def test_select_all_stops_at_the_carts_limit_and_says_how_many_there_are(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = await add_account(db, "big@example.co.jp")
    many = [(f"MANY{n:016d}", "TS_STANDARD", TODAY + (n % 400) * DAY) for n in range(1005)]
    await add_licences(db, account, *many)
    await sign_in(client, "big@example.co.jp")
    with statements() as seen:
        body = await gql(client, SELECT_ALL)
    selection = body["data"]["renewableSerialNumbers"]
    assert selection["totalCount"] == 1005
    assert selection["limit"] == 1000
    expected = sorted(many, key=lambda licence: (licence[2], licence[0]))[:1000]
    assert selection["serialNumbers"] == [formatted(serial) for serial, _, _ in expected]
    # The viewer, then the serials with their count in one statement.
    assert len(seen) == 2


async def test_pages_of_a_filtered_list_follow_each_other(buyer: httpx.AsyncClient) -> None:
    seen: list[str] = []
    after = None
    for expected_next in (True, True, False):
        body = await gql(buyer, PAGE, first=2, after=after, filter={"renewable": True})
        page = body["data"]["licences"]
        assert page["pageInfo"]["hasNextPage"] is expected_next
        assert page["totalCount"] == 6
        seen += [n["serialNumber"] for n in page["nodes"]]
        after = page["pageInfo"]["endCursor"]
    assert seen == serials("EXPD", "SOON", "EDGE", "DLSP", "OPEN", "TOTL")


async def test_a_cursor_is_valid_only_with_the_filter_and_search_it_came_with(buyer: httpx.AsyncClient) -> None:
    async def end_cursor(**variables: Any) -> str:
        body = await gql(buyer, PAGE, first=1, **variables)
        cursor: str = body["data"]["licences"]["pageInfo"]["endCursor"]
        return cursor

    expired = await end_cursor(filter={"status": "EXPIRED"})
    premium = await end_cursor(search="premium")
    plain = await end_cursor()
    for cursor, variables in (
        (expired, {}),
        (expired, {"filter": {"status": "ACTIVE"}}),
        (expired, {"filter": {"status": "EXPIRED", "renewable": True}}),
        (premium, {"search": "premiu"}),
        (premium, {}),
        (plain, {"search": "premium"}),
        (plain, {"filter": {"renewable": True}}),
        (plain[:-1], {}),
        (plain + "A", {}),
    ):
        body = await gql(buyer, PAGE, first=1, after=cursor, **variables)
        assert body["data"] is None
        assert body["errors"][0]["extensions"] == {"code": "INVALID_CURSOR"}, (cursor, variables)
    # The same filter and search, in other spellings, continue where the page ended.
    body = await gql(buyer, PAGE, first=1, after=premium, search="PREMIUM")
    assert [n["serialNumber"] for n in body["data"]["licences"]["nodes"]] == serials("DLSP")
    body = await gql(buyer, PAGE, first=1, after=expired, filter={"status": "EXPIRED", "renewable": None})
    assert body["data"]["licences"] == {
        "totalCount": 1,
        "pageInfo": {"hasNextPage": False, "endCursor": None},
        "nodes": [],
    }


async def test_a_search_longer_than_a_name_or_serial_is_refused(buyer: httpx.AsyncClient) -> None:
    for query in (PAGE, SELECT_ALL):
        body = await gql(buyer, query, first=1, search="x" * 101)
        assert body["data"] is None
        assert body["errors"][0]["message"] == "search must be at most 100 characters."
        assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}
    page = await listing(buyer, search="x" * 100)
    assert page["totalCount"] == 0


async def test_the_selection_needs_a_session(client: httpx.AsyncClient) -> None:
    body = await gql(client, SELECT_ALL)
    assert body["data"] is None
    assert body["errors"][0]["extensions"] == {"code": "UNAUTHENTICATED"}


async def test_a_filtered_searched_page_with_counts_costs_five_statements_for_2_or_50_serials(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    account = await add_account(db, "big@example.co.jp")
    products = ["CLOUD", "CLOUD_DLS_PREMIUM", "TS_STANDARD", "TS_PREMIUM"]
    await add_licences(db, account, *[(f"MANY{n:016d}", products[n % 4], TODAY + n * DAY) for n in range(300)])
    await sign_in(client, "big@example.co.jp")
    counts = []
    for first in (2, 50):
        with statements() as seen:
            body = await gql(client, LIST, first=first, filter={"renewable": True, "status": "ACTIVE"}, search="MANY")
        assert len(body["data"]["licences"]["nodes"]) == first
        counts.append(len(seen))
    # The viewer, the page, its total, the counts and the page's open orders.
    assert counts == [5, 5]
