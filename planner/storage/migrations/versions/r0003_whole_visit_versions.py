"""Versions that cover the whole visit: a change counter per visit, the counter value at which each
engagement and contact was added, and a log of who changed what (for conflicts and live refresh).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("visits", sa.Column("content_version", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("engagements", sa.Column("added_in", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("contacts", sa.Column("added_in", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("content_version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    op.create_index(op.f("ix_changes_visit_id"), "changes", ["visit_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_changes_visit_id"), table_name="changes")
    op.drop_table("changes")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("added_in")
    with op.batch_alter_table("engagements") as batch:
        batch.drop_column("added_in")
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("content_version")
