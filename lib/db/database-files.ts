import { closeSync, fsyncSync, openSync, rmSync } from "node:fs";

/** The files SQLite may keep beside a database: its write-ahead log and index, or its rollback journal. */
export const DATABASE_SUFFIXES = ["", "-wal", "-shm", "-journal"] as const;

/** Removes a database and the files SQLite keeps beside it (a temporary copy that is no longer wanted). */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of DATABASE_SUFFIXES) rmSync(file + suffix, { force: true });
}

/** A renamed file keeps its new name after a power cut only once its directory is on disk too. */
export function syncDirectory(directory: string): void {
  const descriptor = openSync(directory, "r");
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
