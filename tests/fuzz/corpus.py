"""Real files to start from and the mutations a fuzz test applies to them (flips, cuts, splices, repeats)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from planner.core import backup, ics
from tests.conftest import DATA, SEED
from tests.factories import make_visit

# Reproducible under CI (derandomize: the same inputs every run, no example database);
# elsewhere each run tries new inputs and remembers failing ones.
CI = os.environ.get("CI") == "true"
settings.register_profile(
    "fuzz",
    deadline=None,
    derandomize=CI,
    database=None if CI else settings.default.database,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FUZZ = settings.get_profile("fuzz")

#: Inputs per importer in the normal run (together at least 2,000).
EXAMPLES = {"article": 700, "ics": 600, "json": 700}


def article_seeds() -> list[bytes]:
    return [SEED.read_bytes(), *(p.read_bytes() for p in sorted((DATA / "articles").glob("*.txt")))]


def ics_seeds() -> list[bytes]:
    own = ics.export_calendar(make_visit()).data  # our own export: the round trip users rely on
    return [own, *(p.read_bytes() for p in sorted((DATA / "ics").glob("*.ics")))]


def json_seeds() -> list[bytes]:
    return [backup.dump(make_visit()).encode("utf-8")]


#: Tokens that reach corners of the readers: limits, structure, encodings.
TOKENS = [
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\\ud800", b"\r", b"\n", b"\r\n ", b"\t",
    b"9999", b"0001", b"-1", b"99999999999999999999999", b"1e400", b"NaN", b"null", b"true", b"[]", b"{}",
    b'"', b"\\", b",", b":", b";", b"}", b"]", b"{", b"[",
    b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"BEGIN:VCALENDAR\r\n", b"END:VCALENDAR\r\n",
    b"DTSTART:99991231T235959Z\r\n", b"DTSTART;TZID=UTC+09:00:20251026T023000\r\n", b"RRULE:FREQ=DAILY\r\n",
    b"TZID=Europe/Berlin", b"VALUE=DATE:", b"2025-10-26T02:30:00", b"2025-02-30",
    "२०२५".encode(), "अगस्त".encode(), "सितंबर".encode(), b"August", b"Tokyo", b"Seoul", b" 23 ", b" to ",
    "मुख्यमंत्री".encode(), b"a.m.", b"p.m.", b"10:30", b"25:61",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A real file with one to four mutations: byte flips, cuts, splices, line copies, tokens."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(st.sampled_from(_OPERATIONS))
        data = bytearray(operation(draw, data, seeds))
    return bytes(data)


def _position(draw: st.DrawFn, data: bytes) -> int:
    return draw(st.integers(0, len(data)))


def _flip(draw: st.DrawFn, data: bytearray, seeds: list[bytes]) -> bytes:
    if not data:
        return bytes(data)
    at = draw(st.integers(0, len(data) - 1))
    data[at] ^= draw(st.sampled_from([0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xFF]))
    return bytes(data)


def _truncate(draw: st.DrawFn, data: bytearray, seeds: list[bytes]) -> bytes:
    return bytes(data[: _position(draw, data)])


def _splice(draw: st.DrawFn, data: bytearray, seeds: list[bytes]) -> bytes:
    other = draw(st.sampled_from(seeds))
    start = _position(draw, other)
    piece = other[start : start + draw(st.integers(1, 400))]
    at = _position(draw, data)
    return bytes(data[:at]) + piece + bytes(data[at:])


def _lines(draw: st.DrawFn, data: bytearray, seeds: list[bytes], *, keep: bool) -> bytes:
    lines = bytes(data).splitlines(keepends=True)
    if not lines:
        return bytes(data)
    at = draw(st.integers(0, len(lines) - 1))
    if keep:
        return b"".join(lines[: at + 1] + lines[at:])  # the line twice
    return b"".join(lines[:at] + lines[at + 1 :])


def _duplicate_line(draw: st.DrawFn, data: bytearray, seeds: list[bytes]) -> bytes:
    return _lines(draw, data, seeds, keep=True)


def _delete_line(draw: st.DrawFn, data: bytearray, seeds: list[bytes]) -> bytes:
    return _lines(draw, data, seeds, keep=False)


def _token(draw: st.DrawFn, data: bytearray, seeds: list[bytes]) -> bytes:
    at = _position(draw, data)
    token = draw(st.sampled_from(TOKENS))
    replace = draw(st.integers(0, 4))  # overwrite a few bytes or insert
    return bytes(data[:at]) + token + bytes(data[at + replace :])


def _digits(draw: st.DrawFn, data: bytearray, seeds: list[bytes]) -> bytes:
    """Change one run of ASCII digits (a year, a day, a time, a number)."""
    runs = [i for i in range(len(data)) if 48 <= data[i] <= 57 and (i == 0 or not 48 <= data[i - 1] <= 57)]
    if not runs:
        return bytes(data)
    at = draw(st.sampled_from(runs))
    end = at
    while end < len(data) and 48 <= data[end] <= 57:
        end += 1
    return bytes(data[:at]) + str(draw(st.integers(0, 10**12))).encode() + bytes(data[end:])


_OPERATIONS = [_flip, _truncate, _splice, _duplicate_line, _delete_line, _token, _digits]


def random_bytes() -> st.SearchStrategy[bytes]:
    """A few inputs that are only noise, beside the mutations."""
    return st.binary(max_size=600)
