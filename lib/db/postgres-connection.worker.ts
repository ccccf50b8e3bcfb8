import { Pool } from "pg";
import { numberedPlaceholders } from "./numbered-placeholders";
import type { WorkerDatabase, WorkerTransaction } from "./worker-database";

/**
 * A PostgreSQL connection for work done in a worker thread, through node-postgres as the app's Prisma adapter uses
 * it. A pool of one: a transaction holds the one connection (a second would wait for it), and a connection that
 * broke while idle (the server restarted) is replaced by a fresh one on the next transaction instead of failing it.
 */
export function postgresDatabase(databaseUrl: string): WorkerDatabase {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  // An idle connection that breaks is dropped by the pool; without a listener its error would end the worker.
  pool.on("error", () => {});
  // Repeated statements become named prepared statements, parsed and planned once per connection (node-postgres
  // prepares a name again on a new connection): a third less time for 25,000 paragraphs in 500-row INSERTs.
  const repeated = new Map<string, { name: string; text: string }>();
  const prepared = (sql: string) => {
    let found = repeated.get(sql);
    if (!found) {
      found = { name: `repeated-${repeated.size}`, text: numberedPlaceholders(sql) };
      repeated.set(sql, found);
    }
    return found;
  };
  return {
    async transaction(work) {
      const client = await pool.connect();
      const tx: WorkerTransaction = {
        run: async (sql, values = [], options) => {
          const query = options?.repeated ? prepared(sql) : { text: numberedPlaceholders(sql) };
          return (await client.query({ ...query, values: [...values] })).rowCount ?? 0;
        },
        all: async <Row>(sql: string, values: readonly unknown[] = []) =>
          (await client.query(numberedPlaceholders(sql), [...values])).rows as Row[],
      };
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await work(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        // A connection that cannot even roll back is closed rather than handed to the next transaction.
        await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}
