import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { canReadLesson } from "./lesson-policy";

export async function getLessonTitle(lessonId: string, user: CurrentUser | null): Promise<string | null> {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: { title: true, ownerId: true, visibility: true },
  });
  return lesson && canReadLesson(lesson, user) ? lesson.title : null;
}
