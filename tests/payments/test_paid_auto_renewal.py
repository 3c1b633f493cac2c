"""The annual auto-renewal once its order is paid (a real statement import): the licence shows it in force, and the
customer stops it once, whatever the clicks; another account's serial is refused and nothing changes."""

import asyncio
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from backend.licences.models import Licence
from backend.licences.serials import normalise_serial
from backend.orders.models import OrderLine
from backend.payments.importing import ImportReport
from tests.api.test_issued_documents import Shop
from tests.api.test_orders import FOREIGN, LAPSED, PLACE, SOON, line, order_input
from tests.conftest import gql
from tests.payments.test_statement_import import import_file, invoice_of, statement

MINUTE = timedelta(minutes=1)
AUTO_RENEWAL = "autoRenewal { phase since stoppedAt orderNumber }"
LICENCE = f"""
query($serial: String!) {{
  licence(serialNumber: $serial) {{ licence {{ {AUTO_RENEWAL} renewalInProgress {{ orderNumber }} }} }}
}}
"""
STOP = f"""
mutation Stop($serial: String!) {{
  stopAutoRenewal(serialNumber: $serial) {{
    licence {{ serialNumber {AUTO_RENEWAL} }}
    errors {{ code field message }}
  }}
}}
"""


async def shown(shop: Shop, serial: str) -> Any:
    return (await gql(shop.client, LICENCE, serial=serial))["data"]["licence"]["licence"]


async def stop(shop: Shop, serial: str) -> Any:
    return (await gql(shop.client, STOP, serial=serial))["data"]["stopAutoRenewal"]


async def pay(shop: Shop, db: AsyncSession, order_number: str) -> datetime:
    """Import a statement with the exact transfer for the order; the instant it was paid."""
    invoice = await invoice_of(db, order_number)
    report = await import_file(shop, await statement(db, [invoice.number], shop.runtime.clock.today()))
    assert isinstance(report, ImportReport) and report.applied == 1
    return shop.runtime.clock.now()


async def rows(db: AsyncSession) -> dict[str, Any]:
    """Everything a stop may change: each licence's auto-renewal, and each order line's."""
    result = {
        "licences": (
            await db.execute(
                select(
                    Licence.serial_number,
                    Licence.expires_on,
                    Licence.auto_renewal_since,
                    Licence.auto_renewal_stopped_at,
                ).order_by(Licence.serial_number)
            )
        ).all(),
        "lines": (
            await db.execute(select(OrderLine.id, OrderLine.auto_renewal_stopped_at).order_by(OrderLine.id))
        ).all(),
    }
    await db.commit()
    return result


def active(since: datetime, stopped_at: datetime | None = None) -> dict[str, Any]:
    return {
        "phase": "ACTIVE",
        "since": since.isoformat(),
        "stoppedAt": stopped_at.isoformat() if stopped_at else None,
        "orderNumber": None,
    }


