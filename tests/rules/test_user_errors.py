"""The error kit: one shape for every payload error, and one catalogue of sentences shared with the frontend."""

import re

import pytest
from graphql import GraphQLEnumType, GraphQLObjectType, GraphQLSchema

from backend.accounts.sign_in import SignInErrorCode
from backend.core.language import Language
from backend.graphql.accounts.sign_in import SignInError
from backend.graphql.schema import create_schema
from backend.graphql.user_errors import SENTENCES

PLACEHOLDER = re.compile(r"\{(\w+)\}")
KIT_FIELDS = {"code", "field", "path", "message"}


def error_types(schema: GraphQLSchema) -> dict[str, GraphQLObjectType]:
    """Every object type of the kit's shape: code, field, path, message."""
    return {
        name: graphql_type
        for name, graphql_type in schema.type_map.items()
        if isinstance(graphql_type, GraphQLObjectType)
        and {"code", "field", "path", "message"} <= graphql_type.fields.keys()
    }


def test_every_error_code_in_the_schema_has_a_sentence_in_both_languages_and_no_other() -> None:
    schema = create_schema(production=False, staff=True)._schema
    types = error_types(schema)
    assert sorted(types) == [
        "ArchiveSearchError",
        "CancelOrderError",
        "LicenceLookupError",
        "OrderLookupError",
        "QuoteLookupError",
        "RenewalError",
        "RequestPasswordResetError",
        "ResetPasswordError",
        "ReviewError",
        "SignInError",
        "StopAutoRenewalError",
    ]
    catalogued: dict[str, list[str]] = {}
    for graphql_type in types.values():
        codes = graphql_type.fields["code"].type.of_type
        assert isinstance(codes, GraphQLEnumType)
        catalogued[codes.name] = sorted(codes.values)
        own_fields = set(graphql_type.fields) - KIT_FIELDS
        for code in codes.values:
            sentences = SENTENCES[codes.name][code]
            assert sorted(sentences) == ["en", "ja"]
            for template in sentences.values():
                texts = [template] if isinstance(template, str) else [template["one"], template["other"]]
                if not isinstance(template, str):
                    assert template["plural"] in own_fields
                for text in texts:
                    assert set(PLACEHOLDER.findall(text)) <= own_fields, (codes.name, code, text)
    assert {name: sorted(codes) for name, codes in SENTENCES.items()} == catalogued


@pytest.mark.parametrize(
    ("seconds", "language", "message"),
    [
        (1, Language.EN, "Too many sign-in attempts. Please try again in 1 second."),
        (42, Language.EN, "Too many sign-in attempts. Please try again in 42 seconds."),
        (1, Language.JA, "サインインの試行回数が上限に達しました。1秒後にもう一度お試しください。"),
    ],
)
def test_a_sentence_takes_its_values_from_the_errors_own_fields(seconds: int, language: Language, message: str) -> None:
    error = SignInError.of(SignInErrorCode.TOO_MANY_ATTEMPTS, language, retry_after_seconds=seconds)
    assert (error.code, error.field, error.path, error.message, error.retry_after_seconds) == (
        SignInErrorCode.TOO_MANY_ATTEMPTS,
        None,
        None,
        message,
        seconds,
    )


def test_a_row_of_a_bulk_input_is_pointed_at_by_its_path() -> None:
    error = SignInError.of(
        SignInErrorCode.INVALID_CREDENTIALS, Language.EN, field="email", path=["lines", 3], retry_after_seconds=None
    )
    assert (error.field, error.path) == ("email", ["lines", "3"])
