import { describe, expect, it } from "vitest";
import { createEventRateLimit } from "@/lib/progress/event-rate-limit";

describe("the reading-event limits per account", () => {
  it("takes 60 batches a minute, then refuses until the next minute", () => {
    const limit = createEventRateLimit();
    for (let n = 0; n < 60; n++) expect(limit.take("u1", 1, n * 100)).toBe(true);
    expect(limit.take("u1", 1, 59_000)).toBe(false);
    expect(limit.take("u2", 1, 59_000)).toBe(true);
    expect(limit.take("u1", 1, 60_000)).toBe(true);
  });

  it("takes 3,000 events an hour", () => {
    const limit = createEventRateLimit();
    for (let minute = 0; minute < 60; minute++) expect(limit.take("u1", 50, minute * 60_000)).toBe(true);
    expect(limit.take("u1", 1, 60 * 60_000 - 1)).toBe(false);
    expect(limit.take("u1", 1, 60 * 60_000)).toBe(true);
  });

  it("does not count a refused batch", () => {
    const limit = createEventRateLimit({
      batches: { points: 10, seconds: 60 },
      events: { points: 100, seconds: 3600 },
    });
    expect(limit.take("u1", 90, 0)).toBe(true);
    expect(limit.take("u1", 20, 1)).toBe(false);
    expect(limit.take("u1", 10, 2)).toBe(true);
  });
});
