import { existsSync, linkSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { integrityProblems } from "./integrity-problems";
import { removeDatabaseFiles, syncDirectory } from "./database-files";
import { OperatorRefusal } from "./operator-refusal";

/** 1,024 pages of 4 KiB: 4 MiB per step, a few milliseconds of copying between two yields to the event loop. */
const PAGES_PER_STEP = 1024;

export interface BackupSummary {
  file: string;
  bytes: number;
  pages: number;
  ms: number;
}

/**
 * Copies the live database at `source` to `target` with SQLite's online backup API while the app keeps serving.
 *
 * The copy is one snapshot: a read transaction is held from the first step to the last, so pages committed by the app
 * meanwhile are not copied and never make the backup start over (which the backup API does when another connection
 * writes between two steps: with a steady writer it could restart forever). In WAL mode, which the app sets (and
 * this function sets too, as the app would), a reader never blocks the app's writers; the WAL only grows until the
 * backup ends. Pages are copied PAGES_PER_STEP at a time with a yield between steps.
 *
 * The copy is written under a temporary name beside `target`, switched to a single file (no -wal), checked with
 * `PRAGMA integrity_check`, and only then given its name: an interrupted or bad backup never looks like a good one.
 * An existing `target` is refused unless `force`.
 */
export async function backupDatabase(source: string, target: string, force: boolean): Promise<BackupSummary> {
  const started = performance.now();
  if (!existsSync(source)) throw new OperatorRefusal(`there is no database at ${source}`);
  if (!force && existsSync(target)) throw new OperatorRefusal(`${target} exists; add --force to replace it`);
  const partial = `${target}.partial-${process.pid}`;
  removeDatabaseFiles(partial);
  try {
    await copySnapshot(source, partial);
    const pages = finishCopy(partial);
    if (force) renameSync(partial, target);
    else linkWithoutReplacing(partial, target);
    syncDirectory(path.dirname(target));
    return { file: target, bytes: statSync(target).size, pages, ms: Math.round(performance.now() - started) };
  } finally {
    removeDatabaseFiles(partial);
  }
}

async function copySnapshot(source: string, partial: string): Promise<void> {
  const live = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    live.pragma("journal_mode = WAL");
    live.exec("BEGIN");
    live.prepare("SELECT count(*) FROM sqlite_master").get();
    await live.backup(partial, { progress: () => PAGES_PER_STEP });
    live.exec("COMMIT");
  } finally {
    live.close();
  }
}

/** Makes the copy one self-contained file and checks it; answers its page count. */
function finishCopy(partial: string): number {
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const problems = integrityProblems(copy);
    if (problems.length > 0) throw new OperatorRefusal(`the copy failed its integrity check: ${problems.join("; ")}`);
    return copy.pragma("page_count", { simple: true }) as number;
  } finally {
    copy.close();
  }
}

/** Gives the copy its name unless something took that name meanwhile (a hard link never replaces a file). */
function linkWithoutReplacing(partial: string, target: string): void {
  try {
    linkSync(partial, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new OperatorRefusal(`${target} exists; add --force to replace it`);
    }
    throw error;
  }
}
