"""Importing the seller's licence master (CSV): all or nothing, and idempotent."""

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Row, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.emails import is_plausible_email, normalise_email
from backend.accounts.models import Account
from backend.catalog.catalogue import Catalogue
from backend.licences.models import Licence
from backend.licences.serials import InvalidSerialError, format_serial, normalise_serial

if TYPE_CHECKING:
    import _csv

REQUIRED_COLUMNS = ("email", "serial_number", "product", "expires_on")
OPTIONAL_COLUMNS = ("company_name",)
COMPANY_NAME_MAX_LENGTH = 200
MAX_REPORTED_PROBLEMS = 50
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LOOKUP_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class LicenceImportError(ValueError):
    """The file was rejected whole; nothing was loaded."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True, slots=True)
class LicenceRow:
    line: int
    email: str
    serial_number: str
    product_code: str
    expires_on: date
    company_name: str | None


@dataclass(frozen=True, slots=True)
class ImportReport:
    accounts_created: int
    licences_created: int
    licences_unchanged: int


def parse_licence_csv(data: bytes, catalogue: Catalogue) -> list[LicenceRow]:
    """Decode and validate every row; raise LicenceImportError listing the problems by line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise LicenceImportError([Problem(line, "the file is not UTF-8 text (save the CSV as UTF-8)")]) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        raw_header = next(reader, [])
        header = [column.strip().lower() for column in raw_header]
        problems = _check_header(raw_header, header)
        if problems:
            raise LicenceImportError(problems)
        rows, problems = _parse_rows(reader, header, catalogue)
    except csv.Error as error:
        raise LicenceImportError([Problem(reader.line_num, f"malformed CSV: {error}")]) from None
    if not rows and not problems:
        problems.append(Problem(1, "the file has no licence rows"))
    if problems:
        raise LicenceImportError(problems[:MAX_REPORTED_PROBLEMS])
    return rows


