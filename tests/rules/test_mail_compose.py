"""Composing mail: what goes on the wire, read back with the standard library's parser."""

import email
import re
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
