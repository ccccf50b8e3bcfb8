import { describe, expect, it } from "vitest";
import { reviewDay } from "@/lib/vocabulary/review-day";
import { dayIndexOf, reviewDaysAround } from "@/lib/vocabulary/stats/review-days";
import { quarterHourStart } from "@/lib/vocabulary/stats/time-bucket";

const amsterdam = { timeZone: "Europe/Amsterdam", dayStartHour: 4 };
const hours = (day: { start: Date; end: Date }) => (day.end.getTime() - day.start.getTime()) / 3_600_000;

describe("the learner's review days around now", () => {
  it("ends with the day the review screen calls today, each day starting where the one before ended", () => {
    const now = new Date("2027-01-31T12:00:00Z");
    const days = reviewDaysAround(now, amsterdam, -2, 0);
    expect(days.map((day) => day.day)).toEqual(["2027-01-29", "2027-01-30", "2027-01-31"]);
    expect(days[2]).toEqual({ day: "2027-01-31", ...reviewDay(now, amsterdam) });
    expect(days[1]!.end).toEqual(days[2]!.start);
  });

  it("counts 03:30 on the learner's clock as the day before, like the review screen", () => {
    const days = reviewDaysAround(new Date("2027-01-31T02:30:00Z"), amsterdam, 0, 1);
    expect(days.map((day) => day.day)).toEqual(["2027-01-30", "2027-01-31"]);
    expect(days[0]!.start).toEqual(new Date("2027-01-30T03:00:00Z"));
  });

  it("has a 23-hour day in spring and a 25-hour day in autumn, when the clocks change", () => {
    const spring = reviewDaysAround(new Date("2027-03-27T12:00:00Z"), amsterdam, 0, 1);
    expect(spring.map(hours)).toEqual([23, 24]);
    expect(spring[1]!.start).toEqual(new Date("2027-03-28T02:00:00Z"));
    const autumn = reviewDaysAround(new Date("2027-10-30T12:00:00Z"), amsterdam, 0, 1);
    expect(autumn.map(hours)).toEqual([25, 24]);
  });

  it("follows the learner's own time zone and hour", () => {
    const [day] = reviewDaysAround(
      new Date("2027-01-31T03:00:00Z"),
      { timeZone: "Asia/Kathmandu", dayStartHour: 0 },
      0,
      0,
    );
    expect(day).toEqual({
      day: "2027-01-31",
      start: new Date("2027-01-30T18:15:00Z"),
      end: new Date("2027-01-31T18:15:00Z"),
    });
  });
});

describe("the day an instant falls in", () => {
  const days = reviewDaysAround(new Date("2027-01-31T12:00:00Z"), amsterdam, -2, 0);

  it("is found by the day's start (inclusive) and end (exclusive)", () => {
    expect(dayIndexOf(new Date("2027-01-29T02:59:59Z"), days)).toBe(-1);
    expect(dayIndexOf(new Date("2027-01-29T03:00:00Z"), days)).toBe(0);
    expect(dayIndexOf(new Date("2027-01-30T02:59:59Z"), days)).toBe(0);
    expect(dayIndexOf(new Date("2027-01-31T12:00:00Z"), days)).toBe(2);
    expect(dayIndexOf(new Date("2027-02-01T03:00:00Z"), days)).toBe(3);
  });

  it("is found from the quarter hour the database groups by", () => {
    expect(quarterHourStart("2027-01-30T02:45")).toEqual(new Date("2027-01-30T02:45:00Z"));
    expect(dayIndexOf(quarterHourStart("2027-01-30T02:45"), days)).toBe(0);
    expect(dayIndexOf(quarterHourStart("2027-01-30T03:00"), days)).toBe(1);
  });
});

describe("a long run of review days", () => {
  it("starts each day where zonedTime says, across both changes of the clocks", () => {
    for (const settings of [amsterdam, { timeZone: "America/New_York", dayStartHour: 0 }]) {
      const days = reviewDaysAround(new Date("2027-12-31T12:00:00Z"), settings, -700, 0);
      for (const day of days) expect(day.start).toEqual(reviewDay(day.start, settings).start);
      expect(days.filter((day) => hours(day) !== 24).map(hours)).toEqual([23, 25, 23, 25]);
    }
  });
});
