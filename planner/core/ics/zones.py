"""Time zones on import: IANA and Windows names, vendor TZIDs, custom VTIMEZONEs matched to an IANA zone."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.core import tz
from planner.core.errors import LocalTimeError

if TYPE_CHECKING:
    from icalendar import Calendar


@functools.lru_cache(maxsize=1)
def windows_zones() -> dict[str, str]:
    """Windows zone name → IANA zone (CLDR windowsZones, ``resources/windows_zones.json``)."""
    from planner.paths import resource_path

    with resource_path("windows_zones.json").open(encoding="utf-8") as handle:
        zones: dict[str, str] = json.load(handle)["zones"]
    return zones


_PREFERRED = (
    "Asia/Kolkata", "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Singapore", "Asia/Dubai",
    "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Moscow", "America/New_York",
    "America/Chicago", "America/Denver", "America/Los_Angeles", "Australia/Sydney", "UTC",
)  # fmt: skip


@functools.lru_cache(maxsize=1024)
def iana_name(tzid: str) -> str | None:
    """The IANA zone a TZID names directly: itself, a Windows name, or ``/vendor/…/Region/City``."""
    clean = tzid.strip().strip('"')
    if (tz.is_zone(clean) and "/" in clean) or clean in ("UTC", "GMT", "Etc/UTC"):
        return "UTC" if clean in ("GMT", "Etc/UTC") else clean
    windows = windows_zones().get(clean)
    if windows:
        return "UTC" if windows == "Etc/UTC" else windows
    parts = [p for p in clean.split("/") if p]
    for size in (3, 2):
        if len(parts) > size:
            candidate = "/".join(parts[-size:])
            if tz.is_zone(candidate):
                return candidate
    return None


# pytz's transition tables end in 2037; tzdata (zoneinfo) follows the rules on. After it, convert
# through ``tz`` (pytz) so an import agrees with the rest of the application.
_PYTZ_LAST_YEAR = 2037
_FIXED = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def fixed_offset(tzid: str) -> dt.timedelta | None:
    """The offset a TZID such as ``UTC+09:00``, ``GMT-5`` or ``+0530`` names, else ``None``."""
    match = _FIXED.match(tzid.strip().strip('"').strip())
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    if int(hours) > 14 or int(minutes or 0) > 59:
        return None
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    return -delta if sign == "-" else delta


@dataclass
class ZoneReader:
    """Turns the DTSTART/DTEND values icalendar parsed into UTC instants and IANA zones, noting guesses."""

    calendar: Calendar
    fallback: str  # X-WR-TIMEZONE or the home zone: where floating times are taken to be
    fallback_source: str
    warnings: list[str]
    used: list[str] = field(default_factory=list)
    _custom: dict[tuple[str, int], str] = field(default_factory=dict)
    _noted: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.declared = {t.tz_name for t in self.calendar.timezones if "TZID" in t}

    def instant(self, prop: Any, what: str, *, utc_zone: str | None = None) -> tuple[dt.datetime, str]:
        """The UTC instant of a DTSTART/DTEND and the zone to show it in (``utc_zone`` for a UTC time)."""
        value: dt.datetime = prop.dt
        tzid = prop.params.get("TZID")
        naive = value.replace(tzinfo=None)
        if tzid:
            fixed = fixed_offset(str(tzid)) if str(tzid) not in self.declared else None
            if fixed is not None:
                return self._fixed(naive, str(tzid), fixed, what)
            zone = self._zone_for(str(tzid), value, what)
            return self._fast_utc(value, naive, zone) or self._localize(naive, zone, what), zone
        if value.tzinfo is not None and value.utcoffset() is not None:
            # UTC ("Z"): the instant is exact; the zone to show it in is ours, else the calendar's.
            if utc_zone is not None:
                return tz.as_utc(value), self._use(utc_zone)
            return tz.as_utc(value), self.fallback if self.fallback_source == "X-WR-TIMEZONE" else "UTC"
        self._warn_once(
            f"floating:{what}",
            f"{what}: time {naive:%Y-%m-%d %H:%M} has no time zone (a 'floating' time); "
            f"taken as {self.fallback} ({self.fallback_source})",
        )
        return self._localize(naive, self.fallback, what), self.fallback

    def _fixed(
        self, naive: dt.datetime, tzid: str, offset: dt.timedelta, what: str
    ) -> tuple[dt.datetime, str]:
        """A TZID such as ``UTC+09:00``: its fixed offset, shown in an ``Etc/GMT`` zone if one fits."""
        hours, rest = divmod(int(offset.total_seconds()), 3600)
        zone = f"Etc/GMT{-hours:+d}" if not rest and hours else "UTC"
        if not tz.is_zone(zone):
            zone = "UTC"
        self._warn_once(
            f"fixed:{tzid}",
            f"{what}: time zone {tzid!r} is a fixed offset, not a place; read as UTC{_offset(offset)} "
            f"without daylight saving (shown as {zone})",
        )
        return tz.as_utc(naive - offset), self._use(zone)

    def _zone_for(self, tzid: str, value: dt.datetime, what: str) -> str:
        named = iana_name(tzid)
        if named is not None:
            if tzid not in self.declared and tzid == named and named != "UTC":
                self._warn_once(f"undeclared:{tzid}", f"time zone {tzid} has no VTIMEZONE in the file; "
                                "used the standard rules for it")  # fmt: skip
            if tzid != named and tzid in windows_zones():
                self._warn_once(f"windows:{tzid}", f"Windows time zone {tzid!r} read as {named}")
            return self._use(named)
        if value.tzinfo is not None and tzid in self.declared:
            return self._use(self._match_custom(tzid, value, what))
        self._warn_once(
            f"unknown:{tzid}",
            f"{what}: unknown time zone {tzid!r} with no VTIMEZONE in the file; its times are taken as UTC",
        )
        return self._use("UTC")

    def _match_custom(self, tzid: str, value: dt.datetime, what: str) -> str:
        key = (tzid, value.year)
        if key not in self._custom:
            instant = value.astimezone(tz.UTC)
            samples = [instant] + [dt.datetime(value.year, m, 15, 12, tzinfo=dt.UTC) for m in (1, 4, 7, 10)]
            wanted = [s.astimezone(value.tzinfo).utcoffset() for s in samples]
            found = next(
                (z for z in self._candidates(tzid) if [tz.utc_offset(z, s) for s in samples] == wanted), None
            )
            if found is None:
                found = "UTC"
                self.warnings.append(
                    f"{what}: no IANA time zone follows the rules of custom time zone {tzid!r} "
                    f"(UTC{_offset(wanted[0])}); its times are kept exact but shown in UTC"
                )
            else:
                self.warnings.append(
                    f"custom time zone {tzid!r} read as {found} (same UTC offsets in {value.year})"
                )
            self._custom[key] = found
        return self._custom[key]

    def _candidates(self, tzid: str) -> Iterable[str]:
        words = {w.casefold() for w in re.split(r"[^A-Za-z]+", tzid) if len(w) > 2}
        everything = tz.all_zone_names()
        hinted = [z for z in everything if z.rsplit("/", 1)[-1].replace("_", " ").casefold() in words]
        return dict.fromkeys([*hinted, self.fallback, *self.used, *_PREFERRED, *everything])

    @staticmethod
    def _fast_utc(value: dt.datetime, naive: dt.datetime, zone: str) -> dt.datetime | None:
        """The instant icalendar already zoned (the zone's tzdata, fold 0: the earlier of a repeated
        time), if it is that zone and the wall-clock time exists; else ``None``."""
        if getattr(value.tzinfo, "key", None) != zone or value.year > _PYTZ_LAST_YEAR:
            return None
        instant = value.astimezone(dt.UTC)
        if instant.astimezone(value.tzinfo).replace(tzinfo=None) != naive:
            return None  # in the spring-forward gap: _localize says so
        return tz.as_utc(instant)

    def _localize(self, naive: dt.datetime, zone: str, what: str) -> dt.datetime:
        try:
            return tz.local_to_utc(naive, zone, ambiguous="earlier")
        except LocalTimeError:
            # RFC 5545 3.3.5: a time in the spring-forward gap takes the offset from before the gap.
            before = tz.local_to_utc(naive - dt.timedelta(hours=3), zone, ambiguous="earlier")
            offset = tz.utc_offset(zone, before)
            self.warnings.append(
                f"{what}: {naive:%Y-%m-%d %H:%M} does not exist in {zone} (clocks go forward); "
                f"read with the offset before the change"
            )
            return tz.as_utc(naive - offset)

    def _use(self, zone: str) -> str:
        if zone not in self.used:
            self.used.append(zone)
        return zone

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._noted:
            self._noted.add(key)
            self.warnings.append(message)


def _offset(delta: dt.timedelta | None) -> str:
    return tz.format_offset(delta or dt.timedelta(0))[3:]
