import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationsPath, type DatabaseProvider } from "./database-providers";

export interface AppMigration {
  name: string;
  sql: string;
}

/** This version's migrations for a provider, in the order Prisma applies them (by folder name), each with its SQL. */
export function appMigrations(provider: DatabaseProvider = "sqlite"): AppMigration[] {
  const directory = path.resolve(migrationsPath(provider));
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(directory, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(directory, name, "migration.sql"), "utf8") }));
}
