#!/usr/bin/env bash
# Sourced by .ci/run: makes sure a PostgreSQL server answers and exports PG_TEST_URL.
# Uses the machine's server on 127.0.0.1:5432 (starting its cluster if it is down); when
# there is none, creates a throwaway cluster on that port.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  export PG_TEST_URL="postgres://postgres@127.0.0.1:5432/test"
else
  if [ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  fi
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    export PG_TEST_URL="postgres://postgres@127.0.0.1:5432/test"
  else
    # No usable cluster: a throwaway one on the standard port, so the tests' default URL works.
    dir=$(mktemp -d /tmp/pgci.XXXXXX)
    chown postgres "$dir"
    su postgres -c "$pg_bin/initdb -D $dir/data -A trust -U postgres --no-sync" >/dev/null
    su postgres -c "$pg_bin/pg_ctl -D $dir/data -l $dir/log -o '-p 5432 -k $dir -c listen_addresses=127.0.0.1' -w start" >/dev/null
    su postgres -c "$pg_bin/createdb -h 127.0.0.1 -p 5432 test"
    export PG_TEST_URL="postgres://postgres@127.0.0.1:5432/test"
  fi
fi
psql "$PG_TEST_URL" -c 'CREATE DATABASE test' >/dev/null 2>&1 || true
echo "PostgreSQL at $PG_TEST_URL"
