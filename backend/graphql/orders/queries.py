"""Order queries: the renewal preview and the documents a customer accepts when ordering."""

import strawberry

from backend.graphql.context import Context
from backend.graphql.orders.types import CartLine, DocumentTotals, RenewalError, RenewalLineInput
from backend.graphql.permissions import IsSignedIn
from backend.orders.legal import LegalDocumentKind, current_documents
from backend.orders.preview import preview_renewal
from backend.orders.pricing import CartPricing, LineRequest


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


@strawberry.type
class OrderQueries:
    @strawberry.field(description="The current licence agreement and privacy policy, in the request's language.")
    def legal_documents(self, info: strawberry.Info[Context, None]) -> list[LegalDocument]:
        return [
            LegalDocument(kind=document.kind, version=document.version, title=document.title, body=document.body)
            for document in current_documents(info.context.language)
        ]

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
