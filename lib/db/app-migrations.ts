import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where this version's migrations live, relative to the project root (as `prisma migrate deploy` reads them). */
export const MIGRATIONS_DIRECTORY = "prisma/migrations";

export interface AppMigration {
  name: string;
  sql: string;
}

/** This version's migrations in the order Prisma applies them (by folder name), each with its SQL. */
export function appMigrations(directory = path.resolve(MIGRATIONS_DIRECTORY)): AppMigration[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(directory, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(directory, name, "migration.sql"), "utf8") }));
}
