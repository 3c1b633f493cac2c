"""Quote, invoice and receipt PDFs read back with pypdf: their text, the embedded font, page numbers, hostile text."""

import asyncio
import dataclasses
import io
import os
import re
import signal
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import Any

import pypdf
import pytest

from backend.billing.seller import AccountType, Issuer
from backend.billing.tax import RateTotal
from backend.core.language import Language
from backend.documents.content import Addressee, BankDetails, DocumentContent, DocumentKind, DocumentLine
from backend.documents.pool import Renderer
from backend.documents.render import render_pdf

ISSUER = Issuer(
    name_ja="株式会社コウシン・ソフトウェア",
    name_en="Koushin Software K.K.",
    postal_code="100-0005",
    address_ja="東京都千代田区丸の内一丁目1番1号",
    address_en="1-1-1 Marunouchi, Chiyoda-ku, Tokyo",
    phone="03-1234-5678",
    registration_number="T7123456789012",
    support_email="support@koushin.example",
)
COMPANY = Addressee(
    "株式会社サンプル商事", None, None, "150-0002", "東京都渋谷区渋谷2-21-1", "03-5555-0123", "a@b.example"
)
PERSON = Addressee(None, None, "山田 花子", "150-0002", "東京都渋谷区渋谷2-21-1", "090-1111-2222", "h@b.example")
BANK = BankDetails(
    "0001", "みずほ銀行", "951", "コウシン支店", AccountType.ORDINARY, "3000123", "カ）コウシンソフトウエア"
)
ISSUED_ON = date(2026, 12, 3)


def serial(n: int) -> str:
    return f"KSHN-TQ7W-{n // 10_000:04d}-{n % 10_000:04d}-2345"


def document(kind: DocumentKind, language: Language, lines: int, addressee: Addressee = COMPANY) -> DocumentContent:
    document_lines = [
        DocumentLine(serial(n), "トータルセキュリティ 3台版", 1 + n % 3, n % 2 == 1, date(2027, 12, 3), 6_800, 10)
        for n in range(lines)
    ]
    subtotal = 6_800 * lines
    tax = subtotal // 10
    invoice = kind is DocumentKind.INVOICE
    return DocumentContent(
        kind=kind,
        language=language,
        number="I-2026-000123" if invoice else "Q-2026-000098",
        issued_on=ISSUED_ON,
        issuer=ISSUER,
        addressee=addressee,
        lines=document_lines,
        rates=[RateTotal(10, subtotal, tax)],
        subtotal=subtotal,
        tax=tax,
        total_including_tax=subtotal + tax,
        purchase_order_number="PO-2026-0456",
        due_on=date(2027, 2, 3) if invoice else None,
        valid_until=None if invoice else date(2027, 1, 2),
        order_number="O-2026-000123" if invoice else None,
        bank=BANK if invoice else None,
    )


