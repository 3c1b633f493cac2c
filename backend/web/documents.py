"""Downloads of stored documents: /documents/{invoices|quotes|receipts}/{number}.pdf, for the owner and staff.

The bytes are the stored ones, byte for byte what the mail attached. Anyone but the owner's or a
staff member's signed-in session (no session, another account's, a pending or unknown document,
a malformed address) gets the same 404, so the answer never tells whether a number exists.
"""

import re
from urllib.parse import quote

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from backend.accounts.sessions import signed_in_account
from backend.core.language import language_from_accept_language
from backend.documents.content import DocumentKind
from backend.documents.storage import DocumentFile, stored_file
from backend.graphql.cookies import SESSION, cookie_name
from backend.mail.compose import ascii_filename
from backend.orders.issued_documents import document_filename
from backend.orders.models import NUMBER_LENGTH
from backend.runtime import Runtime

KINDS = {"invoices": DocumentKind.INVOICE, "quotes": DocumentKind.QUOTE, "receipts": DocumentKind.RECEIPT}
DOCUMENT_NUMBER = re.compile(r"[A-Z]-[0-9]{4}-[0-9]{6,}")
"""orders.numbering's form: I-2026-000001. Anything else (NUL, a slash, 10 KB) is not looked up at all."""


def routes() -> list[BaseRoute]:
    async def download(request: Request) -> Response:
        runtime: Runtime = request.app.state.runtime
        kind = KINDS.get(request.path_params["kind"])
        number: str = request.path_params["number"]
        token = request.cookies.get(cookie_name(SESSION, production=runtime.settings.is_production), "")
        if kind is None or not token or len(number) > NUMBER_LENGTH or not DOCUMENT_NUMBER.fullmatch(number):
            return _not_found()
        now = runtime.clock.now()

        async def work(db: AsyncSession) -> DocumentFile | None:
            viewer = await signed_in_account(db, runtime.keys, token, now)
            if viewer is None:
                return None
            return await stored_file(db, kind, number, None if viewer.is_staff else viewer.id)

        document = await runtime.transactions.read(work)
        if document is None:
            return _not_found()
        language = language_from_accept_language(request.headers.get("accept-language"))
        filename = document_filename(document.kind, document.number, language)
        return Response(
            document.content,
            media_type="application/pdf",
            headers={
                "content-disposition": (
                    f"attachment; filename=\"{ascii_filename(filename)}\"; filename*=utf-8''{quote(filename, safe='')}"
                ),
                "cache-control": "private, no-store",
                "etag": f'"{document.sha256}"',
                "vary": "Cookie",
            },
        )

    return [Route("/documents/{kind}/{number}.pdf", download, methods=["GET"])]


def _not_found() -> Response:
    return PlainTextResponse("Not found", status_code=404, headers={"cache-control": "no-store"})
