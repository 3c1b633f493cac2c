"""Composing mail: what goes on the wire, read back with the standard library's parser."""

import email
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest

from backend.core.language import Language
from backend.core.settings import MailSettings
from backend.mail.compose import (
    Attachment,
    ComposedMessage,
    MailCompositionError,
    Recipient,
    ascii_filename,
    compose,
)

NOW = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)
SENDER = MailSettings().sender
VALUES = {
    "company_name": "株式会社サンプル商事",
    "email": "buyer@example.co.jp",
    "link": "https://koushin.example/set-password#token=abc",
    "expires_at": "2026年12月2日 12:30",
}


BUYER = Recipient("buyer@example.co.jp", "株式会社サンプル商事")


def make(
    recipient: Recipient = BUYER,
    values: dict[str, str] = VALUES,
    attachments: tuple[Attachment, ...] = (),
) -> ComposedMessage:
    return compose("password_reset", recipient, values, sender=SENDER, now=NOW, attachments=attachments)


def read(composed: ComposedMessage) -> EmailMessage:
    message = email.message_from_bytes(composed.content, policy=default_policy)
    assert isinstance(message, EmailMessage)
    return message


def test_a_message_is_seven_bit_with_encoded_headers_and_both_parts() -> None:
    composed = make()
    raw = composed.content
    assert raw.isascii() and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 78 for line in raw.split(b"\r\n"))
    assert raw.startswith(b"Subject: =?utf-8?b?")
    message = read(composed)
    assert message["Subject"] == "【Koushin】パスワード設定のご案内"
    assert str(message["From"]) == "Koushin ライセンス更新 <no-reply@koushin.localhost>"
    assert str(message["To"]) == "株式会社サンプル商事 <buyer@example.co.jp>"
    assert message["Date"] == "Wed, 02 Dec 2026 11:30:00 +0900"
    assert message["Auto-Submitted"] == "auto-generated"
    assert re.fullmatch(r"<[0-9a-f]{32}@koushin\.localhost>", composed.message_id)
    assert message["Message-ID"] == composed.message_id
    assert [part.get_content_type() for part in message.walk()] == [
        "multipart/alternative",
        "text/plain",
        "text/html",
    ]
    assert (composed.kind, composed.recipient) == ("password_reset", "buyer@example.co.jp")


def test_every_message_gets_its_own_message_id() -> None:
    assert make().message_id != make().message_id


def test_values_are_escaped_in_html_and_kept_verbatim_in_text() -> None:
    hostile = VALUES | {"company_name": '<img src=x onerror="alert(1)">&co'}
    message = read(make(values=hostile))
    html = message.get_body(("html",))
    text = message.get_body(("plain",))
    assert html is not None and text is not None
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;&amp;co" in html.get_content()
    assert "<img" not in html.get_content()
    assert '<img src=x onerror="alert(1)">&co' in text.get_content()


@pytest.mark.parametrize(
    "recipient",
    [
        pytest.param(Recipient("buyer@example.co.jp\r\nBcc: victim@example.com"), id="crlf-in-address"),
        pytest.param(Recipient("buyer@example.co.jp", "Sample\r\nBcc: victim@example.com"), id="crlf-in-name"),
        pytest.param(Recipient("buyer@example.co.jp", "Sample\nBcc: victim@example.com"), id="lf-in-name"),
        pytest.param(Recipient("buyer@example.co.jp", "Sample\x00"), id="nul-in-name"),
        pytest.param(Recipient("buyer@example.co.jp", "Sample\u2028Bcc: x"), id="line-separator"),
        pytest.param(Recipient("not an address"), id="no-address"),
        pytest.param(Recipient("buyer@localhost"), id="no-domain"),
    ],
)
def test_a_value_that_could_add_a_header_is_refused(recipient: Recipient) -> None:
    with pytest.raises(MailCompositionError):
        make(recipient=recipient)


def test_an_attachment_carries_its_japanese_name_twice() -> None:
    pdf = b"%PDF-1.7 \x00\xff binary"
    composed = make(attachments=(Attachment("請求書_INV-2026-0001.pdf", "application/pdf", pdf),))
    assert (
        b"Content-Disposition: attachment;\r\n"
        b" filename*=utf-8''%E8%AB%8B%E6%B1%82%E6%9B%B8_INV-2026-0001.pdf;\r\n"
        b' filename="INV-2026-0001.pdf"\r\n'
    ) in composed.content
    message = read(composed)
    assert message.get_content_type() == "multipart/mixed"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "請求書_INV-2026-0001.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf


