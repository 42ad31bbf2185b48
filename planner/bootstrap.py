"""Set up and run Delegation Planner from a source checkout with nothing prepared.

    python3 -m planner.bootstrap run [planner arguments...]   # set up, then launch the app
    python3 -m planner.bootstrap test [pytest arguments...]   # set up, then lint, type-check, test

Standard library only: it runs before any dependency exists.  It

1. checks the Debian packages Qt and the Devanagari font need, installs the
   missing ones with apt-get when running as root, else prints the exact
   command and stops;
2. creates a virtual environment in ``.venv`` beside ``pyproject.toml``;
3. installs the app into it (with the test tools for ``test``), again only
   when ``pyproject.toml`` changed since the last time;
4. runs the app, or ruff, mypy, import-linter and pytest.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"

#: Debian packages, each a list of alternatives (Debian 12 name, Debian 13 name).
QT_RUNTIME = [
    ["libegl1"],
    ["libgl1"],
    ["libfontconfig1"],
    ["libxkbcommon0"],
    ["libdbus-1-3"],
    ["libglib2.0-0", "libglib2.0-0t64"],
    # for a real window on X11 (the xcb platform plugin)
    ["libxkbcommon-x11-0"],
    ["libxcb-cursor0"],
    ["libxcb-icccm4"],
    ["libxcb-keysyms1"],
    ["libxcb-shape0"],
    ["libxcb-randr0"],
    ["libxcb-render-util0"],
    ["libxcb-xinerama0"],
    ["libxcb-image0"],
]
#: Fonts for every script the app renders: Latin and Devanagari (Noto core), Han, Kana and
#: Hangul (Noto CJK) for counterparts in Japan and Korea.
FONTS = [["fonts-noto-core"], ["fonts-noto-cjk"]]
#: What only the test suite needs: pdftotext/pdftoppm read the printed programme back.
TEST_TOOLS = [["poppler-utils"]]


def say(message: str) -> None:
    print(f"[planner setup] {message}", flush=True)


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def _available(package: str) -> bool:
    result = subprocess.run(["apt-cache", "show", package], capture_output=True, check=False)
    return result.returncode == 0 and bool(result.stdout.strip())


def ensure_debian_packages(groups: list[list[str]]) -> None:
    """Install what is missing (as root), or print the command and exit."""
    if shutil.which("dpkg-query") is None:
        say("not a Debian system: make sure Qt 6's runtime libraries and a Devanagari font are installed")
        return
    missing = [group for group in groups if not any(_installed(p) for p in group)]
    if not missing:
        return
    names = [group[0] for group in missing]
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        say("missing Debian packages: " + " ".join(names))
        say("install them with:  sudo apt-get install -y " + " ".join(names))
        sys.exit(1)
    say("installing Debian packages: " + " ".join(names))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    chosen = []
    for group in missing:
        chosen.append(next((p for p in group if _available(p)), group[0]))
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *chosen], check=True, env=env
    )


def venv_python() -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / "python"


def ensure_venv(extras: str) -> Path:
    """Create ``.venv`` and install the project (editable) with ``extras``, if not done already."""
    python = venv_python()
    if not python.exists():
        say(f"creating the virtual environment {VENV}")
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            minor = f"python3.{sys.version_info.minor}-venv"
            say(f"could not create a virtual environment ({exc})")
            say(f"on Debian install it with:  sudo apt-get install -y {minor}")
            sys.exit(1)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / f".planner-installed-{extras or 'app'}"
    # the test tools come on top of the app: a venv set up for tests also runs the app
    enough = [stamp] if extras else [stamp, VENV / ".planner-installed-test"]
    if any(s.exists() and s.read_text() == digest for s in enough):
        return python
    say("installing Python packages into .venv (first time only, a few minutes)")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([*pip, "install", "--editable", target], check=True, cwd=ROOT)
    stamp.write_text(digest)
    return python


def run_app(args: list[str]) -> int:
    ensure_debian_packages(QT_RUNTIME + FONTS)
    python = ensure_venv("")
    return subprocess.run([str(python), "-m", "planner", *args], check=False).returncode


def run_tests(args: list[str]) -> int:
    ensure_debian_packages(QT_RUNTIME + FONTS + TEST_TOOLS)
    python = ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    if not any(a == "-n" or a.startswith(("-n", "--numprocesses", "--dist")) for a in args):
        args = ["-n", "auto", *args]  # pytest-xdist: the suite is safe in parallel, one database per test
    steps = [
        ("ruff (lint)", [str(python), "-m", "ruff", "check", "planner", "tests"]),
        ("mypy (types; strict for planner.core)", [str(python), "-m", "mypy"]),
        ("import-linter (the core has no Qt)", [str(VENV / "bin" / "lint-imports")]),
        ("pytest", [str(python), "-m", "pytest", *args]),
    ]
    for title, command in steps:
        say(f"running {title}")
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            say(f"{title} failed (exit {code})")
            return code
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if sys.version_info < (3, 11):  # noqa: UP036 (this file must speak to an old Python too)
        say(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
        return 1
    command = argv.pop(0) if argv else "run"
    if command == "run":
        return run_app(argv)
    if command == "test":
        return run_tests(argv)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
