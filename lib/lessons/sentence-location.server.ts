import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { readerPageHref } from "@/lib/lesson-model/reader-page-number";
import { lessonReaderPath } from "@/lib/lesson-model/reader-path";
import { readerPageOf } from "./get-reader-lesson.server";

/**
 * Where a sentence pair of a lesson is read, after the language prefix: the reader page that holds it, with
 * `#pair=` to scroll to it (see sentencePath). A paragraph that no longer exists leads to the lesson's first page;
 * a lesson the user may not read is AppError "not-found".
 */
export async function sentenceLocation(
  user: CurrentUser | null,
  lessonId: string,
  paragraphId: string,
  position: number,
): Promise<string> {
  const { lesson } = await requireLesson(user, lessonId, "read");
  const base = lessonReaderPath(lesson, user?.id ?? null);
  const paragraph = await db.paragraph.findFirst({ where: { id: paragraphId, lessonId }, select: { position: true } });
  if (!paragraph) return base;
  const page = await readerPageOf(lesson.id, lesson.updatedAt, paragraph.position);
  return `${readerPageHref(base, page)}#pair=${paragraphId}:${position}`;
}
