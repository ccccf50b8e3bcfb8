import { Prisma } from "./generated/sqlite/client";
import { databaseProvider } from "./database-url";
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
