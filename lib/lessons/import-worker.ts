/**
 * Entry of the import worker thread (started by lib/lessons/run-import.server.ts): one message in, one message out.
 */
import { parentPort } from "node:worker_threads";
import type { ImportMessage } from "./import-task";
import { performImportTask } from "./perform-import-task.worker";

parentPort?.on("message", (message: ImportMessage) => {
  void performImportTask(message).then((outcome) => parentPort?.postMessage(outcome));
});
