"""Issuing a quote, and placing or cancelling a renewal order: each is one transaction, written whole or not at all.

A placement locks the account's row first (SELECT … FOR UPDATE on PostgreSQL; SQLite's write
transactions are serialised already), so the placements of one account run one after another:
the second of two tabs sees the first one's order, by its idempotency key or by the serials it
holds. The database still refuses a second open order for a serial (order_lines.open_licence_id
is unique), whatever the checks here; the lock makes the answer a per-row IN_OPEN_ORDER, not a
constraint violation. Every problem is found before anything is written and reported at once.
"""

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from backend.accounts.models import Account
from backend.billing.seller import Seller
from backend.catalog.catalogue import Catalogue
from backend.core.language import Language
from backend.db.transactions import Transactions
from backend.documents.storage import request_document
from backend.licences.dates import add_months
from backend.licences.serials import InvalidSerialError, normalise_serial
from backend.orders.billing import BillingDetails, BillingProblem, check_billing
from backend.orders.cart import read_cart_serials
from backend.orders.legal import LegalDocumentKind, current_version
from backend.orders.models import BillingProfile, Invoice, Order, OrderLine, OrderStatus, Quote, QuoteLine
from backend.orders.numbering import (
    AccountNumbersExhaustedError,
    DocumentSeries,
    next_account_number,
    next_document_number,
)
from backend.orders.pricing import CartPricing, LineProblem, LineRequest, PricedLine, price_cart, requested_serials

IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9_-]{16,100}")
"""A UUID, a ULID or any random token the client makes once per attempt to order."""


class PlacementErrorCode(StrEnum):
    TERMS_NOT_ACCEPTED = "TERMS_NOT_ACCEPTED"
    TERMS_OUTDATED = "TERMS_OUTDATED"
    PRIVACY_NOT_ACCEPTED = "PRIVACY_NOT_ACCEPTED"
    PRIVACY_OUTDATED = "PRIVACY_OUTDATED"
    QUOTE_NOT_FOUND = "QUOTE_NOT_FOUND"
    """Unknown, or another account's: the same answer either way."""
    QUOTE_EXPIRED = "QUOTE_EXPIRED"
    QUOTE_LINES_CHANGED = "QUOTE_LINES_CHANGED"
    INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    """The key was used for an order with other input: the client's bug, not a retry."""
    ACCOUNT_NUMBERS_EXHAUSTED = "ACCOUNT_NUMBERS_EXHAUSTED"


@dataclass(frozen=True, slots=True)
class PlacementProblem:
    code: PlacementErrorCode
    field: str | None


@dataclass(frozen=True, slots=True)
class Refused:
    """Nothing was written; every problem found, by kind."""

    lines: Sequence[LineProblem] = ()
    billing: Sequence[BillingProblem] = ()
    other: Sequence[PlacementProblem] = ()


@dataclass(frozen=True, slots=True)
class Issuing:
    """What issuing a document depends on besides the database: the rules, the seller and the instant."""

    catalogue: Catalogue
    seller: Seller
    now: datetime
    today: date
    """The business date (Asia/Tokyo): the documents' issue date and the year of their numbers."""


@dataclass(frozen=True, slots=True)
class RenewalRequest:
    account_id: int
    language: Language
    """The documents' language."""
    lines: Sequence[LineRequest]
    billing: BillingDetails
    """As entered; checked here."""


@dataclass(frozen=True, slots=True)
class OrderRequest:
    renewal: RenewalRequest
    quote_number: str | None
    accepted_terms_version: str | None
    accepted_privacy_version: str | None
    idempotency_key: str


class CancelOrderErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    NOT_CANCELLABLE = "NOT_CANCELLABLE"


async def create_quote(transactions: Transactions, issuing: Issuing, request: RenewalRequest) -> str | Refused:
    """The new quote's number, valid through today + the seller's quote validity."""

    async def work(db: AsyncSession) -> str | Refused:
        billing = check_billing(request.billing)
        serials = await read_cart_serials(db, request.account_id, requested_serials(request.lines))
        pricing = price_cart(issuing.catalogue, request.lines, serials.licences, serials.open_orders, issuing.today)
        if isinstance(billing, list) or pricing.problems:
            return Refused(lines=pricing.problems, billing=billing if isinstance(billing, list) else ())
        number = await next_document_number(db, DocumentSeries.QUOTE, issuing.today.year)
        quote = Quote(
            number=number,
            account_id=request.account_id,
            language=request.language,
            issued_at=issuing.now,
            issued_on=issuing.today,
            valid_until=issuing.today + timedelta(days=issuing.seller.quote_valid_days),
            **_billing_columns(billing),
        )
        db.add(quote)
        await db.flush()
        await db.execute(insert(QuoteLine), _line_rows(pricing, serials.licence_ids, quote_id=quote.id))
        await _remember_billing(db, request.account_id, billing, issuing.now)
        await request_document(db, "quote", number, request.account_id, issuing.now)
        return number

    return await transactions.write(work)


