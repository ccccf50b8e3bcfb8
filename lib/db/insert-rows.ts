import type Database from "better-sqlite3";

/** Rows per INSERT: 500 rows of up to 10 columns stay far below SQLite's 32,766 bound variables. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts rows with multi-row INSERT statements, a few statements per thousand rows instead of one per row. Table
 * and column names are the caller's constants, never user input; the values are bound parameters.
 *
 * insertRows(db, "Sentence", ["id", "paragraphId"], [["s1", "p1"], ["s2", "p1"]]) → one INSERT … VALUES (?, ?), (?, ?)
 */
export function insertRows(
  db: Database.Database,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): void {
  const statementFor = (count: number) =>
    db.prepare(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${Array.from(
        { length: count },
        () => `(${columns.map(() => "?").join(", ")})`,
      ).join(", ")}`,
    );
  const full = rows.length >= ROWS_PER_STATEMENT ? statementFor(ROWS_PER_STATEMENT) : null;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const statement = chunk.length === ROWS_PER_STATEMENT && full ? full : statementFor(chunk.length);
    statement.run(chunk.flat());
  }
}
