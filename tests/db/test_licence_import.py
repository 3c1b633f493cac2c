"""The licence master import: creates what is missing, all or nothing, and a second run changes nothing."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.catalog.catalogue import load_catalogue
from backend.licences.importing import LicenceImportError, import_licences, parse_licence_csv
from backend.licences.models import Licence
from tests.conftest import add_account, add_licences

NOW = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
CATALOGUE = load_catalogue()
GOOD = (
    "email,serial_number,product,expires_on,company_name\n"
    "Buyer@Example.co.jp,qf7k-2m9p-xr4t-8wnc-3hjd,CLOUD,2027-06-14,株式会社テスト\n"
    "buyer@example.co.jp,B6YDKP3R9TQM2XWF7CNH,TS_PREMIUM,2026-12-26,株式会社テスト\n"
    "other@example.com,M4RJ 8WQX T2KP 6FND 9YCB,CLOUD_DLS_PREMIUM,2026-11-16,\n"
).encode()


async def _counts(db: AsyncSession) -> tuple[int, int]:
    accounts = await db.scalar(select(func.count()).select_from(Account))
    licences = await db.scalar(select(func.count()).select_from(Licence))
    return accounts or 0, licences or 0


async def _import(db: AsyncSession, data: bytes) -> None:
    await import_licences(db, parse_licence_csv(data, CATALOGUE), NOW)
    await db.commit()


async def test_import_creates_accounts_without_password_and_licences(db: AsyncSession) -> None:
    report = await import_licences(db, parse_licence_csv(GOOD, CATALOGUE), NOW)
    await db.commit()
    assert (report.accounts_created, report.licences_created, report.licences_unchanged) == (2, 3, 0)
    buyer = await db.scalar(select(Account).where(Account.email == "buyer@example.co.jp"))
    assert buyer is not None
    assert (buyer.password_hash, buyer.company_name, buyer.is_staff) == (None, "株式会社テスト", False)
    rows = (await db.execute(select(Licence.serial_number, Licence.product_code, Licence.expires_on))).all()
    assert sorted(rows) == [
        ("B6YDKP3R9TQM2XWF7CNH", "TS_PREMIUM", date(2026, 12, 26)),
        ("M4RJ8WQXT2KP6FND9YCB", "CLOUD_DLS_PREMIUM", date(2026, 11, 16)),
        ("QF7K2M9PXR4T8WNC3HJD", "CLOUD", date(2027, 6, 14)),
    ]


async def test_importing_the_same_file_again_changes_nothing(db: AsyncSession) -> None:
    await _import(db, GOOD)
    report = await import_licences(db, parse_licence_csv(GOOD, CATALOGUE), NOW)
    await db.commit()
    assert (report.accounts_created, report.licences_created, report.licences_unchanged) == (0, 0, 3)
    assert await _counts(db) == (2, 3)


async def test_existing_account_gets_the_licences(db: AsyncSession) -> None:
    await add_account(db, "buyer@example.co.jp", company_name="既存株式会社")
    await _import(db, GOOD)
    buyer = await db.scalar(select(Account).where(Account.email == "buyer@example.co.jp"))
    assert buyer is not None and buyer.company_name == "既存株式会社" and buyer.password_hash is not None
    assert await _counts(db) == (2, 3)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("x@example.com,QF7K2M9PXR4T8WNC3HJX,CLOUD,2027-02-30,", "line 3: expires_on '2027-02-30' is not a date"),
        ("x@example.com,QF7K2M9PXR4T8WNC3HJX,CLOUD,14/06/2027,", "line 3: expires_on '14/06/2027' is not a date"),
        ("x@example.com,QF7K2M9PXR4T8WNC3HJX,GOLD,2027-06-14,", "line 3: unknown product 'GOLD' (known: CLOUD,"),
        ("x@example.com,QF7K2M9PXR4T8WNC3H,CLOUD,2027-06-14,", "line 3: 'QF7K2M9PXR4T8WNC3H': a serial number is"),
        ("not-an-address,QF7K2M9PXR4T8WNC3HJX,CLOUD,2027-06-14,", "line 3: 'not-an-address' is not an e-mail"),
        ("x@example.com,QF7K2M9PXR4T8WNC3HJX,CLOUD,2027-06-14", "line 3: expected 5 fields, found 4"),
        ("x@example.com,QF7K2M9PXR4T8WNC3HJX,CLOUD,2027-06-14,A\x07B", "line 3: company_name contains control"),
        (
            "someone@else.example,qf7k2m9pxr4t8wnc3hjd,CLOUD,2027-06-14,",
            "line 3: serial QF7K-2M9P-XR4T-8WNC-3HJD is already on line 2",
        ),
    ],
)
async def test_a_bad_row_rejects_the_whole_file(db: AsyncSession, row: str, problem: str) -> None:
    data = b"email,serial_number,product,expires_on,company_name\n" + GOOD.split(b"\n")[1] + b"\n" + row.encode()
    with pytest.raises(LicenceImportError) as raised:
        parse_licence_csv(data, CATALOGUE)
    assert str(raised.value.problems[0]).startswith(problem)
    assert await _counts(db) == (0, 0)


async def test_a_serial_held_by_another_account_rejects_the_file_and_loads_nothing(db: AsyncSession) -> None:
    owner = await add_account(db, "owner@example.com")
    await add_licences(db, owner, ("M4RJ8WQXT2KP6FND9YCB", "CLOUD", date(2026, 11, 16)))
    with pytest.raises(LicenceImportError) as raised:
        await _import(db, GOOD)
    await db.rollback()
    assert [str(p) for p in raised.value.problems] == [
        "line 4: serial M4RJ-8WQX-T2KP-6FND-9YCB belongs to another account"
    ]
    assert await _counts(db) == (1, 1)


async def test_an_existing_serial_with_other_data_is_refused_not_rewritten(db: AsyncSession) -> None:
    await _import(db, GOOD)
    changed = GOOD.replace(b"2027-06-14", b"2020-01-01")
    with pytest.raises(LicenceImportError, match="line 2: serial QF7K-2M9P-XR4T-8WNC-3HJD already exists as CLOUD"):
        await _import(db, changed)
    await db.rollback()
    expiry = await db.scalar(select(Licence.expires_on).where(Licence.serial_number == "QF7K2M9PXR4T8WNC3HJD"))
    assert expiry == date(2027, 6, 14)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            "email,serial_number,product,expires_on,company_name\n"
            "x@example.com,QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,株式会社\n".encode("cp932"),
            "line 2: the file is not UTF-8 text",
        ),
        (b"", "line 1: the file is empty"),
        (b"email,serial,product,expires_on\n", "line 1: the header lacks the column serial_number"),
        (b"email,serial_number,product,expires_on,colour\n", "line 1: the header has an unknown column 'colour'"),
        (b"email,serial_number,product,expires_on\n", "line 1: the file has no licence rows"),
        (b'email,serial_number,product,expires_on\n"x@example.com,QF7K', "line 2: malformed CSV"),
    ],
)
def test_malformed_files_name_the_line(data: bytes, problem: str) -> None:
    with pytest.raises(LicenceImportError) as raised:
        parse_licence_csv(data, CATALOGUE)
    assert str(raised.value.problems[0]).startswith(problem)


def test_a_utf8_byte_order_mark_and_crlf_lines_are_accepted() -> None:
    rows = parse_licence_csv(b"\xef\xbb\xbf" + GOOD.replace(b"\n", b"\r\n"), CATALOGUE)
    assert [row.line for row in rows] == [2, 3, 4]
