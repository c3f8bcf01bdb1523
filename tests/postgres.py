"""A real PostgreSQL server for the tests, started by the test run itself on a loopback port.

Uses the `initdb` and `pg_ctl` of the machine's PostgreSQL (Debian: /usr/lib/postgresql/N/bin).
Outside CI a machine without PostgreSQL skips these tests; in CI (CI=true) that is a failure.
Every pytest-xdist worker starts its own server (about a second) in its own folder, on its own port,
so parallel workers and other test runs on the machine never share a server or a database.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from vgg_desktop.startup import OpenedDatabase

_database_numbers = itertools.count(1)


def _find_binaries() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda path: int(Path(path).parent.name), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    # initdb refuses to run as root; the Debian package provides the `postgres` user for this.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class PostgresServer:
    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.root = Path(tempfile.mkdtemp(prefix="vgg-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        os.chmod(self.root, 0o755)

    def start(self) -> None:
        self._run([str(self.binaries / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
        for attempt in range(3):
            options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
            try:
                self._run([str(self.binaries / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start"])
                return
            except RuntimeError:
                # Another process on the machine may have taken the free port in the meantime.
                if attempt == 2:
                    raise
                self.port = _free_port()

    def stop(self) -> None:
        try:
            self._run([str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = f"vgg_test_{os.getpid()}_{next(_database_numbers)}"
        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _run(self, command: list[str]) -> None:
        result = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    binaries = _find_binaries()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) is not installed, but CI must run the PostgreSQL tests.")
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed on this machine.")
    server = PostgresServer(binaries)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the test server, as a postgresql+psycopg:// URL."""
    return postgres_server.create_database()


@pytest.fixture
def two_pcs(postgres_url: str) -> Iterator[tuple[OpenedDatabase, OpenedDatabase]]:
    """Two opened databases on one PostgreSQL database, each with its own engine and connections, as two PCs."""
    from vgg_desktop.startup import open_database

    first = open_database(postgres_url)
    second = open_database(postgres_url)
    try:
        yield first, second
    finally:
        first.database.dispose()
        second.database.dispose()
