import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { LimitedWorker, type SpawnWorker } from "@/lib/workers/limited-worker.server";

/** A worker that does what each message says: echo, spin forever, allocate without end, or crash. */
const spawn: SpawnWorker = (resourceLimits) =>
  new Worker(
    `const { parentPort } = require("node:worker_threads");
     parentPort.on("message", (task) => {
       if (task === "spin") for (;;);
       if (task === "allocate") { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(hoard.length)); }
       if (task === "crash") process.exit(3);
       parentPort.postMessage("done: " + task);
     });`,
    { eval: true, resourceLimits },
  );

const limits = { maxSeconds: 1, maxHeapMegabytes: 64, maxQueued: 1, idleSeconds: 60 };

describe("a limited worker", () => {
  it("answers each task in turn", async () => {
    const worker = new LimitedWorker<string>(spawn, limits);
    expect(await Promise.all([worker.run("a"), worker.run("b")])).toEqual(["done: a", "done: b"]);
  });

  it("stops a task that runs too long, keeps the server responsive meanwhile, and serves the next one", async () => {
    const worker = new LimitedWorker<string>(spawn, limits);
    let slowestTick = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      slowestTick = Math.max(slowestTick, performance.now() - last);
      last = performance.now();
    }, 10);
    await expect(worker.run("spin")).rejects.toMatchObject({ reason: "timed-out" });
    clearInterval(ticker);
    expect(slowestTick).toBeLessThan(500);
    expect(await worker.run("after")).toBe("done: after");
  });

  it("stops a task that runs out of memory without touching the server's heap, and serves the next one", async () => {
    const worker = new LimitedWorker<string>(spawn, { ...limits, maxSeconds: 20 });
    const heapBefore = process.memoryUsage().heapUsed;
    await expect(worker.run("allocate")).rejects.toMatchObject({ reason: "out-of-memory" });
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
    expect(await worker.run("after")).toBe("done: after");
  });

  it("replaces a worker that crashed", async () => {
    const worker = new LimitedWorker<string>(spawn, limits);
    await expect(worker.run("crash")).rejects.toMatchObject({ reason: "crashed" });
    expect(await worker.run("after")).toBe("done: after");
  });

  it("refuses at once when too many tasks are waiting", async () => {
    const worker = new LimitedWorker<string>(spawn, limits);
    const running = worker.run("spin");
    const waiting = worker.run("queued");
    await expect(worker.run("one too many")).rejects.toMatchObject({ reason: "busy" });
    await expect(running).rejects.toMatchObject({ reason: "timed-out" });
    expect(await waiting).toBe("done: queued");
  });
});
