import {
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
} from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { AppMigration } from "./app-migrations";
import { checkBackup } from "./check-backup";
import { DATABASE_SUFFIXES, removeDatabaseFiles, syncDirectory } from "./database-files";
import { OperatorRefusal } from "./operator-refusal";

const SQLITE_HEADER = "SQLite format 3\0";

export interface RestoreSummary {
  /** Where the database that was replaced now is (null when there was none). */
  replaced: string | null;
  /** This version's migrations the backup has not had yet. */
  pending: string[];
}

/**
 * Puts the backup `backupFile` in place of the database `liveFile`, for an app that is stopped.
 *
 * The backup is copied beside the live database and checked there (checkBackup), so a refused backup changes
 * nothing. Whether the app is running is asked of SQLite itself: leaving WAL mode needs the only connection to the
 * database, so `PRAGMA journal_mode = DELETE` fails while the app (or anything else) has it open, even idle. An
 * exclusive transaction would not tell: in WAL mode it only keeps other writers out, and an idle app holds no lock.
 * When it succeeds, SQLite has also moved the WAL's last commits into the database file and removed its -wal and -shm.
 * The replaced database keeps every byte as `<db>.before-restore-<time>` (with a -wal or -shm left beside a missing
 * database, so that a stray WAL is never applied to the restored file), and the restored file gets its owner and mode.
 */
export function restoreDatabase(
  backupFile: string,
  liveFile: string,
  migrations: readonly AppMigration[],
  now = new Date(),
): RestoreSummary {
  if (!existsSync(backupFile)) throw new OperatorRefusal(`there is no file ${backupFile}`);
  if (!hasSqliteHeader(backupFile)) throw new OperatorRefusal(`${backupFile} is not an SQLite database`);
  if (existsSync(`${backupFile}-wal`) && statSync(`${backupFile}-wal`).size > 0) {
    throw new OperatorRefusal(
      `${backupFile} has a -wal file beside it: it is a database in use, not a backup (make one with npm run db:backup)`,
    );
  }
  mkdirSync(path.dirname(liveFile), { recursive: true });
  const working = `${liveFile}.restoring-${process.pid}`;
  removeDatabaseFiles(working);
  try {
    copyFileSync(backupFile, working);
    const pending = checkCopy(working, backupFile, migrations);
    if (existsSync(liveFile)) releaseLiveDatabase(liveFile);
    const replaced = moveAside(liveFile, `${liveFile}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`);
    if (replaced) keepOwnerAndMode(replaced, working);
    renameSync(working, liveFile);
    syncDirectory(path.dirname(liveFile));
    return { replaced, pending };
  } finally {
    removeDatabaseFiles(working);
  }
}

function hasSqliteHeader(file: string): boolean {
  const descriptor = openSync(file, "r");
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(descriptor, header, 0, header.length, 0) === header.length && header.toString() === SQLITE_HEADER;
  } finally {
    closeSync(descriptor);
  }
}

/** Checks the copy and makes it one self-contained file; a refusal names the backup the operator gave. */
function checkCopy(working: string, backupFile: string, migrations: readonly AppMigration[]): string[] {
  let copy: Database.Database | null = null;
  try {
    copy = new Database(working, { fileMustExist: true });
    const pending = checkBackup(copy, migrations);
    copy.pragma("journal_mode = DELETE");
    return pending;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OperatorRefusal(`${backupFile} cannot be restored: ${reason}`);
  } finally {
    copy?.close();
  }
}

function releaseLiveDatabase(liveFile: string): void {
  const live = new Database(liveFile, { fileMustExist: true, timeout: 0 });
  try {
    live.pragma("journal_mode = DELETE");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
      throw new OperatorRefusal(
        `${liveFile} is in use: stop the app (and anything else that has the database open), then restore`,
      );
    }
    // A database too damaged to open cannot be served either; it is moved aside like any other.
  } finally {
    live.close();
  }
}

/** Renames the database and whatever files SQLite keeps beside it; answers the new name, or null if there was none. */
function moveAside(liveFile: string, aside: string): string | null {
  for (const suffix of DATABASE_SUFFIXES) {
    if (existsSync(liveFile + suffix)) renameSync(liveFile + suffix, aside + suffix);
  }
  return existsSync(aside) ? aside : null;
}

/** The restored database belongs to whoever owned the one it replaces (a restore run as root, for an app that is not). */
function keepOwnerAndMode(replaced: string, working: string): void {
  const { mode, uid, gid } = statSync(replaced);
  chmodSync(working, mode);
  const current = statSync(working);
  if (current.uid !== uid || current.gid !== gid) chownSync(working, uid, gid);
}
