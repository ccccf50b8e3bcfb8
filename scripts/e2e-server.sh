#!/usr/bin/env bash
# Serves the built app for the end-to-end tests on its own, freshly migrated and seeded database, with the
# project's DeepL-compatible test server standing in for DeepL.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="file:tests/.tmp/e2e.db"
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
# Each test presents its own client address in X-Forwarded-For (tests/e2e/fixtures.ts), as if one proxy stood in
# front, so the per-address attempt limits count each test apart instead of the whole run as one visitor.
export TRUST_PROXY=1
deepl_port=$(( ${E2E_PORT:-3210} + 1 ))
export DEEPL_AUTH_KEY="e2e-key" DEEPL_SERVER_URL="http://127.0.0.1:$deepl_port"
mkdir -p tests/.tmp
rm -f tests/.tmp/e2e.db tests/.tmp/e2e.db-wal tests/.tmp/e2e.db-shm
npx prisma migrate deploy > /dev/null
npx tsx prisma/seed.ts > /dev/null
npx next build > tests/.tmp/e2e-build.log 2>&1 || { cat tests/.tmp/e2e-build.log; exit 1; }
npx tsx tests/support/serve-deepl-mock.ts "$deepl_port" 1000 &
deepl=$!
trap 'kill "$deepl" 2> /dev/null || true' EXIT
trap 'exit 0' TERM INT
npx next start --port "${E2E_PORT:-3210}" &
wait $!
