"""The desktop window: the only package that imports PySide6 (views, dialogs, undo, main window)."""
