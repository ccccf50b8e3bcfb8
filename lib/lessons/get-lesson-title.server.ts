import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";

/** The title of a lesson the user may read; AppError "not-found" otherwise. */
export async function getLessonTitle(lessonId: string, user: CurrentUser | null): Promise<string> {
  await requireLesson(user, lessonId, "read");
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { title: true } });
  return lesson.title;
}
