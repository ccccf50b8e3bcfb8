import type { CurrentUser } from "@/lib/auth/roles";
import { isTeacher } from "@/lib/lesson-model/lesson-policy";

/** What decides access to a class: who teaches it, and whether it is archived. */
export interface ClassAccessFacts {
  archivedAt: Date | null;
  teacherIds: readonly string[];
}

export type ClassAbility = "view" | "manage" | "restore";

type Caller = Pick<CurrentUser, "id" | "role"> | null;

/** Only a teacher account creates classes. */
export function canCreateClass(user: Caller): boolean {
  return user !== null && isTeacher(user.role);
}

/**
 * Each of a class's teachers (co-teachers included, with the same rights) views it; they change it only while it is
 * not archived (archived classes are read-only), and restore it only when it is. An account whose teacher role was
 * taken away keeps its place among the teachers but may do nothing with the class until it is a teacher again.
 */
export function canDoWithClass(facts: ClassAccessFacts, user: Caller, ability: ClassAbility): boolean {
  if (user === null || !isTeacher(user.role) || !facts.teacherIds.includes(user.id)) return false;
  if (ability === "manage") return facts.archivedAt === null;
  if (ability === "restore") return facts.archivedAt !== null;
  return true;
}
