"""The one shape of a failure a user can cause, in every payload: { code, field, path, message }.

Each operation has its own code enum and its own error type (SignInError is
UserError[SignInErrorCode], plus what only it needs), so a client switches over the codes the
schema lists for that operation. A bulk input reports per row: `path` names the list and the
row, `field` the field within it. `message` is the sentence for the code in the request's
language, taken from the catalogue the frontend owns (frontend/src/lib/i18n/errorSentences.json),
so the API and the pages never word one failure two ways.
"""

import json
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, Generic, Self, TypeVar

import strawberry
from strawberry.utils.str_converters import to_camel_case

from backend.core.language import Language
from backend.core.settings import REPOSITORY_ROOT

SENTENCES_FILE = REPOSITORY_ROOT / "frontend" / "src" / "lib" / "i18n" / "errorSentences.json"
Template = str | dict[str, str]
"""A sentence with {placeholders} named as the error type's fields, or {"plural": field, "one": …, "other": …}."""
SENTENCES: dict[str, dict[str, dict[str, Template]]] = json.loads(SENTENCES_FILE.read_text(encoding="utf-8"))

Code = TypeVar("Code", bound=StrEnum)


def sentence(code: StrEnum, language: Language, values: Mapping[str, object]) -> str:
    """The sentence for an error code (keyed by its enum's name) in `language`, its placeholders filled in."""
    template = SENTENCES[type(code).__name__][code.value][language.value]
    if isinstance(template, dict):
        template = template["one" if values[template["plural"]] == 1 else "other"]
    return template.format_map(values)


@strawberry.type
class UserError(Generic[Code]):
    code: Code
    field: str | None = strawberry.field(
        description="The input field at fault (within the row `path` points at, if any); null for the input as a whole."
    )
    path: list[str] | None = strawberry.field(
        description='For a row of a list input: the argument and the row\'s index, e.g. ["lines", "3"]; else null.'
    )
    message: str = strawberry.field(description="What went wrong, in the request's language (Accept-Language).")

    @classmethod
    def of(
        cls,
        code: Code,
        language: Language,
        *,
        field: str | None = None,
        path: Sequence[str | int] | None = None,
        **details: Any,
    ) -> Self:
        """`details` are the error type's own fields (such as retry_after_seconds); the sentence may use them."""
        message = sentence(code, language, {to_camel_case(name): value for name, value in details.items()})
        rows = [str(part) for part in path] if path is not None else None
        return cls(code=code, field=field, path=rows, message=message, **details)
