"""The renewal preview: a cart priced as it would be ordered now, for the signed-in account, with no writes."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from backend.catalog.catalogue import Catalogue
from backend.db.transactions import Transactions
from backend.orders.cart import read_cart_serials
from backend.orders.pricing import CartPricing, LineRequest, price_cart, requested_serials


async def preview_renewal(
    transactions: Transactions, catalogue: Catalogue, account_id: int, requests: Sequence[LineRequest], today: date
) -> CartPricing:
    """One read of the account's requested serials, however many lines (at most MAX_LINES: the caller checks)."""

    async def work(db: AsyncSession) -> CartPricing:
        serials = await read_cart_serials(db, account_id, requested_serials(requests))
        return price_cart(catalogue, requests, serials.licences, serials.open_orders, today)

    return await transactions.read(work)
