"""Order mutations: issue a quote, place a renewal order, cancel an unpaid one."""

import strawberry

from backend.core.wakeups import Topic
from backend.graphql.context import Context
from backend.graphql.licences.types import LicenceType
from backend.graphql.orders.order_types import BillingInput, Order, Quote
from backend.graphql.orders.types import RenewalError, RenewalLineInput
from backend.graphql.permissions import IsSignedIn
from backend.graphql.user_errors import UserError
from backend.licences.serials import normalise_serial
from backend.orders.auto_renewal import StopAutoRenewalErrorCode, stop_auto_renewal
from backend.orders.placement import (
    CancelOrderErrorCode,
    Issuing,
    OrderRequest,
    Refused,
    RenewalRequest,
    cancel_order,
    create_quote,
    place_order,
)
from backend.orders.pricing import LineRequest
from backend.orders.views import find_order, find_quote

strawberry.enum(CancelOrderErrorCode, name="CancelOrderErrorCode")
strawberry.enum(StopAutoRenewalErrorCode, name="StopAutoRenewalErrorCode")


@strawberry.input
class CreateQuoteInput:
    lines: list[RenewalLineInput]
    billing: BillingInput


@strawberry.input
class PlaceRenewalOrderInput:
    lines: list[RenewalLineInput]
    billing: BillingInput
    quote_number: str | None = strawberry.field(
        default=None, description="Order at this valid quote's prices; its lines must be the order's lines."
    )
    accepted_terms_version: str | None = strawberry.field(
        default=None, description="The licence agreement's version the customer accepted (legalDocuments)."
    )
    accepted_privacy_version: str | None = None
    idempotency_key: str = strawberry.field(
        description="16–100 of A–Z a–z 0–9 _ -, made once per attempt to order: a retry with the same key and "
        "input returns the first order; with other input it is refused."
    )


@strawberry.type
class CreateQuotePayload:
    quote: Quote | None
    errors: list[RenewalError]


@strawberry.type
class PlaceRenewalOrderPayload:
    order: Order | None
    errors: list[RenewalError]


@strawberry.type
class CancelOrderError(UserError[CancelOrderErrorCode]):
    pass


@strawberry.type
class CancelOrderPayload:
    order: Order | None
    errors: list[CancelOrderError]


@strawberry.type
class StopAutoRenewalError(UserError[StopAutoRenewalErrorCode]):
    pass


@strawberry.type
class StopAutoRenewalPayload:
    licence: LicenceType | None
    errors: list[StopAutoRenewalError]


def _renewal(context: Context, account_id: int, lines: list[RenewalLineInput], billing: BillingInput) -> RenewalRequest:
    requests = [LineRequest(line.serial_number, line.product_code, line.years, line.auto_renewal) for line in lines]
    return RenewalRequest(account_id, context.language, requests, billing.details())


def _issuing(context: Context) -> Issuing:
    runtime = context.runtime
    return Issuing(runtime.catalogue, runtime.seller, context.now, context.today)


@strawberry.type
class OrderMutations:
    @strawberry.mutation(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. A numbered quote for the lines, valid for 30 days; its PDF renders after.",
    )
    async def create_quote(self, info: strawberry.Info[Context, None], input: CreateQuoteInput) -> CreateQuotePayload:
        context = info.context
        too_many = RenewalError.of_cart(len(input.lines), context.language)
        if too_many is not None:
            return CreateQuotePayload(quote=None, errors=[too_many])
        viewer = await context.signed_in_viewer()
        result = await create_quote(
            context.runtime.transactions, _issuing(context), _renewal(context, viewer.id, input.lines, input.billing)
        )
        if isinstance(result, Refused):
            return CreateQuotePayload(quote=None, errors=RenewalError.of_refusal(result, context.language))
        context.runtime.wakeups.notify(Topic.DOCUMENTS)
        quote = await context.runtime.transactions.read(lambda db: find_quote(db, viewer.id, result))
        return CreateQuotePayload(quote=Quote.of(quote, context.today) if quote else None, errors=[])

    @strawberry.mutation(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. Place the renewal: one transaction writes the order, its invoice with a bank "
        "account of its own, and the invoice PDF's request; the PDF is mailed once rendered.",
    )
    async def place_renewal_order(
        self, info: strawberry.Info[Context, None], input: PlaceRenewalOrderInput
    ) -> PlaceRenewalOrderPayload:
        context = info.context
        too_many = RenewalError.of_cart(len(input.lines), context.language)
        if too_many is not None:
            return PlaceRenewalOrderPayload(order=None, errors=[too_many])
        viewer = await context.signed_in_viewer()
        request = OrderRequest(
            renewal=_renewal(context, viewer.id, input.lines, input.billing),
            quote_number=input.quote_number,
            accepted_terms_version=input.accepted_terms_version,
            accepted_privacy_version=input.accepted_privacy_version,
            idempotency_key=input.idempotency_key,
        )
        result = await place_order(context.runtime.transactions, _issuing(context), request)
        if isinstance(result, Refused):
            return PlaceRenewalOrderPayload(order=None, errors=RenewalError.of_refusal(result, context.language))
        context.runtime.wakeups.notify(Topic.DOCUMENTS)
        order = await context.runtime.transactions.read(lambda db: find_order(db, viewer.id, result))
        return PlaceRenewalOrderPayload(order=Order.of(order) if order else None, errors=[])

    @strawberry.mutation(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. Cancel an order awaiting payment: its invoice is void, its serials free again.",
    )
    async def cancel_order(self, info: strawberry.Info[Context, None], number: str) -> CancelOrderPayload:
        context = info.context
        viewer = await context.signed_in_viewer()
        error = await cancel_order(context.runtime.transactions, viewer.id, number, context.now)
        if error is not None:
            return CancelOrderPayload(order=None, errors=[CancelOrderError.of(error, context.language, field="number")])
        order = await context.runtime.transactions.read(lambda db: find_order(db, viewer.id, number))
        return CancelOrderPayload(order=Order.of(order) if order else None, errors=[])

    @strawberry.mutation(
        permission_classes=[IsSignedIn],
        description="Requires sign-in. Stop the annual auto-renewal of a serial, ordered or in force: the year "
        "being paid for still renews it, the year paid runs to its end; no automatic invoice follows.",
    )
    async def stop_auto_renewal(
        self, info: strawberry.Info[Context, None], serial_number: str
    ) -> StopAutoRenewalPayload:
        context = info.context
        viewer = await context.signed_in_viewer()
        error = await stop_auto_renewal(context.runtime.transactions, viewer.id, serial_number, context.now)
        if error is not None:
            failure = StopAutoRenewalError.of(error, context.language, field="serialNumber")
            return StopAutoRenewalPayload(licence=None, errors=[failure])
        found = await context.loaders.licence.load((viewer.id, normalise_serial(serial_number)))
        licence = LicenceType.of(found, context.runtime.catalogue, context.language, context.today) if found else None
        return StopAutoRenewalPayload(licence=licence, errors=[])
