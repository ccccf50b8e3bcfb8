import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { canDoWithClass, type ClassAbility } from "./class-policy";

export interface ClassAccess {
  id: string;
  name: string;
  archivedAt: Date | null;
}

/**
 * The class, when the user may do `ability` with it; otherwise AppError "not-found" (missing and forbidden alike),
 * or "class-archived" for a change to an archived class its teacher asks for. Every class action and page asks here.
 */
export async function requireClass(
  user: CurrentUser | null,
  classId: string,
  ability: ClassAbility,
): Promise<ClassAccess> {
  const found = await db.classroom.findUnique({
    where: { id: classId },
    select: { id: true, name: true, archivedAt: true, teachers: { select: { userId: true } } },
  });
  if (!found) throw new AppError("not-found");
  const facts = { archivedAt: found.archivedAt, teacherIds: found.teachers.map((teacher) => teacher.userId) };
  if (!canDoWithClass(facts, user, ability)) {
    const isArchivedChange = ability === "manage" && canDoWithClass(facts, user, "view");
    throw new AppError(isArchivedChange ? "class-archived" : "not-found");
  }
  return { id: found.id, name: found.name, archivedAt: found.archivedAt };
}
