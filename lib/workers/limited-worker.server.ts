import "server-only";
import type { ResourceLimits, Transferable, Worker } from "node:worker_threads";

/** Why a task did not produce a result: it ran out of time or memory, the worker died, or too many were waiting. */
export type WorkerFailureReason = "timed-out" | "out-of-memory" | "crashed" | "busy";

export class WorkerFailure extends Error {
  constructor(readonly reason: WorkerFailureReason) {
    super(`worker task failed: ${reason}`);
    this.name = "WorkerFailure";
  }
}

export interface WorkerLimits {
  /** Wall-clock seconds one task may run before the worker is stopped. */
  maxSeconds: number;
  /** Megabytes of old-generation heap the worker may use; over it, V8 stops the worker (not the server). */
  maxHeapMegabytes: number;
  /** Tasks that may wait while one runs; more are refused at once as "busy". */
  maxQueued: number;
  /** Seconds without work after which the worker is stopped to give its memory back. */
  idleSeconds: number;
}

/** Starts a worker thread with the given resource limits (the caller names the script). */
export type SpawnWorker = (resourceLimits: ResourceLimits) => Worker;

interface PendingTask<Result> {
  message: unknown;
  transfer: readonly Transferable[];
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs tasks one at a time in a worker thread that cannot take the server down: its heap is capped, a task that
 * runs too long has its worker terminated, a crashed worker is replaced for the next task, and the queue is bounded.
 * The worker answers each message with exactly one message (the task's result, serialised).
 *
 * const worker = new LimitedWorker(spawn, { maxSeconds: 30, maxHeapMegabytes: 512, maxQueued: 4, idleSeconds: 60 });
 * await worker.run({ text }) → whatever the worker posted back, or a WorkerFailure
 */
export class LimitedWorker<Result> {
  private worker: Worker | null = null;
  private running: PendingTask<Result> | null = null;
  private readonly queue: PendingTask<Result>[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly spawn: SpawnWorker,
    private readonly limits: WorkerLimits,
  ) {}

  run(message: unknown, transfer: readonly Transferable[] = []): Promise<Result> {
    if (this.running && this.queue.length >= this.limits.maxQueued) {
      return Promise.reject(new WorkerFailure("busy"));
    }
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ message, transfer, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running) return;
    const task = this.queue.shift();
    if (!task) {
      this.stopWhenIdle();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.running = task;
    const worker = this.startedWorker();
    const timer = setTimeout(() => finish(new WorkerFailure("timed-out")), this.limits.maxSeconds * 1000);
    const onMessage = (result: Result) => finish(null, result);
    const onError = (error: Error & { code?: string }) =>
      finish(new WorkerFailure(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out-of-memory" : "crashed"));
    const onExit = () => finish(new WorkerFailure("crashed"));
    const finish = (failure: WorkerFailure | null, result?: Result) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (failure) this.discard(worker);
      this.running = null;
      if (failure) task.reject(failure);
      else task.resolve(result as Result);
      this.next();
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(task.message, task.transfer);
  }

  private startedWorker(): Worker {
    if (!this.worker) {
      this.worker = this.spawn({
        maxOldGenerationSizeMb: this.limits.maxHeapMegabytes,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      });
      const worker = this.worker;
      // A worker that fails between tasks is replaced on the next one; an unhandled "error" would stop the server.
      worker.on("error", () => this.discard(worker)).on("exit", () => this.discard(worker));
      // An idle worker must not keep the process (or a test run) alive.
      worker.unref();
    }
    return this.worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  private stopWhenIdle(): void {
    if (!this.worker) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.idleTimer = setTimeout(() => {
      if (!this.running && this.worker === worker) this.discard(worker);
    }, this.limits.idleSeconds * 1000);
    this.idleTimer.unref();
  }
}
