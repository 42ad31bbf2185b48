"""The one entry point: no sub-command opens the window; the others work headless.

Heavy libraries (Qt, SQLAlchemy, icalendar) are imported inside the command
that needs them, so ``planner --help`` and ``planner list`` start fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner import __version__
from planner.core.errors import PlannerError

if TYPE_CHECKING:
    from planner.core.model import Visit
    from planner.storage.repository import Repository

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]  # what add_subparsers() returns

EXPORT_FORMATS = ("json", "ics", "pdf", "vcf", "csv")


def shown(path: Path) -> str:
    """A path as printed: bytes that are not UTF-8 in its name shown as ``\\xff`` instead of failing."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD") from None


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line: global options (which open the window) and one sub-parser per command
    (left out with ``commands=False``: the window's own options, parsed faster)."""
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Delegation Planner: plan official delegation visits across time zones. "
        "With no command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: $PLANNER_DB, else an SQLite file in your data folder)",
    )
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path, help="render the window and exit")
    parser.add_argument("--visit", metavar="VISIT", type=int, help="with --screenshot: the visit to show")
    parser.add_argument(
        "--view",
        choices=("itinerary", "agenda", "contacts", "delegation"),
        default="itinerary",
        help="with --screenshot: the view to show",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_list(sub)
    _add_import(sub)
    _add_export(sub)
    _add_parse_article(sub)
    _add_backup(sub)
    _add_restore(sub)
    _add_check(sub)
    _add_publish(sub)
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """``argv`` parsed; the eight sub-commands' parsers are built only when a word of it names a
    command, asks for help or is left over (``planner`` alone opens the window: a start-up cost)."""
    words = sys.argv[1:] if argv is None else list(argv)
    if not any(word in COMMANDS or word in ("-h", "--help") for word in words):
        args, rest = build_parser(commands=False).parse_known_args(words)
        if not rest:
            return args
    return build_parser().parse_args(words)


def _add_list(sub: Subparsers) -> None:
    p = sub.add_parser("list", help="list the visits in the database")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _add_import(sub: Subparsers) -> None:
    p = sub.add_parser(
        "import",
        help="import a JSON backup, an ICS calendar or a news article",
        description="Import FILE: a JSON backup (.json), a calendar (.ics) or a news article "
        "(.txt or any text). Prints the visit it created or updated.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help='print {"visit_id": N, ...}')
    p.add_argument("--into", type=int, metavar="VISIT", help="merge a calendar into this visit")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="an article's publication date")


def _add_export(sub: Subparsers) -> None:
    p = sub.add_parser("export", help="export a visit", description="Export VISIT to FILE.")
    p.add_argument("visit", type=int, metavar="VISIT", help="the visit id shown by 'planner list'")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--from", dest="start", type=_date, metavar="DATE", help="ICS: first day to export")
    p.add_argument("--to", dest="end", type=_date, metavar="DATE", help="ICS: last day to export")
    p.add_argument(
        "--member",
        "--attendee",
        dest="attendee",
        metavar="NAME",
        help="one member's own programme: what they attend, their stays and legs "
        "(ICS also takes a contact's name)",
    )
    p.add_argument(
        "--copy",
        choices=("staff", "guest"),
        help="PDF: the staff copy (default) flags clashes and open assumptions; the guest copy shows neither",
    )
    p.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="3.0",
        help="vcf: vCard 3.0 (the default: what Outlook imports) or 4.0",
    )


