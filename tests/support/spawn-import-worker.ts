import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SpawnWorker } from "@/lib/workers/limited-worker.server";

const WORKER_SCRIPT = path.resolve(__dirname, "../../lib/lessons/import-worker.ts");

/**
 * The import worker as the tests start it: the same TypeScript entry Next bundles for production, compiled on the fly
 * by tsx (Node 20 cannot run TypeScript itself), with the same resource limits.
 */
export const spawnImportWorker: SpawnWorker = (resourceLimits) =>
  new Worker(`require("tsx/cjs"); require(${JSON.stringify(WORKER_SCRIPT)});`, { eval: true, resourceLimits });
