"""/graphql: JSON POSTs only, same-origin checked, one database session per request; GET shows our explorer."""

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry import Schema
from strawberry.asgi import GraphQL

from backend.core.language import language_from_accept_language
from backend.graphql.context import Context, Loaders, Services
from backend.web.csrf import is_json, is_same_origin
from backend.web.spa import NOT_BUILT


class GraphQLView(GraphQL[Context, None]):
    def __init__(self, schema: Schema, services: Services, explorer: Path | None) -> None:
        super().__init__(schema, graphql_ide="graphiql" if explorer else None, allow_queries_via_get=False)
        self.services = services
        self.explorer = explorer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await PlainTextResponse("Not found", status_code=404)(scope, receive, send)
            return
        request = Request(scope, receive)
        refusal = self._refusal(request)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        async with self.services.sessionmaker() as db:
            scope.setdefault("state", {})["db"] = db
            await super().__call__(scope, receive, send)

    def _refusal(self, request: Request) -> Response | None:
        if request.method == "GET":
            wants_html = "text/html" in request.headers.get("accept", "")
            return None if self.explorer and wants_html else _error(405, "Use POST with a JSON body.")
        if request.method != "POST":
            return _error(405, "Use POST with a JSON body.")
        if not is_json(request.headers.get("content-type")):
            return _error(415, "The request body must be application/json.")
        has_cookie = self.services.session_cookie in request.cookies
        own_origin = f"{request.url.scheme}://{request.url.netloc}"
        if not is_same_origin(request.headers, own_origin, has_session_cookie=has_cookie):
            return _error(403, "Cross-site requests are refused.")
        return None

    async def render_graphql_ide(self, request: Request) -> Response:
        if self.explorer is None or not self.explorer.is_file():
            return PlainTextResponse(NOT_BUILT, status_code=503)
        return FileResponse(self.explorer, headers={"cache-control": "no-cache"})

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        response.headers["cache-control"] = "no-store"
        response.headers["vary"] = "Accept-Language, Cookie"
        return response

    async def get_context(self, request: Request, response: Response) -> Context:  # type: ignore[override]
        db = request.state.db
        return Context(
            request=request,
            response=response,
            db=db,
            services=self.services,
            language=language_from_accept_language(request.headers.get("accept-language")),
            loaders=Loaders(db),
        )


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"errors": [{"message": message, "extensions": {"code": "REQUEST_REFUSED"}}]}, status)
