"""The catcher's SMTP server: aiosmtpd on the app's own event loop, listening on loopback only.

It runs inside the web app's lifespan, so one `serve` is the whole development setup. aiosmtpd is a
development dependency: it is imported only when the catcher starts, and its absence is said plainly.
"""

import asyncio
import errno
import ipaddress
import socket
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from backend.core.settings import Settings
from backend.mail_catcher.store import CaughtMailStore

if TYPE_CHECKING:
    from aiosmtpd.smtp import SMTP, Envelope, Session

SERVER_NAME = "koushin-mail-catcher"
"""The name the server greets with; given, because aiosmtpd would otherwise look up the host's FQDN."""
DATA_SIZE_LIMIT = 32 * 1024 * 1024


class MailCatcherError(Exception):
    """The catcher cannot run as asked; the message says why and what to do."""


def caught_mail_store(settings: Settings) -> CaughtMailStore:
    return CaughtMailStore(settings.data_dir / "caught-mail")


def check_can_catch(settings: Settings) -> None:
    """Refuse a catcher the app would not send to, or one that would swallow a production site's mail."""
    if settings.is_production:
        raise MailCatcherError("--catch-mail is for development only; production sends mail to KOUSHIN_SMTP_HOST")
    if not is_loopback(settings.mail.smtp_host):
        raise MailCatcherError(
            f"--catch-mail listens on loopback, but the app sends mail to KOUSHIN_SMTP_HOST="
            f"{settings.mail.smtp_host}: unset it (or set 127.0.0.1) to catch mail"
        )


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_port_free(host: str, port: int) -> None:
    """Fail before the web server starts, in one line, rather than in a traceback from its lifespan."""
    try:
        socket.create_server((host.strip("[]"), port)).close()
    except OSError as error:
        raise _bind_error(host, port, error) from None


class _KeepWhole:
    """aiosmtpd handler: every message is kept exactly as received, for every recipient at once."""

    def __init__(self, store: CaughtMailStore) -> None:
        self.store = store

    async def handle_DATA(self, _server: "SMTP", _session: "Session", envelope: "Envelope") -> str:  # noqa: N802
        content = envelope.original_content or b""
        await asyncio.to_thread(self.store.add, content)
        return "250 Message caught"


@asynccontextmanager
async def catching_mail(settings: Settings) -> AsyncIterator[None]:
    """Listen where the app sends mail until the block ends. Raises MailCatcherError when it cannot."""
    host, port = settings.mail.smtp_host, settings.mail.smtp_port
    try:
        from aiosmtpd.smtp import SMTP
    except ImportError:
        raise MailCatcherError(
            "the mail catcher needs aiosmtpd, a development dependency: pip install -e '.[dev]' (make setup does)"
        ) from None
    loop = asyncio.get_running_loop()
    handler = _KeepWhole(caught_mail_store(settings))
    connections: weakref.WeakSet[SMTP] = weakref.WeakSet()  # a closed connection leaves by itself

    def connection() -> SMTP:
        protocol = SMTP(handler, hostname=SERVER_NAME, data_size_limit=DATA_SIZE_LIMIT, loop=loop)
        connections.add(protocol)
        return protocol

    try:
        server = await loop.create_server(connection, host.strip("[]"), port)
    except OSError as error:
        raise _bind_error(host, port, error) from None
    try:
        yield
    finally:
        server.close()
        # Python 3.11's server does not close its connections: a client mid-session would outlive the app.
        for protocol in connections:
            if protocol.transport is not None:
                protocol.transport.close()
        await server.wait_closed()


def _bind_error(host: str, port: int, error: OSError) -> MailCatcherError:
    if error.errno == errno.EADDRINUSE:
        return MailCatcherError(
            f"cannot catch mail on {host}:{port}: the port is in use (another `make run`?); "
            "pick another with KOUSHIN_SMTP_PORT"
        )
    return MailCatcherError(f"cannot catch mail on {host}:{port}: {error.strerror or error}")
