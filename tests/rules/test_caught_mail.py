"""Reading caught mail: keys, the Maildir store, decoded headers, parts, attachments, links and the frame."""

from datetime import UTC, datetime
from email.headerregistry import Address
from pathlib import Path

import pytest
from markupsafe import Markup

from backend.core.language import Language
from backend.mail.compose import Attachment, Recipient, compose
from backend.mail_catcher.reading import (
    CaughtAttachment,
    Summary,
    attachment,
    framed_html,
    linked_text,
    read,
    summarise,
)
from backend.mail_catcher.smtp import is_loopback
from backend.mail_catcher.store import CaughtMailStore, arrival_order, is_key

ARRIVED = datetime(2026, 11, 26, 3, 4, 5, tzinfo=UTC)
SENDER = Address("Koushin ライセンス更新", addr_spec="no-reply@koushin.localhost")
KEY = "1796195931.M564757P31756Q2.vm"


def composed(*attachments: Attachment) -> bytes:
    values = {"email": "buyer@example.co.jp", "company_name": "株式会社テスト", "link": "http://x/p", "expires_at": "x"}
    recipient = Recipient("buyer@example.co.jp", "株式会社テスト", Language.JA)
    now = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
    return compose("password_reset", recipient, values, sender=SENDER, now=now, attachments=attachments).content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (KEY, True),
        ("1796195931.M5P1Q1.host-name_1.example", True),
        (r"1796195931.M5P1Q1.odd\057host", True),  # Maildir's escape for a / in the host name
        ("1796195931.M5P1Q1.host:2,S", False),  # the info suffix belongs to the file name, not the key
        ("1796195931.M5P1Q1.", False),
        ("1796195931.M5P1Q1./etc", False),
        ("../1796195931.M5P1Q1.host", False),
        ("1796195931.M5P1Q1.host/..", False),
        ("nonsense", False),
        ("", False),
    ],
)
def test_keys_are_maildirs_own_names_only(text: str, expected: bool) -> None:
    assert is_key(text) is expected


def test_arrival_order_sorts_by_second_microsecond_then_counter() -> None:
    keys = ["10.M999999P1Q1.h", "11.M1P1Q1.h", "11.M2P1Q1.h", "11.M2P9Q2.h"]
    assert [arrival_order(key) for key in keys] == [(10, 999_999, 1), (11, 1, 1), (11, 2, 1), (11, 2, 2)]
    with pytest.raises(ValueError, match="'x' is not a Maildir key"):
        arrival_order("x")


@pytest.mark.parametrize("folder", ["caught-mail", "."])  # not there yet; there, but without a Maildir's folders
def test_the_store_keeps_messages_whole_and_lists_them_newest_first(tmp_path: Path, folder: str) -> None:
    store = CaughtMailStore(tmp_path / folder)
    assert store.newest_first() == []
    assert store.content(KEY) is None
    assert store.clear() == 0
    first = store.add(b"Subject: one\r\n\r\nbody one\r\n")
    second = store.add(b"Subject: two\r\nX-Long: a\r\n b\r\n\r\nbody two\r\n")
    assert store.newest_first() == [second, first]
    assert store.content(first) == b"Subject: one\r\n\r\nbody one\r\n"
    assert store.header_block(second) == b"Subject: two\r\nX-Long: a\r\n b\r\n"
    assert store.content("../" + first) is None
    assert store.header_block(KEY) is None
    assert store.clear() == 2
    assert store.newest_first() == []
    assert store.content(first) is None


def test_a_summary_decodes_japanese_headers_and_reads_the_same_from_headers_alone(tmp_path: Path) -> None:
    content = composed(Attachment("請求書.pdf", "application/pdf", b"%PDF"))
    store = CaughtMailStore(tmp_path)
    key = store.add(content)
    headers = store.header_block(key)
    assert headers is not None
    expected = Summary(
        key=key,
        date="2026-11-26 10:00",
        sender="Koushin ライセンス更新 <no-reply@koushin.localhost>",
        recipients="株式会社テスト <buyer@example.co.jp>",
        subject="【Koushin】パスワード設定のご案内",
        has_attachments=True,
    )
    assert summarise(key, content, arrived=ARRIVED) == expected
    assert summarise(key, headers, arrived=ARRIVED) == expected