def _add_parse_article(sub: Subparsers) -> None:
    p = sub.add_parser(
        "parse-article",
        help="show the visit a news article describes, without saving it",
        description="Parse a news article (Hindi or English) into a draft visit and print it.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="the publication date")
    p.add_argument("--json", action="store_true", help="print the draft as JSON")


def _add_backup(sub: Subparsers) -> None:
    p = sub.add_parser(
        "backup",
        help="copy the database into its backups folder, or list the copies",
        description="Copy the database now (SQLite: a consistent copy in backups/ beside the file; "
        "a server database: every visit as JSON in your data folder). The newest copies of each "
        "kind are kept; one is also made automatically each day the database is used.",
    )
    p.add_argument("--list", action="store_true", help="list the copies, newest first, instead")
    p.add_argument("--json", action="store_true", help="print JSON")


def _add_restore(sub: Subparsers) -> None:
    p = sub.add_parser(
        "restore",
        help="replace the database's content by a backup (the current state is copied first)",
        description="Restore BACKUP (a path, or a name shown by 'planner backup --list'). The whole "
        "backup is checked first, and the current state is kept as a 'before-restore' copy.",
    )
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("--json", action="store_true", help="print JSON")


def _add_publish(sub: Subparsers) -> None:
    p = sub.add_parser(
        "publish",
        help="publish a visit to a CalDAV calendar server",
        description="Put every scheduled engagement of VISIT into the calendar at URL (created if "
        "missing). Publishing again updates what changed and deletes what was deleted or unscheduled; "
        "events changed on the server in the meantime are reported and left alone. The password comes "
        "from $PLANNER_CALDAV_PASSWORD, else it is asked for.",
    )
    p.add_argument("visit", type=int, metavar="VISIT", help="the visit id shown by 'planner list'")
    p.add_argument("--caldav", required=True, metavar="URL", help="the calendar collection's address")
    p.add_argument("--user", metavar="NAME", help="user name on the calendar server")
    p.add_argument("--attendee", metavar="NAME", help="only what this person attends")
    p.add_argument("--json", action="store_true", help="print what was done as JSON")


# -- commands ---------------------------------------------------------------------------------


_opened: list[Repository] = []  # closed (their WAL checkpointed into the file) when the command ends


def open_repository(url: str | None) -> Repository:
    """The repository at ``url`` (``None``: $PLANNER_DB, else the SQLite file in the data folder)."""
    from planner.storage import open_repository as open_repo

    repository = open_repo(url)
    _opened.append(repository)
    return repository


def close_repositories() -> None:
    """Close what the command opened: the data is then in the one database file."""
    while _opened:
        _opened.pop().close()


def cmd_list(args: argparse.Namespace) -> int:
    """``planner list``: one line (or JSON object) per visit."""
    repo = open_repository(args.db)
    visits = repo.list_visits()
    if args.json:
        print(json.dumps([v.to_json() for v in visits], ensure_ascii=False, indent=2))
        return 0
    if not visits:
        print("No visits yet: 'planner import ARTICLE.txt' or open the window with 'planner'.")
        return 0
    for v in visits:
        span = f"{v.start_date or '?'} – {v.end_date or '?'}"
        print(f"{v.id:>4}  {span:<25} {v.engagements:>3} engagements  {v.title}")
    return 0


def _detect_kind(path: Path, data: bytes) -> str:
    """``json``, ``ics`` or ``article``: by the file's suffix, else by how its content starts."""
    suffix = path.suffix.lower()
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if suffix == ".json" or head.startswith(b"{"):
        return "json"
    if suffix in (".ics", ".ical", ".ifb", ".icalendar") or head.upper().startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    return "article"


def cmd_import(args: argparse.Namespace) -> int:
    """``planner import FILE``: a backup, a calendar (new or ``--into`` a visit) or an article."""
    from planner.core.textfile import read_bytes

    data = read_bytes(args.file)
    result = import_data(
        data,
        args.file,
        repository=lambda: _daily_backup_then_open(args.db),
        into=args.into,
        published=args.published,
    )
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        verb = "created" if result.get("created", True) else "updated"
        print(f"Visit {result['visit_id']} {verb} from {shown(args.file)}")
        for warning in result.get("warnings", []):
            print(f"warning: {warning}", file=sys.stderr)
    return 0


def import_data(
    data: bytes,
    path: Path,
    *,
    repository: Callable[[], Repository],
    into: int | None = None,
    published: dt.date | None = None,
) -> dict[str, Any]:
    """What ``planner import`` does with a file's bytes: detect the kind, check, then store.

    ``repository`` is called only once the file has been read and, for a backup, checked in full.
    """
    from planner import services

    kind = _detect_kind(path, data)
    backup_visit = _read_backup(data, path) if kind == "json" else None
    repo = repository()
    if backup_visit is not None:
        return services.import_backup(repo, backup_visit)
    if kind == "ics":
        return services.import_calendar(repo, data, name=str(path), into=into)
    return services.import_article(repo, data, name=str(path), published=published)


def _daily_backup_then_open(url: str | None) -> Repository:
    """The repository, after today's automatic copy (a copy that fails is a warning, never a lost write).

    The database is opened first, so a database that cannot be opened is reported once, as itself.
    """
    from planner.backups import ensure_daily_backup

    repo = open_repository(url)
    if not repo.is_empty():
        try:
            ensure_daily_backup(url)
        except (PlannerError, OSError) as exc:
            print(f"warning: no daily backup today: {exc}", file=sys.stderr)
    return repo


def _read_backup(data: bytes, path: Path) -> Visit:
    """Check the whole backup before the database is even opened: a bad file changes nothing."""
    from planner.core import backup

    return backup.load(data, name=str(path))


def _write(path: Path, data: bytes) -> None:
    """Write the export atomically: a failed export never leaves half a file."""
    from planner.core.writer import write_atomically

    write_atomically(path, data)


def _export_json(visit: Visit, args: argparse.Namespace) -> str:
    from planner.core import backup

    _write(args.output, backup.dump(visit).encode("utf-8"))
    return f"Visit {visit.id} written to {shown(args.output)}"


def _export_ics(visit: Visit, args: argparse.Namespace) -> str:
    from planner.core import ics

    result = ics.export_calendar(visit, start=args.start, end=args.end, attendee=args.attendee)
    _write(args.output, result.data)
    note = f"; {result.skipped} unscheduled left out" if result.skipped else ""
    return f"{result.exported} events written to {shown(args.output)}{note}"


def _export_pdf(visit: Visit, args: argparse.Namespace) -> str:
    from planner.ui.programme import write_pdf

    copy = "guest" if getattr(args, "member_copy", False) else (args.copy or "staff")
    pages = write_pdf(visit, args.output, copy=copy)
    return f"Tour programme, {copy} copy ({pages} pages), written to {shown(args.output)}"


def _export_vcf(visit: Visit, args: argparse.Namespace) -> str:
    from planner.core import exports

    _write(args.output, exports.contacts_vcard(visit, version=args.vcard_version).encode("utf-8"))
    return f"{len(visit.members) + len(visit.contacts)} contacts written to {shown(args.output)}"


def _export_csv(visit: Visit, args: argparse.Namespace) -> str:
    from planner.core import exports

    _write(args.output, exports.engagements_csv(visit).encode("utf-8"))
    return f"{len(visit.engagements)} engagements written to {shown(args.output)}"


EXPORTERS: dict[str, Callable[[Visit, argparse.Namespace], str]] = {
    "json": _export_json,
    "ics": _export_ics,
    "pdf": _export_pdf,
    "vcf": _export_vcf,
    "csv": _export_csv,
}


def cmd_export(args: argparse.Namespace) -> int:
    """``planner export VISIT --format F -o FILE``: write the visit and say what was written."""
    options = {"--from": args.start, "--to": args.end}
    given = [name for name, value in options.items() if value]
    if args.format != "ics" and given:
        whole = f"the {args.format} export holds every day of the visit"
        raise PlannerError(f"{'/'.join(given)}: only for --format ics; {whole}")
    if args.copy and args.format != "pdf":
        raise PlannerError(f"--copy: only for --format pdf (the printed programme), not {args.format}")
    visit = open_repository(args.db).load_visit(args.visit)
    if args.attendee:
        visit = _member_programme(visit, args)  # a member's programme in every format
    print(EXPORTERS[args.format](visit, args))
    return 0


def _member_programme(visit: Visit, args: argparse.Namespace) -> Visit:
    """``--member NAME``: the visit cut down to that member's programme (ICS: else a contact's)."""
    from planner.core import delegation

    member = delegation.find_member(visit, args.attendee, required=args.format != "ics")
    if member is None:
        return visit  # the ICS export filters by the contact of that name
    args.attendee = None
    args.member_copy = True  # a member's copy: no staff checks annex
    return delegation.programme_of(visit, member)


def cmd_parse_article(args: argparse.Namespace) -> int:
    """``planner parse-article FILE``: the draft visit an article describes, nothing saved."""
    from planner.core.article import parse_article
    from planner.core.textfile import read_text

    draft = parse_article(read_text(args.file), published=args.published)
    if args.json:
        print(json.dumps(draft.to_json(), ensure_ascii=False, indent=2))
    else:
        print(draft.summary())
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """``planner backup [--list]``: copy the database now, or list its copies."""
    from planner.backups import list_backups, make_backup

    if args.list:
        copies = list_backups(args.db)
        if args.json:
            print(json.dumps([c.to_json() for c in copies], ensure_ascii=False, indent=2))
        elif not copies:
            print("No backups yet: 'planner backup' makes one.")
        for copy in [] if args.json else copies:
            taken = copy.taken.strftime("%Y-%m-%d %H:%M:%S UTC")
            print(f"{taken}  {copy.reason:<14} {copy.size / 1024:>9.1f} KB  {shown(copy.path)}")
        return 0
    copy = make_backup(args.db)
    if args.json:
        print(json.dumps(copy.to_json(), ensure_ascii=False, indent=2))
    else:
        print(f"Backup written to {shown(copy.path)} ({copy.size / 1024:.1f} KB)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """``planner restore BACKUP``: the database's content replaced by a backup, the state before kept."""
    from planner.backups import restore_backup

    safety, visits = restore_backup(args.db, args.backup)
    if args.json:
        kept = None if safety is None else str(safety.path)
        print(json.dumps({"restored": args.backup, "visits": visits, "before_restore": kept}, indent=2))
        return 0
    from planner.core.wording import counted

    print(f"Restored {args.backup}: {counted(visits, 'visit')}")
    if safety is not None:
        print(f"The state before is kept in {shown(safety.path)} ('planner restore' it to go back)")
    return 0


def _caldav_password(user: str | None) -> str | None:
    """$PLANNER_CALDAV_PASSWORD, else asked on the terminal (never echoed); ``None`` without a user."""
    import getpass
    import os

    if not user:
        return None
    password = os.environ.get("PLANNER_CALDAV_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise PlannerError("no password: set PLANNER_CALDAV_PASSWORD or run on a terminal to be asked")
    return getpass.getpass(f"Password for {user}: ")


def cmd_publish(args: argparse.Namespace) -> int:
    """``planner publish VISIT --caldav URL``: the visit's calendar on the server follows the itinerary."""
    from planner import services

    password = _caldav_password(args.user)
    result = services.publish_visit(
        open_repository(args.db), args.visit, args.caldav, user=args.user, password=password,
        attendee=args.attendee,
    )  # fmt: skip
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        made = " (calendar created)" if result["created_collection"] else ""
        print(
            f"Visit {args.visit} published to {args.caldav}{made}: {result['added']} added, "
            f"{result['changed']} changed, {result['removed']} removed, {result['unchanged']} unchanged"
        )
    for problem in result["problems"]:
        print(f"warning: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


def cmd_window(args: argparse.Namespace) -> int:
    """``planner`` with no command: the window (or, with ``--screenshot``, a picture of it)."""
    from planner.ui.app import run

    return run(db_url=args.db, screenshot=args.screenshot, visit_id=args.visit, view=args.view)


def _add_check(sub: Subparsers) -> None:
    p = sub.add_parser(
        "check",
        help="check a visit's programme as a protocol officer would",
        description="List what needs attention in VISIT: clashes, places, transfers, holidays, hours, "
        "hotels, zones. Exit 0 when no finding is an error (dismissed ones aside), 1 otherwise.",
    )
    p.add_argument("visit", type=int, metavar="VISIT", help="the visit id shown by 'planner list'")
    p.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    p.add_argument(
        "--today", type=_date, metavar="YYYY-MM-DD", help="count 'soon' from this date (default: today)"
    )
    p.add_argument("--buffer", type=int, default=30, metavar="MINUTES", help="spare time between engagements")
    p.add_argument(
        "--hours",
        type=_hours,
        default=(dt.time(8), dt.time(21)),
        metavar="HH:MM-HH:MM",
        help="usual local hours for engagements (default 08:00-21:00)",
    )


def _hours(text: str) -> tuple[dt.time, dt.time]:
    try:
        first, last = (dt.time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a span of hours such as 08:00-21:00") from None
    if last <= first:
        raise argparse.ArgumentTypeError(f"{text!r}: the end is not after the start")
    return first, last


def cmd_check(args: argparse.Namespace) -> int:
    """``planner check VISIT``: the findings, one a line (or JSON); exit 1 if one is an error."""
    from planner.core import checks, tz

    if args.buffer < 0:
        raise PlannerError(f"--buffer must be 0 minutes or more, got {args.buffer}")
    visit = open_repository(args.db).load_visit(args.visit)
    today = args.today or tz.local_date(tz.now_utc(), visit.home_tz)
    earliest, latest = args.hours
    buffer = dt.timedelta(minutes=args.buffer)
    settings = checks.CheckSettings(buffer=buffer, earliest=earliest, latest=latest)
    findings = checks.run_checks(visit, today=today, settings=settings)
    if args.json:
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2))
    elif not findings:
        print(f"Visit {visit.id}: nothing to report")
    for f in [] if args.json else findings:
        dismissed = f" (dismissed: {f.dismissed})" if f.dismissed is not None else ""
        print(f"{f.severity.value:<7}  {f.code:<24} {f.message}{dismissed}")
    return 1 if checks.has_errors(findings) else 0


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_window,
    "list": cmd_list,
    "import": cmd_import,
    "export": cmd_export,
    "parse-article": cmd_parse_article,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "publish": cmd_publish,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a ``PlannerError`` is printed as one line and sets the exit code."""
    args = parse_arguments(argv)
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, inside the try, not at exit
        return code
    except PlannerError as exc:
        print(f"planner: error: {exc}", file=sys.stderr)
        return int(getattr(exc, "exit_code", 1))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (``planner import --json … | head``): nothing more to say, no traceback
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    finally:
        close_repositories()
