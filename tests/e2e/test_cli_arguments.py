"""``planner`` alone parses its window options without building the sub-commands' parsers, to the
same result as the whole command line; a command, help or a stray word still gets the whole parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import cli

WINDOW_OPTIONS = (
    [],
    ["--db", "sqlite:////tmp/p.db"],
    ["--db", "list"],  # a database named like a command: the whole parser decides
    ["--screenshot", "x.png", "--visit", "3", "--view", "agenda"],
)


@pytest.mark.parametrize("argv", WINDOW_OPTIONS)
def test_the_window_options_parse_as_the_whole_command_line_does(argv: list[str]) -> None:
    assert cli.parse_arguments(argv) == cli.build_parser().parse_args(argv)


def test_the_window_options_alone_skip_the_command_parsers(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[bool] = []
    real = cli.build_parser

    def recording(*, commands: bool = True) -> object:
        built.append(commands)
        return real(commands=commands)

    monkeypatch.setattr(cli, "build_parser", recording)
    assert cli.parse_arguments(["--screenshot", "x.png"]).screenshot == Path("x.png")
    assert built == [False]
    built.clear()
    assert cli.parse_arguments(["check", "2", "--json"]).command == "check"
    assert built == [True]


def test_a_word_that_is_no_command_is_refused_by_the_whole_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.parse_arguments(["bogus"])
    assert "invalid choice: 'bogus'" in capsys.readouterr().err
