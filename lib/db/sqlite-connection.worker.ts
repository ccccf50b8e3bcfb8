import Database from "better-sqlite3";

const connections = new Map<string, Database.Database>();

/**
 * A direct better-sqlite3 connection for work done in a worker thread, where Prisma's per-row overhead (about 25 µs
 * a row, measured) would make bulk writes slow. Same settings as the app's Prisma connection (lib/db/create-client.ts):
 * WAL, so readers are never blocked, and a busy timeout, so this writer waits for the lock instead of failing.
 */
export function sqliteConnection(databaseUrl: string): Database.Database {
  let connection = connections.get(databaseUrl);
  if (!connection) {
    connection = new Database(databaseUrl.replace(/^file:/, ""));
    connection.pragma("journal_mode = WAL");
    connection.pragma("busy_timeout = 5000");
    connection.pragma("foreign_keys = ON");
    connections.set(databaseUrl, connection);
  }
  return connection;
}
