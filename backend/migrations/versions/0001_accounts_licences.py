"""accounts, sessions, sign-in throttles and licences

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("is_staff", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("email", name=op.f("uq_accounts_email")),
    )
    op.create_table(
        "sign_in_throttles",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sign_in_throttles")),
    )
    with op.batch_alter_table("sign_in_throttles", schema=None) as batch_op:
        batch_op.create_index("ix_sign_in_throttles_last_failure_at", ["last_failure_at"], unique=False)

    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_auth_sessions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_sessions")),
    )
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_sessions_account_id"), ["account_id"], unique=False)
        batch_op.create_index("ix_auth_sessions_expires_at", ["expires_at"], unique=False)

    op.create_table(
        "licences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial_number", sa.String(length=20), nullable=False),
        sa.Column("product_code", sa.String(length=40), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(serial_number) = 20", name=op.f("ck_licences_serial_number_length")),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_licences_account_id_accounts"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_licences")),
        sa.UniqueConstraint("serial_number", name=op.f("uq_licences_serial_number")),
    )
    with op.batch_alter_table("licences", schema=None) as batch_op:
        batch_op.create_index(
            "ix_licences_account_id_expires_on_serial_number",
            ["account_id", "expires_on", "serial_number"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("licences", schema=None) as batch_op:
        batch_op.drop_index("ix_licences_account_id_expires_on_serial_number")

    op.drop_table("licences")
    with op.batch_alter_table("auth_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_auth_sessions_expires_at")
        batch_op.drop_index(batch_op.f("ix_auth_sessions_account_id"))

    op.drop_table("auth_sessions")
    with op.batch_alter_table("sign_in_throttles", schema=None) as batch_op:
        batch_op.drop_index("ix_sign_in_throttles_last_failure_at")

    op.drop_table("sign_in_throttles")
    op.drop_table("accounts")
