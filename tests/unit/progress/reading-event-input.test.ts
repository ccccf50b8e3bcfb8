import { describe, expect, it } from "vitest";
import { readingEventBatch } from "@/lib/progress/reading-event-input";

const id = (n: number) => `event-${String(n).padStart(4, "0")}`;
const parse = (events: unknown[], lessonId: unknown = "lesson-1") => readingEventBatch.safeParse({ lessonId, events });

describe("a batch of reading events", () => {
  it("takes each kind with the fields it needs", () => {
    const result = parse([
      { id: id(1), kind: "open" },
      { id: id(2), kind: "seen", paragraph: 3 },
      { id: id(3), kind: "time", seconds: 15 },
      { id: id(4), kind: "lookup", paragraph: 0, sentence: 1, offset: 9 },
      { id: id(5), kind: "finish" },
    ]);
    expect(result.success).toBe(true);
    expect(result.data?.events.map((event) => event.kind)).toEqual(["open", "seen", "time", "lookup", "finish"]);
  });

  it("drops text the browser adds, so only the server's reading of the lesson is stored", () => {
    const result = parse([
      { id: id(1), kind: "lookup", paragraph: 0, sentence: 0, offset: 1, word: "forged", wordKey: "forged" },
    ]);
    expect(result.data?.events[0]).toEqual({ id: id(1), kind: "lookup", paragraph: 0, sentence: 0, offset: 1 });
  });

  it.each([
    ["a seen without its paragraph", { id: id(1), kind: "seen" }],
    ["a look-up without its offset", { id: id(1), kind: "lookup", paragraph: 0, sentence: 0 }],
    ["a look-up whose sentence is text", { id: id(1), kind: "lookup", paragraph: 0, sentence: "Ik lieg.", offset: 0 }],
    ["a negative paragraph", { id: id(1), kind: "seen", paragraph: -1 }],
    ["a fractional paragraph", { id: id(1), kind: "seen", paragraph: 1.5 }],
    ["no seconds", { id: id(1), kind: "time", seconds: 0 }],
    ["more than two minutes", { id: id(1), kind: "time", seconds: 121 }],
    ["a save (recorded by the server only)", { id: id(1), kind: "save" }],
    ["an unknown kind", { id: id(1), kind: "scroll" }],
    ["a short id", { id: "abc", kind: "open" }],
    ["an id with other characters", { id: "event 0001;--", kind: "open" }],
    ["a 65-character id", { id: "a".repeat(65), kind: "open" }],
  ])("refuses %s", (_, event) => {
    expect(parse([event]).success).toBe(false);
  });

  it("holds 1 to 50 events, for a lesson id", () => {
    const events = (count: number) => Array.from({ length: count }, (_, n) => ({ id: id(n), kind: "open" }));
    expect(parse(events(50)).success).toBe(true);
    expect(parse(events(51)).success).toBe(false);
    expect(parse([]).success).toBe(false);
    expect(parse(events(1), 42).success).toBe(false);
    expect(parse(events(1), "x".repeat(65)).success).toBe(false);
  });
});
