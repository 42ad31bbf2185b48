"""An index for reading a visit's programme in time order (engagements by visit and start).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_engagements_visit_id_start", "engagements", ["visit_id", "start"])


def downgrade() -> None:
    op.drop_index("ix_engagements_visit_id_start", table_name="engagements")
