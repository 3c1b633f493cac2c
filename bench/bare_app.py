"""A bare Starlette app answering every POST with fixed JSON bytes: the ceiling our endpoint is compared with."""

import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(os.environ["BENCH_BODY_FILE"]).read_bytes()


async def endpoint(_request: Request) -> Response:
    return Response(BODY, media_type="application/json")


app = Starlette(routes=[Route("/graphql", endpoint, methods=["POST"])])
