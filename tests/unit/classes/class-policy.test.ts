import { describe, expect, it } from "vitest";
import { canCreateClass, canDoWithClass } from "@/lib/classes/class-policy";

const teacher = { id: "t1", role: "teacher" as const };
const coTeacher = { id: "t2", role: "teacher" as const };
const active = { archivedAt: null, teacherIds: ["t1", "t2"] };
const archived = { archivedAt: new Date("2026-01-01"), teacherIds: ["t1", "t2"] };

describe("class policy", () => {
  it("gives every teacher of a class the same rights: change while active, restore while archived", () => {
    for (const user of [teacher, coTeacher]) {
      expect(canDoWithClass(active, user, "view")).toBe(true);
      expect(canDoWithClass(active, user, "manage")).toBe(true);
      expect(canDoWithClass(active, user, "restore")).toBe(false);
      expect(canDoWithClass(archived, user, "view")).toBe(true);
      expect(canDoWithClass(archived, user, "manage")).toBe(false);
      expect(canDoWithClass(archived, user, "restore")).toBe(true);
    }
  });

  it("refuses others, and a listed teacher whose role was taken away", () => {
    expect(canDoWithClass(active, { id: "t3", role: "teacher" }, "view")).toBe(false);
    expect(canDoWithClass(active, { id: "t3", role: "admin" }, "view")).toBe(false);
    expect(canDoWithClass(active, null, "view")).toBe(false);
    expect(canDoWithClass(active, { id: "t1", role: "learner" }, "view")).toBe(false);
  });

  it("lets teacher accounts (admins included) create classes", () => {
    expect(canCreateClass(teacher)).toBe(true);
    expect(canCreateClass({ id: "a", role: "admin" })).toBe(true);
    expect(canCreateClass({ id: "l", role: "learner" })).toBe(false);
    expect(canCreateClass(null)).toBe(false);
  });
});
