"""The review database on PostgreSQL (psycopg 3), for a shared server: the same migrations and SQL as SQLite.

Writes are serialised with a transaction-level advisory lock, the same
guarantee SQLite's ``BEGIN IMMEDIATE`` gives: a version check and the update
it guards cannot interleave with another writer. The URL (it may hold a
password) never appears in a message.
"""

from __future__ import annotations

import queue
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from redact.review.store import Connection, Store, StoreUnavailableError

#: The advisory lock every review write takes (an arbitrary constant: "redact" in ASCII).
_WRITE_LOCK = 0x726564616374
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class _Row:
    """A row readable by column name and by position, iterating its values, like sqlite3.Row."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]):
        self._index = index
        self._values = tuple(values)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self._values[key]
        return self._values[self._index[key]]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        """The column names."""
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    index: dict[str, int] = {}
    for i, d in enumerate(cursor.description or ()):
        index.setdefault(d.name, i)  # the first of a repeated name, as sqlite3.Row
    return lambda values: _Row(index, values)


class _PgConnection(Connection):
    rowid = "id"

    def __init__(self, con: Any):
        self.con = con

    @staticmethod
    def _sql(sql: str) -> str:
        # The common dialect uses ? placeholders; psycopg uses %s (and a literal % must be doubled).
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.con.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.con.execute(self._sql(sql) + " RETURNING id", tuple(params)).fetchone()[0])


class PostgresStore(Store):
    """A PostgreSQL database (``postgresql://user@host/db``), optionally one schema of it."""

    dialect = "postgresql"

    def __init__(self, url: str, schema: str | None = None, connect_timeout: int = 10, pool_size: int = 8):
        try:
            import psycopg
        except ImportError:  # pragma: no cover - a dependency of the package
            raise StoreUnavailableError("PostgreSQL-stödet saknas (psycopg); installera om redact") from None
        self._psycopg = psycopg
        self.url = url
        if schema is not None and not _SCHEMA_NAME.fullmatch(schema):
            raise StoreUnavailableError("ogiltigt schemanamn för granskningsdatabasen")
        self.schema = schema
        self.connect_timeout = connect_timeout
        # Idle connections kept for the next request: connecting costs more than most review queries.
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue(maxsize=max(0, pool_size))
        if schema is not None:
            con = self._connect()
            try:
                con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
                con.commit()
            finally:
                con.close()
        self.migrate()

    def _connect(self) -> Any:
        kwargs: dict[str, Any] = {"row_factory": _row_factory, "connect_timeout": self.connect_timeout}
        if self.schema is not None:
            kwargs["options"] = f"-c search_path={self.schema}"
        try:
            return self._psycopg.connect(self.url, **kwargs)
        except self._psycopg.OperationalError:
            raise StoreUnavailableError(
                "granskningsdatabasen (PostgreSQL) går inte att nå; kontrollera att databasservern är igång och försök igen"
            ) from None

    def _take(self) -> Any:
        while True:
            try:
                con = self._idle.get_nowait()
            except queue.Empty:
                con = self._connect()
                con.autocommit = True
                return con
            if not con.closed and con.info.transaction_status == self._psycopg.pq.TransactionStatus.IDLE:
                return con
            con.close()

    def _give_back(self, con: Any, healthy: bool) -> None:
        if healthy and not con.closed and con.info.transaction_status == self._psycopg.pq.TransactionStatus.IDLE:
            try:
                self._idle.put_nowait(con)
                return
            except queue.Full:
                pass
        con.close()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        con = self._take()
        healthy = False
        try:
            yield _PgConnection(con)
            healthy = True
        except self._psycopg.OperationalError:
            raise StoreUnavailableError("förbindelsen med granskningsdatabasen (PostgreSQL) bröts; försök igen") from None
        finally:
            self._give_back(con, healthy)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        con = self._take()
        healthy = False
        try:
            with con.transaction():
                con.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                yield _PgConnection(con)
            healthy = True
        except self._psycopg.errors.LockNotAvailable:
            raise StoreUnavailableError("granskningsdatabasen är låst; vänta en stund och försök igen") from None
        except self._psycopg.OperationalError:
            raise StoreUnavailableError("förbindelsen med granskningsdatabasen (PostgreSQL) bröts; försök igen") from None
        finally:
            # A failed transaction was rolled back by transaction(); the connection is still good unless it broke.
            self._give_back(con, healthy or not con.broken)

    def close(self) -> None:
        """Close the idle connections."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return

    def describe(self) -> str:
        """The database without user or password."""
        return "granskningsdatabasen (PostgreSQL)"
