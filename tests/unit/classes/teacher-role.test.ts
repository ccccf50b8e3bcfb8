import { describe, expect, it } from "vitest";
import { teacherSwitchRefusal } from "@/lib/classes/teacher-role";

describe("teacherSwitchRefusal", () => {
  it("lets learners become teachers and teachers without active classes become learners", () => {
    expect(teacherSwitchRefusal({ role: "learner", revoked: false, activeClasses: 0 }, true)).toBeNull();
    expect(teacherSwitchRefusal({ role: "teacher", revoked: false, activeClasses: 0 }, false)).toBeNull();
  });

  it("keeps a revoked role off, a teacher of active classes on, and an admin as they are", () => {
    expect(teacherSwitchRefusal({ role: "learner", revoked: true, activeClasses: 0 }, true)).toBe(
      "teacher-role-revoked",
    );
    expect(teacherSwitchRefusal({ role: "learner", revoked: true, activeClasses: 0 }, false)).toBeNull();
    expect(teacherSwitchRefusal({ role: "teacher", revoked: false, activeClasses: 1 }, false)).toBe("still-teaching");
    expect(teacherSwitchRefusal({ role: "admin", revoked: false, activeClasses: 0 }, false)).toBe("forbidden");
  });
});
