"""An argparse parser that speaks Dutch and names the option a user meant.

argparse writes its own words ("usage:", "error:", "the following arguments are required") through
gettext. The program has no gettext catalogue of its own, and installing one for the default domain
would change every library's messages, so the parser swaps argparse's translation functions for the
Dutch table below while it builds, parses or formats, and puts them back afterwards.

A mistyped option (`--databse x`) would otherwise be taken for an unknown word whose value is then read
as a subcommand ("invalid choice: 'x'"); the parser looks at the options first and reports the
unknown one with the closest correct one.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

DUTCH: dict[str, str] = {
    "usage: ": "gebruik: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "positional arguments": "argumenten",
    "options": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulp en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan zijn: %(matches)s",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "ignored explicit argument %r": "waarde %r genegeerd: deze optie neemt geen waarde",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
DUTCH_PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("verwacht %s waarde", "verwacht %s waarden"),
}
VERSION_HELP = "toon het versienummer van het programma en stop"

_depth = 0


def _dutch(message: str) -> str:
    return DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, count: int) -> str:
    one, many = DUTCH_PLURALS.get((singular, plural), (singular, plural))
    return one if count == 1 else many


@contextmanager
def dutch_words() -> Iterator[None]:
    """argparse's own words in Dutch while the block runs; nested blocks share the outermost one."""
    global _depth
    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]  # argparse's gettext hooks are not in its stubs
    argparse._ = _dutch  # type: ignore[attr-defined]  # argparse's gettext hook, not in its stubs
    argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]  # argparse's gettext hook, not in its stubs
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]  # argparse's gettext hooks, not in its stubs


class DutchArgumentParser(argparse.ArgumentParser):
    """Subparsers are made of the same class (argparse's default), so every level speaks Dutch."""

    def __init__(self, *arguments: Any, **keywords: Any) -> None:
        with dutch_words():
            super().__init__(*arguments, **keywords)

    def parse_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:  # type: ignore[override]  # one method for argparse's overloads
        with dutch_words():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:  # type: ignore[override]  # one method for argparse's overloads
        with dutch_words():
            self._check_options(list(sys.argv[1:] if args is None else args))
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with dutch_words():
            return super().format_usage()

    def format_help(self) -> str:
        with dutch_words():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with dutch_words():
            super().error(message)

    # --- a mistyped option or subcommand -------------------------------------------------------

    def _check_options(self, args: list[str]) -> None:
        """Reports the first option this parser does not know, before argparse reads its value as something else.

        Stops at the subcommand: its own parser checks what follows it.
        """
        commands = self._commands()
        index = 0
        while index < len(args):
            word = args[index]
            index += 1
            if word == "--":
                return
            if not self._looks_like_option(word):
                if commands is not None:
                    if word not in commands.choices:
                        self.error(self._unknown_command(word, commands))
                    return
                continue
            name, has_value, _value = word.partition("=")
            action = self._known_option(name)
            if action is None:
                self.error(self._unknown_option(name))
            if not has_value and action.nargs is None:
                index += 1  # the option's value, which may look like anything

    def _commands(self) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
        return next((action for action in self._actions if isinstance(action, argparse._SubParsersAction)), None)

    def _looks_like_option(self, word: str) -> bool:
        return len(word) > 1 and word[0] in self.prefix_chars and not self._negative_number_matcher.match(word)

    def _known_option(self, name: str) -> argparse.Action | None:
        if name in self._option_string_actions:
            return self._option_string_actions[name]
        if not name.startswith("--"):
            # -h and the like; a short option may carry its value attached (-dFILE).
            return self._option_string_actions.get(name[:2])
        if self.allow_abbrev:
            matches = {action for option, action in self._option_string_actions.items() if option.startswith(name)}
            if len(matches) == 1:
                return matches.pop()
            if matches:
                return next(iter(matches))  # argparse itself then says the abbreviation is ambiguous
        return None

    def _unknown_option(self, name: str) -> str:
        options = sorted(option for option in self._option_string_actions if option.startswith("--"))
        close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
        text = f"onbekende optie {name}"
        if close:
            return f"{text}; bedoelt u {close[0]}?"
        return f"{text}; bekende opties: {', '.join(options)}"

    def _unknown_command(self, word: str, commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> str:
        names = list(commands.choices)
        close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
        text = f"onbekende opdracht '{word}'"
        if close:
            return f"{text}; bedoelt u {close[0]}?"
        return f"{text}; kies uit: {', '.join(names)}"
