"""The body of a GraphQL request, checked for size, encoding, shape, depth and text before anything uses it.

Every string in the body (the query, the operation name, every variable and key, however deep)
must be valid Unicode without NUL: PostgreSQL cannot store NUL, a lone surrogate (JSON allows
"\\ud800") cannot even be encoded, and no field of ours has a use for either. Checking the
whole body once here closes that class of input for every operation, present and future.
"""

import json
import re
from dataclasses import dataclass
from typing import Any

MAX_BODY_BYTES = 1024 * 1024
"""Room for a thousand-line order's variables many times over; larger bodies are refused with 413."""
MAX_JSON_DEPTH = 32
"""Nested arrays and objects; our deepest input is a handful of levels."""
_INVALID_TEXT = re.compile("[\x00\ud800-\udfff]")


class RequestBodyError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class OperationRequest:
    query: str
    variables: dict[str, Any]
    operation_name: str | None


def check_declared_length(content_length: str | None) -> None:
    """Refuse at once a body that says it is too large, before reading any of it."""
    if content_length is None:
        return
    if not content_length.isdigit():
        raise RequestBodyError(400, "The Content-Length header is not a number.")
    if int(content_length) > MAX_BODY_BYTES:
        raise _too_large()


def check_received_length(received: int) -> None:
    """For bodies sent without a length (chunked): refuse as soon as the bytes read exceed the limit."""
    if received > MAX_BODY_BYTES:
        raise _too_large()


def parse_operation_request(body: bytes) -> OperationRequest:
    """One GraphQL operation as a JSON object: {"query": …, "variables": {…}, "operationName": …}."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestBodyError(400, "The request body must be JSON encoded as UTF-8.") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        # ValueError covers malformed JSON, NaN/Infinity and integers of thousands of digits.
        raise RequestBodyError(400, "The request body is not valid JSON.") from None
    check_values(data)
    if not isinstance(data, dict):
        raise RequestBodyError(400, "The request body must be a JSON object with a GraphQL query.")
    query, variables, operation_name = data.get("query"), data.get("variables"), data.get("operationName")
    if not isinstance(query, str) or not query.strip():
        raise RequestBodyError(400, "The request has no GraphQL query (a string in `query`).")
    if not isinstance(variables, dict | None):
        raise RequestBodyError(400, "The request's `variables` must be a JSON object.")
    if not isinstance(operation_name, str | None):
        raise RequestBodyError(400, "The request's `operationName` must be a string.")
    if not isinstance(data.get("extensions"), dict | None):
        raise RequestBodyError(400, "The request's `extensions` must be a JSON object.")
    return OperationRequest(query=query, variables=variables or {}, operation_name=operation_name)


def check_values(data: object) -> None:
    """Refuse nesting deeper than MAX_JSON_DEPTH and any string that is not valid text; iterative, linear."""
    pending: list[tuple[object, int]] = [(data, 0)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict | list):
            if depth >= MAX_JSON_DEPTH:
                raise RequestBodyError(400, f"The request body nests arrays and objects deeper than {MAX_JSON_DEPTH}.")
            if isinstance(value, dict):
                for key, item in value.items():
                    _check_text(key)
                    pending.append((item, depth + 1))
            else:
                pending.extend((item, depth + 1) for item in value)


def _check_text(text: str) -> None:
    if _INVALID_TEXT.search(text):
        raise RequestBodyError(400, "Text in the request must be valid Unicode without NUL characters.")


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _too_large() -> RequestBodyError:
    return RequestBodyError(413, f"The request body is larger than {MAX_BODY_BYTES // 1024} KiB.")
