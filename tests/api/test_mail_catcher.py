"""The development mail catcher, end to end: real SMTP to a real catcher on a free loopback port, the mail
read back through /dev/mail over HTTP, and every way the catcher refuses to run."""

import html
import os
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.headerregistry import Address
from pathlib import Path

import aiosmtplib
import httpx
import pytest

from backend.core.language import Language
from backend.core.settings import Environment, MailSettings, Settings
from backend.mail.compose import Attachment, ComposedMessage, Recipient, compose
from backend.mail_catcher.smtp import MailCatcherError, caught_mail_store, check_port_free
from backend.web.app import create_app
from tests.conftest import ORIGIN, TestClock

REPOSITORY = Path(__file__).resolve().parents[2]
SENDER = Address("Koushin ライセンス更新", addr_spec="no-reply@koushin.localhost")
LINK = "http://127.0.0.1:8000/set-password?token=Tok3n_-x"
PDF = b"%PDF-1.4\n% not really a PDF, but its bytes must come back exactly\n\x00\xff"
SANDBOX = 'sandbox="allow-top-navigation-by-user-activation"'


@dataclass(frozen=True)
class Catcher:
    client: httpx.AsyncClient
    settings: Settings

    @property
    def keys(self) -> list[str]:
        return caught_mail_store(self.settings).newest_first()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def catcher_settings(settings: Settings) -> Settings:
    return replace(settings, mail=replace(settings.mail, smtp_port=free_port()))


@pytest.fixture
async def catcher(catcher_settings: Settings, clock: TestClock) -> AsyncIterator[Catcher]:
    app = create_app(catcher_settings, clock=clock, catch_mail=True)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=ORIGIN, headers={"origin": ORIGIN}) as client:
            yield Catcher(client, catcher_settings)


def password_mail(to: str, name: str | None, language: Language, *attachments: Attachment) -> ComposedMessage:
    values = {"email": to, "company_name": name, "link": LINK, "expires_at": "2026年11月26日 11:00"}
    recipient = Recipient(to, name, language)
    now = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
    return compose("password_reset", recipient, values, sender=SENDER, now=now, attachments=attachments)


async def send(settings: Settings, message: ComposedMessage) -> None:
    await aiosmtplib.send(
        message.content,
        sender=SENDER.addr_spec,
        recipients=[message.recipient],
        hostname=settings.mail.smtp_host,
        port=settings.mail.smtp_port,
    )


