import { describe, expect, it } from "vitest";
import { dayInZone, endOfDay, startOfDay } from "@/lib/i18n/class-time-zone";

describe("days where the classes are", () => {
  it("start and end at Dutch midnight, in winter and in summer time", () => {
    expect(startOfDay("2027-01-31")?.toISOString()).toBe("2027-01-30T23:00:00.000Z");
    expect(endOfDay("2027-01-31")?.toISOString()).toBe("2027-01-31T22:59:59.999Z");
    expect(startOfDay("2027-07-01")?.toISOString()).toBe("2027-06-30T22:00:00.000Z");
  });

  it("handle the days the clocks change (23 and 25 hours long)", () => {
    const spring = "2027-03-28";
    expect(endOfDay(spring)!.getTime() + 1 - startOfDay(spring)!.getTime()).toBe(23 * 3_600_000);
    const autumn = "2027-10-31";
    expect(endOfDay(autumn)!.getTime() + 1 - startOfDay(autumn)!.getTime()).toBe(25 * 3_600_000);
  });

  it("refuse days that do not exist, and give back the day an instant falls on", () => {
    expect(startOfDay("2026-02-30")).toBeNull();
    expect(startOfDay("31-01-2027")).toBeNull();
    expect(dayInZone(new Date("2027-01-31T23:30:00Z"))).toBe("2027-02-01");
    expect(dayInZone(endOfDay("2027-01-31")!)).toBe("2027-01-31");
  });
});
