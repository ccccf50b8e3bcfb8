import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { requireLesson } from "./lesson-access.server";

/** The text of one Dutch sentence (pair) of a lesson the user may read; "not-found" otherwise. */
export async function sentenceOfLesson(
  user: CurrentUser | null,
  lessonId: string,
  paragraphId: string,
  sentencePosition: number,
): Promise<string> {
  await requireLesson(user, lessonId, "read");
  const paragraph = await db.paragraph.findFirst({
    where: { id: paragraphId, lessonId },
    select: {
      sourceText: true,
      sentences: { where: { position: sentencePosition }, select: { start: true, end: true } },
    },
  });
  const span = paragraph?.sentences[0];
  if (!paragraph || !span) throw new AppError("not-found");
  return paragraph.sourceText.slice(span.start, span.end);
}
