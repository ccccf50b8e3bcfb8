/**
 * Brings the database DATABASE_URL names up to this version's migrations: SQLite through `prisma migrate deploy`,
 * PostgreSQL through lib/db/deploy-postgres-migrations.ts (why: see there). Usage: npm run db:migrate
 */
import { execFileSync } from "node:child_process";
import { Client } from "pg";
import { appMigrations } from "../lib/db/app-migrations";
import { databaseUrl, providerOf } from "../lib/db/database-url.cjs";
import { deployPostgresMigrations } from "../lib/db/deploy-postgres-migrations";

async function main(): Promise<void> {
  const url = databaseUrl();
  if (providerOf(url) === "sqlite") {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit" });
    return;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const applied = await deployPostgresMigrations(client, appMigrations("postgresql"));
    console.log(applied.length ? `applied ${applied.join(", ")}` : "no pending migrations");
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
