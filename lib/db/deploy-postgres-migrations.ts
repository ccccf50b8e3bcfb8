import { createHash, randomUUID } from "node:crypto";
import type { Client } from "pg";
import type { AppMigration } from "./app-migrations";

/** The advisory lock Prisma Migrate takes too, so two instances starting at once never migrate together. */
const MIGRATION_LOCK = 72707369;

/**
 * Applies the migrations not yet applied, each in its own transaction, and records them in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does (same table, name and SHA-256 checksum), so Prisma's own tools see the same
 * history. Why not `prisma migrate deploy` itself: its Wasm schema engine cannot read PostgreSQL through the driver
 * adapter (prisma/prisma#27403, "Column type 'name' could not be deserialized") and the native engine cannot be
 * downloaded here. Returns the names it applied.
 */
export async function deployPostgresMigrations(client: Client, migrations: readonly AppMigration[]): Promise<string[]> {
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT "migration_name", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
    );
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) throw new Error(`migration ${failed.migration_name} failed earlier; resolve it before deploying`);
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) await apply(client, migration);
    return pending.map((migration) => migration.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  }
}

/** PostgreSQL's DDL is transactional: a migration that fails leaves nothing behind. */
async function apply(client: Client, migration: AppMigration): Promise<void> {
  const checksum = createHash("sha256").update(migration.sql).digest("hex");
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
       VALUES ($1, $2, now(), $3, 1)`,
      [randomUUID(), checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
