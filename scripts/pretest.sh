#!/usr/bin/env bash
# Runs before `npm test`: makes sure what the tests need outside npm is there (Debian
# chromium, python3-sklearn, PostgreSQL) and that a PostgreSQL server answers.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  bash scripts/install-system-deps.sh || echo "warning: could not install the Debian packages the tests need"
else
  echo "note: not root; if tests complain, install: chromium python3-sklearn postgresql (Debian)"
fi
if command -v pg_isready >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  # shellcheck source=/dev/null
  source scripts/ensure-postgres.sh || echo "warning: PostgreSQL is not available; its tests will fail"
fi
exit 0
