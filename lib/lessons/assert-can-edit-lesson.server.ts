import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { canEditLesson } from "./lesson-policy";

/**
 * Throws "not-found" unless the user may edit the lesson: someone who may not edit a lesson learns nothing about
 * it, not even that it exists.
 */
export async function assertCanEditLesson(user: CurrentUser, lessonId: string): Promise<void> {
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { ownerId: true, visibility: true } });
  if (!lesson || !canEditLesson(lesson, user)) throw new AppError("not-found");
}
