/**
 * SQL written with `?` placeholders (SQLite's, and what the app's hand-built statements use) in PostgreSQL's form,
 * numbered in order. The statements are the app's own constants: a `?` never stands inside a quoted string or name.
 *
 * numberedPlaceholders(`UPDATE "Lesson" SET "title" = ? WHERE "id" = ?`) → `UPDATE "Lesson" SET "title" = $1 WHERE "id" = $2`
 */
export function numberedPlaceholders(sql: string): string {
  let count = 0;
  return sql.replace(/\?/g, () => `$${++count}`);
}
