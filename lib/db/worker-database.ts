/**
 * What the import worker writes with: its own connection to the app's database (SQLite through better-sqlite3,
 * PostgreSQL through node-postgres), for bulk writes that Prisma would make slow. SQL is written once, with `?`
 * placeholders, in the dialect both databases understand (double-quoted names, CAST, COALESCE, `||`). A time is
 * bound as ISO 8601 text (lib/db/sqlite-timestamp.ts): SQLite stores that text, PostgreSQL reads it into the
 * timestamp column it goes to (in VALUES or SET; a bare `?` in a SELECT list would be text there).
 *
 * A transaction may await between its statements: the worker runs one task at a time (LimitedWorker posts the next
 * message only after the previous answer), so nothing else uses the connection meanwhile.
 */
export interface WorkerTransaction {
  /**
   * Runs a statement; answers how many rows it changed. `repeated`: the same SQL runs again and again (a bulk write's
   * full chunk of rows), so it is prepared once and kept; other statements are prepared for one run.
   */
  run(sql: string, values?: readonly unknown[], options?: { repeated?: boolean }): Promise<number>;
  /** Runs a query; answers its rows, by column name. */
  all<Row>(sql: string, values?: readonly unknown[]): Promise<Row[]>;
}

export interface WorkerDatabase {
  /** Runs `work` in one transaction, committed when it resolves and rolled back when it throws: nobody sees half of it. */
  transaction<T>(work: (tx: WorkerTransaction) => Promise<T>): Promise<T>;
}
