import { errorCodeOf, type ErrorCode } from "@/lib/errors/app-error";

/** PostgreSQL's SQLSTATE for "could not extend file … No space left on device". */
const POSTGRES_DISK_FULL = "53100";

type ErrorShape = {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
};

/**
 * True when the database refused a write because it could not grow. SQLite: the disk is full, or the database
 * reached `PRAGMA max_page_count`; both are SQLITE_FULL ("database or disk is full"), which Prisma passes on as the
 * code of its known request error and better-sqlite3 (the import worker's connection) as the code of its SqliteError.
 * PostgreSQL: SQLSTATE 53100, as node-postgres's error code or, through Prisma, the driver adapter's original code.
 * The statement is rolled back, and the transaction around it by whoever opened it, so nothing of that write is kept;
 * the same write works again once there is room.
 */
export function isStorageFull(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const shape = error as ErrorShape;
  return (
    shape.code === "SQLITE_FULL" ||
    shape.code === POSTGRES_DISK_FULL ||
    shape.meta?.driverAdapterError?.cause?.originalCode === POSTGRES_DISK_FULL
  );
}

/**
 * The error code a user is shown for a failure: the AppError's own code, "storage-full" when the database could not
 * grow (so users read that nothing was saved and why, instead of "something went wrong"), else "unknown".
 */
export function userErrorCodeOf(error: unknown): ErrorCode {
  return isStorageFull(error) ? "storage-full" : errorCodeOf(error);
}
