"""payments: statement imports, bank credits, receipts; paid and expired orders

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = "status IN ('awaiting_payment', 'cancelled', 'paid', 'expired')"
OLD_STATUSES = "status IN ('awaiting_payment', 'cancelled')"


def upgrade() -> None:
    op.create_table(
        "statement_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("byte_size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by_account_id", sa.Integer(), nullable=True),
        sa.Column("credits", sa.Integer(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("to_review", sa.Integer(), nullable=False),
        sa.Column("already_imported", sa.Integer(), nullable=False),
        sa.CheckConstraint("format IN ('zengin-01', 'zengin-03', 'csv')", name=op.f("ck_statement_imports_format")),
        sa.ForeignKeyConstraint(
            ["imported_by_account_id"],
            ["accounts.id"],
            name=op.f("fk_statement_imports_imported_by_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_imports")),
    )
    op.create_index(op.f("ix_statement_imports_imported_at"), "statement_imports", ["imported_at"], unique=False)
    op.create_table(
        "receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount_received", sa.BigInteger(), nullable=False),
        sa.Column("fee_deducted", sa.Integer(), nullable=False),
        sa.Column("applied_by_account_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("fee_deducted >= 0", name=op.f("ck_receipts_fee_deducted_not_negative")),
        sa.ForeignKeyConstraint(
            ["applied_by_account_id"],
            ["accounts.id"],
            name=op.f("fk_receipts_applied_by_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_receipts_invoice_id_invoices"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
        sa.UniqueConstraint("invoice_id", name=op.f("uq_receipts_invoice_id")),
        sa.UniqueConstraint("number", name=op.f("uq_receipts_number")),
    )
    op.create_table(
        "bank_credits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("record", sa.Integer(), nullable=False),
        sa.Column("bank_code", sa.String(length=4), nullable=False),
        sa.Column("branch_code", sa.String(length=3), nullable=False),
        sa.Column("account_number", sa.String(length=7), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("payer_name", sa.String(length=48), nullable=False),
        sa.Column("reversal", sa.Boolean(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("review_reason", sa.String(length=20), nullable=True),
        sa.Column("receipt_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_account_id", sa.Integer(), nullable=True),
        sa.Column("resolution_note", sa.String(length=500), nullable=True),
        sa.CheckConstraint(
            "(state = 'applied') = (receipt_id IS NOT NULL)", name=op.f("ck_bank_credits_applied_has_receipt")
        ),
        sa.CheckConstraint(
            "review_reason IN ('SHORT', 'OVER', 'UNKNOWN_ACCOUNT', 'LATE', 'ALREADY_PAID', 'CANCELLED', 'REVERSAL')",
            name=op.f("ck_bank_credits_review_reason"),
        ),
        sa.CheckConstraint("state IN ('applied', 'review', 'refund', 'dismissed')", name=op.f("ck_bank_credits_state")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_bank_credits_amount_positive")),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["statement_imports.id"],
            name=op.f("fk_bank_credits_import_id_statement_imports"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_bank_credits_invoice_id_invoices"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipts.id"], name=op.f("fk_bank_credits_receipt_id_receipts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_account_id"],
            ["accounts.id"],
            name=op.f("fk_bank_credits_resolved_by_account_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_credits")),
        sa.UniqueConstraint(
            "bank_code",
            "branch_code",
            "account_number",
            "booked_on",
            "reference",
            "amount",
            "reversal",
            name="uq_bank_credits_bank_key",
        ),
        sa.UniqueConstraint("receipt_id", name=op.f("uq_bank_credits_receipt_id")),
    )
    op.create_index(op.f("ix_bank_credits_import_id"), "bank_credits", ["import_id"], unique=False)
    op.create_index(op.f("ix_bank_credits_invoice_id"), "bank_credits", ["invoice_id"], unique=False)
    op.create_index("ix_bank_credits_state_id", "bank_credits", ["state", "id"], unique=False)
    op.add_column("licences", sa.Column("auto_renewal_since", sa.DateTime(timezone=True), nullable=True))
    op.add_column("order_lines", sa.Column("new_expires_on", sa.Date(), nullable=True))
    op.add_column("orders", sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("orders", sa.Column("expired_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("orders") as batch:
        batch.drop_constraint(op.f("ck_orders_status"), type_="check")
        batch.create_check_constraint(op.f("ck_orders_status"), STATUSES)
    op.create_index(
        "ix_orders_awaiting_payment",
        "orders",
        ["id"],
        unique=False,
        sqlite_where=sa.text("status = 'awaiting_payment'"),
        postgresql_where=sa.text("status = 'awaiting_payment'"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_orders_awaiting_payment",
        table_name="orders",
        sqlite_where=sa.text("status = 'awaiting_payment'"),
        postgresql_where=sa.text("status = 'awaiting_payment'"),
    )
    with op.batch_alter_table("orders") as batch:
        batch.drop_constraint(op.f("ck_orders_status"), type_="check")
        batch.create_check_constraint(op.f("ck_orders_status"), OLD_STATUSES)
        batch.drop_column("expired_at")
        batch.drop_column("paid_at")
    with op.batch_alter_table("order_lines") as batch:
        batch.drop_column("new_expires_on")
    with op.batch_alter_table("licences") as batch:
        batch.drop_column("auto_renewal_since")
    op.drop_index("ix_bank_credits_state_id", table_name="bank_credits")
    op.drop_index(op.f("ix_bank_credits_invoice_id"), table_name="bank_credits")
    op.drop_index(op.f("ix_bank_credits_import_id"), table_name="bank_credits")
    op.drop_table("bank_credits")
    op.drop_table("receipts")
    op.drop_index(op.f("ix_statement_imports_imported_at"), table_name="statement_imports")
    op.drop_table("statement_imports")
