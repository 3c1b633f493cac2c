"""Demo data: an account whose serials cover every state relative to today, an imported account with no
password yet (as a seller's customers arrive), and a staff account."""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.credentials import set_password
from backend.accounts.models import Account
from backend.accounts.passwords import hash_password
from backend.catalog.catalogue import Catalogue
from backend.licences.dates import add_months, add_years
from backend.licences.importing import ImportReport, import_licences, parse_licence_csv

DEMO_EMAIL = "demo@koushin.example"
DEMO_PASSWORD = "Koushin-Demo-2026"  # noqa: S105 (published in the README)
DEMO_COMPANY = "株式会社デモ商事"
NEWCOMER_EMAIL = "newcomer@koushin.example"
"""Imported without a password: its owner sets one through "first time here?" on the sign-in page."""
NEWCOMER_COMPANY = "はじめて工業株式会社"
STAFF_EMAIL = "staff@koushin.example"
STAFF_PASSWORD = "Koushin-Staff-2026"  # noqa: S105 (published in the README)


@dataclass(frozen=True, slots=True)
class DemoSerial:
    serial_number: str
    product_code: str
    expires_on: date


def demo_serials(today: date) -> list[DemoSerial]:
    """Each product; active, expiring in 30 days, expired 10 days ago, 13 months ago (hidden), 3 years ago."""

    def days(n: int) -> date:
        return today + timedelta(days=n)

    return [
        DemoSerial("QF7K-2M9P-XR4T-8WNC-3HJD", "CLOUD", days(200)),
        DemoSerial("B6YD-KP3R-9TQM-2XWF-7CNH", "CLOUD", days(30)),
        DemoSerial("M4RJ-8WQX-T2KP-6FND-9YCB", "CLOUD", days(-10)),
        DemoSerial("H9TC-3XNF-7KQB-2RMW-5PDJ", "CLOUD", add_months(today, -13)),
        DemoSerial("W2NP-6DJR-4YHX-9TCK-8BQM", "CLOUD", add_years(today, -3)),
        DemoSerial("D8KX-5PWN-2JRC-7MTY-4HQF", "CLOUD_DLS_PREMIUM", days(500)),
        DemoSerial("R3HQ-9CMT-6WXB-4NKP-2JYD", "CLOUD_DLS_PREMIUM", days(60)),
        DemoSerial("T5WB-7NYK-3QDH-8PRX-6MCJ", "TS_STANDARD", days(700)),
        DemoSerial("N7CM-4KRD-9XJP-3TWB-5FHQ", "TS_STANDARD", days(-40)),
        DemoSerial("P2JF-8HTW-5MCN-7QYR-3DKX", "TS_PREMIUM", days(90)),
        DemoSerial("X6DR-3BQJ-8NFW-2HMK-9TPC", "TS_PREMIUM", days(1000)),
        DemoSerial("F4QN-9RXC-6TJD-5WBH-7KMY", "TS_PREMIUM", add_years(today, -3)),
    ]


def newcomer_serials(today: date) -> list[DemoSerial]:
    return [
        DemoSerial("K8PM-2WQD-7RXN-4CJT-9HFB", "CLOUD", today + timedelta(days=45)),
        DemoSerial("Y3TF-6HKR-9MWC-2PDX-5QNJ", "TS_STANDARD", today + timedelta(days=300)),
    ]


def demo_licence_csv(today: date) -> bytes:
    """The demo licences as a licence-master file, so they load through the same import as real data."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["email", "serial_number", "product", "expires_on", "company_name"])
    for serial in demo_serials(today):
        writer.writerow([DEMO_EMAIL, serial.serial_number, serial.product_code, serial.expires_on, DEMO_COMPANY])
    for serial in newcomer_serials(today):
        writer.writerow(
            [NEWCOMER_EMAIL, serial.serial_number, serial.product_code, serial.expires_on, NEWCOMER_COMPANY]
        )
    return out.getvalue().encode()


@dataclass(frozen=True, slots=True)
class DemoPasswordHashes:
    """Hashed before the transaction that stores them: hashing is slow and must not hold the write lock."""

    demo: str
    staff: str

    @classmethod
    async def make(cls) -> "DemoPasswordHashes":
        return cls(demo=await hash_password(DEMO_PASSWORD), staff=await hash_password(STAFF_PASSWORD))


async def load_demo(
    db: AsyncSession, catalogue: Catalogue, today: date, now: datetime, hashes: DemoPasswordHashes
) -> ImportReport | None:
    """Load the demo data; None when it is already there (it is laid out relative to the day it was loaded)."""
    if await db.scalar(select(Account.id).where(Account.email == DEMO_EMAIL)) is not None:
        return None
    report = await import_licences(db, parse_licence_csv(demo_licence_csv(today), catalogue), now)
    db.add(Account(email=STAFF_EMAIL, company_name=None, is_staff=True, created_at=now))
    await db.flush()
    await set_password(db, DEMO_EMAIL, hashes.demo)
    await set_password(db, STAFF_EMAIL, hashes.staff)
    return report
