import type { WorkerTransaction } from "./worker-database";

/**
 * Rows per INSERT: 500 rows of up to 10 columns stay far below SQLite's 32,766 bound variables and PostgreSQL's
 * 65,535 parameters per statement.
 */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts rows with multi-row INSERT statements, a few statements per thousand rows instead of one per row. Table
 * and column names are the caller's constants, never user input; the values are bound parameters.
 *
 * insertRows(tx, "Sentence", ["id", "paragraphId"], [["s1", "p1"], ["s2", "p1"]]) → one INSERT … VALUES (?, ?), (?, ?)
 */
export async function insertRows(
  tx: WorkerTransaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `;
  const row = `(${columns.map(() => "?").join(", ")})`;
  const statementFor = (count: number) => head + Array.from({ length: count }, () => row).join(", ");
  const full = rows.length >= ROWS_PER_STATEMENT ? statementFor(ROWS_PER_STATEMENT) : "";
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const isFull = chunk.length === ROWS_PER_STATEMENT;
    await tx.run(isFull ? full : statementFor(chunk.length), chunk.flat(), { repeated: isFull });
  }
}
