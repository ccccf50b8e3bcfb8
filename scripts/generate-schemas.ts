/**
 * Writes prisma/{sqlite,postgresql}/schema.prisma from prisma/models.prisma. With `--check` it writes nothing and
 * fails when either file is not what it would write (npm test runs this, so the two cannot drift).
 *
 * Usage: npm run db:schemas [-- --check]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DATABASE_PROVIDERS, schemaForProvider, schemaPath } from "@/lib/db/database-providers";

const check = process.argv.includes("--check");
const models = readFileSync("prisma/models.prisma", "utf8");
const stale: string[] = [];
for (const provider of DATABASE_PROVIDERS) {
  const file = schemaPath(provider);
  const wanted = schemaForProvider(provider, models);
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // Missing: stale.
  }
  if (current === wanted) continue;
  if (check) stale.push(file);
  else {
    writeFileSync(file, wanted);
    console.log(`wrote ${file}`);
  }
}
if (stale.length > 0) {
  console.error(`${stale.join(" and ")} differ from prisma/models.prisma: run \`npm run db:schemas\` and commit.`);
  process.exit(1);
}
