import type { WorkerTransaction } from "./worker-database";

/** Rows per UPDATE, as for lib/db/insert-rows.ts. */
const ROWS_PER_STATEMENT = 500;

/**
 * Updates many rows by primary key with one `UPDATE … FROM (VALUES …)` statement per 500 rows. The first value of
 * each row is the key ("id"); the others go to `columns` in order. Names are the caller's constants. The columns
 * must be text: PostgreSQL reads the values of a bare VALUES list as text (both name its columns column1, column2…).
 *
 * updateRows(tx, "Paragraph", ["translationText"], [["p1", "Yes."], ["p2", "No."]])
 */
export async function updateRows(
  tx: WorkerTransaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const row = `(${["?", ...columns.map(() => "?")].join(", ")})`;
  const assignments = columns.map((column, index) => `"${column}" = v.column${index + 2}`).join(", ");
  const statementFor = (count: number) =>
    `UPDATE "${table}" SET ${assignments} FROM (VALUES ${Array.from({ length: count }, () => row).join(", ")}) AS v
     WHERE "${table}"."id" = v.column1`;
  const full = rows.length >= ROWS_PER_STATEMENT ? statementFor(ROWS_PER_STATEMENT) : "";
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const isFull = chunk.length === ROWS_PER_STATEMENT;
    await tx.run(isFull ? full : statementFor(chunk.length), chunk.flat(), { repeated: isFull });
  }
}
