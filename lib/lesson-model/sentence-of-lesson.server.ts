import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "./lesson-access.server";

/**
 * One sentence pair of a lesson the user may read: the Dutch text and its aligned English ("" when the paragraph
 * has no translation), trimmed for storing and as the reader shows it (offsets into the page's English sentence
 * count from the start of the latter); "not-found" otherwise.
 */
export async function sentencePairOfLesson(
  user: CurrentUser | null,
  lessonId: string,
  paragraphId: string,
  sentencePosition: number,
): Promise<{ text: string; english: string; englishAsShown: string }> {
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
  const englishAsShown = (paragraph.translationText ?? "").slice(span.translationStart, span.translationEnd);
  return { text: paragraph.sourceText.slice(span.start, span.end), english: englishAsShown.trim(), englishAsShown };
}
