"""The statements imported so far, newest first, with what each did: the staff console's list of imports."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.payments.models import StatementFormat, StatementImport


@dataclass(frozen=True, slots=True)
class ImportView:
    id: int
    format: StatementFormat
    filename: str
    byte_size: int
    sha256: str
    imported_at: datetime
    imported_by: str | None
    """The staff member's e-mail; None from the command line."""
    credits: int
    applied: int
    to_review: int
    already_imported: int


@dataclass(frozen=True, slots=True)
class ImportPage:
    imports: list[ImportView]
    has_next_page: bool
    total_count: int


async def import_page(db: AsyncSession, first: int, before_id: int | None) -> ImportPage:
    condition: ColumnElement[bool] = true() if before_id is None else StatementImport.id < before_id
    statement = _imports().where(condition).order_by(StatementImport.id.desc()).limit(first + 1)
    rows = (await db.execute(statement)).all()
    total = await db.scalar(select(func.count()).select_from(StatementImport))
    return ImportPage(
        imports=[_view(statement, email) for statement, email in rows[:first]],
        has_next_page=len(rows) > first,
        total_count=total or 0,
    )


async def find_import(db: AsyncSession, import_id: int) -> ImportView | None:
    row = (await db.execute(_imports().where(StatementImport.id == import_id))).first()
    return _view(*row) if row else None


def _imports() -> Select[StatementImport, str]:
    """Each import with its uploader's e-mail (None from the command line)."""
    return select(StatementImport, Account.email).outerjoin(
        Account, Account.id == StatementImport.imported_by_account_id
    )


def _view(statement: StatementImport, email: str | None) -> ImportView:
    return ImportView(
        id=statement.id,
        format=StatementFormat(statement.format),
        filename=statement.filename,
        byte_size=statement.byte_size,
        sha256=statement.sha256,
        imported_at=statement.imported_at,
        imported_by=email,
        credits=statement.credits,
        applied=statement.applied,
        to_review=statement.to_review,
        already_imported=statement.already_imported,
    )
