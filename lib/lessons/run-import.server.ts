import "server-only";
import { databaseUrl } from "@/lib/db/database-url.cjs";
import type { ErrorCode } from "@/lib/errors/app-error";
import { IMPORT_LIMITS } from "@/lib/import/import-limits";
import type { TextSource } from "@/lib/import/text-source";
import { LimitedWorker, WorkerFailure, type WorkerFailureReason } from "@/lib/workers/limited-worker.server";
import type { ImportMessage, ImportOutcome, ImportTask } from "./import-task";
// Imported by its full name so that the tests can swap in their own way of starting it (vitest.config.mts).
import { spawnImportWorker } from "@/lib/lessons/spawn-import-worker.server";

const FAILURE_CODES: Record<WorkerFailureReason, ErrorCode> = {
  "timed-out": "import-timed-out",
  "out-of-memory": "import-too-complex",
  crashed: "unknown",
  busy: "server-busy",
};

/** One worker for the whole process: imports run one at a time on the second core while the first serves requests. */
const importWorker = new LimitedWorker<ImportOutcome>(spawnImportWorker, {
  maxSeconds: IMPORT_LIMITS.maxSeconds,
  maxHeapMegabytes: IMPORT_LIMITS.maxWorkerHeapMegabytes,
  maxQueued: 4,
  idleSeconds: 120,
});

/** Uploaded bytes are moved to the worker, not copied. */
function transferablesOf(sources: readonly (TextSource | null)[]): ArrayBuffer[] {
  return sources.flatMap((source) =>
    source?.kind === "file" && source.bytes.buffer instanceof ArrayBuffer ? [source.bytes.buffer] : [],
  );
}

/** Runs an import (or another bulk write of a lesson's pairs) in the worker; a worker that ran out of time or memory, or a full queue, is an error code too. */
export async function runImport(task: ImportTask): Promise<ImportOutcome> {
  const message: ImportMessage = { databaseUrl: databaseUrl(), task };
  const sources =
    task.kind === "create-lesson" ? [task.dutch, task.english] : task.kind === "add-translation" ? [task.english] : [];
  try {
    return await importWorker.run(message, transferablesOf(sources));
  } catch (error) {
    if (error instanceof WorkerFailure) {
      if (error.reason === "crashed") console.error("the import worker stopped unexpectedly");
      return { ok: false, code: FAILURE_CODES[error.reason], field: null };
    }
    throw error;
  }
}