def test_an_ascii_attachment_name_is_given_once() -> None:
    composed = make(attachments=(Attachment("receipt-0001.pdf", "application/pdf", b"%PDF"),))
    assert b'Content-Disposition: attachment; filename="receipt-0001.pdf"\r\n' in composed.content


@pytest.mark.parametrize(
    ("filename", "fallback"),
    [
        ("請求書_INV-0001.pdf", "INV-0001.pdf"),
        ("領収書.pdf", "attachment.pdf"),
        ("ＩＮＶ－０００１.pdf", "INV-0001.pdf"),
        ("見積書 (2026年12月).pdf", "2026_12.pdf"),
        ("noextension", "noextension"),
        ("../../etc/passwd", "etc_passwd"),
    ],
)
def test_the_ascii_fallback_keeps_what_ascii_can_say(filename: str, fallback: str) -> None:
    assert ascii_filename(filename) == fallback


def test_an_overlong_attachment_name_is_refused() -> None:
    with pytest.raises(MailCompositionError, match="at most 100 characters"):
        make(attachments=(Attachment("請" * 101 + ".pdf", "application/pdf", b""),))


def test_english_mail_for_an_english_reader() -> None:
    message = read(make(recipient=Recipient("buyer@example.co.jp", None, Language.EN)))
    assert message["Subject"] == "Set your Koushin password"
    assert message["To"] == "buyer@example.co.jp"


def message_in(kind: str, language: Language, values: Mapping[str, object]) -> EmailMessage:
    recipient = Recipient("buyer@example.co.jp", "株式会社サンプル商事", language)
    return read(compose(kind, recipient, values, sender=SENDER, now=NOW))


def bodies(message: EmailMessage) -> tuple[str, str]:
    """The plain text and the HTML of a message, the wire's CRLF line ends read as LF."""
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert isinstance(plain, EmailMessage) and isinstance(html, EmailMessage)
    return plain.get_content().replace("\r\n", "\n"), html.get_content().replace("\r\n", "\n")


def serial_item(n: int) -> dict[str, str]:
    return {
        "serial": f"KSHN-TQ7W-0000-{n:04d}-2345",
        "product": "トータルセキュリティ 3台版",
        "new_expires_on": f"2027年12月{n}日",
    }


PAID = {
    "name_lines": ["株式会社サンプル商事", "経理部", "山田 太郎 様"],
    "order_number": "O-2026-000123",
    "invoice_number": "I-2026-000123",
    "receipt_number": "R-2026-000045",
    "received_on": "2026年12月10日",
    "amount_received": "¥22,000",
    "fee_deducted": "¥440",
    "total": "¥22,440",
    "serials": [serial_item(1), serial_item(2)],
    "line_count": 2,
    "order_link": "https://koushin.example/orders/O-2026-000123",
    "issuer_name": "株式会社コウシン・ソフトウェア",
    "support_email": "support@koushin.example",
}
EXPIRED = {
    "name_lines": ["株式会社サンプル商事 御中"],
    "order_number": "O-2026-000123",
    "invoice_number": "I-2026-000123",
    "due_on": "2027年2月3日",
    "total": "¥22,440",
    "line_count": 2,
    "order_link": "https://koushin.example/orders/O-2026-000123",
    "renew_link": "https://koushin.example/licences",
    "issuer_name": "株式会社コウシン・ソフトウェア",
    "support_email": "support@koushin.example",
}


