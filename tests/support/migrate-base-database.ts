import { execFileSync } from "node:child_process";
import { mkdirSync, renameSync } from "node:fs";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { appMigrations } from "@/lib/db/app-migrations";
import { deployPostgresMigrations } from "@/lib/db/deploy-postgres-migrations";
import { BASE_DATABASE, TMP_DIR } from "./test-paths";
import { postgresDatabaseUrl, TEST_POSTGRES_URL, withPostgresAdmin } from "./test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated PostgreSQL database of this run, which each test file's database copies. */
    basePostgresDatabase: string;
  }
}

/**
 * Migrates one base database per test run; each test file then works on its own copy of it. Runs started at the
 * same time (two people, or a helper and CI) do not disturb each other: the SQLite base is replaced in one rename,
 * the PostgreSQL base is named after this run and dropped at its end.
 */
export default async function migrateBaseDatabase(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (TEST_POSTGRES_URL) return migrateBasePostgresDatabase(project);
  mkdirSync(TMP_DIR, { recursive: true });
  const fresh = `${BASE_DATABASE}.${process.pid}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${fresh}` },
    stdio: "pipe",
  });
  renameSync(fresh, BASE_DATABASE);
}

async function migrateBasePostgresDatabase(project: TestProject): Promise<() => Promise<void>> {
  const name = `leeshulp_test_base_${process.pid}`;
  await withPostgresAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const client = new Client({ connectionString: postgresDatabaseUrl(name) });
  await client.connect();
  try {
    await deployPostgresMigrations(client, appMigrations("postgresql"));
  } finally {
    await client.end();
  }
  project.provide("basePostgresDatabase", name);
  return () =>
    withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {});
}
