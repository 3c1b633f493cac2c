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
        (
            "x@example.com,QF7K2M9PXR4T8WNC3HJX,CLOUD,2027-06-14,A\x07B",
            "line 3: company_name contains a control or invisible character (U+0007)",
        ),
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


HEADER = "email,serial_number,product,expires_on,company_name\n"
GOOD_ROW = "buyer@example.co.jp,QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,株式会社テスト\n"


async def test_a_control_or_invisible_character_in_any_cell_is_refused_by_line_and_column(db: AsyncSession) -> None:
    data = (
        HEADER
        + GOOD_ROW
        + "a\x00b@example.com,B6YDKP3R9TQM2XWF7CNH,CLOUD,2027-06-14,\n"
        + "c@example.com,B6YDKP3R9TQM2XWF7CN\x00,CLOUD,2027-06-14,\n"
        + "d@example.com,M4RJ8WQXT2KP6FND9YCB,CLOUD,2027-06-14,株式会社\x00テスト\n"
        + "e@example.com,M4RJ8WQXT2KP6FND9YCC,CLOUD,2027-06-14,\u202etxt.exe\n"
        + 'f@example.com,M4RJ8WQXT2KP6FND9YCD,CLOUD,2027-06-14,"株式会社\tテスト"\n'
        + 'g@example.com,M4RJ8WQXT2KP6FND9YCE,CLOUD,2027-06-14,"株式会社\r\nテスト"\n'
        + "h@example.com,M4RJ8WQXT2KP6FND9YCF,CLOUD\u200b,2027-06-14,\n"
        + '"i@example.com\u2066",M4RJ8WQXT2KP6FND9YCG,CLOUD,"2027-06-14\r",\n'
        + "j\u0378@example.com,M4RJ8WQXT2KP6FND9YCH,CLOUD,2027-06-14,\ue000\n"
        + "k@example.com,M4RJ8WQXT2KP6FND9YCJ,CLOUD,2027-06-14,,\x1b\n"
        + "l@example.com,M4RJ8WQXT2KP6FND9YCK,GOLD,2027-06-14,\n"
    ).encode()
    with pytest.raises(LicenceImportError) as raised:
        await _import(db, data)
    await db.rollback()
    assert [str(problem) for problem in raised.value.problems] == [
        "line 3: email contains a control or invisible character (U+0000)",
        "line 4: serial_number contains a control or invisible character (U+0000)",
        "line 5: company_name contains a control or invisible character (U+0000)",
        "line 6: company_name contains a control or invisible character (U+202E)",
        "line 7: company_name contains a control or invisible character (U+0009)",
        # The quoted line break spans lines 8 and 9; the record is reported where it starts.
        "line 8: company_name contains a control or invisible character (U+000D)",
        "line 10: product contains a control or invisible character (U+200B)",
        "line 11: email contains a control or invisible character (U+2066)",
        "line 11: expires_on contains a control or invisible character (U+000D)",
        # That quoted carriage return ended line 11 as a line feed would: the next record is on line 13.
        "line 13: email contains a control or invisible character (U+0378)",
        "line 13: company_name contains a control or invisible character (U+E000)",
        "line 14: field 6 contains a control or invisible character (U+001B)",
        "line 15: unknown product 'GOLD' (known: CLOUD, CLOUD_DLS_PREMIUM, TS_STANDARD, TS_PREMIUM)",
    ]
    assert await _counts(db) == (0, 0)


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("email,serial_number\u200b,product,expires_on", "line 1: the header's column 2 contains a control"),
        ("email,serial_number,\ufeffproduct,expires_on", "line 1: the header's column 3 contains a control"),
        ("email\x00,serial_number,product,expires_on", "line 1: the header's column 1 contains a control"),
    ],
)
def test_a_control_or_invisible_character_in_the_header_is_named_by_position(header: str, problem: str) -> None:
    data = (header + "\nx@example.com,QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14\n").encode()
    with pytest.raises(LicenceImportError) as raised:
        parse_licence_csv(data, CATALOGUE)
    code_point = next(c for c in header if not c.isprintable())
    assert [str(p) for p in raised.value.problems] == [f"{problem} or invisible character (U+{ord(code_point):04X})"]


def test_encoded_surrogates_are_not_utf8_so_the_file_is_refused_whole() -> None:
    data = HEADER.encode() + b"x@example.com,QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,\xed\xa0\x80\n"
    with pytest.raises(LicenceImportError) as raised:
        parse_licence_csv(data, CATALOGUE)
    assert [str(p) for p in raised.value.problems] == ["line 2: the file is not UTF-8 text (save the CSV as UTF-8)"]


async def test_visible_text_of_every_kind_is_loaded(db: AsyncSession) -> None:
    """Spaces of every width, emoji and full-width text are visible: only NFKC and trimming apply."""
    data = (
        HEADER + "x@example.com,QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,\u3000株式会社\u3000テスト\u00a0😀 ＡＢＣ\n"
    ).encode()
    await _import(db, data)
    assert await db.scalar(select(Account.company_name)) == "株式会社 テスト 😀 ABC"


FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(1+1)", "@SUM(A1)", "-1+1"]


@pytest.mark.parametrize("formula", FORMULAS)
async def test_a_company_name_that_reads_like_a_formula_is_stored_as_given(db: AsyncSession, formula: str) -> None:
    """Such a name is neutralised where it could run, in CSV written for spreadsheets (core.spreadsheet_csv)."""
    await _import(db, (HEADER + f"x@example.com,QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,{formula}\n").encode())
    assert await db.scalar(select(Account.company_name)) == formula


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (f"{FORMULAS[0]},QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,", f"line 2: {FORMULAS[0]!r} is not an e-mail address"),
        (f"{FORMULAS[1]},QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,", "line 2: '+SUM(1+1)' is not an e-mail address"),
        (f"{FORMULAS[2]},QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,", "line 2: '@SUM(A1)' is not an e-mail address"),
        (f"{FORMULAS[3]},QF7K2M9PXR4T8WNC3HJD,CLOUD,2027-06-14,", "line 2: '-1+1' is not an e-mail address"),
        (f"x@example.com,{FORMULAS[0]},CLOUD,2027-06-14,", f"line 2: {FORMULAS[0]!r}: a serial number is 20 letters"),
        ("x@example.com,+SUM(1+1),CLOUD,2027-06-14,", "line 2: '+SUM(1+1)': a serial number is 20 letters"),
        ("x@example.com,@SUM(A1),CLOUD,2027-06-14,", "line 2: '@SUM(A1)': a serial number is 20 letters"),
        ("x@example.com,-1+1,CLOUD,2027-06-14,", "line 2: '-1+1': a serial number is 20 letters"),
    ],
)
async def test_formula_text_is_no_e_mail_address_or_serial(db: AsyncSession, row: str, problem: str) -> None:
    with pytest.raises(LicenceImportError) as raised:
        await _import(db, (HEADER + row + "\n").encode())
    assert len(raised.value.problems) == 1
    assert str(raised.value.problems[0]).startswith(problem)
    assert await _counts(db) == (0, 0)