def table_rows(page: str) -> list[list[str]]:
    """The text of each body row's cells, as a reader sees them."""
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [
        [html.unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def iframe_srcdoc(page: str) -> str:
    match = re.search(r'<iframe [^>]*srcdoc="([^"]*)"', page)
    assert match is not None
    return html.unescape(match[1])


async def test_mail_sent_over_smtp_is_listed_newest_first_with_japanese_decoded(catcher: Catcher) -> None:
    await send(catcher.settings, password_mail("demo@koushin.example", None, Language.EN))
    invoice = Attachment("請求書_INV-0001.pdf", "application/pdf", PDF)
    await send(catcher.settings, password_mail("buyer@example.co.jp", "株式会社テスト", Language.JA, invoice))

    response = await catcher.client.get("/dev/mail")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    newest, oldest = catcher.keys
    assert table_rows(response.text) == [
        [
            "2026-11-26 10:00",
            "Koushin ライセンス更新 <no-reply@koushin.localhost>",
            "株式会社テスト <buyer@example.co.jp>",
            "【Koushin】パスワード設定のご案内attachments",
        ],
        [
            "2026-11-26 10:00",
            "Koushin ライセンス更新 <no-reply@koushin.localhost>",
            "demo@koushin.example",
            "Set your Koushin password",
        ],
    ]
    assert response.text.index(f'href="/dev/mail/{newest}"') < response.text.index(f'href="/dev/mail/{oldest}"')
    assert "2 messages" in response.text


async def test_a_message_page_shows_headers_both_parts_and_attachments(catcher: Catcher) -> None:
    invoice = Attachment("請求書_INV-0001.pdf", "application/pdf", PDF)
    message = password_mail("buyer@example.co.jp", "株式会社テスト", Language.JA, invoice)
    await send(catcher.settings, message)
    (key,) = catcher.keys

    response = await catcher.client.get(f"/dev/mail/{key}")
    assert response.status_code == 200
    page = response.text
    assert "<h1>【Koushin】パスワード設定のご案内</h1>" in page
    assert "<dt>From</dt><dd>Koushin ライセンス更新 &lt;no-reply@koushin.localhost&gt;</dd>" in page
    assert "<dt>To</dt><dd>株式会社テスト &lt;buyer@example.co.jp&gt;</dd>" in page
    assert f'<tr><th scope="row">Message-ID</th><td>{html.escape(message.message_id)}</td></tr>' in page
    assert '<tr><th scope="row">Auto-Submitted</th><td>auto-generated</td></tr>' in page
    # The text part, with its link clickable; the HTML part in a frame that runs nothing.
    assert f'<a href="{html.escape(LINK)}">{html.escape(LINK)}</a>' in page
    assert "ご担当者様" in page.split('<pre class="text-part">', 1)[1]
    assert f'<iframe class="html-part" title="HTML part" {SANDBOX} srcdoc="' in page
    srcdoc = iframe_srcdoc(page)
    assert srcdoc.startswith('<!doctype html>\n<html lang="ja">\n<head><base target="_top">\n<meta charset="utf-8">')
    assert f'<a href="{html.escape(LINK)}"' in srcdoc
    assert f'<a href="/dev/mail/{key}/attachments/0" download>請求書_INV-0001.pdf</a>' in page
    assert f'<a href="/dev/mail/{key}/raw">Raw message</a>' in page


async def test_an_attachment_downloads_with_its_bytes_and_decoded_name(catcher: Catcher) -> None:
    invoice = Attachment("請求書_INV-0001.pdf", "application/pdf", PDF)
    await send(catcher.settings, password_mail("buyer@example.co.jp", None, Language.JA, invoice))
    (key,) = catcher.keys

    response = await catcher.client.get(f"/dev/mail/{key}/attachments/0")
    assert response.status_code == 200
    assert response.content == PDF
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"INV-0001.pdf\"; filename*=utf-8''%E8%AB%8B%E6%B1%82%E6%9B%B8_INV-0001.pdf"
    )
    assert response.headers["content-security-policy"] == "default-src 'none'; sandbox"


async def test_the_raw_source_is_the_message_as_it_was_sent(catcher: Catcher) -> None:
    message = password_mail("buyer@example.co.jp", "株式会社テスト", Language.JA)
    await send(catcher.settings, message)
    (key,) = catcher.keys

    response = await catcher.client.get(f"/dev/mail/{key}/raw")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.content == message.content  # byte for byte, CRLF line ends included


@pytest.mark.parametrize(
    "path",
    [
        "/dev/mail/nonsense",
        "/dev/mail/1796195931.M564757P31756Q2.vm",  # the form of a key, but no such message
        "/dev/mail/..%2F..%2Fkoushin.sqlite3",
        "/dev/mail/%2e%2e",
        "/dev/mail/{key}/attachments/1",
        "/dev/mail/{key}/attachments/-1",
        "/dev/mail/{key}/attachments/x",
        "/dev/mail/{key}/html",
        "/dev/mail/{key}/raw/more",
        "/dev/mail/delete-all",
    ],
)
async def test_anything_but_a_caught_message_is_not_found(catcher: Catcher, path: str) -> None:
    await send(catcher.settings, password_mail("buyer@example.co.jp", None, Language.JA))
    (key,) = catcher.keys
    response = await catcher.client.get(path.format(key=key))
    assert response.status_code == 404
    assert response.text == "Not found\n"


async def test_the_empty_state_says_how_to_catch_a_first_mail(catcher: Catcher) -> None:
    response = await catcher.client.get("/dev/mail")
    assert response.status_code == 200
    assert "<tbody>" not in response.text
    assert '<p class="big">No mail caught yet</p>' in response.text
    assert "<code>newcomer@koushin.example</code>" in response.text
    assert f"<code>127.0.0.1:{catcher.settings.mail.smtp_port}</code>" in response.text


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example", "sec-fetch-site": "cross-site"},
        {"origin": "https://evil.example"},
        {"sec-fetch-site": "same-site"},
        {},
    ],
)
async def test_delete_all_from_elsewhere_is_refused_and_deletes_nothing(
    catcher: Catcher, headers: dict[str, str]
) -> None:
    await send(catcher.settings, password_mail("buyer@example.co.jp", None, Language.JA))
    before = catcher.keys
    del catcher.client.headers["origin"]
    response = await catcher.client.post("/dev/mail/delete-all", headers=headers)
    assert response.status_code == 403
    assert response.text == "Cross-site requests are refused.\n"
    assert catcher.keys == before
    assert len(before) == 1


async def test_delete_all_from_the_page_empties_the_box(catcher: Catcher) -> None:
    await send(catcher.settings, password_mail("buyer@example.co.jp", None, Language.JA))
    await send(catcher.settings, password_mail("demo@koushin.example", None, Language.EN))
    response = await catcher.client.post("/dev/mail/delete-all", headers={"sec-fetch-site": "same-origin"})
    assert response.status_code == 303
    assert response.headers["location"] == "/dev/mail"
    assert catcher.keys == []
    assert '<p class="big">No mail caught yet</p>' in (await catcher.client.get("/dev/mail")).text


