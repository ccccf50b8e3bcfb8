import "server-only";
import { refreshClassProgress } from "@/lib/progress/refresh-class-progress.server";
import type { CurrentUser } from "@/lib/auth/roles";
import { requireClass } from "@/lib/classes/class-access.server";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";

/**
 * A teacher of the class takes the lesson back from it. Only the class is asked: a teacher may tidy their class's
 * assignments even of a lesson its owner has since made private. The lesson keeps its visibility ("class" with no
 * class left reads like private to everyone but its owner).
 */
export async function unassignLesson(user: CurrentUser, lessonId: string, classId: string): Promise<void> {
  await requireClass(user, classId, "manage");
  const removed = await db.assignment.deleteMany({ where: { classId, lessonId } });
  if (removed.count === 0) throw new AppError("not-found");
  await refreshClassProgress({ classId, lessonId });
}
