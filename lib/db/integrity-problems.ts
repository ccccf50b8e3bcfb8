import type Database from "better-sqlite3";

/**
 * What `PRAGMA integrity_check` finds wrong (at most 10 problems), or nothing for a sound database. A file too damaged
 * to be checked at all ("file is not a database", "database disk image is malformed") is one problem too.
 */
export function integrityProblems(db: Database.Database): string[] {
  try {
    const rows = db.pragma("integrity_check(10)") as { integrity_check: string }[];
    const messages = rows.map((row) => row.integrity_check);
    return messages.length === 1 && messages[0] === "ok" ? [] : messages;
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}
