"""`vgg-desktop history`: the history of changes as a table, newest first, without the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import Literal

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option

DEFAULT_LIMIT = 50
HEADERS = ("Datum", "Tijd", "Door", "Pc", "Wijziging", "Soort gegeven", "Gegeven", "Velden")
WIDEST = {"Gegeven": 50, "Velden": 40}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "history", help="toon de wijzigingen: wie wat wanneer heeft gewijzigd",
        description="Toont de geschiedenis van wijzigingen, de nieuwste eerst: datum en tijd, wie (Windows-gebruiker "
                    "en pc), wat voor wijziging, welk gegeven en welke velden. Ziekmeldingen staan er zonder data in.",
    )
    add_database_option(parser)
    # Read as text and checked here, so that a wrong value gets a Dutch message and exit code 1.
    parser.add_argument("--since", metavar="JJJJ-MM-DD", default=None, help="alleen wijzigingen vanaf deze datum")
    parser.add_argument("--limit", metavar="N", default=None,
                        help=f"hoogstens zoveel wijzigingen (standaard {DEFAULT_LIMIT})")
    parser.add_argument("--keep-months", metavar="MAANDEN", default=None,
                        help="stel in hoeveel maanden de geschiedenis bewaard blijft (0 = altijd; standaard 24) en stop")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    if arguments.keep_months is not None:
        return _keep(arguments)
    since = _since(arguments.since)
    limit = _limit(arguments.limit)
    if since is False or limit is None:
        return EXIT_ERROR

    from vgg_desktop.db.location import choose_database
    from vgg_desktop.services.history import HistoryFilter
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database))
    try:
        changes = opened.services.history.changes(HistoryFilter(since=since or None, limit=limit))
    finally:
        opened.database.dispose()
    rows = []
    for change in changes:
        moment = change.local_time()
        who = (change.os_user + (f" ({change.database_user})" if change.database_user else ""))
        base = (moment.strftime("%d-%m-%Y"), moment.strftime("%H:%M"), who, change.computer, change.kind.label)
        if not change.records:
            rows.append((*base, "", change.description, ""))
        for record in change.records:
            fields = ", ".join(field.label for field in record.fields) if record.operation.value == "changed" else ""
            rows.append((*base, record.kind_of_record, f"{record.name} ({record.operation.label})", fields))
    if not rows:
        print("Er zijn geen wijzigingen" + (f" sinds {since:%d-%m-%Y}." if since else "."))
        return EXIT_OK
    # One line per record changed; a change that touched many records (an import) is cut off like the rest.
    print(_table(rows[:limit]))
    if len(rows) > limit:
        print(f"\nDe nieuwste {limit} regels; gebruik --limit of --since voor meer.")
    return EXIT_OK


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    cut = [tuple(_cut(text, WIDEST.get(header)) for header, text in zip(HEADERS, row)) for row in rows]
    widths = [max(len(header), *(len(row[column]) for row in cut)) for column, header in enumerate(HEADERS)]
    lines = ["  ".join(header.ljust(width) for header, width in zip(HEADERS, widths)).rstrip(),
             "  ".join("-" * width for width in widths)]
    lines += ["  ".join(text.ljust(width) for text, width in zip(row, widths)).rstrip() for row in cut]
    return "\n".join(lines)


def _cut(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _since(text: str | None) -> date | Literal[False] | None:
    if text is None:
        return None
    from vgg_desktop.domain.dates import parse_date

    try:
        return parse_date(text)
    except ValueError:
        print(f"Fout: --since '{text}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2022-06-14.",
              file=sys.stderr)
        return False


def _limit(text: str | None) -> int | None:
    if text is None:
        return DEFAULT_LIMIT
    if not text.strip().isdigit() or int(text) < 1:
        print(f"Fout: --limit '{text}' is geen geldig aantal. Geef een heel getal van 1 of meer, bijvoorbeeld --limit 20.",
              file=sys.stderr)
        return None
    return int(text)


def _keep(arguments: argparse.Namespace) -> int:
    """Sets how long this database keeps its history, for every PC that shares it; older changes go at the next start."""
    text = arguments.keep_months.strip()
    if not text.isdigit():
        print(f"Fout: --keep-months '{arguments.keep_months}' is geen geldig aantal maanden. Geef een heel getal, "
              "bijvoorbeeld --keep-months 24, of 0 om de geschiedenis altijd te bewaren.", file=sys.stderr)
        return EXIT_ERROR
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database))
    try:
        opened.services.settings.set_history_months(int(text))
        months = opened.services.settings.history_months()
    finally:
        opened.database.dispose()
    print("De geschiedenis blijft altijd bewaard." if months == 0 else
          f"De geschiedenis blijft {months} maanden bewaard; oudere wijzigingen verdwijnen bij de volgende start.")
    return EXIT_OK
