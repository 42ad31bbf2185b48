"""Print what the fuzz tests tried (their counts travel in each report's ``user_properties``)."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = [
        str(value)
        for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", [])
        if report.when == "call"
        for name, value in report.user_properties
        if name == "fuzz"
    ]
    if lines:
        terminalreporter.write_sep("-", "fuzz counts")
        for line in sorted(lines):
            terminalreporter.write_line(line)
