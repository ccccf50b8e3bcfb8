import { providerOf } from "./database-url.cjs";
import { postgresDatabase } from "./postgres-connection.worker";
import { sqliteConnection, sqliteDatabase } from "./sqlite-connection.worker";
import type { WorkerDatabase } from "./worker-database";

const databases = new Map<string, WorkerDatabase>();

/** The worker's connection to the database `databaseUrl` names (as lib/db/database-url.cjs gives it), opened once. */
export function workerDatabase(databaseUrl: string): WorkerDatabase {
  let database = databases.get(databaseUrl);
  if (!database) {
    database =
      providerOf(databaseUrl) === "postgresql"
        ? postgresDatabase(databaseUrl)
        : sqliteDatabase(sqliteConnection(databaseUrl));
    databases.set(databaseUrl, database);
  }
  return database;
}
