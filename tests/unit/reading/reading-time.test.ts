import { describe, expect, it } from "vitest";
import { readingMinutes } from "@/lib/reading/reading-time";

describe("readingMinutes", () => {
  it("counts a learner's 150 words a minute, rounded up", () => {
    expect(readingMinutes(150)).toBe(1);
    expect(readingMinutes(151)).toBe(2);
    expect(readingMinutes(620)).toBe(5);
  });

  it("says at least one minute, even for a lesson of a few words", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(12)).toBe(1);
  });
});
