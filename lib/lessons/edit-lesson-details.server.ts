import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { toLevel, type LessonDetailsEdit } from "./lesson-details-input";

export type EditableLessonDetails = LessonDetailsEdit;

/** The lesson's title, English title, summary and level, for its owner's form. */
export async function getLessonDetails(user: CurrentUser, lessonId: string): Promise<EditableLessonDetails> {
  await requireLesson(user, lessonId, "edit");
  const lesson = await db.lesson.findUniqueOrThrow({
    where: { id: lessonId },
    select: { title: true, titleEnglish: true, summary: true, level: true },
  });
  return { ...lesson, level: toLevel(lesson.level) };
}

/** Changes the lesson's details (owner only); updatedAt moves on, so the reader's built pages are rebuilt. */
export async function editLessonDetails(
  user: CurrentUser,
  lessonId: string,
  details: LessonDetailsEdit,
): Promise<void> {
  await requireLesson(user, lessonId, "edit");
  await db.lesson.update({ where: { id: lessonId }, data: details });
}
