#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL (15 or later, from Debian's packages) whose URL is in TEST_POSTGRES_URL,
# then stops and deletes it. `npm run test:postgres` runs the tests this way; `.ci/run` installs PostgreSQL when
# missing. Usage: bash scripts/with-postgres.sh <command> [arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
  version=$(basename "$(dirname "$dir")")
  if [ "${version%%.*}" -ge 15 ] && [ -x "$dir/initdb" ]; then bin=$dir; break; fi
done
if [ -z "$bin" ]; then
  echo "This needs PostgreSQL 15 or later. On Debian or Ubuntu: sudo apt-get install -y postgresql" >&2
  exit 1
fi

port=${TEST_POSTGRES_PORT:-55432}
data=$(mktemp -d /tmp/leeshulp-postgres.XXXXXX)
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user Debian's package creates.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$data"
  as_owner=(runuser -u postgres --)
fi
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$data/cluster" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# fsync off: a test cluster, thrown away afterwards; max_connections for parallel test files and two app instances.
"${as_owner[@]}" "$bin/pg_ctl" -D "$data/cluster" -l "$data/log" -w -o \
  "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port" >&2

export TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
"$@"
