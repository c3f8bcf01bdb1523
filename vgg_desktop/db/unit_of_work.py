"""One short transaction per user action: `database.reading()` or `database.writing()` yield a Session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from vgg_desktop.db.engine import WRITE_OPTION
from vgg_desktop.db.errors import StorageError
from vgg_desktop.domain.errors import ConflictError, RuleViolation


class Database:
    """The open database: an engine and the sessions made from it."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with translated_errors(), self._read_sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """Commits when the block ends normally, rolls everything back when it raises."""
        with translated_errors(), self._write_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translated_errors() -> Iterator[None]:
    try:
        yield
    except StaleDataError:
        raise ConflictError("Iemand anders heeft dit intussen gewijzigd. Vernieuw het overzicht (F5) en probeer het opnieuw.") from None
    except IntegrityError as error:
        # The services explain the refusals they expect (services.records.save_checked); this is the
        # last line for any other write the database refuses, so the user never sees its raw text.
        raise RuleViolation(
            "De database weigerde deze wijziging omdat die botst met andere gegevens, misschien net op een andere pc "
            "opgeslagen. Er is niets opgeslagen; vernieuw het overzicht (F5) en probeer het opnieuw."
        ) from error
    except OperationalError as error:
        raise StorageError(_operational_message(error)) from error
    except DBAPIError as error:
        if "not a database" in str(error.orig) or "malformed" in str(error.orig):
            raise StorageError("Het databasebestand is beschadigd of geen database. Er is niets opgeslagen; zet een back-up terug.") from error
        raise


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
