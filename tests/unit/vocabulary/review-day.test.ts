import { describe, expect, it } from "vitest";
import { reviewDay } from "@/lib/vocabulary/review-day";

const amsterdam = { timeZone: "Europe/Amsterdam", dayStartHour: 4 };

describe("a learner's review day", () => {
  it("starts at 04:00 on the learner's clock, so 03:30 still counts as the day before", () => {
    expect(reviewDay(new Date("2027-01-31T02:30:00Z"), amsterdam)).toEqual({
      start: new Date("2027-01-30T03:00:00Z"),
      end: new Date("2027-01-31T03:00:00Z"),
    });
    expect(reviewDay(new Date("2027-01-31T03:30:00Z"), amsterdam).start).toEqual(new Date("2027-01-31T03:00:00Z"));
  });

  it("follows the learner's time zone and summer time", () => {
    expect(reviewDay(new Date("2027-07-01T12:00:00Z"), amsterdam).start).toEqual(new Date("2027-07-01T02:00:00Z"));
    const newYork = { timeZone: "America/New_York", dayStartHour: 0 };
    expect(reviewDay(new Date("2027-01-31T03:00:00Z"), newYork).start).toEqual(new Date("2027-01-30T05:00:00Z"));
  });

  it("is 23 hours long across the night the clocks go forward (28 March 2027, 02:00)", () => {
    const day = reviewDay(new Date("2027-03-27T12:00:00Z"), amsterdam);
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * 3_600_000);
  });
});
