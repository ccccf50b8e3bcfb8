import type { Role } from "@/lib/auth/roles";

/** What the settings page shows about the user's teacher account, and whether they may switch it. */
export interface TeacherRoleStatus {
  /** Administrators are teachers by their role and have no switch. */
  canSwitch: boolean;
  isTeacher: boolean;
  /** An administrator took the role away; the account cannot take it back itself. */
  revoked: boolean;
  /** Non-archived classes the user teaches: while there are any, the role stays on. */
  activeClasses: number;
}

/**
 * Whether an account may switch its own teacher role to `teacher`, or why not. Learners and teachers choose it
 * themselves; admins keep theirs; a revoked role stays off; a teacher stops only when no active class needs them.
 *
 * teacherSwitchRefusal({ role: "teacher", revoked: false, activeClasses: 2 }, false) → "still-teaching"
 */
export function teacherSwitchRefusal(
  facts: { role: Role; revoked: boolean; activeClasses: number },
  teacher: boolean,
): "forbidden" | "teacher-role-revoked" | "still-teaching" | null {
  if (facts.role === "admin") return "forbidden";
  if (teacher && facts.revoked) return "teacher-role-revoked";
  if (!teacher && facts.activeClasses > 0) return "still-teaching";
  return null;
}
