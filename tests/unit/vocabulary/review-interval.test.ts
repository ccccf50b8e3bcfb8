import { describe, expect, it } from "vitest";
import { intervalParts } from "@/lib/vocabulary/review-interval";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("a review interval on a grade button", () => {
  it("is in minutes, hours, days, months or years, whichever reads best", () => {
    expect(intervalParts(10 * MINUTE)).toEqual({ count: 10, unit: "minutes" });
    expect(intervalParts(20_000)).toEqual({ count: 1, unit: "minutes" });
    expect(intervalParts(5 * HOUR)).toEqual({ count: 5, unit: "hours" });
    expect(intervalParts(3 * DAY + 2 * HOUR)).toEqual({ count: 3, unit: "days" });
    expect(intervalParts(45 * DAY)).toEqual({ count: 1.5, unit: "months" });
    expect(intervalParts(2.5 * 365 * DAY)).toEqual({ count: 2.5, unit: "years" });
  });
});
