"""What the window remembers between sessions, kept with QSettings ("VGG" / "VGG Desktop").

An INI file on every platform (on Windows in %APPDATA%\\VGG), so that tests can point it at a
temporary folder with QSettings.setPath and a user can delete it to start afresh.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSettings

from vgg_desktop import paths

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, paths.APP_AUTHOR, paths.APP_NAME,
        )

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def language(self) -> str:
        value = self._store.value("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self._store.setValue("language", language)

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def last_tab(self) -> int:
        return self._int("window/tab", 0)

    def set_last_tab(self, index: int) -> None:
        self._store.setValue("window/tab", index)

    def header_state(self, table: str) -> QByteArray | None:
        return self._bytes(f"tables/{table}/header")

    def set_header_state(self, table: str, state: QByteArray) -> None:
        self._store.setValue(f"tables/{table}/header", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", state)

    def retention_postponed(self, database: str) -> tuple[date, frozenset[int]] | None:
        """Until when the retention notice waits for `database` (an identity), and for whom it was postponed."""
        value = self._store.value(f"{_database_group(database)}/retention_postponed_until")
        try:
            until = date.fromisoformat(str(value))
        except ValueError:
            return None
        members = str(self._store.value(f"{_database_group(database)}/retention_postponed_for", ""))
        return until, frozenset(int(part) for part in members.split(",") if part.strip().isdigit())

    def postpone_retention(self, database: str, until: date, members: frozenset[int]) -> None:
        group = _database_group(database)
        self._store.setValue(f"{group}/retention_postponed_until", until.isoformat())
        self._store.setValue(f"{group}/retention_postponed_for", ",".join(str(member) for member in sorted(members)))
        # The identity says which database the key belongs to, for whoever reads the INI file.
        self._store.setValue(f"{group}/name", database)

    def document_template(self, kind: str) -> str | None:
        """The Word template the user chose for a kind of document ('jaarplan', ...), or None for the shipped one."""
        value = self._store.value(f"documents/template/{kind}", "")
        return value if isinstance(value, str) and value else None

    def set_document_template(self, kind: str, path: str | None) -> None:
        if path:
            self._store.setValue(f"documents/template/{kind}", path)
        else:
            self._store.remove(f"documents/template/{kind}")

    def documents_folder(self) -> str | None:
        value = self._store.value("documents/folder", "")
        return value if isinstance(value, str) and value else None

    def set_documents_folder(self, folder: str) -> None:
        self._store.setValue("documents/folder", folder)

    def sync(self) -> None:
        self._store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        value = self._store.value(key, default)
        try:
            # QSettings gives back text from an INI file or the registry, a number from its own cache.
            return int(value) if isinstance(value, int | float | str) else default
        except ValueError:
            return default


def _database_group(database: str) -> str:
    """A settings group per database; a hash, because a path or address has characters a key cannot hold."""
    # Imported here, after the first paint (the Bureau tab asks once the database is open): hashlib loads OpenSSL.
    import hashlib

    return "databases/" + hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
