"""`vgg-desktop new-year --from 2022`: next year's plan (2023) as a copy of this year's, without the window."""

from __future__ import annotations

import argparse
import sys

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "new-year", help="maak het jaarplan van volgend jaar uit dat van dit jaar",
        description="Maakt het jaarplan voor het jaar na JAAR: de inleiding, visie en kernwaarden om te bewerken, "
                    "alle activiteiten met eigenaar, doel, resultaten, partners en aantal bijeenkomsten, de voortgang op 'nog niet "
                    "gerapporteerd' en zonder vaststelling. Een activiteit die niet is afgerond of vervallen heet "
                    "'vervolg van JAAR'. Bestaat het nieuwe jaar al, dan verandert er niets.",
    )
    add_database_option(parser)
    # Read as text and checked here, so that a wrong value gets a Dutch message and exit code 1.
    parser.add_argument("--from", dest="from_year", metavar="JAAR", required=True,
                        help="het jaar waarvan het jaarplan wordt overgenomen, bijvoorbeeld 2022 (maakt 2023)")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    text = arguments.from_year.strip()
    if not (text.isdigit() and len(text) == 4):
        print(f"Fout: --from '{arguments.from_year}' is geen jaar. Geef een jaar van vier cijfers, bijvoorbeeld --from 2022.",
              file=sys.stderr)
        return EXIT_ERROR
    from_year = int(text)

    from vgg_desktop.db.location import choose_database
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database))
    try:
        started = opened.services.start_year_plan(from_year + 1, from_year)
    finally:
        opened.database.dispose()
    count = len(started.activities)
    print(f"Jaarplan {started.plan.year} gemaakt vanuit {from_year}: {count} activiteiten, "
          f"waarvan {started.carried_over} als vervolg van {from_year}. "
          "De voortgang staat op 'nog niet gerapporteerd'; de vaststelling is nog leeg.")
    return EXIT_OK
