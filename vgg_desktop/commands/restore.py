"""`vgg-desktop restore FILE`: put a backup back, after keeping the current data as a backup of its own."""

from __future__ import annotations

import argparse
from pathlib import Path

from vgg_desktop.commands.common import EXIT_ERROR, EXIT_OK, add_database_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "restore", help="zet een back-up terug (de huidige gegevens worden eerst zelf bewaard)",
        description="Zet een back-up terug in de database. Eerst wordt van de huidige gegevens een gecontroleerde "
                    "back-up gemaakt; een beschadigde database wordt ongewijzigd opzij gezet. "
                    "VGG Desktop mag daarbij niet geopend zijn.",
    )
    add_database_option(parser)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="BESTAND", type=Path, help="het back-upbestand")
    source.add_argument("--latest", action="store_true", help="de nieuwste goede back-up uit de map 'backups'")
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    import sys

    from vgg_desktop.db.location import choose_database
    from vgg_desktop.services.backups import BackupService
    from vgg_desktop.services.instance_lock import lock_database

    url = choose_database(arguments.database)
    service = BackupService(url)
    # Before anything is locked or written: a folder or another program's file is never replaced.
    service.check_target()
    if arguments.latest:
        latest = service.latest_good()
        if latest is None:
            print(f"Fout: er is geen goede back-up in '{service.folder}'. Geef een back-upbestand op.", file=sys.stderr)
            return EXIT_ERROR
        chosen = latest.path
    else:
        chosen = arguments.file.expanduser()
    # The window must not hold the database while its content is replaced underneath it.
    with lock_database(url):
        report = service.restore(chosen)
    print(report.describe())
    return EXIT_OK
