#!/usr/bin/env bash
# Serves the built app for the end-to-end tests on its own, freshly migrated and seeded database.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="file:tests/.tmp/e2e.db"
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
mkdir -p tests/.tmp
rm -f tests/.tmp/e2e.db tests/.tmp/e2e.db-wal tests/.tmp/e2e.db-shm
npx prisma migrate deploy > /dev/null
npx tsx prisma/seed.ts > /dev/null
npx next build > tests/.tmp/e2e-build.log 2>&1 || { cat tests/.tmp/e2e-build.log; exit 1; }
exec npx next start --port "${E2E_PORT:-3210}"
