"""`vgg-desktop setup-roles`: who may see personnel data on a shared PostgreSQL database (for its administrator)."""

from __future__ import annotations

import argparse

from vgg_desktop.commands.common import EXIT_OK, add_database_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "setup-roles", help="stel op een PostgreSQL-server in wie personeelsgegevens mag zien (voor de beheerder)",
        description="Maakt op de PostgreSQL-server de rollen vgg_gebruiker (alles behalve dienstverbanden en "
                    "ziekmeldingen; van die alleen de functie) en vgg_personeel (daarnaast dienstverbanden en "
                    "ziekmeldingen), zet hun rechten, en maakt bestaande databasegebruikers lid. Draai dit als de "
                    "eigenaar van de tabellen of als superuser, en opnieuw na elke nieuwe versie van het programma.",
    )
    add_database_option(parser)
    parser.add_argument("--personeel", metavar="GEBRUIKER", nargs="+", default=[],
                        help="databasegebruikers van personeelszaken: lid van vgg_personeel")
    parser.add_argument("--gebruiker", metavar="GEBRUIKER", nargs="+", default=[],
                        help="andere databasegebruikers: lid van vgg_gebruiker (en niet van vgg_personeel)")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    from vgg_desktop.db.engine import make_engine
    from vgg_desktop.db.location import choose_database
    from vgg_desktop.db.roles import setup_roles
    from vgg_desktop.db.unit_of_work import translated_errors

    engine = make_engine(choose_database(arguments.database))
    try:
        with translated_errors():
            report = setup_roles(engine, personnel=arguments.personeel, general=arguments.gebruiker)
    finally:
        engine.dispose()
    print("\n".join(report.lines()))
    return EXIT_OK
