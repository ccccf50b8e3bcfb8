import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "./lesson-access.server";

/**
 * One sentence pair of a lesson the user may read: the Dutch text and its aligned English ("" when the paragraph
 * has no translation); "not-found" otherwise.
 */
export async function sentencePairOfLesson(
  user: CurrentUser | null,
  lessonId: string,
  paragraphId: string,
  sentencePosition: number,
): Promise<{ text: string; english: string }> {
  await requireLesson(user, lessonId, "read");
  const paragraph = await db.paragraph.findFirst({
    where: { id: paragraphId, lessonId },
    select: {
      sourceText: true,
      translationText: true,
      sentences: {
        where: { position: sentencePosition },
        select: { start: true, end: true, translationStart: true, translationEnd: true },
      },
    },
  });
  const span = paragraph?.sentences[0];
  if (!paragraph || !span) throw new AppError("not-found");
  return {
    text: paragraph.sourceText.slice(span.start, span.end),
    english: (paragraph.translationText ?? "").slice(span.translationStart, span.translationEnd).trim(),
  };
}

/** The text of one Dutch sentence of a lesson the user may read; "not-found" otherwise. */
export async function sentenceOfLesson(
  user: CurrentUser | null,
  lessonId: string,
  paragraphId: string,
  sentencePosition: number,
): Promise<string> {
  return (await sentencePairOfLesson(user, lessonId, paragraphId, sentencePosition)).text;
}
