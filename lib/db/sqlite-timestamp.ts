/** A time as Prisma's SQLite adapter stores DateTime columns (ISO 8601 with "+00:00"), for rows written without it. */
export function sqliteTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}
