import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client.server";
import { UI_LANGUAGES } from "@/lib/i18n/languages";

/**
 * Marks a lesson's cached public reader pages for rendering again on their next visit: its first page in both UI
 * languages by literal path, and its later pages through the route pattern. Next tags a cached page with its literal
 * path and with its route file's pattern only (not its parent paths), so the later pages of one lesson cannot be
 * named without knowing how many there were before the change; the pattern covers every lesson's pages 2 and on,
 * which only long public lessons have and which each cost one rendering on their next visit.
 * Works in server actions, route handlers and `after()` callbacks; see revalidate-lesson-after-translation.server.ts
 * for work that ends after the response.
 */
export function revalidateLessonPages(lessonId: string): void {
  for (const lng of UI_LANGUAGES) revalidatePath(`/${lng}/lessons/${lessonId}`);
  revalidatePath("/[lng]/lessons/[id]/[part]", "page");
}

/** Whether the lesson is public now (asked before a change that could make it private, or delete it). */
export async function isPublicLesson(lessonId: string): Promise<boolean> {
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { visibility: true } });
  return lesson?.visibility === "public";
}

/**
 * Revalidates the lesson's public pages when it is public (only public pages are cached: the public address of any
 * other lesson answers "not found", which is not kept). `wasPublic` covers a change that made it private.
 */
export async function revalidatePublicLesson(lessonId: string, wasPublic = false): Promise<void> {
  if (wasPublic || (await isPublicLesson(lessonId))) revalidateLessonPages(lessonId);
}
