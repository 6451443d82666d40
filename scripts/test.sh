#!/usr/bin/env bash
# The test suite, as developers and CI run it: the review store tests run on SQLite and on a
# throwaway PostgreSQL (127.0.0.1 only, removed afterwards); a PostgreSQL test that cannot
# reach its server fails instead of skipping.
#
# The first part runs on REDACT_TEST_WORKERS workers (pytest-xdist, each module on one worker; 2 by
# default, 0 runs it in this process). The tests marked `timing` (they assert on the wall clock) and
# `serial` (Ray's clusters, which take the machine; a test whose forked worker must inherit its
# patches) run afterwards, alone. Arguments go to both runs (e.g. `bash scripts/test.sh tests/test_render.py -x`).
set -euo pipefail
cd "$(dirname "$0")/.."
pgdir=$(mktemp -d "${TMPDIR:-/tmp}/redact-test-pg.XXXXXX")
logdir=$(mktemp -d "${TMPDIR:-/tmp}/redact-test-log.XXXXXX")
trap 'bash scripts/throwaway_postgres.sh stop "$pgdir"; rm -rf "$logdir"' EXIT
REDACT_TEST_POSTGRES=$(bash scripts/throwaway_postgres.sh start "$pgdir")
# the command line's runs in the tests write their audit log here, not in the developer's own log
REDACT_LOG="$logdir/audit.sqlite"
export REDACT_TEST_POSTGRES REDACT_LOG REDACT_REQUIRE_POSTGRES=1 REDACT_NO_SKIPS=1
workers=${REDACT_TEST_WORKERS:-2}
parallel=()
if [ "$workers" -gt 0 ]; then parallel=(-n "$workers" --dist loadfile); fi
rc=0
.venv/bin/python -m pytest "${parallel[@]}" -m "not timing and not serial" "$@" || rc=$?
# exit code 5: the arguments selected no test of that kind, which is not a failure
.venv/bin/python -m pytest -m "timing or serial" "$@" || { r=$?; [ "$r" -eq 5 ] || rc=$r; }
[ "$rc" -eq 5 ] && rc=0
exit "$rc"
