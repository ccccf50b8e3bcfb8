import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { getTeacherRole } from "./get-teacher-role.server";
import { teacherSwitchRefusal } from "./teacher-role";

/** The user makes their own account a teacher's, or a learner's again (see teacherSwitchRefusal for the rules). */
export async function setTeacherRole(user: CurrentUser, teacher: boolean): Promise<void> {
  const status = await getTeacherRole(user);
  const refusal = teacherSwitchRefusal({ role: user.role, ...status }, teacher);
  if (refusal) throw new AppError(refusal);
  await db.user.update({ where: { id: user.id }, data: { role: teacher ? "teacher" : "learner" } });
}
