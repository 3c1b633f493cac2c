"""Drift checks: the models against the migrations, and schema.graphql against the code."""

from pathlib import Path

from backend.db.base import Base
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


def test_every_relationship_refuses_to_load_lazily() -> None:
    """A lazy load hidden in a resolver would be a query per row, on a session that may be gone:
    relationships are declared lazy="raise" and loaded explicitly (selectinload), so one fails in tests."""
    lazy = [
        f"{mapper.class_.__name__}.{relationship.key}"
        for mapper in Base.registry.mappers
        for relationship in mapper.relationships
        if relationship.lazy not in {"raise", "raise_on_sql"}
    ]
    assert lazy == []
