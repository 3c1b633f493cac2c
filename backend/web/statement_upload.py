"""POST /staff/statements: a staff member uploads a bank statement, which is imported whole or not at all.

The file is the request body itself (application/octet-stream, its name in `?filename=`), not
a multipart form and not base64 in GraphQL: a 100,000-credit statement is 20 MB of Zengin
records, streamed here to a temporary file (in memory up to a few MB) as it arrives, and the
browser reports the upload's progress as it sends. The answer is JSON: the import's figures, or
for a refused file the record and the reason, and nothing imported. The figures are the
statement import's in GraphQL too (statementImport(id)).

Anyone but a staff member's session gets the answer a POST to any address the app does not take
gets (405, only GET there); a staff member's request from another site is refused, as for GraphQL.
"""

import tempfile
from typing import IO, BinaryIO, cast

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from backend.accounts.sessions import signed_in_account
from backend.core.wakeups import Topic
from backend.graphql.cookies import SESSION, cookie_name
from backend.payments.importing import ImportRefused, import_statement
from backend.runtime import Runtime
from backend.web.csrf import is_same_origin

MAX_STATEMENT_BYTES = 256 * 1024 * 1024
"""A year of a busy seller's notices in one file; larger is refused with 413 before or while it arrives."""
IN_MEMORY_BYTES = 4 * 1024 * 1024
STATEMENT_TYPE = "application/octet-stream"


def _catch_all_allow() -> str:
    """The Allow header the single-page app's catch-all route (a Starlette Route for GET) sends with its 405:
    its methods are the set {"GET"} with "HEAD" added, listed in the set's order, which this builds alike."""
    methods = {"GET"}
    methods.add("HEAD")
    return ", ".join(methods)


_CATCH_ALL_ALLOW = _catch_all_allow()


def routes() -> list[BaseRoute]:
    return [Route("/staff/statements", upload, methods=["POST"])]


async def upload(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    production = runtime.settings.is_production
    token = request.cookies.get(cookie_name(SESSION, production=production), "")
    now = runtime.clock.now()
    viewer = (
        await runtime.transactions.read(lambda db: signed_in_account(db, runtime.keys, token, now)) if token else None
    )
    if viewer is None or not viewer.is_staff:
        raise HTTPException(405, headers={"Allow": _CATCH_ALL_ALLOW})
    own_origin = f"{request.url.scheme}://{request.url.netloc}"
    if not is_same_origin(request.headers, own_origin, has_session_cookie=True):
        return _refusal(403, "Cross-site requests are refused.")
    if (request.headers.get("content-type") or "").split(";")[0].strip().lower() != STATEMENT_TYPE:
        return _refusal(415, f"Send the statement's bytes as the body, with Content-Type {STATEMENT_TYPE}.")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_STATEMENT_BYTES):
        return _refusal(413, f"A statement may be at most {MAX_STATEMENT_BYTES // (1024 * 1024)} MB.")
    with tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES) as source:
        refusal = await _receive(request, source)
        if refusal is not None:
            return refusal
        result = await import_statement(
            runtime.transactions,
            cast(BinaryIO, source),
            request.query_params.get("filename", ""),
            now=now,
            today=runtime.clock.today(),
            imported_by=viewer.id,
        )
    if isinstance(result, ImportRefused):
        return JSONResponse({"refused": {"record": result.record, "reason": result.reason}}, 422, _NO_STORE)
    if result.applied:
        runtime.wakeups.notify(Topic.DOCUMENTS)
    return JSONResponse(
        {
            "import": {
                "id": str(result.import_id),
                "format": result.format.name,
                "credits": result.credits,
                "applied": result.applied,
                "toReview": result.to_review,
                "alreadyImported": result.already_imported,
                "reasons": {reason.value: count for reason, count in sorted(result.reasons.items())},
            }
        },
        headers=_NO_STORE,
    )


async def _receive(request: Request, source: IO[bytes]) -> Response | None:
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > MAX_STATEMENT_BYTES:
                return _refusal(413, f"A statement may be at most {MAX_STATEMENT_BYTES // (1024 * 1024)} MB.")
            source.write(chunk)
    except ClientDisconnect:
        return _refusal(400, "The upload was interrupted; nothing was imported.")
    source.seek(0)
    return None


_NO_STORE = {"cache-control": "no-store"}


def _refusal(status: int, message: str) -> JSONResponse:
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": "REQUEST_REFUSED"}}]}, status, _NO_STORE
    )
