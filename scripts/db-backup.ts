/**
 * A consistent copy of the app's SQLite database, taken while the app serves (see lib/db/backup-database.ts):
 *
 *   npm run db:backup -- backups/leeshulp-2026-12-04.db            # refuses to replace an existing file
 *   npm run db:backup -- backups/leeshulp-latest.db --force
 *
 * Reads DATABASE_URL as the app does. Prints one line: the file, its size, pages and how long the backup took.
 * Exit status 0 when the copy was written and passed `PRAGMA integrity_check`, 1 when it was not (nothing is left
 * under the file's name then), 2 for a wrong command line.
 */
import path from "node:path";
import { backupDatabase } from "../lib/db/backup-database";
import { databaseUrl, providerOf } from "../lib/db/database-url.cjs";
import { OperatorRefusal } from "../lib/db/operator-refusal";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => arg !== "--force");
  if (files.length !== 1 || files[0]!.startsWith("-")) {
    console.error("usage: npm run db:backup -- <file> [--force]");
    process.exitCode = 2;
    return;
  }
  if (providerOf(databaseUrl()) === "postgresql") {
    // PostgreSQL has its own tools for this, which know its server (docs/deploy.md, "Backups" under PostgreSQL).
    console.error("DATABASE_URL names PostgreSQL: use pg_dump (see docs/deploy.md); db:backup is for the SQLite file");
    process.exitCode = 2;
    return;
  }
  const source = databaseUrl().replace(/^file:/, "");
  try {
    const summary = await backupDatabase(source, path.resolve(files[0]!), force);
    const megabytes = (summary.bytes / 1024 / 1024).toFixed(1);
    console.log(`backup ${summary.file}: ${megabytes} MB, ${summary.pages} pages, ${summary.ms} ms, integrity ok`);
  } catch (error) {
    if (!(error instanceof OperatorRefusal)) throw error;
    console.error(`no backup written: ${error.message}`);
    process.exitCode = 1;
  }
}

void main();