def test_the_payment_confirmed_mail_in_japanese() -> None:
    message = message_in("payment_confirmed", Language.JA, PAID)
    plain, html = bodies(message)
    assert message["Subject"] == "【Koushin】ご入金を確認しました（I-2026-000123）"
    assert plain == (
        "株式会社サンプル商事\n経理部\n山田 太郎 様\n\n"
        "Koushin（ライセンス更新）をご利用いただき、ありがとうございます。\n"
        "ご請求書 I-2026-000123 のご入金を確認し、ライセンスを更新しました。\n"
        "領収書（PDF）を添付いたします。この領収書が適格請求書（インボイス）です。\n\n"
        "■ ご入金内容\n"
        "受注番号　　　　　：O-2026-000123\n"
        "請求書番号　　　　：I-2026-000123\n"
        "領収書番号　　　　：R-2026-000045\n"
        "入金日　　　　　　：2026年12月10日\n"
        "お振込金額　　　　：¥22,000\n"
        "振込手数料（差引）：¥440\n"
        "領収金額（税込）　：¥22,440（2件）\n\n"
        "■ 更新後の有効期限\n"
        "・KSHN-TQ7W-0000-0001-2345　トータルセキュリティ 3台版　2027年12月1日まで\n"
        "・KSHN-TQ7W-0000-0002-2345　トータルセキュリティ 3台版　2027年12月2日まで\n\n"
        "■ 領収書について\n"
        "・添付の領収書は適格請求書（インボイス）です。経理のご処理にお使いください。\n"
        "・お振込時に差し引かれた振込手数料 ¥440 は振込手数料として承り、\n"
        "　ご請求金額の全額を領収いたしました。\n"
        "・領収書は、ご注文のページからいつでもダウンロードできます。\n\n"
        "ご注文の内容の確認と、領収書のダウンロードはこちらから：\n"
        "https://koushin.example/orders/O-2026-000123\n\n"
        "お問い合わせ：株式会社コウシン・ソフトウェア（support@koushin.example）\n\n"
        "-- \n"
        "Koushin ライセンス更新\n"
        "このメールは送信専用のアドレスから自動送信しています。ご返信いただいてもお答えできません。\n"
    )
    assert "<title>ご入金を確認しました</title>" in html
    assert '>振込手数料（差引）</th><td style="padding:4px 0;">¥440</td></tr>' in html
    assert html.count('<td style="padding:4px 12px 4px 0;white-space:nowrap;">KSHN-TQ7W-') == 2
    assert "<strong>2027年12月2日</strong>" in html
    assert "<li>添付の領収書は適格請求書（インボイス）です。経理のご処理にお使いください。</li>" in html
    assert '<a href="https://koushin.example/orders/O-2026-000123"' in html and "ほか" not in html


def test_the_payment_confirmed_mail_in_english_lists_twenty_serials_and_counts_the_rest() -> None:
    values = PAID | {
        "fee_deducted": "",
        "amount_received": "¥231,000",
        "total": "¥231,000",
        "serials": [serial_item(n) for n in range(1, 21)],
        "line_count": 23,
    }
    message = message_in("payment_confirmed", Language.EN, values)
    plain, html = bodies(message)
    assert message["Subject"] == "Payment received: your Koushin invoice I-2026-000123"
    assert (
        "Thank you for renewing with Koushin. We have received your payment for invoice I-2026-000123\n"
        "and renewed your licences. Your receipt (PDF) is attached: it is your qualified invoice (適格請求書).\n"
    ) in plain
    assert (
        "Your payment\n"
        "Order number:          O-2026-000123\n"
        "Invoice number:        I-2026-000123\n"
        "Receipt number:        R-2026-000045\n"
        "Received on:           2026年12月10日\n"
        "Amount transferred:    ¥231,000\n"
        "Total (including tax): ¥231,000 (23 serials)\n"
    ) in plain
    listed = [line for line in plain.splitlines() if line.startswith("- KSHN-")]
    assert listed[0] == "- KSHN-TQ7W-0000-0001-2345  トータルセキュリティ 3台版  until 2027年12月1日"
    assert (len(listed), listed[-1][:26]) == (20, "- KSHN-TQ7W-0000-0020-2345")
    assert "  until 2027年12月20日\n  and 3 more: see them all on your order's page.\n" in plain
    assert (
        "- The attached receipt is your qualified invoice (適格請求書) under Japan's invoice system:\n"
        "  keep it for your accounts.\n"
        "- You can download the receipt again at any time from your order's page.\n\n"
        "Your order and its receipt to download:\n"
        "https://koushin.example/orders/O-2026-000123\n"
    ) in plain
    assert '<p style="margin:8px 0 0;">And 3 more: see them all on your order\'s page.</p>' in html
    assert "fee" not in plain and "fee" not in html


@pytest.mark.parametrize(
    ("language", "fee_lines"),
    [
        pytest.param(
            Language.JA,
            [
                "振込手数料（差引）：¥440\n",
                "・お振込時に差し引かれた振込手数料 ¥440 は振込手数料として承り、\n"
                "　ご請求金額の全額を領収いたしました。\n",
            ],
            id="ja",
        ),
        pytest.param(
            Language.EN,
            [
                "Transfer fee deducted: ¥440 (accepted)\n",
                "- The transfer fee of ¥440 deducted from your transfer was accepted as such:\n"
                "  the invoice is paid in full.\n",
            ],
            id="en",
        ),
    ],
)
def test_the_payment_mail_says_a_transfer_fee_only_when_one_was_deducted(
    language: Language, fee_lines: list[str]
) -> None:
    with_fee, _ = bodies(message_in("payment_confirmed", language, PAID))
    without_fee, _ = bodies(message_in("payment_confirmed", language, PAID | {"fee_deducted": ""}))
    assert [with_fee.count(line) for line in fee_lines] == [1, 1]
    for line in fee_lines:
        with_fee = with_fee.replace(line, "")
    assert with_fee == without_fee


