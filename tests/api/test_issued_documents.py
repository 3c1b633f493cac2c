"""Quote and invoice PDFs from placement to the customer: rendered by the background job, stored once with
their hash, downloaded by their owner only, and the invoice mailed over real SMTP with those very bytes."""

import asyncio
import hashlib
import io
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import timedelta
from email.message import EmailMessage
from typing import Any

import httpx
import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.background.jobs import DOCUMENT_RENDERING, MAIL_DISPATCH
from backend.background.runner import run_until_idle
from backend.catalog.catalogue import load_catalogue
from backend.core.settings import Settings
from backend.demo import DemoPasswordHashes, load_demo
from backend.documents.models import StoredDocument
from backend.documents.storage import FIRST_LEASE, claim_pending, store_rendered
from backend.mail.models import OutboxMessage
from backend.runtime import Runtime
from backend.web.app import create_app
from tests.api.test_orders import BILLING, CANCEL, LAPSED, PLACE, QUOTE, SOON, line, order_input
from tests.conftest import ORIGIN, TestClock, add_account, count_rows, gql, sign_in
from tests.mail_server import MailServer, mail_server

DEMO = "demo@koushin.example"
CLOUD = "QF7K-2M9P-XR4T-8WNC-3HJD"
DOCUMENT = "pdfUrl document { status url byteSize sha256 }"
ORDER_DOCUMENT = (
    f"query($number: String!) {{ order(number: $number) {{ order {{ invoiceMailedTo invoice {{ {DOCUMENT} }} }} }} }}"
)
QUOTE_DOCUMENT = f"query($number: String!) {{ quote(number: $number) {{ quote {{ {DOCUMENT} }} }} }}"


@dataclass
class Shop:
    client: httpx.AsyncClient
    runtime: Runtime
    smtp: MailServer

    async def work(self) -> int:
        """What `serve` does in the background: render, then send."""
        return await run_until_idle(self.runtime, [DOCUMENT_RENDERING, MAIL_DISPATCH])

    async def place(self, **changes: Any) -> str:
        body = await gql(
            self.client,
            PLACE,
            input=order_input(line(SOON, "TS_PREMIUM", 2), line(LAPSED, "TS_STANDARD", 1, True), **changes),
        )
        payload = body["data"]["placeRenewalOrder"]
        assert payload["errors"] == []
        return str(payload["order"]["number"])


@pytest.fixture
async def shop(settings: Settings, clock: TestClock, db: AsyncSession) -> AsyncIterator[Shop]:
    async with mail_server() as smtp:
        mail = replace(settings.mail, smtp_port=smtp.port, public_url="https://koushin.example")
        app = create_app(replace(settings, mail=mail), clock=clock)
        async with app.router.lifespan_context(app):
            await load_demo(db, load_catalogue(), clock.today(), clock.now(), await DemoPasswordHashes.make())
            await db.commit()
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as client:
                await sign_in(client, DEMO, "Koushin-Demo-2026")
                yield Shop(client, app.state.runtime, smtp)


def pdf_text(content: bytes) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages))


def attachment(message: EmailMessage) -> tuple[str | None, bytes]:
    [part] = list(message.iter_attachments())
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return part.get_filename(), payload


def body_text(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


async def test_an_invoice_is_rendered_once_downloaded_by_its_owner_and_mailed_with_the_same_bytes(shop: Shop) -> None:
    number = await shop.place()
    assert await shop.work() == 3  # one render, two messages sent
    order = (await gql(shop.client, ORDER_DOCUMENT, number=number))["data"]["order"]["order"]
    assert order["invoiceMailedTo"] == ["billing@test-shoji.example", DEMO]
    document = order["invoice"]
    assert document["document"]["status"] == "READY"
    assert document["document"]["url"] == document["pdfUrl"] == "/documents/invoices/I-2026-000001.pdf"

    download = await shop.client.get(document["pdfUrl"])
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"I-2026-000001.pdf\"; filename*=utf-8''%E8%AB%8B%E6%B1%82%E6%9B%B8-I-2026-000001.pdf"
    )
    assert download.headers["cache-control"] == "private, no-store"
    pdf = download.content
    assert hashlib.sha256(pdf).hexdigest() == document["document"]["sha256"]
    assert len(pdf) == document["document"]["byteSize"]
    text = pdf_text(pdf)
    for expected in (
        "請求書",
        "I-2026-000001",
        "受注番号O-2026-000001",
        "株式会社テスト商事",
        "山田花子様",
        "注文番号PO-778",
        "¥23,215",
        "口座番号3000000",
        SOON,
        LAPSED,
        "お支払期限2027年1月26日",
    ):
        assert expected in text, expected

    received = sorted(shop.smtp.received, key=lambda arrived: arrived.recipients)
    assert [arrived.recipients for arrived in received] == [["billing@test-shoji.example"], [DEMO]]
    for arrived in received:
        message = arrived.message
        assert message["Subject"] == "【Koushin】ご請求書をお送りします（I-2026-000001）"
        assert attachment(message) == ("請求書-I-2026-000001.pdf", pdf)
        plain = body_text(message, "plain")
        for expected in (
            "株式会社テスト商事\n情報システム部\n山田 花子 様",
            "受注番号　　　　　：O-2026-000001",
            "お支払期限　　　　：2027年1月26日",
            "ご請求金額（税込）：¥23,215（2件）",
            "銀行　　：みずほ銀行（0001）",
            "預金種目：普通",
            "口座番号：3000000",
            "口座名義：カ）コウシンソフトウエア",
            "振込手数料はお客様のご負担となります。",
            "本請求書は適格請求書ではありません。",
            "https://koushin.example/orders/O-2026-000001",
        ):
            assert expected in plain, expected
    assert await shop.work() == 0  # stored for ever: nothing to render or send again


