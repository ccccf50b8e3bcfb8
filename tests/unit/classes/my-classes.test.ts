import { describe, expect, it } from "vitest";
import { compareAssignments, isOverdue } from "@/lib/classes/my-classes";

const now = new Date("2026-05-10T12:00:00Z");
const day = (d: number) => new Date(`2026-05-${String(d).padStart(2, "0")}T12:00:00Z`);

describe("isOverdue", () => {
  it("marks a passed due date as late until the lesson is finished", () => {
    expect(isOverdue(day(9), "new", now)).toBe(true);
    expect(isOverdue(day(9), "started", now)).toBe(true);
    expect(isOverdue(day(9), "finished", now)).toBe(false);
    expect(isOverdue(day(11), "new", now)).toBe(false);
    expect(isOverdue(null, "new", now)).toBe(false);
  });
});

describe("compareAssignments", () => {
  it("puts overdue first, then the soonest due date, undated last, and the newest first among equals", () => {
    const rows = [
      { name: "undated, older", overdue: false, dueAt: null, assignedAt: day(1) },
      { name: "due 14th", overdue: false, dueAt: day(14), assignedAt: day(2) },
      { name: "undated, newer", overdue: false, dueAt: null, assignedAt: day(3) },
      { name: "overdue 8th", overdue: true, dueAt: day(8), assignedAt: day(1) },
      { name: "due 12th", overdue: false, dueAt: day(12), assignedAt: day(1) },
      { name: "overdue 5th", overdue: true, dueAt: day(5), assignedAt: day(1) },
      { name: "due 9th, finished", overdue: false, dueAt: day(9), assignedAt: day(1) },
    ];
    expect(rows.sort(compareAssignments).map((row) => row.name)).toEqual([
      "overdue 5th",
      "overdue 8th",
      "due 9th, finished",
      "due 12th",
      "due 14th",
      "undated, newer",
      "undated, older",
    ]);
  });
});
