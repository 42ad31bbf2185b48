"""Remembered window state and preferences over ``QSettings``; one instance is created and passed in."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_HOUR_HEIGHT = 48
MIN_HOUR_HEIGHT = 24
MAX_HOUR_HEIGHT = 160


class Preferences:
    """Typed access to the few things the window remembers (geometry, splitters, zones, zoom)."""

    def __init__(self, settings: QSettings) -> None:
        self._s = settings

    @classmethod
    def default(cls) -> Preferences:
        return cls(QSettings("DelegationPlanner", "Delegation Planner"))

    @classmethod
    def in_file(cls, path: str) -> Preferences:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitter/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"splitter/{name}", value)

    def dialog_geometry(self, name: str) -> QByteArray | None:
        return self._bytes(f"dialog/{name}")

    def set_dialog_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"dialog/{name}", value)

    def hour_height(self) -> int:
        try:
            value = int(str(self._s.value("view/hour_height", DEFAULT_HOUR_HEIGHT)))
        except (TypeError, ValueError):
            value = DEFAULT_HOUR_HEIGHT
        return max(MIN_HOUR_HEIGHT, min(MAX_HOUR_HEIGHT, value))

    def set_hour_height(self, value: int) -> None:
        self._s.setValue("view/hour_height", int(value))

    def extra_zone(self) -> str | None:
        value = self._s.value("view/extra_zone", "")
        return str(value) if value else None

    def set_extra_zone(self, zone: str | None) -> None:
        self._s.setValue("view/extra_zone", zone or "")

    def last_visit(self) -> int | None:
        value = self._s.value("view/last_visit", "")
        try:
            return int(str(value)) if value not in ("", None) else None
        except (TypeError, ValueError):
            return None

    def set_last_visit(self, visit_id: int | None) -> None:
        self._s.setValue("view/last_visit", "" if visit_id is None else visit_id)

    def pane_visible(self, name: str) -> bool:
        return str(self._s.value(f"view/pane_{name}", "true")).lower() != "false"

    def set_pane_visible(self, name: str, visible: bool) -> None:
        self._s.setValue(f"view/pane_{name}", "true" if visible else "false")

    def checks_dock(self) -> str:
        """The user's own choice for the Checks dock: ``shown``, ``hidden``, or ``auto`` (the default:
        shown while there are findings, hidden while there are none)."""
        value = str(self._s.value("view/checks_dock", "auto") or "auto")
        return value if value in ("auto", "shown", "hidden") else "auto"

    def set_checks_dock(self, choice: str) -> None:
        self._s.setValue("view/checks_dock", choice)

    def last_folder(self) -> str:
        """The folder the user last saved an export to ('' before the first)."""
        return str(self._s.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: str) -> None:
        self._s.setValue("files/last_folder", folder)

    def publish_target(self, visit_id: int | None) -> tuple[str, str]:
        """The calendar address and user a visit was last published to (``""`` before the first)."""
        key = f"publish/visit_{visit_id}"
        return str(self._s.value(f"{key}/url", "") or ""), str(self._s.value(f"{key}/user", "") or "")

    def set_publish_target(self, visit_id: int | None, url: str, user: str) -> None:
        self._s.setValue(f"publish/visit_{visit_id}/url", url)
        self._s.setValue(f"publish/visit_{visit_id}/user", user)

    def sync(self) -> None:
        self._s.sync()
