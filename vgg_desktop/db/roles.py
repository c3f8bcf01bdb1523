"""Who may read what on a shared PostgreSQL database: two roles, set up by the server's administrator.

- `vgg_gebruiker`: everything the program keeps, except employments and sick leave; of those only the
  function of each staff member, through the view `staff_function` (migration 0005).
- `vgg_personeel`: personnel staff; everything `vgg_gebruiker` may, plus employments and sick leave,
  also in the history of changes (row-level security on `history_record`).

The server enforces this with GRANTs: a user without the personnel role is refused by PostgreSQL
itself, whatever program they connect with. Login users are made by the administrator (CREATE ROLE
... LOGIN PASSWORD ...) and put in a role with `vgg-desktop setup-roles --personeel/--gebruiker`.
Run it as the owner of the tables (the user that ran `vgg-desktop init`) or a superuser, and again
after every upgrade of the program, so that tables added by a newer version get their grants too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from vgg_desktop.db.errors import StorageError

GENERAL_ROLE = "vgg_gebruiker"
PERSONNEL_ROLE = "vgg_personeel"
PERSONNEL_TABLES = ("employment", "absence")
FUNCTION_VIEW = "staff_function"
# The history of changes (migration 0006): its rows about employments and sick leave are personnel data too.
HISTORY_TABLE = "history_record"


@dataclass(frozen=True)
class RolesReport:
    created: tuple[str, ...]
    personnel: tuple[str, ...]
    general: tuple[str, ...]

    def lines(self) -> list[str]:
        lines = [f"Rol aangemaakt: {role}." for role in self.created]
        lines.append(f"Rechten gezet: {GENERAL_ROLE} mag alles behalve dienstverbanden en ziekmeldingen (van die alleen de "
                     f"functie van elke medewerker); {PERSONNEL_ROLE} mag daarnaast dienstverbanden en ziekmeldingen.")
        lines.extend(f"{user}: lid van {PERSONNEL_ROLE} (personeelszaken)." for user in self.personnel)
        lines.extend(f"{user}: lid van {GENERAL_ROLE} (zonder personeelsgegevens)." for user in self.general)
        return lines


def setup_roles(engine: Engine, *, personnel: Sequence[str] = (), general: Sequence[str] = ()) -> RolesReport:
    """Creates the two roles if needed and (re)sets their rights and the given users' membership, in one transaction."""
    if engine.dialect.name != "postgresql":
        raise StorageError(
            "Rollen en rechten bestaan alleen op een PostgreSQL-server. Een SQLite-bestand beschermt het "
            "besturingssysteem: geef alleen de juiste gebruikers toegang tot de map van het bestand."
        )
    both = set(personnel) & set(general)
    if both:
        raise StorageError(f"{', '.join(sorted(both))} staat zowel bij --personeel als bij --gebruiker. Kies één van beide.")
    try:
        return _setup(engine, personnel, general)
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "42501":
            raise StorageError(
                "Alleen de eigenaar van de tabellen (wie 'vgg-desktop init' draaide) of een superuser kan de rollen "
                "instellen. Er is niets veranderd."
            ) from error
        raise


def _setup(engine: Engine, personnel: Sequence[str], general: Sequence[str]) -> RolesReport:
    with engine.begin() as connection:
        missing = [user for user in (*personnel, *general) if not _role_exists(connection, user)]
        if missing:
            raise StorageError(
                f"Databasegebruiker {', '.join(missing)} bestaat niet op de server. Maak die eerst aan, bijvoorbeeld: "
                f"CREATE ROLE {missing[0]} LOGIN PASSWORD '...'; er is niets veranderd."
            )
        if connection.execute(text(f"SELECT to_regclass('{FUNCTION_VIEW}')")).scalar() is None:
            raise StorageError("Deze database heeft nog geen tabellen van VGG Desktop. Maak ze eerst met 'vgg-desktop init'.")
        created = tuple(role for role in (GENERAL_ROLE, PERSONNEL_ROLE) if _create_role(connection, role))
        _grant(connection)
        for user in personnel:
            connection.execute(text(f"GRANT {PERSONNEL_ROLE} TO {_identifier(connection, user)}"))
        for user in general:
            connection.execute(text(f"REVOKE {PERSONNEL_ROLE} FROM {_identifier(connection, user)}"))
            connection.execute(text(f"GRANT {GENERAL_ROLE} TO {_identifier(connection, user)}"))
    return RolesReport(created, tuple(personnel), tuple(general))


def _grant(connection: Connection) -> None:
    database = connection.execute(text("SELECT quote_ident(current_database())")).scalar()
    personnel_tables = ", ".join(PERSONNEL_TABLES)
    sequences = [str(connection.execute(text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table}).scalar_one())
                 for table in PERSONNEL_TABLES]
    for statement in (
        f"GRANT {GENERAL_ROLE} TO {PERSONNEL_ROLE}",
        f"GRANT CONNECT ON DATABASE {database} TO {GENERAL_ROLE}",
        f"GRANT USAGE ON SCHEMA public TO {GENERAL_ROLE}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {GENERAL_ROLE}",
        # Restoring a deleted record under its own id moves the id sequence (setval): UPDATE.
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {GENERAL_ROLE}",
        # Only the owner changes the schema (migrations at `vgg-desktop init`), so only the owner writes its version.
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {GENERAL_ROLE}",
        f"REVOKE ALL ON {personnel_tables} FROM PUBLIC, {GENERAL_ROLE}",
        f"REVOKE ALL ON {', '.join(sequences)} FROM PUBLIC, {GENERAL_ROLE}",
        f"REVOKE ALL ON {FUNCTION_VIEW} FROM PUBLIC, {GENERAL_ROLE}",
        f"GRANT SELECT ON {FUNCTION_VIEW} TO {GENERAL_ROLE}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {personnel_tables} TO {PERSONNEL_ROLE}",
        f"GRANT USAGE, SELECT, UPDATE ON {', '.join(sequences)} TO {PERSONNEL_ROLE}",
    ):
        connection.execute(text(statement))
    if connection.execute(text(f"SELECT to_regclass('{HISTORY_TABLE}')")).scalar() is not None:
        _hide_personnel_history(connection)


def _hide_personnel_history(connection: Connection) -> None:
    """The history keeps old and new values of employments: row-level security shows those rows to personnel only."""
    entities = ", ".join(f"'{table}'" for table in PERSONNEL_TABLES)
    for statement in (
        f"ALTER TABLE {HISTORY_TABLE} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS personnel_only ON {HISTORY_TABLE}",
        f"CREATE POLICY personnel_only ON {HISTORY_TABLE} TO {GENERAL_ROLE} "
        f"USING (entity NOT IN ({entities}) OR pg_has_role('{PERSONNEL_ROLE}', 'MEMBER'))",
    ):
        connection.execute(text(statement))


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).scalar() is not None


def _create_role(connection: Connection, role: str) -> bool:
    if _role_exists(connection, role):
        return False
    connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    return True


def _identifier(connection: Connection, name: str) -> str:
    return str(connection.execute(text("SELECT quote_ident(:name)"), {"name": name}).scalar())
