import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { isTranslatable, TRANSLATED_PARAGRAPH_LANGUAGE } from "./pending-texts";

export interface LessonTranslationProgress {
  /** Dutch paragraphs with text: the ones a translation job is about. */
  total: number;
  /** Of those, the ones that have a translation, whoever made it. */
  done: number;
}

export async function lessonTranslationProgress(
  tx: Prisma.TransactionClient,
  lessonId: string,
): Promise<LessonTranslationProgress> {
  const paragraphs = await tx.paragraph.findMany({
    where: { lessonId, language: TRANSLATED_PARAGRAPH_LANGUAGE },
    select: { sourceText: true, translationText: true },
  });
  const translatable = paragraphs.filter((paragraph) => isTranslatable(paragraph.sourceText));
  return {
    total: translatable.length,
    done: translatable.filter((paragraph) => paragraph.translationText !== null).length,
  };
}
