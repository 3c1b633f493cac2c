"""/dev/mail: the caught mail for people, server-rendered (no script, so the app's CSP holds as it is).

Routed only while the catcher runs; otherwise `absent_routes` answer 404 below /dev/mail, so the path
never falls through to the single-page app (which would quietly redirect a developer to sign-in).
"""

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from backend.core.settings import Settings
from backend.mail.compose import ascii_filename
from backend.mail_catcher.reading import Summary, attachment, framed_html, linked_text, read, summarise
from backend.mail_catcher.smtp import caught_mail_store
from backend.mail_catcher.store import CaughtMailStore, arrival_order
from backend.web.csrf import is_same_origin

TEMPLATES = Path(__file__).parent / "templates" / "dev_mail"
NOT_FOUND = "Not found\n"
CATCHER_OFF = "Not found: the mail catcher is off. `make run` turns it on (`python -m backend serve --catch-mail`).\n"
# A download is never rendered here; if a browser ever did, it would run nothing and load nothing.
ATTACHMENT_POLICY = "default-src 'none'; sandbox"

_templates = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html",)),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_templates.filters["linked_text"] = linked_text
_templates.filters["framed_html"] = framed_html
_templates.filters["key_path"] = lambda key: quote(key, safe="")
_templates.filters["size"] = lambda data: _size(len(data))


def routes(settings: Settings) -> list[BaseRoute]:
    """The pages over the Maildir the catcher writes to (`settings.data_dir / "caught-mail"`)."""
    store = caught_mail_store(settings)
    smtp_address = f"{settings.mail.smtp_host}:{settings.mail.smtp_port}"

    async def list_page(_request: Request) -> Response:
        summaries = await run_in_threadpool(_summaries, store)
        return _page("list.html", summaries=summaries, smtp_address=smtp_address)

    async def message_page(request: Request) -> Response:
        key = request.path_params["key"]
        content = await run_in_threadpool(store.content, key)
        if content is None:
            return PlainTextResponse(NOT_FOUND, status_code=404)
        return _page("message.html", message=read(key, content, arrived=_arrived(key)))

    async def raw(request: Request) -> Response:
        content = await run_in_threadpool(store.content, request.path_params["key"])
        if content is None:
            return PlainTextResponse(NOT_FOUND, status_code=404)
        return Response(content, media_type="text/plain; charset=utf-8")

    async def download(request: Request) -> Response:
        content = await run_in_threadpool(store.content, request.path_params["key"])
        found = None if content is None else attachment(content, request.path_params["index"])
        if found is None:
            return PlainTextResponse(NOT_FOUND, status_code=404)
        disposition = f"attachment; filename=\"{ascii_filename(found.filename)}\"; filename*=utf-8''"
        disposition += quote(found.filename, safe="")
        headers = {"content-disposition": disposition, "content-security-policy": ATTACHMENT_POLICY}
        return Response(found.data, media_type=found.content_type, headers=headers)

    async def delete_all(request: Request) -> Response:
        # No session guards this page, so every POST must prove it came from the page itself.
        own_origin = f"{request.url.scheme}://{request.url.netloc}"
        if not is_same_origin(request.headers, own_origin, has_session_cookie=True):
            return PlainTextResponse("Cross-site requests are refused.\n", status_code=403)
        await run_in_threadpool(store.clear)
        return RedirectResponse("/dev/mail", status_code=303)

    async def not_found(_request: Request) -> Response:
        return PlainTextResponse(NOT_FOUND, status_code=404)

    return [
        Route("/dev/mail", list_page),
        Route("/dev/mail/delete-all", delete_all, methods=["POST"]),
        Route("/dev/mail/{key}", message_page),
        Route("/dev/mail/{key}/raw", raw),
        Route("/dev/mail/{key}/attachments/{index:int}", download),
        Route("/dev/mail/{rest:path}", not_found),
    ]


def absent_routes(*, production: bool) -> list[BaseRoute]:
    """What /dev/mail answers when the catcher is off: 404, saying how to turn it on outside production."""

    async def not_found(_request: Request) -> Response:
        return PlainTextResponse(NOT_FOUND if production else CATCHER_OFF, status_code=404)

    return [Route("/dev/mail", not_found), Route("/dev/mail/{rest:path}", not_found)]


def _summaries(store: CaughtMailStore) -> list[Summary]:
    summaries = []
    for key in store.newest_first():
        headers = store.header_block(key)
        if headers is not None:  # None: deleted since it was listed
            summaries.append(summarise(key, headers, arrived=_arrived(key)))
    return summaries


def _arrived(key: str) -> datetime:
    seconds, microseconds, _ = arrival_order(key)
    return datetime.fromtimestamp(seconds + microseconds / 1_000_000, UTC)


def _page(template: str, **values: object) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(template).render(values), headers={"cache-control": "no-store"})


def _size(length: int) -> str:
    if length < 1024:
        return f"{length} bytes"
    if length < 1024 * 1024:
        return f"{length / 1024:.1f} KB"
    return f"{length / 1024 / 1024:.1f} MB"