def test_the_payment_mail_in_japanese_counts_the_serials_it_does_not_list() -> None:
    values = PAID | {"serials": [serial_item(n) for n in range(1, 21)], "line_count": 21}
    plain, html = bodies(message_in("payment_confirmed", Language.JA, values))
    assert "2027年12月20日まで\n　ほか1件は、ご注文のページでご確認ください。\n\n■ 領収書について\n" in plain
    assert '<p style="margin:8px 0 0;">ほか1件は、ご注文のページでご確認ください。</p>' in html


def test_the_order_expired_mail_in_japanese() -> None:
    message = message_in("order_expired", Language.JA, EXPIRED)
    plain, html = bodies(message)
    assert message["Subject"] == "【Koushin】お申し込みが失効しました（O-2026-000123）"
    assert plain == (
        "株式会社サンプル商事 御中\n\n"
        "Koushin（ライセンス更新）をご利用いただき、ありがとうございます。\n"
        "お支払期限の 2027年2月3日 までにご入金が確認できなかったため、\n"
        "下記のライセンス更新のお申し込みは失効しました。ライセンスの有効期限は更新されていません。\n\n"
        "■ 失効したお申し込み\n"
        "受注番号　　　　　：O-2026-000123\n"
        "請求書番号　　　　：I-2026-000123\n"
        "お支払期限　　　　：2027年2月3日\n"
        "ご請求金額（税込）：¥22,440（2件）\n\n"
        "■ ご注意\n"
        "・このお申し込みのシリアル番号は、あらためてお申し込みいただけます。\n"
        "　新しいお申し込みには、新しいご請求書とお振込先の口座をお送りします。\n"
        "・行き違いでお振り込みいただいていた場合は、担当者がご入金を確認のうえ、ご連絡いたします。\n"
        "　その場合は、あらためてのお申し込みやお振り込みをなさらず、まずお問い合わせ先までご連絡ください。\n\n"
        "あらためてのお申し込みは、ライセンスの一覧から：\n"
        "https://koushin.example/licences\n\n"
        "失効したお申し込みの内容はこちら：\n"
        "https://koushin.example/orders/O-2026-000123\n\n"
        "お問い合わせ：株式会社コウシン・ソフトウェア（support@koushin.example）\n\n"
        "-- \n"
        "Koushin ライセンス更新\n"
        "このメールは送信専用のアドレスから自動送信しています。ご返信いただいてもお答えできません。\n"
    )
    assert "<title>お申し込みが失効しました</title>" in html
    assert '<a href="https://koushin.example/licences" style="display:inline-block;' in html
    assert '<a href="https://koushin.example/orders/O-2026-000123" style="color:#1d5fa8;">ご注文のページ</a>' in html
    assert "担当者がご入金を確認のうえ、ご連絡いたします。" in html


def test_the_order_expired_mail_in_english() -> None:
    values = EXPIRED | {"name_lines": ["Sample Trading Co., Ltd.", "Attn: Jane Doe"], "line_count": 1}
    message = message_in("order_expired", Language.EN, values | {"due_on": "3 Feb 2027", "total": "¥7,480"})
    plain, html = bodies(message)
    assert message["Subject"] == "Your Koushin renewal order O-2026-000123 has expired"
    assert plain.startswith(
        "Sample Trading Co., Ltd.\nAttn: Jane Doe\n\n"
        "Thank you for choosing Koushin. We had not received your payment by the due date, 3 Feb 2027,\n"
        "so the renewal order below has expired. Your licences' expiry dates have not changed.\n\n"
        "Your expired order\n"
        "Order number:          O-2026-000123\n"
        "Invoice number:        I-2026-000123\n"
        "Due date:              3 Feb 2027\n"
        "Total (including tax): ¥7,480 (1 serial)\n\n"
        "Please note\n"
        "- The serials in this order are free to be ordered again. A new order gets a new invoice\n"
        "  and its own account to pay into.\n"
        "- If you have transferred the payment after all, our staff will check it and contact you.\n"
        "  In that case, do not order or transfer again: contact us first.\n\n"
        "To order again, from your licences:\n"
        "https://koushin.example/licences\n\n"
        "Your expired order:\n"
        "https://koushin.example/orders/O-2026-000123\n"
    )
    assert "<title>Your renewal order has expired</title>" in html
    assert ">Order again from your licences</a>" in html
    assert "<li>If you have transferred the payment after all, our staff will check it and contact you." in html
