"""Staff queries: the overview, the statements imported, the review queue, the archive of orders and documents.

They exist in the staff schema only (schema.create_schema): to a customer or an anonymous client
they are missing fields, answered as any missing field is.
"""

from datetime import date

import strawberry
from strawberry.utils.str_converters import to_camel_case

from backend.core.language import Language
from backend.graphql.context import Context
from backend.graphql.errors import ClientError
from backend.graphql.orders.order_types import Order
from backend.graphql.pagination import PageInfo, decode_cursor, encode_cursor, row_id
from backend.graphql.permissions import IsStaff
from backend.graphql.staff.types import (
    ArchiveEntry,
    ArchivePageType,
    BankCredit,
    BankCreditPage,
    CreditStateEnum,
    PaymentsOverviewType,
    StatementImportPage,
    StatementImportType,
)
from backend.graphql.user_errors import UserError
from backend.payments.archive import (
    CRITERION_LENGTH,
    ArchiveCriteria,
    ArchiveSearch,
    ArchiveSearchErrorCode,
    archive_search,
    search_archive,
)
from backend.payments.models import CreditState
from backend.payments.overview import overview
from backend.payments.review_queue import credit_page, find_credit
from backend.payments.statement_history import find_import, import_page

MAX_PAGE_SIZE = 100


strawberry.enum(ArchiveSearchErrorCode, name="ArchiveSearchErrorCode")


@strawberry.type
class ArchiveSearchError(UserError[ArchiveSearchErrorCode]):
    max_length: int | None = None


@strawberry.type
class ArchiveSearchPayload:
    page: ArchivePageType | None
    errors: list[ArchiveSearchError]


@strawberry.input(description="Every criterion given must hold; none given lists every order.")
class ArchiveSearchInput:
    number: str | None = strawberry.field(
        default=None, description="An order's, invoice's or receipt's number, or its start (I-2026-00)."
    )
    customer: str | None = strawberry.field(
        default=None, description="Part of the account's e-mail or of the billing company or contact name."
    )
    serial_number: str | None = None
    issued_from: date | None = strawberry.field(default=None, description="The invoice's issue date, from (incl.).")
    issued_to: date | None = strawberry.field(default=None, description="… to (incl.).")
    amount_min: int | None = strawberry.field(default=None, description="The invoice's total incl. tax, from.")
    amount_max: int | None = None

    def search(self, language: Language) -> ArchiveSearch | list[ArchiveSearchError]:
        criteria = ArchiveCriteria(
            number=self.number,
            customer=self.customer,
            serial_number=self.serial_number,
            issued_from=self.issued_from,
            issued_to=self.issued_to,
            amount_min=self.amount_min,
            amount_max=self.amount_max,
        )
        checked = archive_search(criteria)
        if isinstance(checked, ArchiveSearch):
            return checked
        return [
            ArchiveSearchError.of(
                problem.code,
                language,
                field=to_camel_case(problem.field),
                max_length=CRITERION_LENGTH if problem.code is ArchiveSearchErrorCode.TOO_LONG else None,
            )
            for problem in checked
        ]


