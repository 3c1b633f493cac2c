"""The cookies the API sets: the session and the known-device token, with the attributes each needs."""

from starlette.responses import Response

from backend.accounts.devices import DEVICE_TOKEN_LIFETIME

SESSION = "koushin_session"
DEVICE = "koushin_device"


def cookie_name(name: str, *, production: bool) -> str:
    # The __Host- prefix pins the cookie to this host, path / and HTTPS.
    return f"__Host-{name}" if production else name


def set_session_cookie(response: Response, token: str, *, production: bool) -> None:
    """A browser-session cookie: the server-side session decides how long it lasts."""
    response.set_cookie(
        cookie_name(SESSION, production=production), token, httponly=True, samesite="lax", secure=production, path="/"
    )


def delete_session_cookie(response: Response, *, production: bool) -> None:
    response.delete_cookie(
        cookie_name(SESSION, production=production), httponly=True, samesite="lax", secure=production, path="/"
    )


def set_device_cookie(response: Response, token: str, *, production: bool) -> None:
    """Kept across sessions and sign-outs, sent only to this site: it marks the browser as known."""
    response.set_cookie(
        cookie_name(DEVICE, production=production),
        token,
        max_age=int(DEVICE_TOKEN_LIFETIME.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=production,
        path="/",
    )
