import { describe, expect, it } from "vitest";
import { createEventQueue, outcomeOf } from "@/lib/progress/event-queue";
import type { ReadingEventInput } from "@/lib/progress/reading-event-input";

const seen = (paragraph: number): ReadingEventInput => ({
  id: `seen-${String(paragraph).padStart(4, "0")}`,
  kind: "seen",
  paragraph,
});
const ids = (events: ReadingEventInput[] | null) => events?.map((event) => event.id.slice(5)).join(" ") ?? null;

describe("the browser's event queue", () => {
  it("sends one batch at a time and drops it once stored", () => {
    const queue = createEventQueue();
    queue.add(seen(1));
    queue.add(seen(2));
    expect(ids(queue.take())).toBe("0001 0002");
    queue.add(seen(3));
    expect(queue.take()).toBeNull();
    queue.settle("stored");
    expect(ids(queue.take())).toBe("0003");
  });

  it("sends a failed batch again first, with the same ids", () => {
    const queue = createEventQueue();
    queue.add(seen(1));
    queue.take();
    queue.add(seen(2));
    queue.settle("failed");
    expect(ids(queue.take())).toBe("0001 0002");
  });

  it("drops a rejected batch and keeps the rest", () => {
    const queue = createEventQueue();
    queue.add(seen(1));
    queue.take();
    queue.add(seen(2));
    queue.settle("rejected");
    expect(ids(queue.take())).toBe("0002");
  });

  it("stops for good when the lesson is not tracked", () => {
    const queue = createEventQueue();
    queue.add(seen(1));
    queue.take();
    queue.add(seen(2));
    queue.settle("untracked");
    queue.add(seen(3));
    expect(queue.stopped).toBe(true);
    expect(queue.take()).toBeNull();
    expect(queue.drain()).toEqual([]);
  });

  it("cuts batches at 50 events", () => {
    const queue = createEventQueue();
    for (let n = 0; n < 120; n++) queue.add(seen(n));
    expect(queue.take()).toHaveLength(50);
    queue.settle("stored");
    expect(queue.take()).toHaveLength(50);
    queue.settle("stored");
    expect(queue.take()).toHaveLength(20);
  });

  it("keeps at most its bound while the server is unreachable, dropping the oldest", () => {
    const queue = createEventQueue(3);
    for (let n = 1; n <= 5; n++) queue.add(seen(n));
    expect(ids(queue.take())).toBe("0003 0004 0005");
    queue.add(seen(6));
    queue.settle("failed");
    expect(queue.size).toBe(3);
    expect(ids(queue.take())).toBe("0004 0005 0006");
  });

  it("hands everything over on page hide, the batch in flight included, in batches of 50", () => {
    const queue = createEventQueue();
    queue.add(seen(1));
    queue.take();
    for (let n = 2; n <= 60; n++) queue.add(seen(n));
    const batches = queue.drain();
    expect(batches.map((batch) => batch.length)).toEqual([50, 10]);
    expect(ids(batches[0]!.slice(0, 2))).toBe("0001 0002");
    expect(queue.drain()).toEqual([[seen(1)]]);
    // The timer's request for the batch in flight may still fail: it is sent again, and stored once by the server.
    queue.settle("failed");
    expect(ids(queue.take())).toBe("0001");
  });
});

describe("what an answer means for a batch", () => {
  it.each([
    [200, { tracked: true, stored: 2 }, "stored"],
    [200, { tracked: false, stored: 0 }, "untracked"],
    [401, { error: "unauthenticated" }, "untracked"],
    [404, { error: "not-found" }, "untracked"],
    [400, { error: "invalid-input" }, "rejected"],
    [413, { error: "invalid-input" }, "rejected"],
    [429, { error: "too-many-events" }, "failed"],
    [500, null, "failed"],
    [502, null, "failed"],
  ] as const)("%i %j → %s", (status, body, outcome) => {
    expect(outcomeOf(status, body)).toBe(outcome);
  });
});
