"""Whether a credit pays the invoice whose account it arrived in, or why it goes to the review queue.

A pure rule (DESIGN.md "Bank payment"): applied automatically only when it arrives in an open
invoice's own account, for exactly its total, on or before its due date. Everything else gets one
reason, the first that holds in the order below, so staff see the most telling one: a reversal
is a reversal whatever account it names; a cancelled or paid invoice says so before its amount
or its date does.
"""

from dataclasses import dataclass
from datetime import date

from backend.orders.models import OrderStatus
from backend.payments.models import ReviewReason


@dataclass(frozen=True, slots=True)
class InvoiceStanding:
    """An invoice as a credit to its account finds it."""

    invoice_id: int
    order_id: int
    account_id: int
    order_status: OrderStatus
    total_including_tax: int
    due_on: date


def review_reason(amount: int, booked_on: date, reversal: bool, invoice: InvoiceStanding | None) -> ReviewReason | None:
    """None when the credit pays the invoice."""
    if reversal:
        return ReviewReason.REVERSAL
    if invoice is None:
        return ReviewReason.UNKNOWN_ACCOUNT
    if invoice.order_status is OrderStatus.CANCELLED:
        return ReviewReason.CANCELLED
    if invoice.order_status is OrderStatus.PAID:
        return ReviewReason.ALREADY_PAID
    if invoice.order_status is OrderStatus.EXPIRED or booked_on > invoice.due_on:
        return ReviewReason.LATE
    if amount < invoice.total_including_tax:
        return ReviewReason.SHORT
    if amount > invoice.total_including_tax:
        return ReviewReason.OVER
    return None
