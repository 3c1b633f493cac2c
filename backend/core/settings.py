"""Settings read from environment variables only (listed in the README)."""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPOSITORY_ROOT / "data"
DEVELOPMENT_SECRET_KEY = "development-only-secret-key-do-not-use-in-production"  # noqa: S105 (refused in production)


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
        return cls(
            database_url=env.get("KOUSHIN_DATABASE_URL", f"sqlite+aiosqlite:///{data_dir / 'koushin.sqlite3'}"),
            secret_key=secret_key or DEVELOPMENT_SECRET_KEY,
            environment=environment,
            today=today,
            data_dir=data_dir,
            catalogue_path=Path(catalogue) if catalogue else None,
            frontend_dist=Path(env.get("KOUSHIN_FRONTEND_DIST", str(REPOSITORY_ROOT / "frontend" / "dist"))),
        )
