"""`vgg-desktop election --date 2026-03-18 [--municipality NAME ...] [--dry-run]`: record an election without the window.

Prints what the election does to the places of municipal politicians; without --dry-run it then does it,
in one step that the window's history shows.
"""

from __future__ import annotations

import argparse
import sys

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "election", help="leg een verkiezing vast: de plaatsen van gemeentelijke politici komen vrij",
        description="Legt gemeenteraadsverkiezingen vast (alle gemeenten) of, met --municipality, een "
                    "herindelingsverkiezing (alleen die gemeenten). Elke termijn in het Dagelijks Bestuur, elke "
                    "portefeuille, elk lidmaatschap van een VNG-commissie en elk voorzitterschap van een "
                    "portefeuillehouderoverleg van een gemeentelijk politicus eindigt op DATUM en wordt een vacature. "
                    "Adviserende leden (gemeentesecretarissen, griffiers) en medewerkers blijven. Eerst staat er wat "
                    "er gebeurt; met --dry-run blijft het daarbij.",
    )
    add_database_option(parser)
    # Read as text and checked here, so that a wrong value gets a Dutch message and exit code 1.
    parser.add_argument("--date", dest="held_on", metavar="JJJJ-MM-DD", required=True,
                        help="de datum van de verkiezing; op die dag eindigen de plaatsen")
    parser.add_argument("--municipality", dest="municipalities", metavar="NAAM", action="append", default=[],
                        help="een gemeente van een herindelingsverkiezing (herhaal voor meer gemeenten)")
    parser.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou gebeuren; verander niets")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    from vgg_desktop.domain.dates import parse_date

    try:
        held_on = parse_date(arguments.held_on)
    except ValueError:
        held_on = None
    if held_on is None:
        print(f"Fout: --date '{arguments.held_on}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, "
              "bijvoorbeeld 2026-03-18.", file=sys.stderr)
        return EXIT_ERROR

    from vgg_desktop.db.location import choose_database
    from vgg_desktop.startup import open_database

    opened = open_database(choose_database(arguments.database))
    try:
        elections = opened.services.elections
        if arguments.dry_run:
            plan = elections.preview(held_on, arguments.municipalities)
            print("\n".join(plan.lines()))
            print("\nProefdraai (--dry-run): er is niets veranderd.")
            return EXIT_OK
        recorded = elections.record(held_on, arguments.municipalities)
    finally:
        opened.database.dispose()
    print("\n".join(recorded.plan.lines()))
    print(f"\nVastgelegd: {len(recorded.plan.opened)} plaatsen zijn vrijgekomen, met deze verkiezing als reden. "
          "De geschiedenis toont het als één wijziging.")
    if recorded.plan.already_open:
        print(f"Het overzicht na de verkiezing volgt {recorded.plan.round_size()} plaatsen: deze "
              f"{len(recorded.plan.opened)} en de {len(recorded.plan.already_open)} die al open waren.")
    return EXIT_OK
