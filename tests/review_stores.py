"""The review store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from $REDACT_TEST_POSTGRES (a postgresql:// URL; `.ci/run` starts a throwaway one with
scripts/throwaway_postgres.sh). Each test gets its own schema, dropped afterwards. Without the URL the
PostgreSQL runs are skipped with a reason, except in CI or with REDACT_REQUIRE_POSTGRES=1: then they fail.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from redact.review.session import ReviewStore

BACKENDS = ("sqlite", "postgresql")


def postgres_url() -> str | None:
    """The test server's URL, or None (failing the test when PostgreSQL is required)."""
    url = os.environ.get("REDACT_TEST_POSTGRES")
    if not url:
        if os.environ.get("REDACT_REQUIRE_POSTGRES") == "1" or os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL krävs för granskningstesterna men REDACT_TEST_POSTGRES är inte satt (kör .ci/run)")
        pytest.skip("PostgreSQL är inte konfigurerat: sätt REDACT_TEST_POSTGRES (scripts/throwaway_postgres.sh)")
    return url


def make_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest | None = None, **kw) -> ReviewStore:
    """A fresh review store of ``kind`` with its files under ``tmp_path``."""
    if kind == "sqlite":
        return ReviewStore(tmp_path / "review.sqlite", **kw)
    from redact.review.store_pg import PostgresStore

    url = postgres_url()
    schema = "t_" + uuid.uuid4().hex[:16]
    store = ReviewStore(PostgresStore(url, schema=schema), files=tmp_path / "review-filer", **kw)
    if request is not None:
        def finish() -> None:
            store.store.close()
            _drop(url, schema)

        request.addfinalizer(finish)
    return store


def reopened(store: ReviewStore) -> ReviewStore:
    """The same database and files opened again, as after a restart."""
    if store.store.dialect == "sqlite":
        return ReviewStore(store.db, store.files)
    from redact.review.store_pg import PostgresStore

    return ReviewStore(PostgresStore(store.store.url, schema=store.store.schema), files=store.files)


def _drop(url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
