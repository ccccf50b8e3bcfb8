import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { allowedVisibilities, toVisibility, type Visibility } from "@/lib/lesson-model/lesson-policy";

/**
 * Gives the lesson a visibility the policy allows this user (allowedVisibilities): its owner chooses private or
 * class, a teacher-owner also public, an administrator takes a public lesson back to private. A user who may read
 * the lesson but change nothing about it gets "not-found", like anyone else who may not; an owner who is not a
 * teacher asking for "public" gets "teacher-only". Returns the visibility it had, so the caller knows whether its
 * public pages need revalidating.
 */
export async function setLessonVisibility(
  user: CurrentUser,
  lessonId: string,
  visibility: Visibility,
): Promise<{ before: Visibility }> {
  const { lesson } = await requireLesson(user, lessonId, "read");
  const allowed = allowedVisibilities(lesson, user);
  if (allowed.length === 0) throw new AppError("not-found");
  if (!allowed.includes(visibility)) throw new AppError(visibility === "public" ? "teacher-only" : "forbidden");
  const before = toVisibility(lesson.visibility);
  if (before !== visibility) await db.lesson.update({ where: { id: lessonId }, data: { visibility } });
  return { before };
}
