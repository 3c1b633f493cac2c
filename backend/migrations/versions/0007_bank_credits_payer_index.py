"""bank_credits.payer_name indexed: the review queue finds the customers a payer name paid before

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_bank_credits_payer_name", "bank_credits", ["payer_name"])


def downgrade() -> None:
    op.drop_index("ix_bank_credits_payer_name", table_name="bank_credits")