@pytest.mark.parametrize(
    ("date_header", "shown"),
    [
        ("", "2026-11-26 12:04"),  # none: when it arrived, in Japan
        ("Date: yesterday-ish\r\n", "2026-11-26 12:04"),
        ("Date: Thu, 26 Nov 2026 09:30:00 +0000\r\n", "2026-11-26 18:30"),
        ("Date: Thu, 26 Nov 2026 09:30:00 -0000\r\n", "2026-11-26 09:30"),  # -0000: no zone known, as written
    ],
)
def test_the_date_is_shown_in_japan_time(date_header: str, shown: str) -> None:
    content = f"Subject: =?utf-8?b?5pel5pys6Kqe?=\r\n{date_header}\r\nbody\r\n".encode()
    summary = summarise(KEY, content, arrived=ARRIVED)
    assert (summary.date, summary.subject, summary.sender, summary.has_attachments) == (shown, "日本語", "", False)


def test_reading_a_message_gives_its_parts_and_attachments() -> None:
    pdf = Attachment("請求書_INV-0001.pdf", "application/pdf", b"%PDF-1.4\x00\xff")
    csv = Attachment("licences.csv", "text/csv", "メール,serial\r\n".encode())
    detail = read(KEY, composed(pdf, csv), arrived=ARRIVED)
    assert detail.text is not None and detail.html is not None
    assert detail.text.startswith("株式会社テスト\nご担当者様\n\nKoushin（ライセンス更新）のアカウント")
    assert "\r" not in detail.text
    assert detail.html.startswith('<!doctype html>\n<html lang="ja">')
    assert detail.attachments == [
        CaughtAttachment("請求書_INV-0001.pdf", "application/pdf", b"%PDF-1.4\x00\xff"),
        CaughtAttachment("licences.csv", "text/csv", "メール,serial\r\n".encode()),
    ]
    assert [name for name, _ in detail.headers] == [
        "Subject",
        "From",
        "To",
        "Date",
        "Message-ID",
        "Auto-Submitted",
        "MIME-Version",
        "Content-Type",
    ]
    assert attachment(composed(pdf, csv), 1) == detail.attachments[1]
    assert attachment(composed(pdf, csv), 2) is None
    assert attachment(composed(pdf, csv), -1) is None


def test_a_plain_message_has_no_html_part_and_no_attachments() -> None:
    detail = read(
        KEY, b"Subject: hi\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nline one\r\nline two\r\n", arrived=ARRIVED
    )
    assert (detail.text, detail.html, detail.attachments) == ("line one\nline two\n", None, [])
    assert attachment(b"Subject: hi\r\n\r\nbody\r\n", 0) is None


def test_an_attachment_without_a_name_is_named_by_its_place() -> None:
    content = (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nAAE=\r\n--b--\r\n"
    )
    assert attachment(content, 0) == CaughtAttachment("attachment-1", "application/octet-stream", b"\x00\x01")


def test_linked_text_escapes_everything_and_links_only_web_addresses() -> None:
    text = "<b>&</b> 次のリンク（https://koushin.example/set-password?token=a&b=c）へ。\njavascript:alert(1) http://x.example/p"
    assert linked_text(text) == Markup(
        "&lt;b&gt;&amp;&lt;/b&gt; 次のリンク（"
        '<a href="https://koushin.example/set-password?token=a&amp;b=c">https://koushin.example/set-password?token=a&amp;b=c</a>'
        "）へ。\njavascript:alert(1) "
        '<a href="http://x.example/p">http://x.example/p</a>'
    )


@pytest.mark.parametrize(
    ("html", "framed"),
    [
        ("<html><head><title>t</title></head>", '<html><head><base target="_top"><title>t</title></head>'),
        ('<HTML><HEAD lang="ja">x', '<HTML><HEAD lang="ja"><base target="_top">x'),
        ("<p>no head</p>", '<base target="_top"><p>no head</p>'),
        ("<header>not a head</header>", '<base target="_top"><header>not a head</header>'),
    ],
)
def test_the_framed_html_opens_links_at_the_top(html: str, framed: str) -> None:
    assert framed_html(html) == framed


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("[::1]", True),
        ("::1", True),
        ("10.0.0.1", False),
        ("smtp.example.co.jp", False),
        ("localhost.example.co.jp", False),
    ],
)
def test_only_loopback_hosts_can_be_caught(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
