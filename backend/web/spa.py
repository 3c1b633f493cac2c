"""The built single-page app: top-level files of the build, and index.html for client-side routes."""

from collections.abc import Awaitable, Callable, Collection
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response

NOT_BUILT = "The frontend is not built: run `make run` (or `npm run build`) first.\n"


def single_page_app(dist: Path, *, hidden: Collection[str] = ()) -> Callable[[Request], Awaitable[Response]]:
    """`hidden`: top-level files of the build not to serve (production hides the explorer's page)."""
    root = dist.resolve()

    async def endpoint(request: Request) -> Response:
        path = request.path_params.get("path", "")
        index = root / "index.html"
        if not index.is_file():
            return PlainTextResponse(NOT_BUILT, status_code=503)
        if "." in path.rsplit("/", 1)[-1]:
            # A file name: serve it if the build has it, never anything outside the build.
            candidate = (root / path).resolve()
            served = candidate.is_relative_to(root) and candidate.relative_to(root).as_posix() not in hidden
            if served and candidate.is_file():
                return FileResponse(candidate)
            return PlainTextResponse("Not found\n", status_code=404)
        return FileResponse(index, headers={"cache-control": "no-cache"})

    return endpoint