async def place_order(transactions: Transactions, issuing: Issuing, request: OrderRequest) -> str | Refused:
    """The order's number: a new order's, or the first one's when the same key comes again with the same input."""
    if IDEMPOTENCY_KEY.fullmatch(request.idempotency_key) is None:
        return Refused(other=[PlacementProblem(PlacementErrorCode.INVALID_IDEMPOTENCY_KEY, "idempotencyKey")])
    digest = request_digest(request)

    async def work(db: AsyncSession) -> str | Refused:
        renewal = request.renewal
        await db.execute(select(Account.id).where(Account.id == renewal.account_id).with_for_update())
        earlier = (
            await db.execute(
                select(Order.number, Order.request_digest).where(
                    Order.account_id == renewal.account_id, Order.idempotency_key == request.idempotency_key
                )
            )
        ).first()
        if earlier is not None:
            earlier_number, earlier_digest = earlier
            if earlier_digest == digest:
                return earlier_number
            return Refused(other=[PlacementProblem(PlacementErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey")])

        other = _consent_problems(request)
        quote, locked_prices, quote_problem = await _quote_for(db, issuing, request)
        if quote_problem is not None:
            other.append(quote_problem)
        billing = check_billing(renewal.billing)
        serials = await read_cart_serials(db, renewal.account_id, requested_serials(renewal.lines))
        pricing = price_cart(
            issuing.catalogue, renewal.lines, serials.licences, serials.open_orders, issuing.today, locked_prices
        )
        if isinstance(billing, list) or pricing.problems or other:
            return Refused(lines=pricing.problems, billing=billing if isinstance(billing, list) else (), other=other)

        account_number = await next_account_number(db, issuing.seller)
        number = await next_document_number(db, DocumentSeries.ORDER, issuing.today.year)
        invoice_number = await next_document_number(db, DocumentSeries.INVOICE, issuing.today.year)
        order = Order(
            number=number,
            account_id=renewal.account_id,
            status=OrderStatus.AWAITING_PAYMENT,
            language=renewal.language,
            placed_at=issuing.now,
            quote_id=quote.id if quote else None,
            terms_version=request.accepted_terms_version,
            privacy_version=request.accepted_privacy_version,
            consented_at=issuing.now,
            idempotency_key=request.idempotency_key,
            request_digest=digest,
            **_billing_columns(billing),
        )
        db.add(order)
        await db.flush()
        rows = _line_rows(pricing, serials.licence_ids, order_id=order.id)
        await db.execute(insert(OrderLine), [{**row, "open_licence_id": row["licence_id"]} for row in rows])
        bank = issuing.seller.bank
        db.add(
            Invoice(
                number=invoice_number,
                order_id=order.id,
                issued_on=issuing.today,
                due_on=add_months(issuing.today, issuing.seller.due_months),
                subtotal=pricing.subtotal,
                tax=pricing.tax,
                total_including_tax=pricing.total_including_tax,
                bank_code=bank.bank_code,
                bank_name=bank.bank_name,
                branch_code=bank.branch_code,
                branch_name=bank.branch_name,
                account_type=bank.account_type.value,
                account_number=account_number,
                holder_kana=bank.holder_kana,
            )
        )
        await _remember_billing(db, renewal.account_id, billing, issuing.now)
        await request_document(db, "invoice", invoice_number, renewal.account_id, issuing.now)
        return number

    try:
        return await transactions.write(work)
    except AccountNumbersExhaustedError:
        # Raised inside the unit of work, so the numbers it took were rolled back with it.
        return Refused(other=[PlacementProblem(PlacementErrorCode.ACCOUNT_NUMBERS_EXHAUSTED, None)])


async def cancel_order(
    transactions: Transactions, account_id: int, number: str, now: datetime
) -> CancelOrderErrorCode | None:
    """Cancel an unpaid order: its invoice is void and its serials are free for another order at once."""

    async def work(db: AsyncSession) -> CancelOrderErrorCode | None:
        await db.execute(select(Account.id).where(Account.id == account_id).with_for_update())
        order_id = await db.scalar(select(Order.id).where(Order.account_id == account_id, Order.number == number))
        if order_id is None:
            return CancelOrderErrorCode.NOT_FOUND
        # Conditional, like a payment's and the expiry's: a payment committed a moment ago wins.
        cancelled = await db.scalar(
            update(Order)
            .where(Order.id == order_id, Order.status == OrderStatus.AWAITING_PAYMENT)
            .values(status=OrderStatus.CANCELLED, cancelled_at=now)
            .returning(Order.id)
            .execution_options(synchronize_session=False)
        )
        if cancelled is None:
            return CancelOrderErrorCode.NOT_CANCELLABLE
        await db.execute(update(OrderLine).where(OrderLine.order_id == order_id).values(open_licence_id=None))
        await db.execute(update(Invoice).where(Invoice.order_id == order_id).values(voided_at=now))
        return None

    return await transactions.write(work)


def request_digest(request: OrderRequest) -> str:
    """SHA-256 of the input as sent, so a retry matches its first attempt exactly."""
    canonical = {
        "lines": [
            [line.serial_number, line.product_code, line.years, line.auto_renewal] for line in request.renewal.lines
        ],
        "billing": asdict(request.renewal.billing),
        "quote": request.quote_number,
        "terms": request.accepted_terms_version,
        "privacy": request.accepted_privacy_version,
        "language": request.renewal.language.value,
    }
    encoded = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()


def _consent_problems(request: OrderRequest) -> list[PlacementProblem]:
    problems = []
    consents = (
        (LegalDocumentKind.TERMS, request.accepted_terms_version, "acceptedTermsVersion"),
        (LegalDocumentKind.PRIVACY, request.accepted_privacy_version, "acceptedPrivacyVersion"),
    )
    for kind, accepted, field in consents:
        if not accepted:
            problems.append(PlacementProblem(PlacementErrorCode[f"{kind.name}_NOT_ACCEPTED"], field))
        elif accepted != current_version(kind):
            problems.append(PlacementProblem(PlacementErrorCode[f"{kind.name}_OUTDATED"], field))
    return problems


async def _quote_for(
    db: AsyncSession, issuing: Issuing, request: OrderRequest
) -> tuple[Quote | None, dict[tuple[str, int], int] | None, PlacementProblem | None]:
    """The quote the order is placed from, its prices to lock in, or why it cannot be used."""
    if request.quote_number is None:
        return None, None, None
    renewal = request.renewal
    quote = await db.scalar(
        select(Quote).where(Quote.account_id == renewal.account_id, Quote.number == request.quote_number.strip())
    )
    if quote is None:
        return None, None, PlacementProblem(PlacementErrorCode.QUOTE_NOT_FOUND, "quoteNumber")
    if issuing.today > quote.valid_until:
        return None, None, PlacementProblem(PlacementErrorCode.QUOTE_EXPIRED, "quoteNumber")
    quoted = (
        await db.execute(
            select(
                QuoteLine.serial_number,
                QuoteLine.product_code,
                QuoteLine.years,
                QuoteLine.auto_renewal,
                QuoteLine.price_excluding_tax,
            ).where(QuoteLine.quote_id == quote.id)
        )
    ).all()
    asked = {(serial, line.product_code, line.years, line.auto_renewal) for serial, line in _normalised(renewal.lines)}
    if asked != {(serial, product, years, auto) for serial, product, years, auto, _ in quoted} or len(asked) != len(
        renewal.lines
    ):
        return None, None, PlacementProblem(PlacementErrorCode.QUOTE_LINES_CHANGED, "quoteNumber")
    return quote, {(product, years): price for _, product, years, _, price in quoted}, None


def _normalised(lines: Sequence[LineRequest]) -> list[tuple[str, LineRequest]]:
    return [(_normalised_serial(line.serial_number), line) for line in lines]


def _normalised_serial(raw: str) -> str:
    try:
        return normalise_serial(raw)
    except InvalidSerialError:
        return raw


def _billing_columns(billing: BillingDetails) -> dict[str, str | None]:
    return {
        "company_name": billing.company_name,
        "department": billing.department,
        "contact_name": billing.contact_name,
        "billing_email": billing.email,
        "phone": billing.phone,
        "postal_code": billing.postal_code,
        "address": billing.address,
        "purchase_order_number": billing.purchase_order_number,
    }


async def _remember_billing(db: AsyncSession, account_id: int, billing: BillingDetails, now: datetime) -> None:
    """Prefilled next time: the details of the latest quote or order. One statement, INSERT … ON CONFLICT DO
    UPDATE: a read-then-write would let two first quotes of one account (which take no lock) both insert."""
    columns = {"updated_at": now, **_billing_columns(billing)}
    upsert = postgresql.insert if db.get_bind().dialect.name == "postgresql" else sqlite.insert
    await db.execute(
        upsert(BillingProfile)
        .values(account_id=account_id, **columns)
        .on_conflict_do_update(index_elements=[BillingProfile.account_id], set_=columns)
    )


def _line_rows(pricing: CartPricing, licence_ids: dict[str, int], **parent: int) -> list[dict[str, object]]:
    return [_line_row(position, line, licence_ids, parent) for position, line in enumerate(pricing.included, start=1)]


def _line_row(
    position: int, line: PricedLine, licence_ids: dict[str, int], parent: dict[str, int]
) -> dict[str, object]:
    # Included lines have a licence, a product and a price (pricing.PricedLine.included).
    assert line.licence is not None and line.product is not None  # noqa: S101
    return {
        **parent,
        "position": position,
        "serial_number": line.serial_number,
        "previous_product_code": line.licence.product_code,
        "product_code": line.product.code,
        "years": line.years,
        "auto_renewal": line.auto_renewal,
        "expires_on": line.licence.expires_on,
        "expected_new_expires_on": line.new_expires_on,
        "price_excluding_tax": line.price_excluding_tax,
        "tax_rate_percent": line.tax_rate_percent,
        "tax": line.tax,
        "licence_id": licence_ids[line.serial_number],
    }