@strawberry.type
class StaffQueries:
    @strawberry.field(permission_classes=[IsStaff], description="Staff only. The console's first page.")
    async def payments_overview(self, info: strawberry.Info[Context, None]) -> PaymentsOverviewType:
        today = info.context.today
        return PaymentsOverviewType.of(await info.context.runtime.transactions.read(lambda db: overview(db, today)))

    @strawberry.field(permission_classes=[IsStaff], description="Staff only. The statements imported, newest first.")
    async def statement_imports(
        self, info: strawberry.Info[Context, None], first: int = 20, after: str | None = None
    ) -> StatementImportPage:
        _check_page_size(first)
        before_id = _id_cursor("import", after)
        page = await info.context.runtime.transactions.read(lambda db: import_page(db, first, before_id))
        last = page.imports[-1] if page.imports else None
        return StatementImportPage(
            nodes=[StatementImportType.of(view) for view in page.imports],
            page_info=_page_info("import", page.has_next_page, last.id if last else None),
            total_count=page.total_count,
        )

    @strawberry.field(permission_classes=[IsStaff], description="Staff only. One imported statement; null if none.")
    async def statement_import(
        self, info: strawberry.Info[Context, None], id: strawberry.ID
    ) -> StatementImportType | None:
        import_id = row_id(id)
        if import_id is None:
            return None
        view = await info.context.runtime.transactions.read(lambda db: find_import(db, import_id))
        return StatementImportType.of(view) if view else None

    @strawberry.field(
        permission_classes=[IsStaff],
        description="Staff only. The credits in a state: REVIEW (the review queue, 要確認入金) oldest first, the "
        "others newest first.",
    )
    async def bank_credits(
        self,
        info: strawberry.Info[Context, None],
        state: CreditStateEnum = CreditState.REVIEW,  # type: ignore[valid-type]
        first: int = 20,
        after: str | None = None,
    ) -> BankCreditPage:
        _check_page_size(first)
        after_id = _id_cursor("credit", after)
        chosen = CreditState(state)
        page = await info.context.runtime.transactions.read(lambda db: credit_page(db, chosen, first, after_id))
        last = page.credits[-1] if page.credits else None
        return BankCreditPage(
            nodes=[BankCredit.of(view) for view in page.credits],
            page_info=_page_info("credit", page.has_next_page, last.id if last else None),
            total_count=page.total_count,
        )

    @strawberry.field(permission_classes=[IsStaff], description="Staff only. One credit; null if none.")
    async def bank_credit(self, info: strawberry.Info[Context, None], id: strawberry.ID) -> BankCredit | None:
        credit_id = row_id(id)
        if credit_id is None:
            return None
        view = await info.context.runtime.transactions.read(lambda db: find_credit(db, credit_id))
        return BankCredit.of(view) if view else None

    @strawberry.field(
        permission_classes=[IsStaff],
        description="Staff only. Every account's orders with their invoices and receipts, newest first, by any "
        "combination of number, customer, serial, issue-date range and amount range.",
    )
    async def archive(
        self,
        info: strawberry.Info[Context, None],
        search: ArchiveSearchInput | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> ArchiveSearchPayload:
        _check_page_size(first)
        before_id = _id_cursor("order", after)
        criteria = (search or ArchiveSearchInput()).search(info.context.language)
        if isinstance(criteria, list):
            return ArchiveSearchPayload(page=None, errors=criteria)
        found = await info.context.runtime.transactions.read(lambda db: search_archive(db, criteria, first, before_id))
        orders = found.page.orders
        last = orders[-1] if orders else None
        page = ArchivePageType(
            nodes=[
                ArchiveEntry(order=Order.of(order), customer_email=found.emails[order.account_id]) for order in orders
            ],
            page_info=_page_info("order", found.page.has_next_page, last.id if last else None),
            total_count=found.page.total_count,
        )
        return ArchiveSearchPayload(page=page, errors=[])


def _check_page_size(first: int) -> None:
    if not 1 <= first <= MAX_PAGE_SIZE:
        raise ClientError(f"first must be between 1 and {MAX_PAGE_SIZE}.", "BAD_USER_INPUT")


def _id_cursor(kind: str, cursor: str | None) -> int | None:
    if cursor is None:
        return None
    cursor_kind, value = decode_cursor(cursor, 2)
    found = row_id(value)
    if cursor_kind != kind or found is None:
        raise ClientError("The cursor is not one this API returned.", "INVALID_CURSOR")
    return found


def _page_info(kind: str, has_next_page: bool, last_id: int | None) -> PageInfo:
    return PageInfo(
        has_next_page=has_next_page, end_cursor=encode_cursor(kind, str(last_id)) if last_id is not None else None
    )