def receipt(language: Language, fee_deducted: int) -> DocumentContent:
    """The receipt (the qualified invoice) of document()'s three-line invoice (¥22,440), paid on 10 Dec 2026."""
    invoice = document(DocumentKind.INVOICE, language, 3)
    return dataclasses.replace(
        invoice,
        kind=DocumentKind.RECEIPT,
        number="R-2026-000045",
        issued_on=date(2026, 12, 11),
        due_on=None,
        bank=None,
        invoice_number=invoice.number,
        received_on=date(2026, 12, 10),
        amount_received=invoice.total_including_tax - fee_deducted,
        fee_deducted=fee_deducted,
    )


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def spaced(text: str) -> str:
    """The text with every run of whitespace (pypdf puts a line break between table cells) as one space."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def thousand_lines() -> bytes:
    return render_pdf(document(DocumentKind.INVOICE, Language.JA, 1_000))


def test_a_thousand_line_invoice_has_every_serial_page_numbers_and_the_header_on_every_page(
    thousand_lines: bytes,
) -> None:
    texts = pages(thousand_lines)
    everything = flat("".join(texts))
    assert [n for n in range(1_000) if serial(n) not in everything] == []
    count = len(texts)
    assert count > 20
    assert [f"{number}/{count}" in flat(text) for number, text in enumerate(texts, start=1)] == [True] * count
    assert ["シリアル番号" in text and "新しい有効期限" in text for text in texts[:-1]] == [True] * (count - 1)
    assert "¥7,480,000" in everything  # 6,800 × 1,000 + 10% tax
    assert "10%対象¥6,800,000消費税¥680,000" in everything


def test_the_font_is_embedded(thousand_lines: bytes) -> None:
    page: Any = pypdf.PdfReader(io.BytesIO(thousand_lines)).pages[0]  # pypdf types its objects loosely
    fonts = page["/Resources"].get_object()["/Font"].get_object()
    embedded = {
        str(font["/BaseFont"]): "/FontFile2" in font["/FontDescriptor"].get_object()
        for font in (reference.get_object() for reference in fonts.values())
        if "/FontDescriptor" in font
    }
    assert embedded and all(embedded.values()) and all(name.endswith("+IPAexGothic") for name in embedded)


def test_a_japanese_invoice_to_a_company() -> None:
    text = flat("".join(pages(render_pdf(document(DocumentKind.INVOICE, Language.JA, 3)))))
    for expected in (
        "請求書",
        "株式会社サンプル商事御中",
        "I-2026-000123",
        "2026年12月3日",
        "お支払期限2027年2月3日",
        "受注番号O-2026-000123",
        "注文番号PO-2026-0456",
        "登録番号T7123456789012",
        "¥22,440",  # 3 × 6,800 + 2,040
        "みずほ銀行（0001）",
        "コウシン支店（951）",
        "普通",
        "口座番号3000123",
        "カ）コウシンソフトウエア",
        "1年",
        "2年自動更新",
        "本請求書は適格請求書ではありません",
        "1/1",
    ):
        assert expected in text, expected


def test_a_japanese_quote_to_a_person() -> None:
    text = flat("".join(pages(render_pdf(document(DocumentKind.QUOTE, Language.JA, 2, PERSON)))))
    assert "御見積書" in text and "山田花子様" in text and "有効期限2027年1月2日" in text
    assert "御中" not in text and "口座番号" not in text


def test_english_documents() -> None:
    invoice = "".join(pages(render_pdf(document(DocumentKind.INVOICE, Language.EN, 2))))
    quote = "".join(pages(render_pdf(document(DocumentKind.QUOTE, Language.EN, 2))))
    assert "Invoice" in invoice and "3 Dec 2026" in invoice and "Koushin Software K.K." in invoice
    assert "Account number" in invoice and "3000123" in invoice and "2 years" in invoice
    assert "Quotation" in quote and "Valid until" in quote and "2 Jan 2027" in quote


RECEIPT_HEADS = {
    Language.JA: (
        "株式会社コウシン・ソフトウェア 領収書 R-2026-000045 1 / 1 "
        "領収書 番号 R-2026-000045 発行日 2026年12月11日 入金日 2026年12月10日 請求書番号 I-2026-000123 "
        "受注番号 O-2026-000123 株式会社サンプル商事 御中 〒150-0002 東京都渋谷区渋谷2-21-1 "
        "TEL 03-5555-0123 a@b.example 注文番号 PO-2026-0456 株式会社コウシン・ソフトウェア "
        "〒100-0005 東京都千代田区丸の内一丁目1番1号 TEL 03-1234-5678 登録番号 T7123456789012 "
        "下記のとおり領収いたしました。 領収金額（税込） ¥22,440 "
        "No. シリアル番号 製品 期間 新しい有効期限 金額（税抜） "
        "1 KSHN-TQ7W-0000-0000-2345 トータルセキュリティ 3台版 1年 2027年12月3日 ¥6,800 "
        "2 KSHN-TQ7W-0000-0001-2345 トータルセキュリティ 3台版 2年 自動更新 2027年12月3日 ¥6,800 "
        "3 KSHN-TQ7W-0000-0002-2345 トータルセキュリティ 3台版 3年 2027年12月3日 ¥6,800 "
        "小計（税抜） ¥20,400 10%対象 ¥20,400 消費税 ¥2,040 合計（税込） ¥22,440 "
    ),
    Language.EN: (
        "Koushin Software K.K. Receipt R-2026-000045 1 / 1 "
        "Receipt Number R-2026-000045 Date of issue 11 Dec 2026 Payment received on 10 Dec 2026 "
        "Invoice number I-2026-000123 Order number O-2026-000123 株式会社サンプル商事 "
        "〒150-0002 東京都渋谷区渋谷2-21-1 TEL 03-5555-0123 a@b.example Your reference PO-2026-0456 "
        "Koushin Software K.K. 〒100-0005 1-1-1 Marunouchi, Chiyoda-ku, Tokyo TEL 03-1234-5678 "
        "Registration number T7123456789012 "
        "We acknowledge receipt of the following payment. Amount received (incl. tax) ¥22,440 "
        "No. Serial number Product Term New expiry Amount (excl. tax) "
        "1 KSHN-TQ7W-0000-0000-2345 トータルセキュリティ 3台版 1 year 3 Dec 2027 ¥6,800 "
        "2 KSHN-TQ7W-0000-0001-2345 トータルセキュリティ 3台版 2 years auto-renewal 3 Dec 2027 ¥6,800 "
        "3 KSHN-TQ7W-0000-0002-2345 トータルセキュリティ 3台版 3 years 3 Dec 2027 ¥6,800 "
        "Subtotal (excl. tax) ¥20,400 Taxable at 10% ¥20,400 Tax ¥2,040 Total (incl. tax) ¥22,440 "
    ),
}


@pytest.mark.parametrize(
    ("language", "fee_deducted", "tail"),
    [
        pytest.param(
            Language.JA,
            0,
            "お支払い内訳 お振込金額 ¥22,440 合計 ¥22,440 ・本書は適格請求書（インボイス）です。",
            id="ja-paid-in-full",
        ),
        pytest.param(
            Language.JA,
            440,
            "お支払い内訳 お振込金額 ¥22,000 振込手数料（お客様負担分の差引） ¥440 合計 ¥22,440 "
            "・本書は適格請求書（インボイス）です。 "
            "・お振込時に差し引かれた振込手数料 ¥440 は振込手数料として承り、ご請求金額の全額を領収いたしました。",
            id="ja-fee-deducted",
        ),
        pytest.param(
            Language.EN,
            0,
            "Payment Amount transferred ¥22,440 Total ¥22,440 "
            "- This receipt is a qualified invoice (適格請求書) under Japan's invoice system.",
            id="en-paid-in-full",
        ),
        pytest.param(
            Language.EN,
            440,
            "Payment Amount transferred ¥22,000 Transfer fee deducted (accepted) ¥440 Total ¥22,440 "
            "- This receipt is a qualified invoice (適格請求書) under Japan's invoice system. "
            "- The transfer fee of ¥440 deducted from your transfer was accepted as such: "
            "the amount invoiced is received in full.",
            id="en-fee-deducted",
        ),
    ],
)
def test_a_receipt_is_the_qualified_invoice_with_what_was_paid_and_no_bank_or_due_date(
    language: Language, fee_deducted: int, tail: str
) -> None:
    # The whole page, in order: the six items of a qualified invoice (issuer and registration number,
    # the transaction date 入金日, the lines, the total and the tax per rate, the addressee), then the
    # payment and the notes, and nothing after them: no bank block, no due date, no invoice's notes.
    texts = pages(render_pdf(receipt(language, fee_deducted)))
    assert len(texts) == 1
    assert spaced(texts[0]) == RECEIPT_HEADS[language] + tail


def test_the_same_content_gives_the_same_bytes_dated_the_issue_day() -> None:
    content = document(DocumentKind.INVOICE, Language.JA, 5)
    first, second = render_pdf(content), render_pdf(content)
    assert first == second
    metadata = pypdf.PdfReader(io.BytesIO(first)).metadata
    assert metadata is not None and str(metadata["/CreationDate"]) == "D:20261202150000+00'00'"


def test_hostile_billing_text_comes_out_literally() -> None:
    hostile = "<b>x</b></td><script>alert(1)</script>\r\nnext\u202eline"
    long = "長" * 10_000
    content = dataclasses.replace(
        document(DocumentKind.INVOICE, Language.JA, 2),
        purchase_order_number=hostile,
        addressee=dataclasses.replace(COMPANY, company_name=hostile, department=long, contact_name="&amp; 様"),
    )
    text = "".join(pages(render_pdf(content)))
    assert text.count("<b>x</b></td><script>alert(1)</script> nextline") == 2
    assert "\u202e" not in text
    assert flat(text).count("長") == 299 and "長…" in text  # the form refuses more than 300 characters
    assert "&amp; 様 様" in text


async def test_the_renderer_renders_in_a_worker_process() -> None:
    content = document(DocumentKind.QUOTE, Language.EN, 1)
    renderer = Renderer(max_workers=1)
    try:
        pdf = await renderer.render(content)
    finally:
        renderer.close()
    assert pdf == render_pdf(content)


async def test_a_worker_that_dies_fails_its_render_and_the_next_render_gets_a_fresh_one() -> None:
    content = document(DocumentKind.QUOTE, Language.EN, 1)
    renderer = Renderer(max_workers=1)
    try:
        assert await renderer.render(content) == render_pdf(content)
        worker = await asyncio.get_running_loop().run_in_executor(renderer._executor, os.getpid)
        os.kill(worker, signal.SIGKILL)
        with pytest.raises(BrokenProcessPool):
            await renderer.render(content)
        assert await renderer.render(content) == render_pdf(content)
    finally:
        renderer.close()
