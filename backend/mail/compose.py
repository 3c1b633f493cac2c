"""Composing a message: templates rendered in the recipient's language into one RFC 5322 message.

Every message is multipart/alternative (text, then HTML) with any attachments around it, and
carries Date, Message-ID and Auto-Submitted. Header values are checked here as well as where
they were entered: a control character (CR and LF above all) in any of them is refused, so no
value can add a header. Non-ASCII headers are RFC 2047 encoded; an attachment's filename is
given twice, RFC 2231 encoded and as an ASCII fallback, for the mail clients that read only one.
"""

import re
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from backend.core.clock import TOKYO
from backend.core.language import Language

TEMPLATES = Path(__file__).parent / "templates"
# 7-bit clean on the wire (base64 or quoted-printable bodies), lines folded at 78, CRLF line ends.
WIRE_POLICY = policy.SMTP.clone(cte_type="7bit")
FILENAME_MAX_LENGTH = 100
# Line and paragraph separators: no line break, in any script, goes in a header.
_UNSAFE_IN_HEADERS = {"Zl", "Zp"}

_templates = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


class MailCompositionError(ValueError):
    """A value cannot go in a message as given (a bug upstream: such values are refused where entered)."""


@dataclass(frozen=True, slots=True)
class Recipient:
    address: str
    display_name: str | None = None
    """Shown in the To header, e.g. the company's name."""
    language: Language = Language.JA


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    """As the reader should see it; may be Japanese."""
    content_type: str
    """e.g. application/pdf"""
    data: bytes


@dataclass(frozen=True, slots=True)
class ComposedMessage:
    """What the outbox stores: the message as it goes on the wire, and what a dispatcher needs to send it."""

    kind: str
    message_id: str
    recipient: str
    content: bytes


def compose(
    kind: str,
    recipient: Recipient,
    values: Mapping[str, object],
    *,
    sender: Address,
    now: datetime,
    attachments: Sequence[Attachment] = (),
) -> ComposedMessage:
    """Render `{kind}/{language}.txt` (which sets `subject`) and `{kind}/{language}.html` with `values`."""
    language = recipient.language.value
    context = {**values, "language": language}
    text = _templates.get_template(f"{kind}/{language}.txt").make_module(context)
    html = _templates.get_template(f"{kind}/{language}.html").render(context)
    subject = " ".join(str(getattr(text, "subject", "")).split())
    if not subject:
        raise MailCompositionError(f"{kind}/{language}.txt sets no subject")

    message = EmailMessage(policy=WIRE_POLICY)
    message_id = f"<{secrets.token_hex(16)}@{sender.domain}>"
    message["Subject"] = _header_text(subject)
    message["From"] = sender
    message["To"] = _address(recipient)
    message["Date"] = format_datetime(now.astimezone(TOKYO))
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(str(text), subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    for attachment in attachments:
        _attach(message, attachment)
    return ComposedMessage(kind=kind, message_id=message_id, recipient=recipient.address, content=bytes(message))


def _header_text(value: str) -> str:
    for character in value:
        category = unicodedata.category(character)
        if category[0] == "C" or category in _UNSAFE_IN_HEADERS:
            raise MailCompositionError(f"a header value contains U+{ord(character):04X}, a control or line break")
    return value


def _address(recipient: Recipient) -> Address:
    try:
        address = Address(_header_text(recipient.display_name or ""), addr_spec=_header_text(recipient.address))
    except (HeaderParseError, IndexError, ValueError) as error:
        raise MailCompositionError(f"{recipient.address!r} is not an address mail can go to") from error
    if not address.username or "." not in address.domain:
        raise MailCompositionError(f"{recipient.address!r} is not an address mail can go to")
    return address


class _PreformattedHeader(str):
    """A header the email package writes as given: its own folding would keep only one filename form."""

    name: str

    def __new__(cls, name: str, value: str) -> "_PreformattedHeader":
        header = super().__new__(cls, value)
        header.name = name
        return header

    def fold(self, *, policy: policy.Policy) -> str:
        return f"{self.name}: {self}{policy.linesep}"


def _attach(message: EmailMessage, attachment: Attachment) -> None:
    maintype, _, subtype = attachment.content_type.partition("/")
    filename = _header_text(attachment.filename)
    if len(filename) > FILENAME_MAX_LENGTH:
        raise MailCompositionError(f"an attachment's filename may have at most {FILENAME_MAX_LENGTH} characters")
    fallback = ascii_filename(filename)
    message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=fallback)
    if filename != fallback:
        part = list(message.iter_attachments())[-1]
        # Both forms: filename* (RFC 2231) for clients that read it, filename= for the rest. One parameter
        # a line; 100 characters percent-encode to at most 900, within SMTP's 998.
        encoded = quote(filename, safe="")
        part.replace_header(
            "Content-Disposition",
            _PreformattedHeader(
                "Content-Disposition", f"attachment;\r\n filename*=utf-8''{encoded};\r\n filename=\"{fallback}\""
            ),
        )


def ascii_filename(filename: str) -> str:
    """An ASCII name for clients that ignore RFC 2231: the name's ASCII letters, digits and -_. kept, the
    extension always ("請求書_INV-0001.pdf" → "INV-0001.pdf"), "attachment" when nothing else is left."""
    name = unicodedata.normalize("NFKC", filename)
    stem, dot, extension = name.rpartition(".")
    if not dot or not re.fullmatch(r"[A-Za-z0-9]{1,8}", extension):
        stem, extension = name, ""
    kept = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-")
    kept = re.sub(r"_+", "_", kept) or "attachment"
    return f"{kept}.{extension}" if extension else kept
