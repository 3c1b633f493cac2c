"""A real SMTP server on loopback (aiosmtpd) that records what it receives and misbehaves on cue.

`script` lists what the server does with each coming message, in order, then accepts the rest:
a reply to DATA ("451 …", "550 …", "421 …"), a reply to RCPT TO ("rcpt:550 …"), or "drop"
(take the whole message, then cut the connection before answering, as a crash or a network
failure would: the message arrived but the sender cannot know).
"""

import asyncio
import socket
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any, cast

from aiosmtpd.smtp import SMTP, Envelope, Session

DROP = "drop"


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: list[str]
    content: bytes

    @property
    def message(self) -> EmailMessage:
        message = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        return message

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class Recorder:
    """The server's handler: what arrived, in order, and what to do next."""

    script: deque[str] = field(default_factory=deque)
    received: list[Received] = field(default_factory=list)
    connections: int = 0
    delay_seconds: float = 0.0
    _arrival: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if self.script and self.script[0].startswith("rcpt:"):
            return self.script.popleft().removeprefix("rcpt:")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        if self.delay_seconds:
            await asyncio.sleep(self.delay_seconds)
        action = self.script.popleft() if self.script else "250 OK"
        content = envelope.original_content or b""
        if action == DROP:
            self._keep(envelope, content)
            cast(asyncio.Transport, server.transport).abort()
            return "250 never heard"
        if action.startswith("250"):
            self._keep(envelope, content)
        return action

    def _keep(self, envelope: Envelope, content: bytes) -> None:
        # aiosmtpd hands over the content with the SMTP line ends as received (CRLF).
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), content))
        self._arrival.set()

    async def wait_for(self, count: int, timeout_seconds: float = 30) -> None:
        """Until `count` messages have arrived in all."""
        async with asyncio.timeout(timeout_seconds):
            while len(self.received) < count:
                self._arrival.clear()
                await self._arrival.wait()

    def message_ids(self) -> list[str]:
        return [received.message_id for received in self.received]


class _CountingSMTP(SMTP):
    def __init__(self, recorder: Recorder, live: set[SMTP]) -> None:
        super().__init__(recorder, hostname="mail.test", data_size_limit=None)
        self._live = live

    def connection_made(self, transport: Any) -> None:
        cast(Recorder, self.event_handler).connections += 1
        self._live.add(self)
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        self._live.discard(self)
        super().connection_lost(error)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class MailServer:
    port: int
    recorder: Recorder = field(default_factory=Recorder)
    _server: asyncio.Server | None = None
    _live: set[SMTP] = field(default_factory=set)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: _CountingSMTP(self.recorder, self._live),
            host="127.0.0.1",
            port=self.port,
        )

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for connection in list(self._live):  # a server that goes down takes its connections with it
                if connection.transport is not None:
                    cast(asyncio.Transport, connection.transport).abort()
            await self._server.wait_closed()
            self._server = None

    @property
    def received(self) -> list[Received]:
        return self.recorder.received


@asynccontextmanager
async def mail_server(port: int | None = None) -> AsyncIterator[MailServer]:
    server = MailServer(port or free_port())
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
