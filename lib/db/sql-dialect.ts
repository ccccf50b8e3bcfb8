import { Prisma } from "./generated/sqlite/client";
import { databaseProvider } from "./database-url.cjs";
import { numberedPlaceholders } from "./numbered-placeholders";
import { sqliteTimestamp } from "./sqlite-timestamp";

/**
 * The few places where the app's hand-written SQL (docs/decisions.md, "SQL for the queries every request asks")
 * differs between SQLite and PostgreSQL. Everything else it writes is SQL both understand: double-quoted names,
 * INSERT … ON CONFLICT, CTEs, CASE, COALESCE, `->>` on JSON. Each helper returns a fragment for the database
 * DATABASE_URL selects.
 */
export function onPostgres(): boolean {
  return databaseProvider() === "postgresql";
}

/**
 * A table of the strings in a JSON array, one row each, in column "value": bind one parameter instead of thousands.
 * SELECT value FROM ${jsonTexts(JSON.stringify(["a", "b"]))} → rows "a", "b".
 */
export function jsonTexts(json: string): Prisma.Sql {
  return onPostgres() ? Prisma.sql`json_array_elements_text(${json}::json)` : Prisma.sql`json_each(${json})`;
}

/**
 * A table of the elements of a JSON array of arrays or objects, in column "value", whose fields `value ->> 0` or
 * `value ->> 'key'` read as text (cast them where a number is needed: CAST(value ->> 1 AS INTEGER)).
 */
export function jsonRows(json: string): Prisma.Sql {
  return onPostgres() ? Prisma.sql`json_array_elements(${json}::json)` : Prisma.sql`json_each(${json})`;
}

/**
 * A time as a parameter for a DateTime column, to store or to compare: SQLite's adapter keeps DateTime as ISO text
 * (compared as text, so it must be written the same way), PostgreSQL as a timestamp.
 */
export function sqlTime(date: Date = new Date()): Prisma.Sql {
  return onPostgres() ? Prisma.sql`${date}::timestamp(3)` : Prisma.sql`${sqliteTimestamp(date)}`;
}

/** A DateTime from an ISO 8601 text expression (e.g. a JSON field), as sqlTime writes it. */
export function timeFromText(text: Prisma.Sql): Prisma.Sql {
  return onPostgres() ? Prisma.sql`CAST(${text} AS timestamp(3))` : text;
}

/** Whether `needle` occurs in `text` (SQLite's instr, PostgreSQL's strpos). */
export function containsText(text: Prisma.Sql, needle: Prisma.Sql): Prisma.Sql {
  return onPostgres() ? Prisma.sql`strpos(${text}, ${needle}) > 0` : Prisma.sql`instr(${text}, ${needle}) > 0`;
}

/** The larger of two values (SQLite's two-argument max, PostgreSQL's greatest). */
export function larger(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  return onPostgres() ? Prisma.sql`greatest(${a}, ${b})` : Prisma.sql`max(${a}, ${b})`;
}

/** A JSON array with one element per row, each a JSON array of `values`; "[]" when there are no rows. */
export function jsonArrayOfRows(...values: Prisma.Sql[]): Prisma.Sql {
  const row = Prisma.join(values);
  return onPostgres()
    ? Prisma.sql`coalesce(json_agg(json_build_array(${row})), '[]'::json)`
    : Prisma.sql`json_group_array(json_array(${row}))`;
}

/** A JSON array of `values` (SQLite's json_array, PostgreSQL's json_build_array): jsonArray(a, b) → ["a", "b"]. */
export function jsonArray(...values: Prisma.Sql[]): Prisma.Sql {
  const row = Prisma.join(values);
  return onPostgres() ? Prisma.sql`json_build_array(${row})` : Prisma.sql`json_array(${row})`;
}

/**
 * A JSON array with one element per row, each the JSON value `element` (say, a CASE choosing between two jsonArray
 * shapes; SQLite's json() keeps a CASE's result JSON rather than text); "[]" when there are no rows. Read it with
 * parsedJson.
 */
export function jsonArrayOf(element: Prisma.Sql): Prisma.Sql {
  return onPostgres()
    ? Prisma.sql`coalesce(json_agg(${element}), '[]'::json)`
    : Prisma.sql`json_group_array(json(${element}))`;
}

/**
 * A JSON column of a raw query's row as a value: SQLite's adapter gives JSON as text, PostgreSQL's as parsed JSON.
 * parsedJson<number[]>("[1,2]") → [1, 2]; parsedJson<number[]>([1, 2]) → [1, 2]
 */
export function parsedJson<T>(json: string | T): T {
  return typeof json === "string" ? (JSON.parse(json) as T) : json;
}

/**
 * Hand-written SQL with `?` placeholders, for $queryRawUnsafe and $executeRawUnsafe, as the database takes it:
 * PostgreSQL numbers them. placeholders(`DELETE FROM "ClassProgress" WHERE "userId" = ?`) → `… = $1` there.
 */
export function placeholders(sql: string): string {
  return onPostgres() ? numberedPlaceholders(sql) : sql;
}

/**
 * A DateTime column as ISO 8601 text with its zone, for JSON built in SQL: SQLite stores that text
 * ("2027-03-28T01:45:00.000+00:00"); PostgreSQL's JSON would write the UTC time without a zone, read as local time.
 */
export function isoTime(column: Prisma.Sql): Prisma.Sql {
  return onPostgres() ? Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : column;
}
