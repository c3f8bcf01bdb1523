"""One short transaction per user action: `database.reading()` or `database.writing()` yield a Session."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from vgg_desktop.db.engine import WRITE_OPTION
from vgg_desktop.db.errors import StorageError
from vgg_desktop.domain.errors import ConflictError, NotPermittedError, RuleViolation

# PostgreSQL's SQLSTATE for "permission denied" (insufficient_privilege).
INSUFFICIENT_PRIVILEGE = "42501"
PERSONNEL_ONLY = (
    "Dienstverbanden en ziekmeldingen zijn alleen voor medewerkers personeelszaken; uw databasegebruiker heeft "
    "daar geen rechten voor. Er is niets opgeslagen of gelezen. Hebt u ze nodig, vraag dan de beheerder van de server."
)


class RefusedByDatabase(RuleViolation):
    """The database refused a write (a constraint), with no rule of the services to explain it better.

    Code that expects such a refusal and can act on it (insert, else update) catches this."""


class Database:
    """The open database: an engine and the sessions made from it."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._personnel_access: bool | None = None
        self._open_reads = threading.local()
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; within another `reading()` on the same thread, that one: the reads of one
        screen then share one transaction (one snapshot, one connection check-out)."""
        open_session: Session | None = getattr(self._open_reads, "session", None)
        if open_session is not None:
            yield open_session
            return
        with translated_errors(), self._read_sessions() as session:
            self._open_reads.session = session
            try:
                yield session
            finally:
                self._open_reads.session = None

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """Commits when the block ends normally, rolls everything back when it raises."""
        with translated_errors(), self._write_sessions() as session, session.begin():
            yield session

    @property
    def personnel_access(self) -> bool:
        """Whether this database user may read and change employments and sick leave.

        Always on SQLite (the file's protection is the operating system's). On PostgreSQL the server
        decides, through the role vgg_personeel (`vgg-desktop setup-roles`); asked once per connection
        of the program, so a changed role counts from the next start.
        """
        if self._personnel_access is None:
            if self.dialect != "postgresql":
                self._personnel_access = True
            else:
                with self.reading() as session:
                    self._personnel_access = bool(session.scalar(text(
                        "SELECT has_table_privilege('employment', 'SELECT, INSERT, UPDATE, DELETE') "
                        "AND has_table_privilege('absence', 'SELECT, INSERT, UPDATE, DELETE')"
                    )))
        return self._personnel_access

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translated_errors() -> Iterator[None]:
    try:
        yield
    except StaleDataError:
        raise ConflictError("Iemand anders heeft dit intussen gewijzigd. Vernieuw het overzicht (F5) en probeer het opnieuw.") from None
    except IntegrityError as error:
        known = known_refusal(error)
        if known is not None:
            raise known from error
        # The services explain the refusals they expect (services.records.save_checked); this is the
        # last line for any other write the database refuses, so the user never sees its raw text.
        raise RefusedByDatabase(
            "De database weigerde deze wijziging omdat die botst met andere gegevens, misschien net op een andere pc "
            "opgeslagen. Er is niets opgeslagen; vernieuw het overzicht (F5) en probeer het opnieuw."
        ) from error
    except OperationalError as error:
        raise StorageError(_operational_message(error)) from error
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            # The one place a refusal by the server's GRANTs is caught; readers that may do without
            # the data ask `Database.personnel_access` first and return what is allowed.
            raise NotPermittedError(PERSONNEL_ONLY) from error
        if "not a database" in str(error.orig) or "malformed" in str(error.orig):
            raise StorageError("Het databasebestand is beschadigd of geen database. Er is niets opgeslagen; zet een back-up terug.") from error
        raise


# Rules between records are checked before saving, with a message naming the record; when two PCs save at
# the same moment both checks pass and the database's unique constraint refuses the second. Its message then.
_UNIQUE_MESSAGES = {
    "meeting_attendance": "Op een andere pc is intussen de aanwezigheid van dezelfde gemeente bij deze bijeenkomst vastgelegd. "
                          "Er is niets opgeslagen; vernieuw het overzicht (F5) en bekijk wat er nu staat.",
}


# Rules within one record that the database holds as well (migration 0011); the services check them first.
_CHECK_MESSAGES = {
    "ck_project_invoice_amount_positive": "Het bedrag van een factuur moet meer dan € 0,00 zijn. Er is niets opgeslagen.",
    "ck_project_invoice_paid_after_sent": "Een factuur is pas betaald nadat die is verzonden: de datum van betaling ligt "
                                          "niet vóór de datum van verzending. Er is niets opgeslagen.",
}


def known_refusal(error: IntegrityError) -> RuleViolation | None:
    """The Dutch message of a constraint whose refusal has one of its own (see `_UNIQUE_MESSAGES`), else None."""
    message = _unique_message(error) or _check_message(error)
    return RuleViolation(message) if message is not None else None


def _check_message(error: IntegrityError) -> str | None:
    text = str(error.orig).lower()
    return next((message for name, message in _CHECK_MESSAGES.items() if name in text), None)


def _unique_message(error: IntegrityError) -> str | None:
    text = str(error.orig).lower()
    if "unique" not in text and "duplicate key" not in text:
        return None
    for table, message in _UNIQUE_MESSAGES.items():
        if f"uq_{table}_" in text or f"{table}." in text:
            return message
    # Others become a general refusal (RefusedByDatabase), which a caller that expects it may act on.
    return None


def _operational_message(error: OperationalError) -> str:
    text = str(error.orig).lower()
    if "deadlock" in text or "could not serialize" in text:
        return "Op een andere pc werd tegelijk iets opgeslagen dat hiermee samenhangt; er is niets opgeslagen. Probeer het opnieuw."
    if "locked" in text or "busy" in text:
        return "De database is bezet door een ander programma of een andere pc. Probeer het over een ogenblik opnieuw."
    if "disk" in text and ("full" in text or "i/o" in text):
        return "De schijf is vol of niet bereikbaar; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw."
    if "not a database" in text or "malformed" in text:
        return "Het databasebestand is beschadigd of geen database. Er is niets opgeslagen; zet een back-up terug."
    if "readonly" in text or "read-only" in text:
        return "De database is alleen-lezen; er is niets opgeslagen. Controleer de rechten op het bestand."
    if "connection" in text or "could not" in text or "timeout" in text or "refused" in text:
        return "De databaseserver is niet bereikbaar. Controleer de netwerkverbinding en het adres van de server."
    return f"De database gaf een fout: {error.orig}. Er is niets opgeslagen."
