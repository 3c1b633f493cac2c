"""/graphql over HTTP: JSON POSTs only, same-origin checked, bodies checked before use; GET shows our explorer.

One operation per request (no batching, no subscriptions, no multipart), so the endpoint is
ours end to end: Strawberry executes the operation, and every refusal before that is a plain
JSON error with its HTTP status.
"""

from pathlib import Path

from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry import Schema
from strawberry.http import process_result
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types.graphql import OperationType

from backend.core.language import language_from_accept_language
from backend.graphql.context import Context
from backend.graphql.cookies import SESSION, cookie_name
from backend.runtime import Runtime
from backend.web.csrf import is_json, is_same_origin
from backend.web.request_body import (
    OperationRequest,
    RequestBodyError,
    check_declared_length,
    check_received_length,
    parse_operation_request,
)
from backend.web.spa import NOT_BUILT

ALLOWED_OPERATIONS = frozenset({OperationType.QUERY, OperationType.MUTATION})


class GraphQLEndpoint:
    def __init__(self, customers: Schema, staff: Schema, *, explorer: Path | None) -> None:
        self.customers = customers
        self.staff = staff
        """Chosen for a staff member's session only: to everyone else the staff fields are missing ones."""
        self.explorer = explorer
        """The built explorer page, served to browsers in development; None in production."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await PlainTextResponse("Not found", status_code=404)(scope, receive, send)
            return
        response = await self._respond(Request(scope, receive))
        await response(scope, receive, send)

    async def _respond(self, request: Request) -> Response:
        runtime: Runtime = request.app.state.runtime
        if request.method == "GET" and self.explorer and "text/html" in request.headers.get("accept", ""):
            return self._explorer()
        if request.method != "POST":
            return _refusal(405, "Use POST with a JSON body.", headers={"allow": "POST"})
        if not is_json(request.headers.get("content-type")):
            return _refusal(415, "The request body must be application/json.")
        has_cookie = cookie_name(SESSION, production=runtime.settings.is_production) in request.cookies
        own_origin = f"{request.url.scheme}://{request.url.netloc}"
        if not is_same_origin(request.headers, own_origin, has_session_cookie=has_cookie):
            return _refusal(403, "Cross-site requests are refused.")
        try:
            operation = parse_operation_request(await _read_body(request))
        except RequestBodyError as refusal:
            return _refusal(refusal.status, refusal.message)
        return await self._execute(request, runtime, operation)

    async def _execute(self, request: Request, runtime: Runtime, operation: OperationRequest) -> Response:
        # Cookies and headers the resolvers set; merged into the response below.
        sub_response = Response()
        del sub_response.headers["content-length"]
        language = language_from_accept_language(request.headers.get("accept-language"))
        context = Context.for_request(request, sub_response, runtime, language)
        # The viewer is read once here and kept by the context's loader for the resolvers.
        viewer = await context.viewer()
        schema = self.staff if viewer is not None and viewer.is_staff else self.customers
        try:
            result = await schema.execute(
                operation.query,
                variable_values=operation.variables,
                context_value=context,
                operation_name=operation.operation_name,
                allowed_operation_types=ALLOWED_OPERATIONS,
            )
        except CannotGetOperationTypeError as error:
            return _refusal(400, error.as_http_error_reason())
        except InvalidOperationTypeError as error:
            return _refusal(400, error.as_http_error_reason(request.method))
        response = JSONResponse(process_result(result), headers={"cache-control": "no-store"})
        response.headers["vary"] = "Accept-Language, Cookie"
        response.raw_headers.extend(sub_response.raw_headers)
        return response

    def _explorer(self) -> Response:
        if self.explorer is None or not self.explorer.is_file():
            return PlainTextResponse(NOT_BUILT, status_code=503)
        return FileResponse(self.explorer, headers={"cache-control": "no-cache"})


async def _read_body(request: Request) -> bytes:
    check_declared_length(request.headers.get("content-length"))
    chunks: list[bytes] = []
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            check_received_length(received)
            chunks.append(chunk)
    except ClientDisconnect:
        # Nobody is left to answer; a refusal rather than an exception keeps a hang-up out of the error log.
        raise RequestBodyError(400, "The client went away before its request body arrived.") from None
    return b"".join(chunks)


def _refusal(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"errors": [{"message": message, "extensions": {"code": "REQUEST_REFUSED"}}]}, status, headers)
