import type Database from "better-sqlite3";

const ROWS_PER_STATEMENT = 500;

/**
 * Updates many rows by primary key with one `UPDATE … FROM (VALUES …)` statement per 500 rows. The first value of
 * each row is the key ("id"); the others go to `columns` in order. Names are the caller's constants.
 *
 * updateRows(db, "Paragraph", ["translationText"], [["p1", "Yes."], ["p2", "No."]])
 */
export function updateRows(
  db: Database.Database,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): void {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map(() => `(${["?", ...columns.map(() => "?")].join(", ")})`).join(", ");
    const assignments = columns.map((column, index) => `"${column}" = v.column${index + 2}`).join(", ");
    db.prepare(
      `UPDATE "${table}" SET ${assignments} FROM (VALUES ${values}) AS v WHERE "${table}"."id" = v.column1`,
    ).run(chunk.flat());
  }
}
