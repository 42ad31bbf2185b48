"""The delegation joins the whole-visit versions: the visit's change counter at which each member,
stay and dismissed finding was last added or changed, so a stale whole-visit save is refused.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TABLES = ("members", "stays", "dismissed_findings")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("changed_in", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    for table in reversed(_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_in")