async def test_a_paid_auto_renewal_shows_on_the_licence_and_is_stopped_once(shop: Shop, db: AsyncSession) -> None:
    number = await shop.place()  # LAPSED with the auto-renewal, SOON without
    assert await shown(shop, LAPSED) == {
        "autoRenewal": {"phase": "ORDERED", "since": None, "stoppedAt": None, "orderNumber": number},
        "renewalInProgress": {"orderNumber": number},
    }
    paid_at = await pay(shop, db, number)

    # The order's link to the serial is gone with the payment; the licence carries the auto-renewal now.
    assert await shown(shop, LAPSED) == {"autoRenewal": active(paid_at), "renewalInProgress": None}
    assert await shown(shop, SOON) == {"autoRenewal": None, "renewalInProgress": None}

    clock = shop.runtime.clock
    clock.advance(MINUTE)  # type: ignore[attr-defined]
    stopped_at = clock.now()
    assert await stop(shop, LAPSED.lower().replace("-", "")) == {
        "licence": {"serialNumber": LAPSED, "autoRenewal": active(paid_at, stopped_at)},
        "errors": [],
    }
    assert await shown(shop, LAPSED) == {"autoRenewal": active(paid_at, stopped_at), "renewalInProgress": None}
    licence = await db.scalar(select(Licence).where(Licence.serial_number == normalise_serial(LAPSED)))
    assert licence is not None
    assert (licence.auto_renewal_since, licence.auto_renewal_stopped_at) == (paid_at, stopped_at)

    # Another account's serial with an auto-renewal in force: not ours to stop, nor to know of.
    await db.execute(
        update(Licence).where(Licence.serial_number == normalise_serial(FOREIGN)).values(auto_renewal_since=paid_at)
    )
    await db.commit()
    before = await rows(db)

    clock.advance(MINUTE)  # type: ignore[attr-defined]
    refusals = {serial: await stop(shop, serial) for serial in (LAPSED, SOON, FOREIGN)}
    assert {
        serial: (payload["licence"], [(e["code"], e["field"]) for e in payload["errors"]])
        for serial, payload in refusals.items()
    } == {
        LAPSED: (None, [("NOT_ENROLLED", "serialNumber")]),  # already stopped: the first stop stands
        SOON: (None, [("NOT_ENROLLED", "serialNumber")]),  # paid without it
        FOREIGN: (None, [("NOT_FOUND", "serialNumber")]),
    }
    assert (
        refusals[LAPSED]["errors"][0]["message"] == "このシリアル番号には、停止できる年額あんしん自動更新がありません。"
    )
    assert await rows(db) == before
    assert await shown(shop, LAPSED) == {"autoRenewal": active(paid_at, stopped_at), "renewalInProgress": None}


async def test_simultaneous_stops_of_a_paid_auto_renewal_stop_it_once(shop: Shop, db: AsyncSession) -> None:
    paid_at = await pay(shop, db, await shop.place())
    shop.runtime.clock.advance(MINUTE)  # type: ignore[attr-defined]

    answers = await asyncio.gather(*(stop(shop, LAPSED) for _ in range(10)))
    stopped = [answer for answer in answers if answer["errors"] == []]
    refused = [[e["code"] for e in answer["errors"]] for answer in answers if answer["errors"]]
    assert [answer["licence"]["autoRenewal"] for answer in stopped] == [active(paid_at, shop.runtime.clock.now())]
    assert refused == [["NOT_ENROLLED"]] * 9


async def test_an_auto_renewal_stopped_before_payment_does_not_start_with_it(shop: Shop, db: AsyncSession) -> None:
    number = await shop.place()
    assert (await stop(shop, LAPSED))["errors"] == []
    await pay(shop, db, number)

    assert await shown(shop, LAPSED) == {"autoRenewal": None, "renewalInProgress": None}
    assert [e["code"] for e in (await stop(shop, LAPSED))["errors"]] == ["NOT_ENROLLED"]
    licence = await db.scalar(select(Licence).where(Licence.serial_number == normalise_serial(LAPSED)))
    assert licence is not None and (licence.auto_renewal_since, licence.auto_renewal_stopped_at) == (None, None)


async def test_ordering_the_auto_renewal_again_after_a_stop_starts_it_afresh_once_paid(
    shop: Shop, db: AsyncSession
) -> None:
    clock = shop.runtime.clock
    first_paid_at = await pay(shop, db, await shop.place())
    clock.advance(MINUTE)  # type: ignore[attr-defined]
    stopped_at = clock.now()
    assert (await stop(shop, LAPSED))["errors"] == []

    placed = await gql(shop.client, PLACE, input=order_input(line(LAPSED, "TS_STANDARD", 1, True)))
    number = placed["data"]["placeRenewalOrder"]["order"]["number"]
    # The new order's enrolment stands, the stopped one in force does not: the page shows the one standing.
    assert (await shown(shop, LAPSED))["autoRenewal"] == {
        "phase": "ORDERED",
        "since": None,
        "stoppedAt": None,
        "orderNumber": number,
    }
    assert first_paid_at < stopped_at

    clock.advance(MINUTE)  # type: ignore[attr-defined]
    paid_at = await pay(shop, db, number)
    assert await shown(shop, LAPSED) == {"autoRenewal": active(paid_at), "renewalInProgress": None}
    licence = await db.scalar(select(Licence).where(Licence.serial_number == normalise_serial(LAPSED)))
    assert licence is not None and (licence.auto_renewal_since, licence.auto_renewal_stopped_at) == (paid_at, None)
