"""Where the app's shipped data lives: ``resources/`` and ``seeds/`` (inside the wheel or the checkout)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """``planner/<name>`` in an installed wheel, else ``<checkout>/<name>``."""
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resource_dir() -> Path:
    return _shipped("resources")


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def seed_dir() -> Path:
    return _shipped("seeds")


def seed_path(name: str) -> Path:
    return seed_dir() / name


def seed_articles() -> list[Path]:
    """The seed articles, in name order (the first is the reference visit)."""
    return sorted(seed_dir().glob("*.txt"))
