import { describe, expect, it } from "vitest";
import { createConcurrencyGate } from "@/lib/auth/limit-concurrency";

/** A task the test finishes by hand, recording when it started. */
function task(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createConcurrencyGate", () => {
  it("runs one task at a time, in order of arrival", async () => {
    const gate = createConcurrencyGate({ maxRunning: 1, maxWaiting: 5 });
    const log: string[] = [];
    const [a, b, c] = [task(log, "a"), task(log, "b"), task(log, "c")];
    const results = [gate.run(a.run), gate.run(b.run), gate.run(c.run)];
    await settle();
    expect(log).toEqual(["start a"]);
    a.finish();
    await settle();
    expect(log).toEqual(["start a", "end a", "start b"]);
    b.finish();
    c.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("turns callers away at once when the queue is full, without running their task", async () => {
    const gate = createConcurrencyGate({ maxRunning: 1, maxWaiting: 1 });
    const log: string[] = [];
    const [a, b, c] = [task(log, "a"), task(log, "b"), task(log, "c")];
    const first = gate.run(a.run);
    const second = gate.run(b.run);
    await expect(gate.run(c.run)).rejects.toMatchObject({ code: "server-busy" });
    a.finish();
    b.finish();
    await Promise.all([first, second]);
    expect(log).not.toContain("start c");
  });

  it("frees the slot when a task fails, and takes callers again once the queue has drained", async () => {
    const gate = createConcurrencyGate({ maxRunning: 1, maxWaiting: 0 });
    await expect(gate.run(() => Promise.reject(new Error("scrypt failed")))).rejects.toThrow("scrypt failed");
    await expect(gate.run(async () => "again")).resolves.toBe("again");
  });

  it("lets several tasks run together when allowed", async () => {
    const gate = createConcurrencyGate({ maxRunning: 2, maxWaiting: 0 });
    const log: string[] = [];
    const [a, b] = [task(log, "a"), task(log, "b")];
    const results = [gate.run(a.run), gate.run(b.run)];
    await settle();
    expect(log).toEqual(["start a", "start b"]);
    await expect(gate.run(async () => "c")).rejects.toMatchObject({ code: "server-busy" });
    a.finish();
    b.finish();
    await Promise.all(results);
  });
});
