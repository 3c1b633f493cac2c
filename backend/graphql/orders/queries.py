"""Order queries: the renewal preview and the documents a customer accepts when ordering."""

from enum import StrEnum

import strawberry

from backend.graphql.context import Context
from backend.graphql.errors import ClientError
from backend.graphql.orders.order_types import BillingDetailsType, Order, Quote
from backend.graphql.orders.types import CartLine, DocumentTotals, RenewalError, RenewalLineInput
from backend.graphql.pagination import PageInfo, decode_cursor, encode_cursor, row_id
from backend.graphql.permissions import IsSignedIn
from backend.graphql.user_errors import UserError
from backend.orders.legal import LegalDocumentKind, current_documents
from backend.orders.preview import preview_renewal
from backend.orders.pricing import CartPricing, LineRequest
from backend.orders.views import MAX_ORDER_PAGE_SIZE, billing_profile, find_order, find_quote, order_page


@strawberry.type
class RenewalPreviewPayload:
    lines: list[CartLine] = strawberry.field(description="One per input row, in the same order.")
    totals: DocumentTotals
    errors: list[RenewalError]


LegalDocumentKindEnum = strawberry.enum(LegalDocumentKind, name="LegalDocumentKind")


@strawberry.type
class LegalDocument:
    kind: LegalDocumentKindEnum  # type: ignore[valid-type]
    version: str = strawberry.field(
        description="Placing an order names the versions accepted; an older one is refused."
    )
    title: str
    body: str = strawberry.field(description="Plain text (never markup); paragraphs are separated by blank lines.")


@strawberry.type(description="Whom to ask about an order, an invoice or a licence: the seller's support desk.")
class SupportContact:
    name: str = strawberry.field(description="The seller, in the request's language.")
    email: str


class OrderLookupErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    """Unknown, or another account's: the same answer either way."""


class QuoteLookupErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"


strawberry.enum(OrderLookupErrorCode, name="OrderLookupErrorCode")
strawberry.enum(QuoteLookupErrorCode, name="QuoteLookupErrorCode")


@strawberry.type
class OrderLookupError(UserError[OrderLookupErrorCode]):
    pass


@strawberry.type
class QuoteLookupError(UserError[QuoteLookupErrorCode]):
    pass


@strawberry.type
class OrderLookupPayload:
    order: Order | None
    errors: list[OrderLookupError]


@strawberry.type
class QuoteLookupPayload:
    quote: Quote | None
    errors: list[QuoteLookupError]


@strawberry.type(name="OrderPage")
class OrderPageType:
    nodes: list[Order]
    page_info: PageInfo
    total_count: int = strawberry.field(description="All the account's orders.")


@strawberry.type
class OrderQueries:
    @strawberry.field(description="The current licence agreement and privacy policy, in the request's language.")
    def legal_documents(self, info: strawberry.Info[Context, None]) -> list[LegalDocument]:
        return [
            LegalDocument(kind=document.kind, version=document.version, title=document.title, body=document.body)
            for document in current_documents(info.context.language)
        ]

    @strawberry.field(description="The seller's support desk, as the seller file names it.")
    def support_contact(self, info: strawberry.Info[Context, None]) -> SupportContact:
        issuer = info.context.runtime.seller.issuer
        return SupportContact(name=issuer.name(info.context.language), email=issuer.support_email)

    @strawberry.field(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. The cart priced as if ordered now, with every row's problems; writes nothing.",
    )
    async def renewal_preview(
        self, info: strawberry.Info[Context, None], lines: list[RenewalLineInput]
    ) -> RenewalPreviewPayload:
        context = info.context
        catalogue, language, today = context.runtime.catalogue, context.language, context.today
        too_many = RenewalError.of_cart(len(lines), language)
        if too_many is not None:
            empty = CartPricing(lines=[], problems=[], rates=[])
            return RenewalPreviewPayload(lines=[], totals=DocumentTotals.of(empty), errors=[too_many])
        viewer = await context.signed_in_viewer()
        requests = [LineRequest(line.serial_number, line.product_code, line.years, line.auto_renewal) for line in lines]
        pricing = await preview_renewal(context.runtime.transactions, catalogue, viewer.id, requests, today)
        return RenewalPreviewPayload(
            lines=[CartLine.of(line, catalogue, language, today) for line in pricing.lines],
            totals=DocumentTotals.of(pricing),
            errors=[RenewalError.of_line(problem, language) for problem in pricing.problems],
        )

    @strawberry.field(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. The billing details of the account's latest quote or order, to prefill; "
        "null before the first.",
    )
    async def billing_profile(self, info: strawberry.Info[Context, None]) -> BillingDetailsType | None:
        viewer = await info.context.signed_in_viewer()
        profile = await info.context.runtime.transactions.read(lambda db: billing_profile(db, viewer.id))
        return BillingDetailsType.of(profile) if profile else None

    @strawberry.field(
        permission_classes=[IsSignedIn], description="Requires sign-in. The account's orders, newest first."
    )
    async def orders(
        self, info: strawberry.Info[Context, None], first: int = 20, after: str | None = None
    ) -> OrderPageType:
        if not 1 <= first <= MAX_ORDER_PAGE_SIZE:
            raise ClientError(f"first must be between 1 and {MAX_ORDER_PAGE_SIZE}.", "BAD_USER_INPUT")
        before_id = _order_cursor(after) if after is not None else None
        viewer = await info.context.signed_in_viewer()
        page = await info.context.runtime.transactions.read(lambda db: order_page(db, viewer.id, first, before_id))
        last = page.orders[-1] if page.orders else None
        return OrderPageType(
            nodes=[Order.of(order) for order in page.orders],
            page_info=PageInfo(
                has_next_page=page.has_next_page, end_cursor=encode_cursor("order", str(last.id)) if last else None
            ),
            total_count=page.total_count,
        )

    @strawberry.field(permission_classes=[IsSignedIn], description="Requires sign-in. One of the account's orders.")
    async def order(self, info: strawberry.Info[Context, None], number: str) -> OrderLookupPayload:
        viewer = await info.context.signed_in_viewer()
        order = await info.context.runtime.transactions.read(lambda db: find_order(db, viewer.id, number))
        if order is None:
            error = OrderLookupError.of(OrderLookupErrorCode.NOT_FOUND, info.context.language, field="number")
            return OrderLookupPayload(order=None, errors=[error])
        return OrderLookupPayload(order=Order.of(order), errors=[])

    @strawberry.field(permission_classes=[IsSignedIn], description="Requires sign-in. One of the account's quotes.")
    async def quote(self, info: strawberry.Info[Context, None], number: str) -> QuoteLookupPayload:
        viewer = await info.context.signed_in_viewer()
        quote = await info.context.runtime.transactions.read(lambda db: find_quote(db, viewer.id, number))
        if quote is None:
            error = QuoteLookupError.of(QuoteLookupErrorCode.NOT_FOUND, info.context.language, field="number")
            return QuoteLookupPayload(quote=None, errors=[error])
        return QuoteLookupPayload(quote=Quote.of(quote, info.context.today), errors=[])


def _order_cursor(cursor: str) -> int:
    kind, order_id = decode_cursor(cursor, 2)
    found = row_id(order_id)
    if kind != "order" or found is None:
        raise ClientError("The cursor is not one this API returned.", "INVALID_CURSOR")
    return found
