"""Drift checks (models against migrations, schema.graphql against the code) and the column types behind them."""

from pathlib import Path

from sqlalchemy import String

from backend.db.base import Base, CheckedString
from backend.db.migrations import check_models_match_migrations
from backend.graphql.schema import schema_sdl
from tests.conftest import MigratedDatabase

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_models_and_migrations_agree(migrated_database: MigratedDatabase) -> None:
    """alembic check: autogenerate against the migrated database finds nothing to do."""
    check_models_match_migrations(migrated_database.url)


def test_schema_graphql_is_exported_from_the_code() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_sdl(), (
        "schema.graphql is stale: run `python -m backend export-schema`"
    )


def test_every_text_column_refuses_what_databases_cannot_store() -> None:
    """A plain String column would let NUL and lone surrogates reach the database (see CheckedString)."""
    columns = [column for table in Base.metadata.sorted_tables for column in table.columns]
    assert [str(column) for column in columns if isinstance(column.type, String)] == []
    assert sorted(str(column) for column in columns if isinstance(column.type, CheckedString)) == [
        "accounts.company_name",
        "accounts.email",
        "accounts.password_hash",
        "auth_sessions.id",
        "licences.product_code",
        "licences.serial_number",
        "sign_in_throttles.key",
    ]


def test_a_bare_str_annotation_maps_to_the_checked_type() -> None:
    assert isinstance(Base.registry.type_annotation_map[str], CheckedString)