async def test_a_quote_is_rendered_for_download_and_not_mailed(shop: Shop) -> None:
    body = await gql(shop.client, QUOTE, input={"lines": [line(SOON, "CLOUD", 3)], "billing": BILLING})
    number = body["data"]["createQuote"]["quote"]["number"]
    assert await shop.work() == 1
    quote = (await gql(shop.client, QUOTE_DOCUMENT, number=number))["data"]["quote"]["quote"]
    assert quote["document"]["status"] == "READY"
    download = await shop.client.get(quote["pdfUrl"])
    assert download.status_code == 200
    assert hashlib.sha256(download.content).hexdigest() == quote["document"]["sha256"]
    text = pdf_text(download.content)
    assert "御見積書" in text and number in text and SOON in text and "有効期限2026年12月26日" in text
    assert shop.smtp.received == []


async def test_only_the_owners_session_downloads_and_everyone_else_gets_the_same_404(
    shop: Shop, db: AsyncSession, settings: Settings
) -> None:
    number = await shop.place()
    url = "/documents/invoices/I-2026-000001.pdf"
    pending = await shop.client.get(url)
    await shop.work()
    assert (await shop.client.get(url)).status_code == 200

    await add_account(db, "other@example.co.jp")
    transport = shop.client._transport  # the same app, another browser
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as other:
        anonymous = await other.get(url)
        await sign_in(other, "other@example.co.jp")
        foreign = await other.get(url)
    unknown = await shop.client.get("/documents/invoices/I-2026-000002.pdf")
    wrong_kind = await shop.client.get("/documents/receipts/I-2026-000001.pdf")
    too_long = await shop.client.get(f"/documents/invoices/{'I' * 300}.pdf")
    as_quote = await shop.client.get("/documents/quotes/I-2026-000001.pdf")
    nul = await shop.client.get("/documents/invoices/I-2026-%00.pdf")
    refusals = [pending, anonymous, foreign, unknown, wrong_kind, too_long, as_quote, nul]
    assert [(response.status_code, response.text) for response in refusals] == [(404, "Not found")] * 8
    assert number == "O-2026-000001"


async def test_an_english_order_gets_an_english_invoice_and_mail(shop: Shop) -> None:
    shop.client.headers["accept-language"] = "en"
    await shop.place()
    await shop.work()
    [first, _] = shop.smtp.received
    message = first.message
    assert message["Subject"] == "Your Koushin invoice I-2026-000001"
    filename, pdf = attachment(message)
    assert filename == "invoice-I-2026-000001.pdf"
    assert "Invoice" in pdf_text(pdf) and "Paymentdue26Jan2027" in pdf_text(pdf)
    plain = body_text(message, "plain")
    assert "Total (including tax): ¥23,215 (2 serials)" in plain and "Account type:   Ordinary (普通)" in plain


async def test_hostile_billing_text_is_literal_in_the_pdf_and_the_mail(shop: Shop) -> None:
    hostile = {**BILLING, "companyName": "<script>alert(1)</script>&amp;", "department": None, "contactName": None}
    await shop.place(billing=hostile)
    await shop.work()
    message = shop.smtp.received[0].message
    html = body_text(message, "html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp; 御中" in html and "<script>" not in html
    assert "<script>alert(1)</script>&amp; 御中" in body_text(message, "plain")
    assert "<script>alert(1)</script>&amp;御中" in pdf_text(attachment(message)[1])


async def test_an_invoice_cancelled_before_it_was_rendered_is_stored_but_not_mailed(
    shop: Shop, db: AsyncSession
) -> None:
    number = await shop.place()
    assert (await gql(shop.client, CANCEL, number=number))["data"]["cancelOrder"]["errors"] == []
    assert await shop.work() == 1
    assert shop.smtp.received == []
    assert await count_rows(db, OutboxMessage) == 0
    assert (await shop.client.get("/documents/invoices/I-2026-000001.pdf")).status_code == 200


async def test_a_renderer_that_lost_its_lease_stores_nothing(shop: Shop, db: AsyncSession, clock: TestClock) -> None:
    await shop.place()
    transactions = shop.runtime.transactions
    first = await transactions.write(lambda session: claim_pending(session, clock.now()))
    assert first is not None and first.attempts == 1
    assert await transactions.write(lambda session: claim_pending(session, clock.now())) is None  # leased
    clock.advance(FIRST_LEASE + timedelta(seconds=1))
    second = await transactions.write(lambda session: claim_pending(session, clock.now()))
    assert second is not None and (second.id, second.attempts) == (first.id, 2)
    stored = await transactions.write(lambda session: store_rendered(session, second, b"%PDF-second", clock.now()))
    late = await transactions.write(lambda session: store_rendered(session, first, b"%PDF-first", clock.now()))
    assert stored is not None and late is None
    row = await db.scalar(select(StoredDocument.sha256))
    assert row == hashlib.sha256(b"%PDF-second").hexdigest()


async def test_concurrent_renderers_take_different_documents(shop: Shop, db: AsyncSession) -> None:
    await shop.place()
    body = await gql(shop.client, QUOTE, input={"lines": [line(CLOUD, "CLOUD", 1)], "billing": BILLING})
    assert body["data"]["createQuote"]["errors"] == []
    done = await asyncio.gather(*(DOCUMENT_RENDERING.step(shop.runtime) for _ in range(3)))
    assert sorted(done) == [0, 1, 1]
    states = (await db.execute(select(StoredDocument.kind, StoredDocument.state, StoredDocument.attempts))).all()
    assert sorted(states) == [("invoice", "ready", 1), ("quote", "ready", 1)]
    assert await count_rows(db, OutboxMessage) == 2
