#!/usr/bin/env bash
# Writes a new migration for each database from the difference between the committed models and the working-tree
# models (prisma/models.prisma), into prisma/sqlite/migrations and prisma/postgresql/migrations under one name.
# Prisma's `migrate dev` does not work with the Wasm schema engine used offline (see docs/decisions.md), and its
# PostgreSQL diff needs a server, so one is started for it (scripts/with-postgres.sh).
# Usage: npm run db:migration -- <name>
set -euo pipefail
name=${1:?usage: npm run db:migration -- <name>}
cd "$(dirname "$0")/.."
npx tsx scripts/generate-schemas.ts
count=$(find prisma/sqlite/migrations -mindepth 1 -maxdepth 1 -type d | wc -l)
folder=$(printf '%04d' $((count + 1)))_$name

for provider in sqlite postgresql; do
  schema=prisma/$provider/schema.prisma
  previous=$(mktemp --suffix=.prisma)
  git show "HEAD:$schema" > "$previous"
  dir=prisma/$provider/migrations/$folder
  mkdir -p "$dir"
  diff=(npx prisma migrate diff --from-schema-datamodel "$previous" --to-schema-datamodel "$schema" --script)
  if [ "$provider" = postgresql ]; then
    # shellcheck disable=SC2016 # expanded by the inner shell, where with-postgres.sh has set it
    bash scripts/with-postgres.sh sh -c 'psql "$TEST_POSTGRES_URL" -qc "CREATE DATABASE diff" &&
      DATABASE_URL="${TEST_POSTGRES_URL%/postgres}/diff" "$@"' sh "${diff[@]}" > "$dir/migration.sql"
  else
    "${diff[@]}" > "$dir/migration.sql"
  fi
  rm -f "$previous"
  echo "wrote $dir/migration.sql"
done
