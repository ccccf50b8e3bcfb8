import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client.server";
import { AppError } from "@/lib/errors/app-error";
import { alignmentLexicon } from "@/lib/lesson-model/alignment-lexicon.server";
import { requireLesson } from "@/lib/lesson-model/lesson-access.server";
import { countWords } from "@/lib/text/word-count";
import { isDeeplConfigured } from "@/lib/translation/deepl-config.server";
import type { ParagraphEdit, ParagraphEditOutcome } from "./edit-paragraph-input";
import { editedParagraphRow } from "./edit-paragraph-row";
import { translateFromCache } from "./edit-paragraph-translation.server";

/** The lesson's paragraphs from `from` on, for the owner's edit page (a bounded page of them). */
export async function listEditableParagraphs(user: CurrentUser, lessonId: string, from: number, count: number) {
  await requireLesson(user, lessonId, "edit");
  const [total, paragraphs] = await Promise.all([
    db.paragraph.count({ where: { lessonId } }),
    db.paragraph.findMany({
      where: { lessonId },
      orderBy: { position: "asc" },
      skip: from,
      take: count,
      select: { id: true, position: true, language: true, sourceText: true, translationText: true },
    }),
  ]);
  return { total, paragraphs };
}

/**
 * The owner corrects the Dutch or the English of one paragraph (see editedParagraphRow for what happens to its
 * pairs). Only this paragraph's row and pairs are rewritten; the lesson's word count follows and its updatedAt moves
 * on, so the reader rebuilds its pages.
 */
export async function editParagraph(
  user: CurrentUser,
  lessonId: string,
  paragraphId: string,
  edit: ParagraphEdit,
): Promise<ParagraphEditOutcome> {
  await requireLesson(user, lessonId, "edit");
  const stored = await db.paragraph.findFirst({
    where: { id: paragraphId, lessonId },
    select: { language: true, sourceText: true, translationText: true, translationSource: true },
  });
  if (!stored) throw new AppError("not-found");
  const edited = editedParagraphRow(stored, edit, alignmentLexicon());
  if (!edited) return "saved";
  const wordDelta = stored.language === "nl" ? countWords(edited.sourceText) - countWords(stored.sourceText) : 0;
  await db.$transaction(async (tx) => {
    await tx.paragraph.update({
      where: { id: paragraphId },
      data: {
        sourceText: edited.sourceText,
        translationText: edited.translationText,
        translationSource: edited.translationSource,
      },
    });
    await tx.sentence.deleteMany({ where: { paragraphId } });
    await tx.sentence.createMany({ data: edited.sentences.map((sentence) => ({ paragraphId, ...sentence })) });
    await tx.lesson.update({
      where: { id: lessonId },
      data: { updatedAt: new Date(), wordCount: { increment: wordDelta } },
    });
  });
  if (!edited.retranslate) return "saved";
  await translateFromCache(lessonId);
  const after = await db.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { translationText: true } });
  if (after.translationText !== null) return "retranslated";
  return isDeeplConfigured() ? "needs-deepl" : "translation-cleared";
}
