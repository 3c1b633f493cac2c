"""Settings read from environment variables only (listed in the README)."""

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import parseaddr
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPOSITORY_ROOT / "data"
DEVELOPMENT_SECRET_KEY = "development-only-secret-key-do-not-use-in-production"  # noqa: S105 (refused in production)
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
# A host name, an IPv4 address, a bracketed IPv6 address, or *.domain for a domain's subdomains.
_HOST_PATTERN = re.compile(r"(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\]")


class Environment(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


class SettingsError(ValueError):
    """An environment variable holds a value the app cannot run with."""


class SmtpTls(StrEnum):
    NONE = "none"
    """Plain SMTP: only for a relay on the same machine or network (and the local mail catcher)."""
    STARTTLS = "starttls"
    """Connect in plain text, then upgrade (submission, port 587)."""
    TLS = "tls"
    """TLS from the first byte (implicit TLS, port 465)."""


DEFAULT_SMTP_PORTS = {SmtpTls.NONE: 25, SmtpTls.STARTTLS: 587, SmtpTls.TLS: 465}
MAIL_CATCHER_PORT = 8025
"""Where the development mail catcher listens (on loopback), and so where development sends mail."""


@dataclass(frozen=True, slots=True)
class MailSettings:
    """Where mail goes and how it is signed. The defaults are development's: the local mail catcher."""

    smtp_host: str = "127.0.0.1"
    smtp_port: int = MAIL_CATCHER_PORT
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_tls: SmtpTls = SmtpTls.NONE
    sender_name: str = "Koushin ライセンス更新"
    sender_address: str = "no-reply@koushin.localhost"
    public_url: str = "http://127.0.0.1:8000"
    """The base of links in mail, without a trailing slash."""

    @property
    def sender(self) -> Address:
        return Address(self.sender_name, addr_spec=self.sender_address)

    @classmethod
    def from_environ(cls, env: Mapping[str, str], environment: Environment) -> "MailSettings":
        production = environment is Environment.PRODUCTION
        if production:
            for name in ("KOUSHIN_SMTP_HOST", "KOUSHIN_MAIL_FROM", "KOUSHIN_PUBLIC_URL"):
                if not env.get(name, "").strip():
                    raise SettingsError(f"{name} must be set in production (see the README's settings table)")
        defaults = cls()
        tls_text = env.get("KOUSHIN_SMTP_TLS", "").strip().lower()
        try:
            tls = SmtpTls(tls_text) if tls_text else (SmtpTls.STARTTLS if production else defaults.smtp_tls)
        except ValueError:
            raise SettingsError(f"KOUSHIN_SMTP_TLS must be 'none', 'starttls' or 'tls', not {tls_text!r}") from None
        host = env.get("KOUSHIN_SMTP_HOST", "").strip() or defaults.smtp_host
        if not _HOST_PATTERN.fullmatch(host.lower()) or host.startswith("*"):
            raise SettingsError(f"KOUSHIN_SMTP_HOST: {host!r} is not a host name or IP address")
        port_text = env.get("KOUSHIN_SMTP_PORT", "").strip()
        if port_text:
            if not port_text.isdigit() or not 0 < int(port_text) < 65536:
                raise SettingsError(f"KOUSHIN_SMTP_PORT must be a port number, not {port_text!r}")
            port = int(port_text)
        else:
            port = DEFAULT_SMTP_PORTS[tls] if "KOUSHIN_SMTP_HOST" in env else defaults.smtp_port
        username, password = env.get("KOUSHIN_SMTP_USERNAME", ""), env.get("KOUSHIN_SMTP_PASSWORD", "")
        if bool(username) != bool(password):
            raise SettingsError("KOUSHIN_SMTP_USERNAME and KOUSHIN_SMTP_PASSWORD must be set together, or neither")
        return cls(
            smtp_host=host,
            smtp_port=port,
            smtp_username=username,
            smtp_password=password,
            smtp_tls=tls,
            **(_sender(env["KOUSHIN_MAIL_FROM"]) if env.get("KOUSHIN_MAIL_FROM") else {}),
            public_url=_public_url(env.get("KOUSHIN_PUBLIC_URL", "") or defaults.public_url, production),
        )


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    secret_key: str
    environment: Environment
    today: date | None
    data_dir: Path
    catalogue_path: Path | None
    frontend_dist: Path
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    """Host header values the app answers; any other gets 400 (DNS rebinding, poisoned links)."""
    trusted_proxies: tuple[str, ...] = ()
    """Addresses or networks whose X-Forwarded-For and X-Forwarded-Proto are believed."""
    mail: MailSettings = MailSettings()
    background_work: bool = True
    """Whether `serve` runs the background work (mail dispatch, …) in its own process too."""
    seller_path: Path | None = None
    """The seller file (issuer, receiving bank, virtual accounts); None for the demo's, beside the code."""

    @property
    def is_production(self) -> bool:
        return self.environment is Environment.PRODUCTION

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        data_dir = Path(env.get("KOUSHIN_DATA_DIR", str(DEFAULT_DATA_DIR)))
        try:
            environment = Environment(env.get("KOUSHIN_ENV", Environment.DEVELOPMENT))
        except ValueError:
            raise SettingsError(
                f"KOUSHIN_ENV must be 'development' or 'production', not {env['KOUSHIN_ENV']!r}"
            ) from None
        secret_key = env.get("KOUSHIN_SECRET_KEY", "")
        if environment is Environment.PRODUCTION and len(secret_key) < 32:
            raise SettingsError("KOUSHIN_SECRET_KEY must be set to at least 32 characters in production")
        today_text = env.get("KOUSHIN_TODAY", "")
        try:
            today = date.fromisoformat(today_text) if today_text else None
        except ValueError:
            raise SettingsError(f"KOUSHIN_TODAY must be a date as YYYY-MM-DD, not {today_text!r}") from None
        catalogue, seller = env.get("KOUSHIN_CATALOGUE", ""), env.get("KOUSHIN_SELLER", "")
        allowed_hosts = _allowed_hosts(env.get("KOUSHIN_ALLOWED_HOSTS", ""), environment)
        trusted_proxies = _trusted_proxies(env.get("KOUSHIN_TRUSTED_PROXIES", ""))
        background_text = env.get("KOUSHIN_BACKGROUND_WORK", "on").strip().lower()
        if background_text not in ("on", "off"):
            raise SettingsError(f"KOUSHIN_BACKGROUND_WORK must be 'on' or 'off', not {background_text!r}")
        return cls(
            database_url=env.get("KOUSHIN_DATABASE_URL", f"sqlite+aiosqlite:///{data_dir / 'koushin.sqlite3'}"),
            secret_key=secret_key or DEVELOPMENT_SECRET_KEY,
            environment=environment,
            today=today,
            data_dir=data_dir,
            catalogue_path=Path(catalogue) if catalogue else None,
            frontend_dist=Path(env.get("KOUSHIN_FRONTEND_DIST", str(REPOSITORY_ROOT / "frontend" / "dist"))),
            allowed_hosts=allowed_hosts,
            trusted_proxies=trusted_proxies,
            mail=MailSettings.from_environ(env, environment),
            background_work=background_text == "on",
            seller_path=Path(seller) if seller else None,
        )


def _listed(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def _allowed_hosts(text: str, environment: Environment) -> tuple[str, ...]:
    hosts = [host.lower() for host in _listed(text)]
    if not hosts:
        if environment is Environment.PRODUCTION:
            raise SettingsError(
                "KOUSHIN_ALLOWED_HOSTS must be set in production to the host names the app is served under, "
                "comma-separated (e.g. koushin.example.co.jp)"
            )
        return LOOPBACK_HOSTS
    for host in hosts:
        if not _HOST_PATTERN.fullmatch(host):
            raise SettingsError(
                f"KOUSHIN_ALLOWED_HOSTS: {host!r} is not a host name, an IP address ([::1] for IPv6) or *.domain"
            )
    return tuple(hosts)


def _trusted_proxies(text: str) -> tuple[str, ...]:
    proxies = _listed(text)
    for proxy in proxies:
        try:
            ipaddress.ip_network(proxy)
        except ValueError:
            raise SettingsError(
                f"KOUSHIN_TRUSTED_PROXIES: {proxy!r} is not an IP address or network (such as 10.0.0.0/8)"
            ) from None
    return tuple(proxies)


def _sender(text: str) -> dict[str, str]:
    """A display name and address, such as `Koushin ライセンス更新 <no-reply@koushin.example.co.jp>`."""
    display_name, address = parseaddr(text.strip())
    local, at, domain = address.rpartition("@")
    if not (at and local and "." in domain) or any(c.isspace() for c in address) or any(ord(c) < 32 for c in text):
        example = "Koushin <no-reply@example.jp>"
        raise SettingsError(f"KOUSHIN_MAIL_FROM must be a display name and address such as {example!r}, not {text!r}")
    try:
        Address(display_name, addr_spec=address)
    except (HeaderParseError, ValueError):
        raise SettingsError(f"KOUSHIN_MAIL_FROM: {address!r} is not an e-mail address") from None
    return {"sender_name": display_name, "sender_address": address}


def _public_url(text: str, production: bool) -> str:
    parts = urlsplit(text.strip())
    scheme_needed = "https" if production else parts.scheme
    if parts.scheme not in ("http", "https") or parts.scheme != scheme_needed or not parts.hostname:
        wanted = "an https:// URL in production" if production else "an http:// or https:// URL"
        raise SettingsError(f"KOUSHIN_PUBLIC_URL must be {wanted}, such as https://koushin.example.jp, not {text!r}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise SettingsError(
            f"KOUSHIN_PUBLIC_URL must be a plain base URL with no query, fragment or user, not {text!r}"
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
