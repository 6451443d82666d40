#!/usr/bin/env bash
# The test suite, as developers and CI run it: the review store tests run on SQLite and on a
# throwaway PostgreSQL (127.0.0.1 only, removed afterwards); a PostgreSQL test that cannot
# reach its server fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
pgdir=$(mktemp -d "${TMPDIR:-/tmp}/redact-test-pg.XXXXXX")
trap 'bash scripts/throwaway_postgres.sh stop "$pgdir"' EXIT
REDACT_TEST_POSTGRES=$(bash scripts/throwaway_postgres.sh start "$pgdir")
export REDACT_TEST_POSTGRES REDACT_REQUIRE_POSTGRES=1 REDACT_NO_SKIPS=1
.venv/bin/python -m pytest "$@"
