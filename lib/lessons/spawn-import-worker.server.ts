import "server-only";
import { Worker } from "node:worker_threads";
import type { SpawnWorker } from "@/lib/workers/limited-worker.server";

/**
 * Starts the import worker. Next's bundler recognises `new Worker(new URL(…, import.meta.url))` and builds the
 * worker's script with its imports; the tests start the same TypeScript file through tsx instead
 * (tests/support/spawn-import-worker.ts, swapped in by vitest.config.mts).
 */
export const spawnImportWorker: SpawnWorker = (resourceLimits) =>
  new Worker(new URL("./import-worker.ts", import.meta.url), { resourceLimits });
