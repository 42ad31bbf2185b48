"""The house rules that no single module can check: a Qt-free core, a light start-up, the shipped files."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import planner
import planner.core

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_core_imports_with_qt_and_sqlalchemy_absent() -> None:
    """Every core module imports in an interpreter where PySide6 and SQLAlchemy cannot be imported."""
    modules = [m.name for m in pkgutil.walk_packages(planner.core.__path__, "planner.core.")]
    assert "planner.core.tz" in modules
    code = (
        "import sys\n"
        "for blocked in ('PySide6', 'sqlalchemy', 'alembic'):\n"
        "    sys.modules[blocked] = None\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_command_line_start_up_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "import planner.cli\n"
        "planner.cli.build_parser()\n"
        "heavy = sorted(m for m in ('PySide6', 'sqlalchemy', 'icalendar', 'alembic') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_version_and_help_answer() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "planner", "--version"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert version.returncode == 0
    assert version.stdout.strip() == f"planner {planner.__version__}"
    for command in ("list", "import", "export", "parse-article"):
        result = subprocess.run(
            [sys.executable, "-m", "planner", command, "--help"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "usage: planner" in result.stdout


def test_seed_article_is_shipped_unchanged() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    ours = sorted((ROOT / "seeds").glob("*.txt"))
    assert ours, "seeds/ holds the seed article"
    if shared.is_dir():
        for path in ours:
            assert path.read_bytes() == (shared / path.name).read_bytes()
    from planner.paths import resource_dir, seed_articles

    assert seed_articles() == ours
    assert resource_dir().is_dir()


def test_no_import_cycles_between_modules() -> None:
    # type-checking imports count too: a cycle there still couples the two modules
    import grimp

    graph = grimp.build_graph("planner", cache_dir=None)
    modules = sorted(graph.modules)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    assert cycles == []
