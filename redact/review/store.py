"""Where the review data lives: a ``Store`` interface and its SQLite implementation.

The review code talks to a ``Connection`` that speaks one SQL dialect: ``?``
placeholders, ``insert`` returning the new row's id, rows readable by column
name and by position. A store turns that into its database's own calls and
applies the shared migrations (``redact.review.migrations``) on open, so the
same review code runs on SQLite (the embedded default) and on PostgreSQL.
"""

from __future__ import annotations

import os
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from redact.errors import RedactError
from redact.review import migrations


class StoreUnavailableError(RedactError):
    """The review database cannot be reached or read (moved, deleted, locked, not a review database)."""


class Connection(ABC):
    """One database connection inside a transaction (or a read), in the store's common dialect."""

    #: The column that orders rows by insertion (SQLite's rowid; PostgreSQL's identity column).
    rowid = "rowid"

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement with ``?`` placeholders; the result has fetchone() and fetchall()."""

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        for row in rows:
            self.execute(sql, row)

    @abstractmethod
    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT into a table with an ``id`` column and return the new id."""


class Store(ABC):
    """A review database: reads, serialised write transactions and schema migrations."""

    dialect = ""

    @abstractmethod
    def read(self) -> Any:
        """A context manager yielding a ``Connection`` for reading."""

    @abstractmethod
    def write(self) -> Any:
        """A context manager yielding a ``Connection`` in a write transaction (committed on success)."""

    def migrate(self) -> int:
        """Apply every migration not yet applied, each in its own transaction; returns the schema version."""
        with self.write() as con:
            con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied TEXT NOT NULL)")
        with self.read() as con:
            done = {int(r[0]) for r in con.execute("SELECT version FROM schema_version").fetchall()}
        for version, _ in migrations.MIGRATIONS:
            if version in done:
                continue
            with self.write() as con:
                # Another process may have applied it meanwhile: the write lock makes the check exact.
                if con.execute("SELECT 1 FROM schema_version WHERE version = ?", (version,)).fetchone():
                    continue
                for stmt in migrations.statements(self.dialect, version):
                    con.execute(stmt)
                con.execute("INSERT INTO schema_version (version, applied) VALUES (?, CURRENT_TIMESTAMP)", (version,))
        return migrations.latest()

    def describe(self) -> str:
        """A name for the database that is safe to show a user (no server path, no password)."""
        return "granskningsdatabasen"


class _SqliteConnection(Connection):
    def __init__(self, con: sqlite3.Connection):
        self.con = con

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.con.executemany(sql, [tuple(r) for r in rows])

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.con.execute(sql, tuple(params)).lastrowid or 0)


class SqliteStore(Store):
    """The embedded default: one SQLite file in WAL mode, created readable by its owner only."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, timeout: float = 30.0):
        self.path = Path(path)
        self.timeout = timeout
        private_dir(self.path.parent, tighten=False)  # a folder the user chose may hold other things
        if not self.path.exists():
            # Created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        try:
            with self.read() as con:
                con.execute("PRAGMA journal_mode=WAL")
            self.migrate()
        except sqlite3.DatabaseError:
            raise StoreUnavailableError(
                "{name}: är ingen granskningsdatabas; välj en annan fil med --db", name=self.path.name
            ) from None

    def _connect(self) -> sqlite3.Connection:
        if not self.path.is_file():
            # sqlite3.connect would silently create a new, empty database in its place.
            raise StoreUnavailableError(
                "granskningsdatabasen saknas (flyttad eller raderad); återställ den från säkerhetskopian och starta om granskningen"
            )
        con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA foreign_keys=ON")
        return con

    @contextmanager
    def read(self) -> Iterator[Connection]:
        con = self._connect()
        try:
            yield _SqliteConnection(con)
        except sqlite3.OperationalError as err:
            raise _unavailable(err) from None
        finally:
            con.close()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        con = self._connect()
        try:
            try:
                con.execute("BEGIN IMMEDIATE")  # one writer at a time: version checks and updates are atomic
            except sqlite3.OperationalError as err:
                raise _unavailable(err) from None
            try:
                yield _SqliteConnection(con)
                con.execute("COMMIT")
            except BaseException as err:
                con.execute("ROLLBACK")
                if isinstance(err, sqlite3.OperationalError):
                    raise _unavailable(err) from None
                raise
        finally:
            con.close()


def _unavailable(err: sqlite3.OperationalError) -> RedactError:
    msg = str(err).lower()
    if "locked" in msg or "busy" in msg:
        return StoreUnavailableError("granskningsdatabasen är låst av ett annat program; vänta en stund och försök igen")
    if "no such table" in msg or "readonly" in msg or "disk i/o" in msg or "unable to open" in msg:
        return StoreUnavailableError(
            "granskningsdatabasen går inte att läsa eller skriva (flyttad, raderad eller skrivskyddad); "
            "kontrollera filen och starta om granskningen"
        )
    raise err


def private_dir(path: Path, tighten: bool = True) -> Path:
    """Create ``path`` (and missing parents) readable by its owner only; ``tighten`` also narrows an existing one."""
    existed = path.is_dir()
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        p = p.parent
    for d in reversed(missing):  # every folder we create is private, not just the last one
        d.mkdir(mode=0o700, exist_ok=True)
    if (tighten or not existed) and (path.stat().st_mode & 0o777) != 0o700:
        try:
            os.chmod(path, 0o700)
        except PermissionError:
            pass  # a shared parent the user does not own (e.g. /tmp): its own files stay 0600
    return path


def open_store(location: str | Path) -> Store:
    """The store for a --db value: a postgresql:// URL or a SQLite file path."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from redact.review.store_pg import PostgresStore

        return PostgresStore(text)
    return SqliteStore(Path(text))
