"""The database tables as typed SQLAlchemy 2 ORM classes (rows only: no domain logic)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from planner.core import tz

#: Constraint names the same on every dialect, so migrations can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """An instant: stored as naive UTC on every dialect, always returned as aware UTC."""

    impl = sa.DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing to store a naive date-time {value!r}: instants must be aware")
        return value.astimezone(tz.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # a row written by hand into SQLite
            value = dt.datetime.fromisoformat(value)
        if value.tzinfo is not None:
            return value.astimezone(tz.UTC)  # type: ignore[no-any-return]
        return value.replace(tzinfo=tz.UTC)  # type: ignore[no-any-return]


def utc_now() -> dt.datetime:
    return tz.now_utc()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it from the class)
        dt.datetime: UTCDateTime(),
        str: sa.String(),
        list[str]: sa.JSON(),
    }


class Stamped:
    """Columns every editable row has: an optimistic-concurrency counter and two time stamps."""

    version: Mapped[int] = mapped_column(nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class VisitRow(Stamped, Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    head: Mapped[str] = mapped_column(default="")
    home_tz: Mapped[str]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    language: Mapped[str] = mapped_column(default="")
    published: Mapped[dt.date | None]
    source_article: Mapped[str] = mapped_column(sa.Text(), default="")
    notes: Mapped[str] = mapped_column(sa.Text(), default="")
    #: Moves on with every change to the visit or anything in it (revision 0003); ``version``
    #: above counts changes to the header and stops only.
    content_version: Mapped[int] = mapped_column(default=0, server_default="0")

    stops: Mapped[list[StopRow]] = relationship(
        back_populates="visit",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StopRow.position",
    )
    organisations: Mapped[list[OrganisationRow]] = relationship(
        back_populates="visit",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="OrganisationRow.position",
    )
    contacts: Mapped[list[ContactRow]] = relationship(
        back_populates="visit",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ContactRow.position",
    )
    engagements: Mapped[list[EngagementRow]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True
    )
    # revision 0003: the delegation
    members: Mapped[list[MemberRow]] = relationship(
        back_populates="visit",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MemberRow.position",
    )
    stays: Mapped[list[StayRow]] = relationship(
        back_populates="visit",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StayRow.position",
    )
    dismissed: Mapped[list[DismissedRow]] = relationship(
        back_populates="visit",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DismissedRow.key",
    )
    # revision 0006: what the importer guessed
    assumptions: Mapped[list[AssumptionRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AssumptionRow.position"
    )


class StopRow(Stamped, Base):
    __tablename__ = "stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    city: Mapped[str]
    country: Mapped[str] = mapped_column(default="")
    tz: Mapped[str]
    arrive: Mapped[dt.date | None]
    depart: Mapped[dt.date | None]

    visit: Mapped[VisitRow] = relationship(back_populates="stops")


class OrganisationRow(Stamped, Base):
    __tablename__ = "organisations"
    __table_args__ = (sa.UniqueConstraint("visit_id", "name", name="uq_organisations_visit_id_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    name: Mapped[str]
    name_native: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    website: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(sa.Text(), default="")

    visit: Mapped[VisitRow] = relationship(back_populates="organisations")


class ContactRow(Stamped, Base):
    __tablename__ = "contacts"
    __table_args__ = (sa.UniqueConstraint("visit_id", "uid", name="uq_contacts_visit_id_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    name_native: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    side: Mapped[str] = mapped_column(sa.String(20))
    notes: Mapped[str] = mapped_column(sa.Text(), default="")
    source: Mapped[str] = mapped_column(sa.Text(), default="")
    added_in: Mapped[int] = mapped_column(default=0, server_default="0")  # the visit's content_version

    visit: Mapped[VisitRow] = relationship(back_populates="contacts")
    attendance: Mapped[list[AttendanceRow]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


class EngagementRow(Stamped, Base):
    __tablename__ = "engagements"
    __table_args__ = (
        sa.UniqueConstraint("visit_id", "uid", name="uq_engagements_visit_id_uid"),
        sa.Index("ix_engagements_visit_id_start", "visit_id", "start"),  # revision 0002
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str]
    title: Mapped[str]
    kind: Mapped[str] = mapped_column(sa.String(20))
    status: Mapped[str] = mapped_column(sa.String(20))
    organisation: Mapped[str] = mapped_column(default="")
    venue: Mapped[str] = mapped_column(default="")
    city: Mapped[str | None]
    country: Mapped[str | None]
    tz: Mapped[str | None]
    end_tz: Mapped[str | None]
    start: Mapped[dt.datetime | None]
    end: Mapped[dt.datetime | None]
    date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    sectors: Mapped[list[str]]
    notes: Mapped[str] = mapped_column(sa.Text(), default="")
    source: Mapped[str] = mapped_column(sa.Text(), default="")
    unscheduled_reason: Mapped[str] = mapped_column(sa.Text(), default="")
    sequence: Mapped[int] = mapped_column(default=0)
    added_in: Mapped[int] = mapped_column(default=0, server_default="0")  # the visit's content_version
    # revision 0004: a travel leg's places, carrier and number
    from_city: Mapped[str | None]
    from_country: Mapped[str | None]
    to_city: Mapped[str | None]
    to_country: Mapped[str | None]
    carrier: Mapped[str] = mapped_column(default="", server_default="")
    number: Mapped[str] = mapped_column(default="", server_default="")

    visit: Mapped[VisitRow] = relationship(back_populates="engagements")
    member_links: Mapped[list[MemberAttendanceRow]] = relationship(
        back_populates="engagement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MemberAttendanceRow.position",
    )
    attendance: Mapped[list[AttendanceRow]] = relationship(
        back_populates="engagement",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AttendanceRow.position",
    )


class AttendanceRow(Base):
    """Who attends what: a link between an engagement and a contact of the same visit."""

    __tablename__ = "attendance"

    engagement_id: Mapped[int] = mapped_column(
        sa.ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    engagement: Mapped[EngagementRow] = relationship(back_populates="attendance")
    contact: Mapped[ContactRow] = relationship(back_populates="attendance")


class ChangeRow(Base):
    """One saved change: which visit, what, who and when (revision 0003).

    The id orders every change in the database: a window polls ``max(id)`` to see whether
    anything changed, and a stale save names the last one it has not seen.
    """

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True)
    visit_id: Mapped[int] = mapped_column(index=True)  # no foreign key: a deleted visit's changes stay
    content_version: Mapped[int]
    kind: Mapped[str] = mapped_column(sa.String(20))
    action: Mapped[str] = mapped_column(sa.String(20))
    uid: Mapped[str] = mapped_column(default="")
    title: Mapped[str] = mapped_column(default="")
    changed_by: Mapped[str] = mapped_column(default="")
    changed_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


# -- revision 0004: the delegation's members, their hotels and attendance, dismissed findings ---------


class MemberRow(Base):
    """A member of the delegation (the head is the one with ``is_head``)."""

    __tablename__ = "members"
    __table_args__ = (sa.UniqueConstraint("visit_id", "uid", name="uq_members_visit_id_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    name_native: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")
    department: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    is_head: Mapped[bool] = mapped_column(default=False)
    changed_in: Mapped[int] = mapped_column(default=0, server_default="0")  # revision 0005: content_version

    visit: Mapped[VisitRow] = relationship(back_populates="members")
    links: Mapped[list[MemberAttendanceRow]] = relationship(
        back_populates="member", cascade="all, delete-orphan", passive_deletes=True
    )


class MemberAttendanceRow(Base):
    """Which member attends which engagement (an engagement with none is for the whole delegation)."""

    __tablename__ = "member_attendance"

    engagement_id: Mapped[int] = mapped_column(
        sa.ForeignKey("engagements.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        sa.ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    engagement: Mapped[EngagementRow] = relationship(back_populates="member_links")
    member: Mapped[MemberRow] = relationship(back_populates="links")


class StayRow(Base):
    """A hotel booking: local check-in and check-out dates and times in the zone ``tz``."""

    __tablename__ = "stays"
    __table_args__ = (sa.UniqueConstraint("visit_id", "uid", name="uq_stays_visit_id_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str]
    position: Mapped[int]
    hotel: Mapped[str]
    city: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    tz: Mapped[str | None]
    address: Mapped[str] = mapped_column(sa.Text(), default="")
    check_in: Mapped[dt.date | None]
    check_in_time: Mapped[dt.time | None]
    check_out: Mapped[dt.date | None]
    check_out_time: Mapped[dt.time | None]
    confirmation: Mapped[str] = mapped_column(default="")
    changed_in: Mapped[int] = mapped_column(default=0, server_default="0")  # revision 0005: content_version

    visit: Mapped[VisitRow] = relationship(back_populates="stays")


class DismissedRow(Base):
    """A finding of the checks the user dismissed, by its stable key, with the reason given."""

    __tablename__ = "dismissed_findings"

    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(sa.Text(), default="")
    changed_in: Mapped[int] = mapped_column(default=0, server_default="0")  # revision 0005: content_version

    visit: Mapped[VisitRow] = relationship(back_populates="dismissed")


# -- revision 0006: what the importer guessed, until a person confirms or fixes it ----------------


class AssumptionRow(Base):
    """One assumption of a visit (see ``planner.core.assumptions``): about the visit, a run of days
    or one engagement (by uid, so it outlives an undone delete of the engagement)."""

    __tablename__ = "assumptions"
    __table_args__ = (sa.UniqueConstraint("visit_id", "uid", name="uq_assumptions_visit_id_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(sa.ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str]
    position: Mapped[int]
    code: Mapped[str]
    text: Mapped[str] = mapped_column(sa.Text())
    concerns: Mapped[str]
    engagement_uid: Mapped[str | None]
    first_day: Mapped[dt.date | None]
    last_day: Mapped[dt.date | None]
    status: Mapped[str]
    decided_by: Mapped[str] = mapped_column(default="")
    decided_at: Mapped[dt.datetime | None]
