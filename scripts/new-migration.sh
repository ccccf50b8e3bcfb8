#!/usr/bin/env bash
# Writes a new migration from the difference between the committed schema and the working-tree schema.
# Prisma's `migrate dev` does not work with the Wasm schema engine used offline (see docs/decisions.md).
# Usage: npm run db:migration -- <name>
set -euo pipefail
name=${1:?usage: npm run db:migration -- <name>}
cd "$(dirname "$0")/.."
previous=$(mktemp --suffix=.prisma)
trap 'rm -f "$previous"' EXIT
if git cat-file -e HEAD:prisma/schema.prisma 2>/dev/null; then
  git show HEAD:prisma/schema.prisma > "$previous"
  from=(--from-schema-datamodel "$previous")
else
  from=(--from-empty)
fi
mkdir -p prisma/migrations
count=$(find prisma/migrations -mindepth 1 -maxdepth 1 -type d | wc -l)
dir=prisma/migrations/$(printf '%04d' $((count + 1)))_$name
mkdir -p "$dir"
npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
echo "wrote $dir/migration.sql"
