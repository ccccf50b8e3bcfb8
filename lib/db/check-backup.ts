import type Database from "better-sqlite3";
import type { AppMigration } from "./app-migrations";
import { integrityProblems } from "./integrity-problems";
import { OperatorRefusal } from "./operator-refusal";
import { tablesAfterMigrations } from "./tables-after-migrations";

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * Refuses (OperatorRefusal) a database this version of the app must not be given: one that fails
 * `PRAGMA integrity_check`, one that is not this app's (no `_prisma_migrations`, or a table its migrations made is
 * missing), one with a migration that failed half-way, and one made by a newer version (a migration this version does
 * not have: its code would not know the columns). Answers the migrations of this version the database has not had
 * yet, which `prisma migrate deploy` (run by `npm start`) applies.
 */
export function checkBackup(db: Database.Database, migrations: readonly AppMigration[]): string[] {
  const problems = integrityProblems(db);
  if (problems.length > 0) throw new OperatorRefusal(`it fails the integrity check: ${problems.join("; ")}`);
  const hasHistory = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
    .get();
  if (!hasHistory) throw new OperatorRefusal("it is not a Leeshulp database (it has no _prisma_migrations table)");
  const rows = db
    .prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations")
    .all() as MigrationRow[];
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) throw new OperatorRefusal(`its migration ${failed.migration_name} did not finish`);
  const applied = new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name));
  const known = new Set(migrations.map((migration) => migration.name));
  const newer = [...applied].filter((name) => !known.has(name)).sort();
  if (newer.length > 0) {
    throw new OperatorRefusal(
      `it was made by a newer version of Leeshulp (migrations unknown here: ${newer.join(", ")}); ` +
        "update the app first, then restore",
    );
  }
  const expected = tablesAfterMigrations(migrations.filter((m) => applied.has(m.name)).map((m) => m.sql));
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
  );
  const missing = [...expected].filter((table) => !present.has(table)).sort();
  if (missing.length > 0) throw new OperatorRefusal(`it lacks tables of the app: ${missing.join(", ")}`);
  return migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name);
}
