import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { canReadLesson } from "./lesson-policy";

/** The text of one Dutch sentence (pair) of a lesson the user may read; "not-found" otherwise. */
export async function sentenceOfLesson(
  user: CurrentUser | null,
  lessonId: string,
  paragraphId: string,
  sentencePosition: number,
): Promise<string> {
  const paragraph = await db.paragraph.findFirst({
    where: { id: paragraphId, lessonId },
    select: {
      sourceText: true,
      language: true,
      lesson: { select: { ownerId: true, visibility: true } },
      sentences: { where: { position: sentencePosition }, select: { start: true, end: true } },
    },
  });
  const span = paragraph?.sentences[0];
  if (!paragraph || !span || !canReadLesson(paragraph.lesson, user)) throw new AppError("not-found");
  return paragraph.sourceText.slice(span.start, span.end);
}
