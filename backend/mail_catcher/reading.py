"""Reading a caught message for people: headers decoded (RFC 2047 Japanese included), its parts, its attachments.

Plain functions over the stored bytes, so the pages stay thin and the rules are tested without a server.
The catcher takes whatever a client sends, so nothing here assumes the message is one of ours.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from markupsafe import Markup, escape

from backend.core.clock import TOKYO

_PARSER = BytesParser(policy=policy.default)
# Where a link in a text part ends: at white space, or at a bracket or quote the text put around it.
_LINK = re.compile(r"https?://[^\s<>\"'「」『』（）()、。]+")
_HEAD = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Summary:
    """One line of the list."""

    key: str
    date: str
    sender: str
    recipients: str
    subject: str
    has_attachments: bool


@dataclass(frozen=True, slots=True)
class CaughtAttachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Detail:
    """One message, as the message page shows it."""

    summary: Summary
    headers: list[tuple[str, str]]
    text: str | None
    html: str | None
    attachments: list[CaughtAttachment]


def summarise(key: str, content: bytes, *, arrived: datetime) -> Summary:
    """`content` may be the header block alone. `arrived` stands in for a missing or unreadable Date."""
    message = _parse(content)
    return Summary(
        key=key,
        date=_date(message, arrived),
        sender=_header(message, "From"),
        recipients=_header(message, "To"),
        subject=_header(message, "Subject"),
        has_attachments=message.get_content_type() == "multipart/mixed",
    )


def read(key: str, content: bytes, *, arrived: datetime) -> Detail:
    message = _parse(content)
    return Detail(
        summary=summarise(key, content, arrived=arrived),
        headers=[(name, _decoded(value)) for name, value in message.items()],
        text=_body(message, "plain"),
        html=_body(message, "html"),
        attachments=list(_attachments(message)),
    )


def attachment(content: bytes, index: int) -> CaughtAttachment | None:
    """The attachment at `index` (from 0, in the message's order), or None when it has fewer."""
    attachments = list(_attachments(_parse(content)))
    return attachments[index] if 0 <= index < len(attachments) else None


def linked_text(text: str) -> Markup:
    """The text, escaped, with its http(s) addresses made links: the password link is in the text part too."""
    pieces: list[str] = []
    end = 0
    for match in _LINK.finditer(text):
        url = match.group()
        pieces += [escape(text[end : match.start()]), Markup('<a href="{0}">{0}</a>').format(url)]
        end = match.end()
    pieces.append(escape(text[end:]))
    return Markup("").join(pieces)


def framed_html(html: str) -> str:
    """The HTML part for a sandboxed frame, its links made to open at the top, out of the frame: a link
    followed inside the frame would show the app framed, which the app refuses (X-Frame-Options)."""
    base = '<base target="_top">'
    head = _HEAD.search(html)
    if head is None:
        return base + html
    return html[: head.end()] + base + html[head.end() :]


def _parse(content: bytes) -> EmailMessage:
    return _PARSER.parsebytes(content)


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    return "" if value is None else _decoded(value)


def _decoded(value: object) -> str:
    # policy.default decodes RFC 2047 words as it parses; folding white space is not the reader's business.
    return " ".join(str(value).split())


def _date(message: Message, arrived: datetime) -> str:
    value = message.get("Date")
    try:
        instant = parsedate_to_datetime(str(value)) if value is not None else arrived
    except (TypeError, ValueError):
        instant = arrived
    if instant.tzinfo is None:  # a Date without a zone: shown as written
        return f"{instant:%Y-%m-%d %H:%M}"
    return f"{instant.astimezone(TOKYO):%Y-%m-%d %H:%M}"


def _body(message: EmailMessage, subtype: str) -> str | None:
    part = message.get_body(preferencelist=(subtype,))
    if part is None or part.get_content_subtype() != subtype:
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or broken transfer encoding: show what can be read
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    # A body encoded on the wire keeps its CRLF line ends once decoded; a reader's text has plain ones.
    return str(content).replace("\r\n", "\n")


def _attachments(message: EmailMessage) -> Iterator[CaughtAttachment]:
    for index, part in enumerate(message.iter_attachments()):
        payload = part.get_payload(decode=True)
        yield CaughtAttachment(
            filename=part.get_filename() or f"attachment-{index + 1}",
            content_type=part.get_content_type(),
            data=payload if isinstance(payload, bytes) else b"",
        )
