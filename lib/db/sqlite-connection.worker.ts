import Database from "better-sqlite3";
import type { WorkerDatabase, WorkerTransaction } from "./worker-database";

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

/**
 * A better-sqlite3 connection as a WorkerDatabase. The statements run synchronously, so a transaction's awaits only
 * pass through microtasks: it is as fast as better-sqlite3's own `transaction()`. BEGIN IMMEDIATE takes the write
 * lock at the start (waiting for it up to the busy timeout) instead of failing when a read turns into a write.
 */
export function sqliteDatabase(connection: Database.Database): WorkerDatabase {
  // Repeated statements, prepared once (a 500-row INSERT takes ~0.5 ms to prepare): one per table the code bulk-writes.
  const repeated = new Map<string, Database.Statement>();
  const statement = (sql: string, keep = false) => {
    let found = repeated.get(sql);
    if (!found) {
      found = connection.prepare(sql);
      if (keep) repeated.set(sql, found);
    }
    return found;
  };
  const tx: WorkerTransaction = {
    run: async (sql, values = [], options) => statement(sql, options?.repeated).run(values).changes,
    all: async <Row>(sql: string, values: readonly unknown[] = []) => statement(sql).all(values) as Row[],
  };
  return {
    async transaction(work) {
      connection.exec("BEGIN IMMEDIATE");
      try {
        const result = await work(tx);
        connection.exec("COMMIT");
        return result;
      } catch (error) {
        // A failed statement may have ended the transaction already (SQLite rolls back on some errors by itself).
        if (connection.inTransaction) connection.exec("ROLLBACK");
        throw error;
      }
    },
  };
}
