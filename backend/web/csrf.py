"""Cross-site request forgery defence for cookie-authenticated GraphQL."""

from collections.abc import Mapping

SAFE_FETCH_SITES = frozenset({"same-origin", "none"})


def is_same_origin(headers: Mapping[str, str], own_origin: str, *, has_session_cookie: bool) -> bool:
    """Whether a POST may act with the browser's credentials.

    Browsers send Sec-Fetch-Site (and Origin on every POST); it decides when present. A request
    with neither header comes from a non-browser client: fine without a cookie, refused with one,
    because a request that carries a session must prove where it came from.
    """
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site in SAFE_FETCH_SITES
    origin = headers.get("origin")
    if origin is not None:
        return origin == own_origin
    return not has_session_cookie


def is_json(content_type: str | None) -> bool:
    return (content_type or "").split(";")[0].strip().lower() == "application/json"
