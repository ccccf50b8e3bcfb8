const TABLE_STATEMENT =
  /\b(CREATE|DROP|ALTER)\s+TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"([^"]+)"(?:\s+RENAME\s+TO\s+"([^"]+)")?/gi;

/**
 * The tables a database has after these migrations ran in order, read from their SQL: CREATE TABLE adds one, DROP
 * TABLE removes it, ALTER TABLE … RENAME TO renames it (Prisma's SQLite migrations rebuild a table as "new_X", drop
 * "X", then rename). Statements Prisma does not write (a table created by a trigger, say) are not understood.
 *
 * tablesAfterMigrations(['CREATE TABLE "A" (…); CREATE TABLE "new_A" (…); DROP TABLE "A";
 *   ALTER TABLE "new_A" RENAME TO "A";', 'CREATE TABLE "B" (…);']) → Set { "A", "B" }
 */
export function tablesAfterMigrations(sqls: readonly string[]): Set<string> {
  const tables = new Set<string>();
  for (const sql of sqls) {
    for (const [, verb, table, renamedTo] of sql.matchAll(TABLE_STATEMENT)) {
      const name = table!;
      if (verb!.toUpperCase() === "CREATE") tables.add(name);
      else if (verb!.toUpperCase() === "DROP") tables.delete(name);
      else if (renamedTo && tables.delete(name)) tables.add(renamedTo);
    }
  }
  return tables;
}
