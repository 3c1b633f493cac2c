"""Pure request rules: the CSRF decision and the request's language."""

import pytest

from backend.core.language import Language, language_from_accept_language
from backend.web.csrf import is_json, is_same_origin

OWN = "https://koushin.example"


@pytest.mark.parametrize(
    ("headers", "has_cookie", "allowed"),
    [
        ({"sec-fetch-site": "same-origin"}, True, True),
        ({"sec-fetch-site": "none"}, True, True),
        ({"sec-fetch-site": "cross-site"}, True, False),
        ({"sec-fetch-site": "same-site"}, True, False),
        ({"sec-fetch-site": "cross-site", "origin": OWN}, True, False),
        ({"origin": OWN}, True, True),
        ({"origin": "https://evil.example"}, True, False),
        ({"origin": "http://koushin.example"}, True, False),
        ({"origin": "null"}, True, False),
        ({}, True, False),
        ({}, False, True),
    ],
)
def test_same_origin_decision(headers: dict[str, str], has_cookie: bool, allowed: bool) -> None:
    assert is_same_origin(headers, OWN, has_session_cookie=has_cookie) is allowed


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("application/json", True),
        ("application/json; charset=utf-8", True),
        ("Application/JSON", True),
        ("text/plain", False),
        ("application/x-www-form-urlencoded", False),
        ("multipart/form-data; boundary=x", False),
        (None, False),
    ],
)
def test_only_json_bodies(content_type: str | None, expected: bool) -> None:
    assert is_json(content_type) is expected


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, Language.JA),
        ("", Language.JA),
        ("en", Language.EN),
        ("en-GB,en;q=0.9", Language.EN),
        ("ja,en;q=0.8", Language.JA),
        ("en;q=0.5,ja;q=0.9", Language.JA),
        ("fr,en;q=0.3", Language.EN),
        ("fr", Language.JA),
        ("en;q=abc", Language.EN),
    ],
)
def test_language_from_accept_language(header: str | None, language: Language) -> None:
    assert language_from_accept_language(header) is language
