"""The delegation: members and who attends what, hotel stays, travel-leg fields, dismissed findings.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LEG_COLUMNS = ("from_city", "from_country", "to_city", "to_country")


def upgrade() -> None:
    with op.batch_alter_table("engagements") as batch:
        for name in _LEG_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(), nullable=True))
        batch.add_column(sa.Column("carrier", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("number", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_native", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("department", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_members_visit_id_visits"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("visit_id", "uid", name="uq_members_visit_id_uid"),
    )
    op.create_index(op.f("ix_members_visit_id"), "members", ["visit_id"], unique=False)
    op.create_table(
        "member_attendance",
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagements.id"],
            name=op.f("fk_member_attendance_engagement_id_engagements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_member_attendance_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("engagement_id", "member_id", name=op.f("pk_member_attendance")),
    )
    op.create_index(op.f("ix_member_attendance_member_id"), "member_attendance", ["member_id"], unique=False)
    op.create_table(
        "stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hotel", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("tz", sa.String(), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("check_in", sa.Date(), nullable=True),
        sa.Column("check_in_time", sa.Time(), nullable=True),
        sa.Column("check_out", sa.Date(), nullable=True),
        sa.Column("check_out_time", sa.Time(), nullable=True),
        sa.Column("confirmation", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_stays_visit_id_visits"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stays")),
        sa.UniqueConstraint("visit_id", "uid", name="uq_stays_visit_id_uid"),
    )
    op.create_index(op.f("ix_stays_visit_id"), "stays", ["visit_id"], unique=False)
    op.create_table(
        "dismissed_findings",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_dismissed_findings_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("visit_id", "key", name=op.f("pk_dismissed_findings")),
    )


def downgrade() -> None:
    op.drop_table("dismissed_findings")
    op.drop_index(op.f("ix_stays_visit_id"), table_name="stays")
    op.drop_table("stays")
    op.drop_index(op.f("ix_member_attendance_member_id"), table_name="member_attendance")
    op.drop_table("member_attendance")
    op.drop_index(op.f("ix_members_visit_id"), table_name="members")
    op.drop_table("members")
    with op.batch_alter_table("engagements") as batch:
        for name in ("number", "carrier", *reversed(_LEG_COLUMNS)):
            batch.drop_column(name)
