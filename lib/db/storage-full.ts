import { errorCodeOf, type ErrorCode } from "@/lib/errors/app-error";

/**
 * True when SQLite refused a write because the database could not grow: the disk is full, or the database reached
 * `PRAGMA max_page_count`. Both are SQLITE_FULL ("database or disk is full"), which Prisma passes on as the code of
 * its known request error and better-sqlite3 (the import worker's connection) as the code of its SqliteError. SQLite
 * rolls the statement back, and the transaction around it is rolled back by whoever opened it, so nothing of that
 * write is kept; the same write works again once there is room.
 */
export function isStorageFull(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "SQLITE_FULL";
}

/**
 * The error code a user is shown for a failure: the AppError's own code, "storage-full" when the database could not
 * grow (so users read that nothing was saved and why, instead of "something went wrong"), else "unknown".
 */
export function userErrorCodeOf(error: unknown): ErrorCode {
  return isStorageFull(error) ? "storage-full" : errorCodeOf(error);
}