async def test_the_catcher_stops_with_the_app(catcher_settings: Settings, clock: TestClock) -> None:
    app = create_app(catcher_settings, clock=clock, catch_mail=True)
    async with app.router.lifespan_context(app):
        await send(catcher_settings, password_mail("buyer@example.co.jp", None, Language.JA))
    with pytest.raises(aiosmtplib.SMTPConnectError):
        await send(catcher_settings, password_mail("buyer@example.co.jp", None, Language.JA))
    assert len(caught_mail_store(catcher_settings).newest_first()) == 1


@pytest.mark.parametrize("path", ["/dev/mail", "/dev/mail/", "/dev/mail/1796195931.M564757P31756Q2.vm/raw"])
async def test_without_the_catcher_the_page_does_not_exist(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 404
    assert response.text == (
        "Not found: the mail catcher is off. `make run` turns it on (`python -m backend serve --catch-mail`).\n"
    )


async def test_in_production_the_page_does_not_exist(production: httpx.AsyncClient) -> None:
    response = await production.get("/dev/mail")
    assert response.status_code == 404
    assert response.text == "Not found\n"


def test_production_refuses_the_catcher(settings: Settings) -> None:
    production = replace(settings, environment=Environment.PRODUCTION, mail=MailSettings(smtp_host="127.0.0.1"))
    with pytest.raises(MailCatcherError) as refused:
        create_app(production, catch_mail=True)
    assert str(refused.value) == ("--catch-mail is for development only; production sends mail to KOUSHIN_SMTP_HOST")


@pytest.mark.parametrize("host", ["smtp.example.co.jp", "192.0.2.25", "[2001:db8::25]"])
def test_a_mail_server_off_this_machine_refuses_the_catcher(settings: Settings, host: str) -> None:
    elsewhere = replace(settings, mail=replace(settings.mail, smtp_host=host))
    with pytest.raises(MailCatcherError) as refused:
        create_app(elsewhere, catch_mail=True)
    assert str(refused.value) == (
        f"--catch-mail listens on loopback, but the app sends mail to KOUSHIN_SMTP_HOST={host}: "
        "unset it (or set 127.0.0.1) to catch mail"
    )


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        yield listener.getsockname()[1]


async def test_a_port_in_use_stops_the_start_with_a_clear_error(
    settings: Settings, clock: TestClock, taken_port: int
) -> None:
    taken = replace(settings, mail=replace(settings.mail, smtp_port=taken_port))
    app = create_app(taken, clock=clock, catch_mail=True)
    expected = (
        f"cannot catch mail on 127.0.0.1:{taken_port}: the port is in use (another `make run`?); "
        "pick another with KOUSHIN_SMTP_PORT"
    )
    with pytest.raises(MailCatcherError) as refused:
        async with app.router.lifespan_context(app):
            pass
    assert str(refused.value) == expected
    with pytest.raises(MailCatcherError) as checked:
        check_port_free("127.0.0.1", taken_port)
    assert str(checked.value) == expected


def serve(tmp_path: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    """`serve --catch-mail` as a developer runs it; every case here stops it before it serves."""
    return subprocess.run(
        [sys.executable, "-m", "backend", "serve", "--catch-mail", "--port", str(free_port())],
        cwd=REPOSITORY,
        env=dict(os.environ, KOUSHIN_DATA_DIR=str(tmp_path), **environment),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_serve_catch_mail_refused_in_production(tmp_path: Path) -> None:
    result = serve(
        tmp_path,
        KOUSHIN_ENV="production",
        KOUSHIN_SECRET_KEY="s" * 32,
        KOUSHIN_ALLOWED_HOSTS="koushin.example",
        KOUSHIN_SMTP_HOST="127.0.0.1",
        KOUSHIN_MAIL_FROM="Koushin <no-reply@koushin.example>",
        KOUSHIN_PUBLIC_URL="https://koushin.example",
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "error: --catch-mail is for development only; production sends mail to KOUSHIN_SMTP_HOST\n"


def test_serve_catch_mail_on_a_port_in_use_says_so_in_one_line(tmp_path: Path, taken_port: int) -> None:
    result = serve(tmp_path, KOUSHIN_SMTP_PORT=str(taken_port))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"error: cannot catch mail on 127.0.0.1:{taken_port}: the port is in use (another `make run`?); "
        "pick another with KOUSHIN_SMTP_PORT\n"
    )
