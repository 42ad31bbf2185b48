"""Errors a user can cause and fix: the command line prints them as one line, the window as a message."""

from __future__ import annotations


class PlannerError(Exception):
    """A problem with the user's input or data, never a bug: shown without a traceback."""


class InputFileError(PlannerError):
    """A file cannot be read as what it claims to be (missing, binary, wrong encoding, too big)."""


class LocalTimeError(PlannerError, ValueError):
    """A wall-clock time that does not exist, or exists twice, in a zone with DST."""


class NonExistentLocalTime(LocalTimeError):
    """The clocks jump over this local time (spring forward)."""


class AmbiguousLocalTime(LocalTimeError):
    """This local time happens twice (fall back); the caller must choose one."""


class UnknownZoneError(PlannerError, ValueError):
    """Not an IANA time-zone name."""


class NotFoundError(PlannerError):
    """No visit, engagement or contact with that id."""


class ConflictError(PlannerError):
    """Someone else changed the row since it was read (optimistic concurrency).

    ``what`` names the thing (e.g. ``engagement 'Lunch'``) and ``by`` who changed it last, when known.
    """

    def __init__(self, message: str, what: str = "", by: str = "") -> None:
        super().__init__(message)
        self.what = what
        self.by = by


class IcsError(InputFileError):
    """A calendar file that cannot be read: the message names the line and the problem."""
