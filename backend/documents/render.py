"""A document's content to PDF bytes: an HTML template (Jinja2, escaped) laid out by xhtml2pdf, IPAex embedded.

The same content gives the same bytes: the PDF's dates are the issue date (ReportLab honours
SOURCE_DATE_EPOCH, the reproducible-builds convention) and its ID is a digest of what it draws,
so a re-render of a stored document can be compared byte for byte. xhtml2pdf costs half a
second to import: it is imported only here, inside the render, which runs in the process pool
(pool.py), never on the event loop.
"""

import io
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from functools import cache, partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, Template

from backend.core.language import Language
from backend.documents.content import DocumentContent
from backend.documents.presentation import (
    LINE_HEADINGS,
    TITLES,
    account_type,
    addressee_name,
    line_row,
    long_date,
    printed,
    yen,
)

PACKAGE = Path(__file__).parent
TEMPLATES = PACKAGE / "templates"
TEMPLATE = "document.html"
PRODUCT_COLUMN = 2
TOKYO = ZoneInfo("Asia/Tokyo")


class RenderError(RuntimeError):
    """xhtml2pdf reported errors or warnings: a document that may be missing text or drawn in the wrong font."""


@cache
def environment() -> Environment:
    # finalize runs on every {{ }} before it is escaped: no control or bidi character reaches the page,
    # nor a 10 KB field.
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        finalize=lambda value: printed(value) if isinstance(value, str) else value,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def document_html(content: DocumentContent, template: Template | None = None) -> str:
    """The document's page as HTML (its lines table as `<koushin:lines>`, filled in by the renderer)."""
    language = content.language
    values: Mapping[str, Any] = {
        "c": content,
        "language": language.value,
        "title": TITLES[content.kind, language],
        "issuer_name": content.issuer.name(language),
        "issuer_address": content.issuer.address(language),
        "addressee": addressee_name(content.addressee, language),
        "account_type": account_type(content.bank.account_type, language) if content.bank else "",
        "rows": line_rows(content),
        "t": partial(_in_language, language),
        "date": partial(long_date, language=language),
        "yen": yen,
    }
    return (template or environment().get_template(TEMPLATE)).render(values)


def line_rows(content: DocumentContent) -> list[tuple[str, str, str, str, str, str]]:
    return [line_row(number, line, content.language) for number, line in enumerate(content.lines, start=1)]


def render_pdf(content: DocumentContent) -> bytes:
    return pdf_from_html(document_html(content), LINE_HEADINGS[content.language], line_rows(content), content.issued_on)


def pdf_from_html(html: str, headings: Sequence[str], rows: Sequence[Sequence[str]], issued_on: date) -> bytes:
    """Lay the page out with xhtml2pdf; `<koushin:lines>` in it becomes the table of these rows."""
    from xhtml2pdf import pisa
    from xhtml2pdf.config.resources import ResourceAccessPolicy

    from backend.documents.lines_table import META_KEY, LinesTable

    output = io.BytesIO()
    lines = LinesTable(headings, rows, wrapped_columns=frozenset({PRODUCT_COLUMN}))
    with _source_date(issued_on):
        status = pisa.CreatePDF(
            html,
            dest=output,
            path=str(TEMPLATES / TEMPLATE),
            # The template reads its font from ../fonts: the package is the one directory it may read.
            resource_policy=ResourceAccessPolicy.server(PACKAGE, allow_remote=False),
            context_meta={META_KEY: lines},
        )
    if status.err or status.warn:
        problems = "; ".join(f"line {line}: {message}" for _level, line, message, _fragment in status.log)
        raise RenderError(f"xhtml2pdf reported {status.err} errors and {status.warn} warnings: {problems}")
    return output.getvalue()


def warm_up() -> None:
    """Import xhtml2pdf (half a second) and parse the font (70 ms) now, so the first document does not wait for them."""
    page = '<html><head><style>@font-face { font-family: ipaex; src: url("../fonts/ipaexg.ttf"); }'
    page += " html { font-family: ipaex; }</style></head><body>請求書</body></html>"
    pdf_from_html(page, (), (), date(2026, 1, 1))


@contextmanager
def _source_date(issued_on: date) -> Iterator[None]:
    """The PDF's creation date is the issue date (midnight in Tokyo), not the moment it was drawn."""
    epoch = int(datetime.combine(issued_on, time(), TOKYO).timestamp())
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def _in_language(language: Language, ja: str, en: str) -> str:
    return ja if language is Language.JA else en
