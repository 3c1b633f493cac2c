"""Settings read from environment variables only (listed in the README)."""

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

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
        catalogue = env.get("KOUSHIN_CATALOGUE", "")
        allowed_hosts = _allowed_hosts(env.get("KOUSHIN_ALLOWED_HOSTS", ""), environment)
        trusted_proxies = _trusted_proxies(env.get("KOUSHIN_TRUSTED_PROXIES", ""))
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
