import { describe, expect, it } from "vitest";
import { dueForecast } from "@/lib/vocabulary/stats/due-forecast";
import { reviewDaysAround } from "@/lib/vocabulary/stats/review-days";
import { retention, reviewHistory } from "@/lib/vocabulary/stats/review-history";

const settings = { timeZone: "Europe/Amsterdam", dayStartHour: 4 };
const at = (iso: string) => new Date(iso);

describe("reviews due in the coming days", () => {
  // Today (Saturday 30 October 2027, 25 hours long: the clocks go back in the night), Sunday and Monday.
  const days = reviewDaysAround(new Date("2027-10-30T12:00:00Z"), settings, 0, 2);

  it("counts overdue cards today and leaves out cards due after the last day", () => {
    const forecast = dueForecast(days, [
      { at: at("2027-10-20T08:00:00Z"), count: 3 },
      { at: at("2027-10-30T21:00:00Z"), count: 2 },
      // 03:15 on Sunday morning, winter time again: still Saturday's review day.
      { at: at("2027-10-31T02:15:00Z"), count: 1 },
      { at: at("2027-10-31T10:00:00Z"), count: 7 },
      { at: at("2027-11-01T03:00:00Z"), count: 4 },
      { at: at("2027-11-02T03:00:00Z"), count: 9 },
    ]);
    expect(forecast).toEqual([
      { day: "2027-10-30", due: 6 },
      { day: "2027-10-31", due: 7 },
      { day: "2027-11-01", due: 4 },
    ]);
  });
});

describe("reviews per day", () => {
  const days = reviewDaysAround(new Date("2027-03-29T12:00:00Z"), settings, -2, 0);

  it("adds up the grades of each day and how many were remembered", () => {
    const history = reviewHistory(days, [
      { at: at("2027-03-27T10:00:00Z"), reviews: 4, remembered: 3 },
      { at: at("2027-03-28T01:45:00Z"), reviews: 1, remembered: 1 },
      // 04:15 in summer time on the day the clocks went forward: already the 28th's review day.
      { at: at("2027-03-28T02:15:00Z"), reviews: 2, remembered: 0 },
      { at: at("2027-03-26T12:00:00Z"), reviews: 7, remembered: 7 },
    ]);
    expect(history).toEqual([
      { day: "2027-03-27", reviews: 5, remembered: 4 },
      { day: "2027-03-28", reviews: 2, remembered: 0 },
      { day: "2027-03-29", reviews: 0, remembered: 0 },
    ]);
    expect(retention(history)).toBeCloseTo(4 / 7);
  });

  it("has no share remembered without reviews", () => {
    expect(retention(reviewHistory(days, []))).toBeNull();
  });
});
