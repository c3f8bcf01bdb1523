"""The command line (`vgg_desktop/cli.py` with `commands/parser.py`) speaks Dutch, also in argparse's own words,
names the option a user meant, and turns a problem the user can fix into a Dutch message and exit code 1."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vgg_desktop.cli import build_parser, main, run_headless, window_start_arguments
from vgg_desktop.commands.common import EXIT_ERROR
from vgg_desktop.db.errors import StorageError
from vgg_desktop.domain.errors import DomainError


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vgg_desktop", *arguments], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""})


def _error(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(arguments))
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def test_help_is_dutch_from_the_real_command() -> None:
    finished = _run("--help")
    assert finished.returncode == 0
    said = finished.stdout
    assert said.startswith("gebruik: vgg-desktop ")
    assert "\nopties:\n" in said and "\nargumenten:\n" in said
    assert "toon deze hulp en stop" in said
    assert "toon het versienummer van het programma en stop" in said
    for english in ("usage:", "options:", "positional arguments", "show this help", "show program's version"):
        assert english not in said


def test_subcommand_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--help"])
    assert stopped.value.code == 0
    said = capsys.readouterr().out
    assert said.startswith("gebruik: vgg-desktop export ")
    assert "toon deze hulp en stop" in said and "usage" not in said


def test_a_mistyped_option_is_named_with_the_one_meant() -> None:
    finished = _run("--databse", "x")
    assert finished.returncode == 2
    assert finished.stdout == ""
    assert finished.stderr.startswith("gebruik: vgg-desktop ")
    assert "vgg-desktop: fout: onbekende optie --databse; bedoelt u --database?" in finished.stderr
    assert "keuze" not in finished.stderr and "invalid" not in finished.stderr


def test_a_mistyped_option_of_a_subcommand(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    said = _error(capsys, "export", "--ot", str(tmp_path / "f.xlsx"))
    assert "vgg-desktop export: fout: onbekende optie --ot; bedoelt u --out?" in said
    assert not list(tmp_path.iterdir())


def test_an_option_nothing_resembles_lists_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    said = _error(capsys, "init", "--xyz")
    assert "onbekende optie --xyz; bekende opties: --database, --empty, --help" in said


def test_a_mistyped_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    assert "fout: onbekende opdracht 'exprt'; bedoelt u export?" in _error(capsys, "exprt")


def test_an_abbreviation_still_works_and_an_ambiguous_one_is_said_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args(["init", "--emp"]).empty is True
    assert "fout: dubbelzinnige optie: --d kan zijn: --database, --date" in _error(capsys, "export", "--d", "2022-06-14")


def test_the_value_of_an_option_is_not_taken_for_a_subcommand() -> None:
    arguments = build_parser().parse_args(["--database", "exprt.sqlite3", "init", "--database=x.sqlite3"])
    assert arguments.database == "x.sqlite3" and arguments.command == "init"


@pytest.mark.parametrize(("arguments", "expected"), [
    (("export",), "vgg-desktop export: fout: deze argumenten zijn verplicht: --out"),
    (("init", "extra"), "vgg-desktop: fout: onbekende argumenten: extra"),
    (("--database",), "fout: argument --database: verwacht één waarde"),
    (("restore",), "fout: een van de argumenten BESTAND --latest is verplicht"),
])
def test_argparse_errors_are_dutch(capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...], expected: str) -> None:
    said = _error(capsys, *arguments)
    assert expected in said
    assert said.startswith("gebruik: ")
    assert "error" not in said and "usage" not in said


def test_an_invalid_choice_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    parser.add_argument("--kleur", choices=("rood", "groen"))
    with pytest.raises(SystemExit):
        parser.parse_args(["--kleur", "blauw"])
    assert "fout: argument --kleur: ongeldige keuze: 'blauw' (kies uit 'rood', 'groen')" in capsys.readouterr().err


def test_argparse_speaks_english_again_outside_the_program(capsys: pytest.CaptureFixture[str]) -> None:
    _error(capsys, "--databse", "x")
    plain = argparse.ArgumentParser(prog="ander")
    assert plain.format_usage().startswith("usage: ")
    assert "show this help message and exit" in plain.format_help()


@pytest.mark.parametrize("error", [StorageError("De database is niet bereikbaar."), DomainError("De database is niet bereikbaar.")])
def test_a_problem_the_user_can_fix_is_one_dutch_line_and_exit_code_1(capsys: pytest.CaptureFixture[str],
                                                                      error: Exception) -> None:
    def handler(arguments: argparse.Namespace) -> int:
        raise error

    assert run_headless(handler, argparse.Namespace()) == EXIT_ERROR
    assert capsys.readouterr().err == "Fout: De database is niet bereikbaar.\n"


def test_an_interrupted_subcommand_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(arguments: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    assert run_headless(handler, argparse.Namespace()) == EXIT_ERROR
    assert capsys.readouterr().err == "Afgebroken.\n"


def test_a_bug_is_not_hidden_as_a_user_problem() -> None:
    def handler(arguments: argparse.Namespace) -> int:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        run_headless(handler, argparse.Namespace())


@pytest.mark.parametrize("argv", [
    [], ["--database", "vgg.sqlite3"], ["--database=vgg.sqlite3"], ["--screenshot", "shots", "--database", "x"],
])
def test_a_window_start_is_read_without_the_subcommands_as_the_whole_parser_reads_it(argv: list[str]) -> None:
    quick = window_start_arguments(argv)
    assert quick is not None and vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["export"], ["-h"], ["--help"], ["--version"], ["--data", "x"], ["--database"], ["--database", "x", "check"],
    ["--", "x"], ["onbekend"],
])
def test_anything_but_a_plain_window_start_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert window_start_arguments(argv) is None