def _check_header(raw_header: list[str], header: list[str]) -> list[Problem]:
    if not header:
        return [Problem(1, "the file is empty; the first line must be the header " + ",".join(REQUIRED_COLUMNS))]
    names = [f"the header's column {position}" for position in range(1, len(header) + 1)]
    invisible = _invisible_characters(1, names, raw_header)
    if invisible:
        return invisible  # the column would also read as unknown, which only hides the cause
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    unknown = [column for column in header if column not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    duplicated = sorted({column for column in header if header.count(column) > 1})
    problems = [Problem(1, f"the header lacks the column {column}") for column in missing]
    problems += [Problem(1, f"the header has an unknown column {column!r}") for column in unknown]
    problems += [Problem(1, f"the header lists the column {column} twice") for column in duplicated]
    return problems


def _parse_rows(
    reader: "_csv.Reader", header: list[str], catalogue: Catalogue
) -> tuple[list[LicenceRow], list[Problem]]:
    rows: list[LicenceRow] = []
    problems: list[Problem] = []
    first_line_of_serial: dict[str, int] = {}
    next_line = reader.line_num + 1
    for record in reader:
        # A quoted cell can span lines: a record is reported at the line it starts on.
        line, next_line = next_line, reader.line_num + 1
        invisible = _invisible_characters(line, header, record)
        if invisible:
            problems += invisible
            continue
        if not any(value.strip() for value in record):
            continue
        if len(record) != len(header):
            problems.append(Problem(line, f"expected {len(header)} fields, found {len(record)}"))
            continue
        try:
            row = _parse_row(line, dict(zip(header, record, strict=True)), catalogue)
        except ValueError as error:
            problems.append(Problem(line, str(error)))
            continue
        earlier = first_line_of_serial.setdefault(row.serial_number, line)
        if earlier != line:
            problems.append(Problem(line, f"serial {format_serial(row.serial_number)} is already on line {earlier}"))
            continue
        rows.append(row)
        if len(problems) >= MAX_REPORTED_PROBLEMS:
            break
    return rows, problems


def _parse_row(line: int, values: dict[str, str], catalogue: Catalogue) -> LicenceRow:
    email = normalise_email(values["email"])
    if not is_plausible_email(email):
        raise ValueError(f"{values['email'][:80]!r} is not an e-mail address")
    try:
        serial = normalise_serial(values["serial_number"])
    except InvalidSerialError as error:
        raise ValueError(f"{values['serial_number'][:40]!r}: {error}") from None
    product_code = values["product"].strip()
    if catalogue.get(product_code) is None:
        known = ", ".join(product.code for product in catalogue)
        raise ValueError(f"unknown product {product_code[:40]!r} (known: {known})")
    expires_text = values["expires_on"].strip()
    try:
        if not _ISO_DATE.fullmatch(expires_text):
            raise ValueError
        expires_on = date.fromisoformat(expires_text)
    except ValueError:
        raise ValueError(f"expires_on {expires_text[:40]!r} is not a date as YYYY-MM-DD") from None
    company_name = unicodedata.normalize("NFKC", values.get("company_name", "")).strip() or None
    if company_name is not None and len(company_name) > COMPANY_NAME_MAX_LENGTH:
        raise ValueError(f"company_name is longer than {COMPANY_NAME_MAX_LENGTH} characters")
    return LicenceRow(line, email, serial, product_code, expires_on, company_name)


def _invisible_characters(line: int, names: Sequence[str], record: Sequence[str]) -> list[Problem]:
    """One problem for each cell holding a character of Unicode category C, named by its column.

    No cell of the master has a use for them, and a reader cannot see them: controls (NUL; a
    tab or line break inside a quoted cell), format characters (bidi overrides make a name read
    other than it is stored; zero-width spaces make two e-mails differ unseen), surrogates,
    private-use and unassigned code points. Checked before NFKC and trimming, which would hide
    some of them; NFKC makes none of them from other characters.
    """
    problems: list[Problem] = []
    for position, value in enumerate(record):
        # isprintable() is False for every category C character (and for separators other than
        # the space), so this C-speed test passes nearly every cell without a per-character loop.
        if value.isprintable():
            continue
        found = next((c for c in value if unicodedata.category(c)[0] == "C"), None)
        if found is not None:
            name = names[position] if position < len(names) else f"field {position + 1}"
            problems.append(Problem(line, f"{name} contains a control or invisible character (U+{ord(found):04X})"))
    return problems


async def import_licences(db: AsyncSession, rows: Sequence[LicenceRow], now: datetime) -> ImportReport:
    """Create the missing accounts (with no password yet) and licences.

    A serial already held by another account, or already present with another product or
    expiry date, rejects the whole import: the import never rewrites an existing licence,
    so an old master file cannot undo a renewal.
    """
    accounts = await _account_ids_by_email(db, {row.email for row in rows})
    existing = await _licences_by_serial(db, [row.serial_number for row in rows])
    owner_email = {account_id: email for email, account_id in accounts.items()}
    problems: list[Problem] = []
    new_rows: list[LicenceRow] = []
    for row in rows:
        licence = existing.get(row.serial_number)
        if licence is None:
            new_rows.append(row)
        elif owner_email.get(licence.account_id) != row.email:
            problems.append(Problem(row.line, f"serial {format_serial(row.serial_number)} belongs to another account"))
        elif (licence.product_code, licence.expires_on) != (row.product_code, row.expires_on):
            problems.append(
                Problem(
                    row.line,
                    f"serial {format_serial(row.serial_number)} already exists as {licence.product_code} "
                    f"expiring {licence.expires_on.isoformat()}; the import does not change existing licences",
                )
            )
    if problems:
        raise LicenceImportError(problems[:MAX_REPORTED_PROBLEMS])

    # Bulk statements, not one ORM object per row: the import holds the write lock for as long as
    # it writes, and on SQLite every other writer (a customer signing in) waits for it.
    company_of_new_account: dict[str, str | None] = {}
    for row in rows:
        if row.email not in accounts:
            company_of_new_account.setdefault(row.email, row.company_name)
    if company_of_new_account:
        created = await db.execute(
            insert(Account).returning(Account.id, Account.email),
            [
                {"email": email, "company_name": company, "is_staff": False, "created_at": now}
                for email, company in company_of_new_account.items()
            ],
        )
        accounts.update({email: account_id for account_id, email in created})
    if new_rows:
        await db.execute(
            insert(Licence),
            [
                {
                    "serial_number": row.serial_number,
                    "product_code": row.product_code,
                    "expires_on": row.expires_on,
                    "account_id": accounts[row.email],
                }
                for row in new_rows
            ],
        )
    return ImportReport(
        accounts_created=len(company_of_new_account),
        licences_created=len(new_rows),
        licences_unchanged=len(rows) - len(new_rows),
    )


async def _account_ids_by_email(db: AsyncSession, emails: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    ordered = sorted(emails)
    for start in range(0, len(ordered), _LOOKUP_CHUNK):
        chunk = ordered[start : start + _LOOKUP_CHUNK]
        for account_id, email in await db.execute(select(Account.id, Account.email).where(Account.email.in_(chunk))):
            found[email] = account_id
    return found


async def _licences_by_serial(db: AsyncSession, serials: list[str]) -> dict[str, Row[str, str, date, int]]:
    found: dict[str, Row[str, str, date, int]] = {}
    columns = (Licence.serial_number, Licence.product_code, Licence.expires_on, Licence.account_id)
    for start in range(0, len(serials), _LOOKUP_CHUNK):
        chunk = serials[start : start + _LOOKUP_CHUNK]
        for licence in await db.execute(select(*columns).where(Licence.serial_number.in_(chunk))):
            found[licence.serial_number] = licence
    return found
