import "server-only";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";
import { toRole, type CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { isTeacher } from "@/lib/lesson-model/lesson-policy";
import { requireClass } from "./class-access.server";

/**
 * Adds an existing teacher account, found by its e-mail address, as a co-teacher with the same rights as the
 * class's other teachers. "co-teacher-unknown" when no teacher account has that address (a learner's account is
 * not revealed as existing), "already-teaching" when they teach the class. A co-teacher who was a learner in the
 * class stops being one: nobody sees the class from both sides.
 */
export async function addCoTeacher(user: CurrentUser, classId: string, email: string): Promise<{ name: string }> {
  await requireClass(user, classId, "manage");
  const invited = await db.user.findUnique({ where: { email }, select: { id: true, name: true, role: true } });
  if (!invited || !isTeacher(toRole(invited.role))) throw new AppError("co-teacher-unknown");
  const teaching = await db.classTeacher.findUnique({
    where: { classId_userId: { classId, userId: invited.id } },
    select: { userId: true },
  });
  if (teaching) throw new AppError("already-teaching");
  try {
    await db.$transaction([
      db.classTeacher.create({ data: { classId, userId: invited.id } }),
      db.classMember.deleteMany({ where: { classId, userId: invited.id } }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("already-teaching");
    throw error;
  }
  await refreshClassProgress({ classId, userId: invited.id });
  return { name: invited.name };
}
