/**
 * Puts a backup made by `npm run db:backup` back as the app's database, while the app is stopped (see
 * lib/db/restore-database.ts):
 *
 *   npm run db:restore -- backups/leeshulp-2026-12-04.db
 *
 * Reads DATABASE_URL as the app does. Refuses, changing nothing, a file that is not a sound SQLite database of this
 * app, one made by a newer version, and any restore while the database is in use. The database it replaces is kept as
 * `<db>.before-restore-<time>`. A backup from an older version is migrated by `npm start` (prisma migrate deploy).
 * Exit status 0 when restored, 1 when refused, 2 for a wrong command line.
 */
import path from "node:path";
import { appMigrations } from "../lib/db/app-migrations";
import { databaseUrl, providerOf } from "../lib/db/database-url.cjs";
import { OperatorRefusal } from "../lib/db/operator-refusal";
import { restoreDatabase } from "../lib/db/restore-database";

function main(): void {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith("-")) {
    console.error("usage: npm run db:restore -- <backup file>");
    process.exitCode = 2;
    return;
  }
  if (providerOf(databaseUrl()) === "postgresql") {
    // PostgreSQL has its own tools for this, which know its server (docs/deploy.md, "Backups" under PostgreSQL).
    console.error(
      "DATABASE_URL names PostgreSQL: use pg_restore (see docs/deploy.md); db:restore is for the SQLite file",
    );
    process.exitCode = 2;
    return;
  }
  const live = databaseUrl().replace(/^file:/, "");
  try {
    const { replaced, pending } = restoreDatabase(path.resolve(args[0]!), live, appMigrations());
    console.log(`restored ${live} from ${path.resolve(args[0]!)}`);
    console.log(replaced ? `the database it replaced is kept as ${replaced}` : "there was no database before");
    if (pending.length > 0) {
      console.log(`the backup lacks ${pending.length} migration(s) of this version (${pending.join(", ")}):`);
      console.log("npm start applies them (prisma migrate deploy) before the app serves");
    }
    console.log("start the app with npm start: its build step also drops public pages cached before the restore");
  } catch (error) {
    if (!(error instanceof OperatorRefusal)) throw error;
    console.error(`not restored: ${error.message}`);
    process.exitCode = 1;
  }
}

main();
