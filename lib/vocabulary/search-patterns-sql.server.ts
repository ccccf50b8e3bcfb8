/**
 * The SQL tests of accentInsensitiveSearch's two LIKE patterns (ESCAPE '\'), alike in what they find on both
 * databases. SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's heeds case. So on PostgreSQL the necessary
 * pattern is matched with ILIKE, which ignores the case of every letter (letting through more than the pattern needs
 * is safe: the expression decides), and the search as typed with LIKE, so that what it finds is surely found; a text
 * that differs from it only in case goes on to the expression, which ignores the case of every letter.
 */
import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { onPostgres } from "@/lib/db/sql-dialect";

/**
 * Whether `text` may match the search: meets its `like` pattern.
 * mayMatch(Prisma.sql`i."headword"`, Prisma.sql`${search.like}`) → i."headword" ILIKE $1 ESCAPE $2 (PostgreSQL)
 */
export function mayMatch(text: Prisma.Sql, like: Prisma.Sql): Prisma.Sql {
  const operator = onPostgres() ? Prisma.sql`ILIKE` : Prisma.sql`LIKE`;
  return Prisma.sql`${text} ${operator} ${like} ESCAPE ${"\\"}`;
}

/** Whether `text` holds the search as typed (its `contains` pattern): then the expression finds it too. */
export function surelyMatches(text: Prisma.Sql, contains: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${text} LIKE ${contains} ESCAPE ${"\\"}`;
}
